import type { PackLang } from './types.js';

/** The guide's own language: Simplified Chinese, and every language without a pack of its own. */
const FALLBACK: PackLang = 'zh-CN';

function primarySubtag(tag: string): string {
  return tag.trim().replace(/_/g, '-').split('-', 1)[0]?.toLowerCase() ?? '';
}

/** Whether `tag` (e.g. `en-GB`, `zh_Hant`) names a language the library ships a pack for. */
export function isSupportedLangTag(tag: string | null | undefined): boolean {
  if (typeof tag !== 'string') return false;
  const language = primarySubtag(tag);
  return language === 'en' || language === 'zh';
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
  // A trailing '-' ends every subtag, so `-hk-` is a whole one; a Simplified script (`-hans-`) matches
  // no pattern and reads zh-CN. Extlang forms (zh-yue-HK) are passed over: their preferred forms
  // (yue-HK) aren't Chinese by the first subtag either.
  const tag = `${first.trim().replace(/_/g, '-').toLowerCase()}-`;
  const chinese = /^zh(-hant)?-((hk|mo)|hant|tw)-/.exec(tag);
  return chinese ? (chinese[3] ? 'zh-HK' : 'zh-TW') : tag.startsWith('en-') ? 'en' : FALLBACK;
}
