// Node part of the long-content benchmark (run by `npm run bench -- faq-long` before the browser
// pages): is a 1,000-topic vendor pack accepted, and what do reading, validating and merging it
// cost? Bundles src/content/vendor.ts (plainData, mergeVendorPack: the vendor sibling's work, which
// runs the validator on the merged pack) with esbuild, generates the same pack as the pages
// (common.js) and times each step over --samples runs (default 20). Prints its table with met yes/no.
// --cpu N is accepted for the runner's profiles; Node is not throttled, so it only labels the run.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from '../common/stats.mjs';
import { vendorPack } from './pack.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const samples = option('--samples', 20);
const cpu = option('--cpu', 1);
// The limits the vendor sibling applies (src/content/vendor.ts, src/internal/vendor-content.ts).
const MAX_CHARACTERS = 4e6;
const MAX_BYTES = 4 * 1024 * 1024;

const outfile = path.join(root, 'bench/results/faq-long-vendor.mjs');
await build({
  entryPoints: [path.join(root, 'src/content/vendor.ts')],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  logLevel: 'warning',
});
const { plainData, mergeVendorPack } = await import(pathToFileURL(outfile).href);

const read = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const zh = read('content/zh-CN.json');
const en = read('content/en.json');
const vendor = vendorPack(zh, en);

const fastest = (values) => (values.length ? Math.min(...values) : NaN);

const rows = [];
for (const [name, base, pack] of [['1,000 topics (zh-CN)', zh, vendor], ['the same 1,000 topics in English', en, vendorPack(zh, en, 1000, 'en')]]) {
  const json = JSON.stringify(pack);
  const times = { plainData: [], merge: [] };
  let result;
  for (let i = 0; i < samples; i++) {
    let start = performance.now();
    let data;
    try {
      data = plainData(pack);
    } catch (error) {
      result = { ok: false, errors: [{ path: '(the pack)', message: String(error) }] };
      break;
    }
    times.plainData.push(performance.now() - start);
    start = performance.now();
    result = mergeVendorPack(base, data);
    times.merge.push(performance.now() - start);
  }
  rows.push({
    name,
    characters: json.length,
    bytes: Buffer.byteLength(json),
    accepted: result.ok ? 'yes' : `no: ${result.errors.slice(0, 2).map((error) => `${error.path} ${error.message}`).join('; ')}`,
    topics: result.ok ? result.pack.topics.length : 0,
    plainData: times.plainData.length ? median(times.plainData) : NaN,
    merge: times.merge.length ? median(times.merge) : NaN,
    fastest: [fastest(times.plainData), fastest(times.merge)],
  });
}

const ms = (value) => `${value.toFixed(1)} ms`;
console.log(`### faq-long (node): a 1,000-topic vendor pack through the vendor sibling, ${samples} runs, medians (cpu ${cpu} label; Node is not throttled)\n`);
console.log('| pack | characters (limit 4e6) | UTF-8 bytes (content-src limit 4 MB) | accepted | topics shown | plainData: median (fastest) | merge + validate: median (fastest) | met |');
console.log('| --- | ---: | ---: | --- | ---: | ---: | ---: | --- |');
for (const row of rows) {
  const met = row.accepted === 'yes' && row.characters <= MAX_CHARACTERS ? (row.bytes <= MAX_BYTES ? 'yes' : 'yes (configure); no (content-src: over 4 MB)') : 'no';
  console.log(
    `| ${row.name} | ${row.characters} | ${row.bytes} | ${row.accepted} | ${row.topics} | ${ms(row.plainData)} (${ms(row.fastest[0])}) | ${ms(row.merge)} (${ms(row.fastest[1])}) | ${met} |`,
  );
}
console.log(`\nNode ${process.version}; load average ${os.loadavg().map((load) => load.toFixed(1)).join(' / ')}`);
