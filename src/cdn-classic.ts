/**
 * Script-tag entry of the classic build (dist/cdn/wallet-help.iife.js): everything `cdn.ts` does, in
 * one file that holds search and every pack, so they are taken at once rather than at idle.
 */
import './cdn.js';
import { packSiblings } from './internal/packs.js';
import { searchSibling } from './internal/search-engine.js';

for (const sibling of [searchSibling, ...packSiblings]) void sibling.load();
