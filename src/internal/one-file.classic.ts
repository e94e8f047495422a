/**
 * `one-file.ts` in the classic build (rollup.config.mjs puts this module in its place): every sibling
 * is inside wallet-help.iife.js, so the code for fetching them apart is left out of it.
 *
 * The packs are imported here too, for one reason: where they sit in the file. Rollup places a module
 * where it is first imported, and this module is first imported (through siblings.ts) right after
 * packs.ts imports the zh-CN pack, so all four guides end up side by side. gzip then finds the
 * Traditional packs' many characters, keys and ids in the zh-CN text just before them, which it can't
 * once code lies between (its window is 32 KB): the classic build is 2,475 bytes smaller (46207 →
 * 43732). This order was the smallest of those measured (zh-TW, zh-HK, en: 43801). What each pack holds
 * is still picked where packs.ts imports it.
 */
import '../../content/zh-HK.json';
import '../../content/zh-TW.json';
import '../../content/en.json';

export const ONE_FILE: boolean = true;
