// Formats tachometer's results for bench/search.tachometer.json (called by scripts/bench.mjs):
// one row per (corpus, engine) with the medians over samples of build, per-query median and p95,
// and the relevance counts (identical in every sample). bench/search/targets.json's lines (ready ≤ 200 ms,
// p95 ≤ 5 ms on vendors5k) are printed under it by scripts/bench.mjs.
import { readFileSync } from 'node:fs';
import { median } from '../common/stats.mjs';

const queries = JSON.parse(readFileSync(new URL('../../test/search/queries.json', import.meta.url), 'utf8'));
const TOTAL = { zh: queries['zh-CN'].length, en: queries.en.length };

export function report(results, { cpu = 1 } = {}) {
  const values = new Map();
  let samples = 0;
  for (const benchmark of results.benchmarks) {
    const match = /^(\S+) (\S+) \[(.+)\]$/.exec(benchmark.name);
    if (!match) continue;
    const [, engine, corpus, measure] = match;
    const key = `${corpus}|${engine}`;
    if (!values.has(key)) values.set(key, { corpus, engine });
    values.get(key)[measure] = median(benchmark.samples);
    samples = Math.max(samples, benchmark.samples.length);
  }
  const ms = (value) => (value === undefined ? '–' : value < 10 ? value.toFixed(3) : value.toFixed(1));
  const pct = (hits, lang) => (hits === undefined ? '–' : `${hits}/${TOTAL[lang]} (${((hits / TOTAL[lang]) * 100).toFixed(1)}%)`);
  const lines = [
    `### search, Chromium${cpu === 1 ? '' : `, CPU throttled ${cpu}×`} (medians over ${samples} fresh page loads)`,
    '',
    '| corpus | engine | build ms | query median ms | query p95 ms | zh-CN top-1 | zh-CN top-3 | en top-1 | en top-3 |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of values.values()) {
    lines.push(
      `| ${row.corpus} | ${row.engine} | ${ms(row.build)} | ${ms(row.median)} | ${ms(row.p95)} | ${pct(row.top1_zh, 'zh')} | ${pct(row.top3_zh, 'zh')} | ${pct(row.top1_en, 'en')} | ${pct(row.top3_en, 'en')} |`,
    );
  }
  return lines.join('\n');
}
