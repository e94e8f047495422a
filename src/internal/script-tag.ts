/**
 * Whether this is a script-tag build (dist/cdn/: the module build and the classic one): false here,
 * true there, where rollup.config.mjs puts `script-tag.cdn.ts` in this module's place. Code that asks
 * `if (SCRIPT_TAG)` leaves out of those files what serves only the npm package's large users:
 * - the engine's hook for a prebuilt index: nothing in the script-tag builds can hand it one
 *   (`readIndex` is in `wallet-help/search` only), so there it is dead code (7 bytes gzip in
 *   wallet-help.search.js);
 * - keeping a `limit`'s best results as topics go by instead of sorting all found (58 bytes): the
 *   elements ask for every result, and only `WalletHelp.search(q, { limit })` on thousands of topics
 *   would gain (~1.4 ms a query for 4,500 found).
 * Both keep the files a zh-CN or en page can fetch within their 40 KB.
 */
export const SCRIPT_TAG: boolean = false;
