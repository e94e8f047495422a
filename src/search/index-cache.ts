/**
 * The index cache: one search index per pack, shared by every element and `WalletHelp.search`,
 * built on the first query and rebuilt when another pack has loaded, so its words find topics too.
 * The entry of the search sibling (`wallet-help.search.js` in the script-tag module build, loaded
 * at idle; see src/internal/search-engine.ts): the engine comes with it.
 */
import type { ContentPack } from '../content/types.js';
import { createSearchIndex, type SearchIndex } from './index.js';

/**
 * Per language: the pack searched last, how many packs were loaded when its index was built, and the
 * index. One per language, not one per pack: vendor content merged again makes a new pack each time,
 * and an index holds the other languages' packs it was built with, whose indexes held older packs in
 * turn, so a cache by pack kept every index ever built (bench/memory: +16 MB in 100 FAQ re-renders).
 */
const indexes = new Map<string, [pack: ContentPack, packCount: number, index: SearchIndex]>();
const PACK_COUNT = 1;
const INDEX = 2;

/**
 * The index that searches `pack` and finds its topics by the words of the other `packs` (those
 * loaded: the caller passes them, so this module, loaded on demand, imports nothing of the entry).
 */
export function indexFor(pack: ContentPack, packs: ContentPack[]): SearchIndex {
  const cached = indexes.get(pack.lang);
  // Another count: a pack has loaded since, whose words the index lacks.
  if (cached?.[0] === pack && cached[PACK_COUNT] === packs.length) return cached[INDEX];
  const index = createSearchIndex(pack, { secondary: packs.filter((other) => other !== pack) });
  indexes.set(pack.lang, [pack, packs.length, index]);
  return index;
}

/**
 * Builds `pack`'s index and runs one query through it, so the user's first keystroke finds the
 * index built, the segmenter loaded and the code compiled (~40 ms cold on a desktop, more on a phone).
 */
export function warm(pack: ContentPack, packs: ContentPack[]): void {
  indexFor(pack, packs).search('登录 login');
}
