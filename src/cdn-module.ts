/**
 * Script-tag entry of the module build (dist/cdn/wallet-help.js): everything `cdn.ts` does, with the
 * files that come after it (dist/cdn/wallet-help.*.js) beside it. The console names them there when
 * they can't be loaded, and a failed one is fetched again under another URL, as browsers cache
 * failed imports. (The classic build, wallet-help.iife.js, is one file: nothing comes after it.)
 */
import './cdn.js';
import { searchBeforeEngine } from './internal/search-engine.js';
import { siblingsBeside } from './internal/siblings.js';
import * as plain from './search/plain.js';

siblingsBeside(import.meta.url, (url) => import(url));
// Until search.js has loaded, or when it can't be, plain word matching answers.
searchBeforeEngine(plain);
