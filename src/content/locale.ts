import type { PackLang } from './types.js';

/** The guide's own language: Simplified Chinese, and every language without a pack of its own. */
const FALLBACK: PackLang = 'zh-CN';

/** `tag` lower-cased, `_` read as `-`, and a '-' after it, which ends every subtag: `zh-hk-` has `-hk-` whole. */
const subtags = (tag: string): string => `${tag.trim().replace(/_/g, '-').toLowerCase()}-`;

/** Whether `tag` (e.g. `en-GB`, `zh_Hant`) names a language the library ships a pack for. */
export function isSupportedLangTag(tag: string | null | undefined): boolean {
  return typeof tag === 'string' && /^(en|zh)-/.test(subtags(tag));
}

/**
 * The pack for the first non-empty tag, e.g. `packLangFor([el.lang, navigator.language])`. `en` and
 * `en-*` read English. Chinese reads by script, then region: `zh-Hant`, `zh-TW` (and `zh-Hant-*`
 * elsewhere) read zh-TW; `zh-HK`, `zh-MO` read zh-HK unless the script says Simplified (`zh-Hans-HK`);
 * `zh`, `zh-CN`, `zh-SG`, `zh-Hans*` and everything else read zh-CN.
 */
export function packLangFor(tags: string | readonly (string | null | undefined)[] | null | undefined): PackLang {
  // One tag or a list; anything else (a page's configure({ lang: {} })) is passed over as not text.
  const first = [tags].flat().find((tag): tag is string => typeof tag === 'string' && tag.trim() !== '');
  if (first === undefined) return FALLBACK;
  // A Simplified script (`-hans-`) matches no pattern and reads zh-CN. Extlang forms (zh-yue-HK) are
  // passed over: their preferred forms (yue-HK) aren't Chinese by the first subtag either.
  const tag = subtags(first);
  const chinese = /^zh(-hant)?-((hk|mo)|hant|tw)-/.exec(tag);
  return chinese ? (chinese[3] ? 'zh-HK' : 'zh-TW') : tag.startsWith('en-') ? 'en' : FALLBACK;
}
