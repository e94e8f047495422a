/**
 * The search every search box and `WalletHelp.search` use: the full engine once it has loaded (the
 * sibling `wallet-help.search.js` in the script-tag module build, loaded at idle), plain word
 * matching from the first file until then, or when it can't be loaded.
 */
import type * as Engine from '../search/built-in.js';
import { indexFor } from '../search/plain.js';
import { Sibling } from './siblings.js';

export const searchSibling = new Sibling<typeof Engine>(
  'wallet-help.search.js',
  'search matches plain words (no Traditional characters, synonyms or typos)',
  () => import('../search/built-in.js'),
);

/** The engine to search with now. */
export function searchEngine(): Pick<typeof Engine, 'indexFor'> {
  return searchSibling.get() ?? { indexFor };
}
