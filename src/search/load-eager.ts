/**
 * `load.ts` for the classic script-tag build, which is one file: search is there from the start, so
 * `WalletHelp.search` answers even in the script that runs right after the tag.
 */
import * as builtIn from './built-in.js';
import type { SearchModule } from './load.js';

export const searchIfLoaded = (): SearchModule => builtIn;

export const loadSearch = (): Promise<SearchModule> => Promise.resolve(builtIn);
