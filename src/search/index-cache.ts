/**
 * The index cache: one search index per pack, shared by every element and `WalletHelp.search`,
 * built on the first query and rebuilt when another pack has loaded, so its words find topics too.
 * The entry of the search sibling (`wallet-help.search.js` in the script-tag module build, loaded
 * at idle; see src/internal/search-engine.ts): the engine comes with it.
 */
import type { ContentPack } from '../content/types.js';
import { createSearchIndex, type SearchIndex } from './index.js';

/** Pack → its index, and how many packs were loaded when it was built. */
const indexes = new Map<ContentPack, [index: SearchIndex, packCount: number]>();
const INDEX = 0;
const PACK_COUNT = 1;

/**
 * The index that searches `pack` and finds its topics by the words of the other `packs` (those
 * loaded: the caller passes them, so this module, loaded on demand, imports nothing of the entry).
 */
export function indexFor(pack: ContentPack, packs: ContentPack[]): SearchIndex {
  const cached = indexes.get(pack);
  // Another count: a pack has loaded since, whose words the index lacks.
  if (cached?.[PACK_COUNT] === packs.length) return cached[INDEX];
  const index = createSearchIndex(pack, { secondary: packs.filter((other) => other !== pack) });
  indexes.set(pack, [index, packs.length]);
  return index;
}

/**
 * Builds `pack`'s index and runs one query through it, so the user's first keystroke finds the
 * index built, the segmenter loaded and the code compiled (~40 ms cold on a desktop, more on a phone).
 */
export function warm(pack: ContentPack, packs: ContentPack[]): void {
  indexFor(pack, packs).search('登录 login');
}
