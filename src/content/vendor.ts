/**
 * Vendor content: a partial pack for one language that adds topics or overrides texts of the
 * built-in pack. The merged pack goes through the same validator as ours; a rejected one leaves the
 * built-in pack in place. No DOM.
 */
import type { ContentPack, Topic } from './types.js';
import { isObject, validatePack, type PackError } from './validate.js';

export type VendorMerge = { ok: true; pack: ContentPack } | { ok: false; errors: PackError[] };


// ( ) around text with Chinese in it; then , : ; ? ! (a run of them) right after or before Chinese.
// No lookbehind: a regex that older Safari cannot parse would break the whole classic-script file.
const PARENS_IN_CHINESE = /\(([^()]*\p{sc=Han}[^()]*)\)/gu;
const MARKS_IN_CHINESE = /[\p{scx=Han}“”（）][,:;?!]+|[,:;?!]+(?=[\p{scx=Han}“”（）])/gu;
const wide = (mark: string): string => String.fromCharCode(mark.charCodeAt(0) + 0xfee0);

/**
 * A Chinese pack's text as Chinese typography writes it: full-width ，：；？！（）. Names (ids, error
 * codes, lang) and search terms (keywords, synonyms) are left as given.
 */
const fullWidth = (value: unknown, key = ''): unknown =>
  /^(id|lang|errorCodes|related|keywords|synonyms)$/.test(key)
    ? value
    : typeof value === 'string'
      ? value.replace(PARENS_IN_CHINESE, '（$1）').replace(MARKS_IN_CHINESE, (run) => run.replace(/[,:;?!]/g, wide))
      : Array.isArray(value)
        ? value.map((item) => fullWidth(item))
        : isObject(value)
          ? Object.fromEntries(Object.entries(value).map(([name, field]) => [name, fullWidth(field, name)]))
          : value;


/**
 * The vendor's content read once into plain data, what JSON holds: every getter and Proxy trap runs
 * here, once, inside the caller's guard; a cycle, nesting deeper than the engine's stack or more
 * than four million characters throws here too: room for a help centre of some 2,000 topics in
 * either language (a 1,000-topic English pack is 1.74 million; bench/faq-long), where the earlier
 * limit of one million refused a large vendor's English content outright. What is validated and shown is this copy, so an object that answers
 * differently later changes nothing. JSON is the engine's own deep copy of own enumerable data, in a
 * few bytes: a walk of our own would cost the classic build room it does not have.
 */
export function plainData(value: unknown): unknown {
  const json = JSON.stringify(value) ?? 'null';
  if (json.length > 4e6) throw RangeError('over 4e6 characters');
  return JSON.parse(json);
}

/**
 * `overlay` (plain data, see `plainData`) over `base`: top-level fields replace the built-in ones (`ui` field by field, `synonyms`
 * are added); each of `topics` either overrides the fields it names of the topic with its `id`, or,
 * with a new `id`, is a whole new topic, shown after the built-in ones. Errors name paths in
 * `overlay` (`topics[0].answer`). Over a Chinese pack, the text shown gets full-width punctuation.
 */
export function mergeVendorPack(base: ContentPack, overlay: unknown): VendorMerge {
  if (!isObject(overlay)) return { ok: false, errors: [{ path: '', message: 'must be an object (a content pack)' }] };
  if (overlay['lang'] !== undefined && overlay['lang'] !== base.lang) {
    // JSON.stringify, not String: a lang of {"toString": 1} can't be made text and would throw.
    return { ok: false, errors: [{ path: 'lang', message: `is ${JSON.stringify(overlay['lang'])}, but this pack is for ${base.lang}` }] };
  }
  const merged: Record<string, unknown> = { ...base, ...overlay, lang: base.lang };
  if (overlay['ui'] !== undefined) merged['ui'] = isObject(overlay['ui']) ? { ...base.ui, ...overlay['ui'] } : overlay['ui'];
  if (Array.isArray(overlay['synonyms'])) merged['synonyms'] = [...(base.synonyms ?? []), ...overlay['synonyms']];

  // Where each merged topic came from in the overlay, to name the vendor's path in errors.
  const origin = new Map<number, number>();
  if (overlay['topics'] !== undefined) {
    if (!Array.isArray(overlay['topics'])) return { ok: false, errors: [{ path: 'topics', message: 'must be an array of topics' }] };
    const topics: unknown[] = [...base.topics];
    overlay['topics'].forEach((topic: unknown, index) => {
      const at = isObject(topic) ? base.topics.findIndex((known) => known.id === topic['id']) : -1;
      if (at >= 0) {
        topics[at] = { ...(base.topics[at] as Topic), ...(topic as object) };
        origin.set(at, index);
      } else {
        origin.set(topics.length, index);
        topics.push(topic);
      }
    });
    merged['topics'] = topics;
  }

  const result = validatePack(merged);
  if (result.ok) return /^zh\b/i.test(base.lang) ? { ok: true, pack: fullWidth(result.pack) as ContentPack } : result;
  return {
    ok: false,
    errors: result.errors.map((error) =>
      ({ ...error, path: error.path.replace(/^topics\[(\d+)\]/, (whole, index: string) => (origin.has(+index) ? `topics[${origin.get(+index)}]` : whole)) }),
    ),
  };
}
