/** `wallet-help/search`: full-text search over content packs, with no DOM and no elements. */
export { createSearchIndex } from './search/index.js';
export type { IndexOptions, SearchField, SearchIndex, SearchOptions, SearchResult } from './search/index.js';
