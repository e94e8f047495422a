/**
 * Script-tag entry of the classic build (dist/cdn/wallet-help.iife.js): everything `cdn.ts` does, in
 * one file that holds search and every pack, so they are taken at once rather than at idle. Its
 * rollup config tells src/ so (`ONE_FILE`, src/internal/one-file.ts): none of them can fail to load,
 * and the failure report, retries and loading at idle are left out.
 */
import './cdn.js';
import { packSiblings } from './internal/packs.js';
import { searchSibling } from './internal/search-engine.js';

for (const sibling of [searchSibling, ...packSiblings]) void sibling.load();
