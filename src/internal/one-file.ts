/**
 * Whether this build is one file that holds every sibling: false here, true in the classic build
 * (dist/cdn/wallet-help.iife.js), whose rollup config puts `one-file.classic.ts` in this module's
 * place. There no sibling is fetched, so none is late or fails: code that asks `if (ONE_FILE)`
 * leaves out of that build what only files fetched apart need (see siblings.ts).
 */
export const ONE_FILE: boolean = false;
