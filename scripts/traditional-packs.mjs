// The Traditional Chinese packs, content/zh-TW.json and content/zh-HK.json, made from content/zh-CN.json:
//   npm run content:traditional            writes both packs
//   npm run content:traditional -- --check  exits 1 naming each pack that differs from what it would write
// Two steps, both reproducible: opencc-js (a devDependency, pinned) converts every text field with its
// regional configuration, then the region's reviewed overrides (content/source/<lang>.overrides.json)
// replace the phrases a converter can't know (a Taiwanese signs in over 網路, a Hong Konger gets a 短訊)
// and add the words people there type to the search keywords. Ids, error codes and related-topic links
// are never converted: saved checklist progress and error-code links carry over between languages.
// test/content/traditional.test.ts runs the same conversion in the browsers and fails when a committed
// pack differs from it, so the packs can't drift from zh-CN.
//
// This file is also imported by that test: everything outside main() runs in a browser too.
import { Converter } from 'opencc-js';

/**
 * Each region's opencc-js target. Taiwan's `twp` converts phrases too (用户 → 使用者, 网络 → 網路,
 * 短信 → 簡訊, 登录 → 登入); Hong Kong's `hk` converts characters only, because opencc's Hong Kong
 * phrase table (`hkp`) is, in its own words, still small and brings Taiwanese words (作業系統, 搜尋 for
 * 搜索) along: Hong Kong's words come from the overrides instead.
 */
export const REGIONS = {
  'zh-TW': { opencc: 'twp', overrides: 'content/source/zh-TW.overrides.json' },
  'zh-HK': { opencc: 'hk', overrides: 'content/source/zh-HK.overrides.json' },
};

/** Keys whose strings are identifiers, not text: never converted. (`topics` inside a cause lists topic ids.) */
const ID_KEYS = new Set(['id', 'lang', 'errorCodes', 'related']);

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces every override's `from` with its `to` in one pass, longest match first, so a longer phrase
 * wins over a shorter one inside it (an override of 應用程式 to itself keeps 應用 → App out of it) and
 * no replacement is replaced again. Counts each rule's uses in `used`.
 */
function phraseReplacer(phrases, used) {
  const byFrom = new Map();
  for (const rule of phrases) {
    if (byFrom.has(rule.from)) throw new Error(`override "${rule.from}" is listed twice`);
    byFrom.set(rule.from, rule);
  }
  if (byFrom.size === 0) return (text) => text;
  const pattern = new RegExp(
    [...byFrom.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'gu',
  );
  return (text) =>
    text.replace(pattern, (match) => {
      used.set(match, (used.get(match) ?? 0) + 1);
      return byFrom.get(match).to;
    });
}

/** Order kept, first occurrence wins. */
const unique = (terms) => [...new Set(terms)];

/** `terms` and then `added`; throws naming `what` when a term added is already there (the conversion now makes it). */
function addTerms(terms, added, what) {
  const already = added.filter((term) => terms.includes(term));
  if (already.length) throw new Error(`${what}: already there: ${already.join(', ')}`);
  return unique([...terms, ...added]);
}

/**
 * The pack for `lang` ('zh-TW' or 'zh-HK'): `zhCN` converted by `convert` (opencc-js's converter for the
 * region), then `overrides` applied. Throws when an override no longer matches anything (zh-CN changed
 * under it: someone must look again) or names a topic or synonym the pack doesn't have.
 */
export function traditionalPack(zhCN, lang, overrides, convert) {
  const used = new Map();
  const replace = phraseReplacer(overrides.phrases ?? [], used);
  const text = (value) => replace(convert(value));

  const walk = (value, key, parentKey) => {
    if (typeof value === 'string') {
      if (ID_KEYS.has(key) || ID_KEYS.has(parentKey)) return value;
      return text(value);
    }
    if (Array.isArray(value)) {
      // A cause's `topics` is a list of topic ids; the pack's `topics` is a list of objects.
      if (key === 'topics' && value.every((item) => typeof item === 'string')) return [...value];
      return value.map((item) => walk(item, undefined, key));
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, walk(item, name, key)]));
    }
    return value;
  };

  const pack = walk(zhCN, undefined, undefined);
  pack.lang = lang;

  // A converted list can hold the same term twice (登录 and 登陆 both become 登入 in Taiwan).
  for (const topic of pack.topics) topic.keywords = unique(topic.keywords);
  if (pack.synonyms) pack.synonyms = pack.synonyms.map(unique);

  for (const [topicId, addition] of Object.entries(overrides.keywords ?? {})) {
    const topic = pack.topics.find((candidate) => candidate.id === topicId);
    if (!topic) throw new Error(`${lang} overrides: keywords for unknown topic "${topicId}"`);
    topic.keywords = addTerms(topic.keywords, addition.add, `${lang} overrides: keywords for ${topicId}`);
  }
  for (const addition of overrides.synonyms ?? []) {
    const group = pack.synonyms?.find((terms) => terms.includes(addition.with));
    if (!group) throw new Error(`${lang} overrides: no synonym group holds "${addition.with}"`);
    pack.synonyms[pack.synonyms.indexOf(group)] = addTerms(group, addition.add, `${lang} overrides: synonyms with "${addition.with}"`);
  }

  const unused = (overrides.phrases ?? []).filter((rule) => !used.has(rule.from)).map((rule) => rule.from);
  if (unused.length) throw new Error(`${lang} overrides match nothing any more: ${unused.join(', ')}`);
  return pack;
}

/** opencc-js's converter from Mainland Simplified to the region's Traditional. */
export const converterFor = (lang) => Converter({ from: 'cn', to: REGIONS[lang].opencc });

/** The file's text exactly as committed: zh-CN.json's layout (two-space indent, final newline). */
export const packText = (pack) => `${JSON.stringify(pack, null, 2)}\n`;

async function main(args) {
  const { readFile: readFrom, writeFile: writeTo } = await import('node:fs/promises');
  // Paths from the repository's root, wherever the script is run from.
  const root = new URL('../', import.meta.url);
  const readFile = (file, encoding) => readFrom(new URL(file, root), encoding);
  const writeFile = (file, text) => writeTo(new URL(file, root), text);
  const check = args.includes('--check');
  const zhCN = JSON.parse(await readFile('content/zh-CN.json', 'utf8'));
  let stale = 0;
  for (const [lang, region] of Object.entries(REGIONS)) {
    const overrides = JSON.parse(await readFile(region.overrides, 'utf8'));
    const text = packText(traditionalPack(zhCN, lang, overrides, converterFor(lang)));
    const file = `content/${lang}.json`;
    const committed = await readFile(file, 'utf8').catch(() => '');
    if (committed === text) console.log(`ok ${file}`);
    else if (check) {
      stale += 1;
      console.error(`${file} differs from what scripts/traditional-packs.mjs makes: run npm run content:traditional`);
    } else {
      await writeFile(file, text);
      console.log(`wrote ${file}`);
    }
  }
  return stale ? 1 : 0;
}

if (typeof process !== 'undefined' && process.argv?.[1]?.endsWith('traditional-packs.mjs')) {
  process.exitCode = await main(process.argv.slice(2));
}
