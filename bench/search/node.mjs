#!/usr/bin/env node
// The search benchmark in Node: bundles bench/search/suite.mjs (bundle.mjs), then runs every
// (engine, corpus) pair in fresh Node processes, one per sample, as tachometer loads a fresh page
// per sample in Chromium: each sample builds cold. Prints the medians over samples and writes them
// to bench/results/search-node.json.
//
//   node bench/search/node.mjs [--samples N] [--engines a,b] [--corpora c]   (run by `npm run bench -- search`)
//
// First it writes each corpus's prebuilt index (bench/search/generated/CORPUS.index.bin), which
// ours-prebuilt reads here and in the page.
//
// Relevance does not depend on timing: it is computed in the first sample of each pair only.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle, BUNDLE } from './bundle.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = path.resolve(here, '../results');
const SAMPLES = { guide: 5, vendors5k: 3 };

const args = process.argv.slice(2);
/** The prebuilt index of a corpus, written before the runs (`wallet-help index`'s output): what ours-prebuilt reads, here and in the page. */
export const indexPath = (corpus) => path.join(here, 'generated', `${corpus}.index.bin`);

if (args[0] === '--child') {
  const { runSuite } = await import(pathToFileURL(BUNDLE).href);
  const indexFile = args[1] === 'ours-prebuilt' ? new Uint8Array(readFileSync(indexPath(args[2]))).buffer : undefined;
  const result = runSuite(args[1], args[2], { withRelevance: args[3] === '1', indexFile });
  process.stdout.write(JSON.stringify(result));
} else {
  const samplesArg = args.indexOf('--samples');
  const override = samplesArg >= 0 ? Number(args[samplesArg + 1]) : undefined;
  const only = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1].split(',') : undefined);
  await bundle();
  const { ENGINES, CORPORA, quantile, corpusOf, indexFileOf } = await import(pathToFileURL(BUNDLE).href);
  for (const corpus of CORPORA) {
    const file = indexFileOf(corpusOf(corpus));
    writeFileSync(indexPath(corpus), file);
    // The page's copy, as base64 text: tachometer's server reads the files it serves as UTF-8 text,
    // which mangles binary ones (7.56 MB of index arrived as 8.63 MB, and was refused).
    writeFileSync(`${indexPath(corpus)}.b64`, Buffer.from(file).toString('base64'));
    process.stderr.write(`search (node): ${path.relative(process.cwd(), indexPath(corpus))}, ${(file.length / 1e6).toFixed(2)} MB (${(gzipSync(file).length / 1e6).toFixed(2)} MB gzip)\n`);
  }
  const rows = [];
  for (const corpus of only('--corpora') ?? CORPORA) {
    for (const engine of only('--engines') ?? ENGINES) {
      const samples = [];
      const count = override ?? SAMPLES[corpus];
      for (let sample = 0; sample < count; sample++) {
        const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', engine, corpus, sample === 0 ? '1' : '0'], {
          encoding: 'utf8',
          maxBuffer: 1 << 24,
        });
        if (child.status !== 0) {
          console.error(child.stderr);
          process.exit(1);
        }
        samples.push(JSON.parse(child.stdout));
        process.stderr.write(`search (node): ${engine} on ${corpus}, sample ${sample + 1}/${count}\n`);
      }
      const med = (key) => quantile(samples.map((sample) => sample[key]), 0.5);
      rows.push({
        engine,
        corpus,
        samples: count,
        entries: samples[0].entries,
        timedQueries: samples[0].timedQueries,
        build: med('build'),
        median: med('median'),
        p95: med('p95'),
        relevance: samples[0].relevance,
      });
    }
  }
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'search-node.json'), JSON.stringify({ node: process.version, rows }, null, 2));
  console.log(`\n### search, Node ${process.version} (medians over fresh processes)\n\n${table(rows)}\n`);
}

export function table(rows) {
  const ms = (value) => (value < 10 ? value.toFixed(3) : value.toFixed(1));
  const pct = (hits, total) => `${hits}/${total} (${((hits / total) * 100).toFixed(1)}%)`;
  const lines = [
    '| corpus | engine | entries × 2 languages | samples | build ms | query median ms | query p95 ms | zh-CN top-1 | zh-CN top-3 | en top-1 | en top-3 |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const rel = ['zh-CN', 'en'].flatMap((lang) =>
      row.relevance ? [pct(row.relevance[lang].top1, row.relevance[lang].total), pct(row.relevance[lang].top3, row.relevance[lang].total)] : ['–', '–'],
    );
    lines.push(
      `| ${row.corpus} | ${row.engine} | ${row.entries} | ${row.samples} | ${ms(row.build)} | ${ms(row.median)} | ${ms(row.p95)} | ${rel.join(' | ')} |`,
    );
  }
  return lines.join('\n');
}
