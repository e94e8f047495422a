// Bundles bench/search/suite.mjs (our TypeScript engine, MiniSearch, Fuse.js, the packs and the
// labelled queries) into bench/search/generated/suite.js with esbuild (a dependency of
// @web/dev-server-esbuild), unminified, for both Node and the Chromium page.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BUNDLE = path.join(here, 'generated/suite.js');

export async function bundle() {
  await build({
    entryPoints: [path.join(here, 'suite.mjs')],
    outfile: BUNDLE,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    logLevel: 'warning',
    // FlexSearch's worker mode, which the benchmark doesn't use (its import is never reached).
    external: ['worker_threads'],
  });
  return BUNDLE;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
