// Sizes of built files, raw and gzip, and the budgets `npm test` holds them to (issue 10 set them on purpose).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;

/** gzip budgets in bytes, per file. */
export const BUDGETS = {
  // The script-tag module: Lit, every element, the help panel complete, the Chinese guide and plain word
  // search, so help opens on the right answer with its steps whatever the network does after this file.
  'dist/cdn/wallet-help.js': 26 * KB,
  // The English pack (each later language pack gets a budget of its own).
  'dist/cdn/wallet-help.en.js': 6 * KB,
  // The Traditional Chinese packs, whole (issue 15: 6119 and 6189 bytes as made).
  'dist/cdn/wallet-help.zh-TW.js': 6.5 * KB,
  'dist/cdn/wallet-help.zh-HK.js': 6.5 * KB,
  // Search (engine and Traditional→Simplified table), loaded at idle.
  'dist/cdn/wallet-help.search.js': 4 * KB,
  // The content validator and merge, loaded only by pages that configure content of their own
  // (3 → 3.2 KB in issue 11: a Chinese vendor pack's punctuation made full-width, 0.2 KB; 3.2 → 3.4 KB
  // in issue 12: content read once into plain data, text that shows nothing and bidi controls refused,
  // content-src limited to http(s), 10 s and 512 KB, 0.14 KB).
  'dist/cdn/wallet-help.vendor.js': 3.4 * KB,
  // The classic-script build: all of the above in one file (set in issue 10 at 38 KB). Issue 15 raised it
  // by what the two Traditional packs added to it, then 7361 bytes. Issue 14 put the four guides side by
  // side in the file (src/internal/one-file.classic.ts), where gzip finds each in the others: the packs now
  // add 5425 bytes (43732 with them, 38307 with both packs' imports pointed at en.json), and the budget
  // follows them down from 38 KB + 7361. Measured with `npx rollup -c --silent` and gzip -9 of each
  // dist/cdn file; BENCHMARKS.md, Sizes, has the command.
  'dist/cdn/wallet-help.iife.js': 38 * KB + 5425,
};

const CDN = 'dist/cdn';
/** A language pack of the module build other than English (budgeted one by one, not in the sum). */
const OTHER_PACK = /^wallet-help\.(?!en\.js$)[a-z]{2,3}(-[A-Za-z]+)*\.js$/;

/** Budgets on sums of files: everything the module build can fetch for a page in each language. */
export function totalBudgets() {
  const all = readdirSync(CDN).filter((name) => /^wallet-help\..*js$/.test(name) && !name.endsWith('.iife.js'));
  const common = all.filter((name) => !OTHER_PACK.test(name));
  const files = (names) => names.map((name) => `${CDN}/${name}`);
  return [
    { name: 'the module build, every file a zh-CN or en page can fetch', files: files(common), budget: 40 * KB },
    // Issue 15: a Traditional page fetches its own pack as well (46958 bytes for zh-TW, 47028 for zh-HK as made).
    ...['zh-TW', 'zh-HK'].map((lang) => ({
      name: `the module build, every file a ${lang} page can fetch`,
      files: files([...common, `wallet-help.${lang}.js`]),
      budget: 46 * KB + 256,
    })),
  ];
}

export function sizeOf(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

export function reportSizes(files) {
  for (const file of files) {
    const { raw, gzip } = sizeOf(file);
    const budget = BUDGETS[file];
    const note = budget ? ` (budget ${kb(budget)} gzip)` : '';
    console.log(`  ${file.padEnd(40)} ${kb(raw).padStart(9)}  ${kb(gzip).padStart(9)} gzip${note}`);
  }
}
