/**
 * Search is loaded on demand: the script-tag module build keeps it in the sibling file
 * `wallet-help.search.js`, fetched by the first searchable element or `WalletHelp.ready()`, so pages
 * that only show questions never download it. (The classic build swaps in `load-eager.ts`.)
 */
import type * as BuiltIn from './built-in.js';

export type SearchModule = typeof BuiltIn;

let loaded: SearchModule | undefined;
let pending: Promise<SearchModule> | undefined;

/** The search module if it has loaded, so a render needs no await. */
export const searchIfLoaded = (): SearchModule | undefined => loaded;

/** Loads the search module once. */
export function loadSearch(): Promise<SearchModule> {
  return (pending ??= import('./built-in.js').then((module) => (loaded = module)));
}
