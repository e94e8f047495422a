/** `wallet-help/search`: full-text search over content packs, with no DOM and no elements. */
export { buildIndex, createSearchIndex } from './search/index.js';
export type { IndexData, IndexOptions, SearchField, SearchIndex, SearchOptions, SearchResult } from './search/index.js';
export { packHash, readIndex, writeIndex } from './search/prebuilt.js';
export type { IndexHeader, IndexSection } from './search/prebuilt.js';
