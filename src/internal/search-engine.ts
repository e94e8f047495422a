/**
 * The search every search box and `WalletHelp.search` use: the full engine once it has loaded (the
 * sibling `wallet-help.search.js` in the script-tag module build, loaded at idle), and until then, or
 * when it can't be loaded, plain word matching, where the build that may wait for the engine sets it
 * (the npm entries and the module build; the classic build holds the engine from the start).
 */
import type * as Engine from '../search/index-cache.js';
import { updateAll } from './page-config.js';
import { meanwhile, Sibling } from './siblings.js';

export type SearchEngine = Pick<typeof Engine, 'indexFor'>;

export const searchSibling = new Sibling<typeof Engine>(
  'wallet-help.search.js',
  meanwhile('search matches plain words only'),
  () => import('../search/index-cache.js'),
  // Every element re-renders with it: none waits by a callback of its own, which would keep a removed
  // element alive for as long as the file can't be loaded.
  updateAll,
);

let beforeEngine: SearchEngine | undefined;

/** What answers while the engine is missing (src/search/plain.ts). */
export function searchBeforeEngine(fallback: SearchEngine): void {
  beforeEngine = fallback;
}

/** The engine to search with now; none yet only in a build that loads the engine at once. */
export function searchEngine(): SearchEngine | undefined {
  return searchSibling.get() ?? beforeEngine;
}
