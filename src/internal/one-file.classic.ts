/**
 * `one-file.ts` in the classic build (rollup.config.mjs puts this module in its place): every sibling
 * is inside wallet-help.iife.js, so the code for fetching them apart is left out of it.
 */
export const ONE_FILE: boolean = true;
