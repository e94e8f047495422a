// `npm run test:fuzz`: property-based fuzzing of content packs in Node (test/fuzz/*.node.ts, with
// fast-check). Each file is bundled with esbuild for Node (the JSON packs included) into .tmp/fuzz/
// and run with node:test; the count goes to .fuzz-results.json (scripts/checks.mjs's format) for
// scripts/test.mjs. A failure prints fast-check's seed and path: FUZZ_SEED=<seed> replays it, and
// FUZZ_RUNS=<factor> runs every property that many times as often (FUZZ_RUNS=10 for a long night).
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import path from 'node:path';
import { countLine, writeCounts } from './checks.mjs';

const RESULTS = '.fuzz-results.json';
const OUT = '.tmp/fuzz';
const sources = readdirSync('test/fuzz')
  .filter((name) => name.endsWith('.node.ts'))
  .map((name) => path.join('test/fuzz', name));

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: sources,
  outdir: OUT,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  loader: { '.json': 'json' },
  logLevel: 'warning',
});

const files = sources.map((source) => path.join(OUT, path.basename(source).replace(/\.ts$/, '.mjs')));
let passed = 0;
let failed = 0;
let skipped = 0;
const started = Date.now();
const stream = run({ files, concurrency: true });
stream.on('test:pass', (event) => {
  if (event.details?.type === 'suite') return;
  if (event.skip || event.todo) skipped += 1;
  else passed += 1;
});
stream.on('test:fail', (event) => {
  if (event.details?.type !== 'suite') failed += 1;
});
stream.compose(spec).pipe(process.stdout);
await new Promise((resolve) => stream.on('end', resolve));

writeCounts(RESULTS, { passed, failed, skipped });
console.log(`fuzz: ${countLine({ passed, failed, skipped })} in ${((Date.now() - started) / 1000).toFixed(1)} s` + (process.env.FUZZ_SEED ? ` (FUZZ_SEED=${process.env.FUZZ_SEED})` : ''));
process.exit(failed ? 1 : 0);
