import type { PackLang } from './types.js';

/** The guide's own language, and the only Chinese pack, so every Chinese variant reads it. */
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
 * The pack for the first non-empty tag, e.g. `packLangFor([el.lang, navigator.language])`.
 * `en` and `en-*` read English; everything else, Traditional Chinese included, reads zh-CN.
 */
export function packLangFor(tags: string | readonly (string | null | undefined)[] | null | undefined): PackLang {
  // One tag or a list; anything else (a page's configure({ lang: {} })) is passed over as not text.
  const first = [tags].flat().find((tag): tag is string => typeof tag === 'string' && tag.trim() !== '');
  if (first === undefined) return FALLBACK;
  return primarySubtag(first) === 'en' ? 'en' : FALLBACK;
}
