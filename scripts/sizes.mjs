// Sizes of built files, raw and gzip, and the budgets `npm test` holds them to.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** gzip budgets in bytes (KB = 1024 bytes). */
export const BUDGETS = {
  // The script-tag module: every element, Lit and the Chinese guide; what a page pays before anything is used.
  // 20 KB until <wallet-checklist> (issue 4) moved in at 21.6, 22 until <wallet-help>'s launcher and
  // dialog logic (issue 5) at 23.5: what a page shows on first render stays in this one file, because a
  // sibling fetched after it costs a round trip, worth more than 2 KB. Its panel's views are a sibling.
  'dist/cdn/wallet-help.js': 24 * 1024,
  // The English pack, loaded beside it when first needed.
  'dist/cdn/wallet-help.en.js': 6 * 1024,
  // Search (engine and Traditional→Simplified table), loaded beside it by the first search.
  'dist/cdn/wallet-help.search.js': 4 * 1024,
  // The <wallet-help> panel's views, loaded at idle once a launcher has rendered, or on the first open.
  'dist/cdn/wallet-help.panel.js': 3 * 1024,
  // The content validator and merge, loaded only by pages that configure content of their own.
  'dist/cdn/wallet-help.vendor.js': 3 * 1024,
  // The classic-script build: all of the above in one file (26 KB before search, 28 before the
  // checklist, 31 before <wallet-help>, 34 before vendor content); the sum of the budgets above is 40.
  'dist/cdn/wallet-help.iife.js': 38 * 1024,
};

export function sizeOf(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function reportSizes(files) {
  for (const file of files) {
    const { raw, gzip } = sizeOf(file);
    const budget = BUDGETS[file];
    const note = budget ? ` (budget ${kb(budget)} gzip)` : '';
    console.log(`  ${file.padEnd(40)} ${kb(raw).padStart(9)}  ${kb(gzip).padStart(9)} gzip${note}`);
  }
}
