// Relevance of the search engine, measured on a labelled set of queries written the way distressed
// wallet users type them (test/search/queries.json): colloquial phrasing, typos, homophones,
// Traditional characters, mixed scripts, and some queries in the other language. The zh-TW and zh-HK
// sets are written as people in Taiwan and Hong Kong type (Taiwanese phrasing; Cantonese in Hong Kong),
// and are searched in their own widget, and in a zh-CN widget holding the Traditional packs (the reverse).
// Each query is labelled with the topic whose answer actually helps that user.
// The accuracy figures are printed with console.log so they show in the run output (BENCHMARKS.md).
import { expect } from '@open-wc/testing';
import queriesJson from './queries.json';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import twJson from '../../content/zh-TW.json';
import hkJson from '../../content/zh-HK.json';
import type { ContentPack } from '../../src/content/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { fold } from '../../src/search/text.js';

interface LabelledQuery {
  q: string;
  topic: string;
}
type Lang = 'zh-CN' | 'en' | 'zh-TW' | 'zh-HK';

const queries = queriesJson as Record<Lang, LabelledQuery[]>;
const zh = zhJson as ContentPack;
const en = enJson as ContentPack;
const tw = twJson as ContentPack;
const hk = hkJson as ContentPack;
/**
 * Each widget's packs as a page has them: the widget's own primary, the others in memory secondary. A
 * zh-CN or English page has zh-CN and English (the Traditional packs load only where they are read); a
 * Traditional page has zh-CN (built in), English (at idle) and its own.
 */
const packs: Record<Lang, { primary: ContentPack; others: ContentPack[] }> = {
  'zh-CN': { primary: zh, others: [en] },
  en: { primary: en, others: [zh] },
  'zh-TW': { primary: tw, others: [zh, en] },
  'zh-HK': { primary: hk, others: [zh, en] },
};

const TOP1_TARGET = 0.9;
const TOP3_TARGET = 0.98;
/** The first two sets are larger; the regional ones were added in issue 15 with ≥ 48 and ≥ 8 per topic. */
const MIN_QUERIES: Record<Lang, number> = { 'zh-CN': 80, en: 80, 'zh-TW': 48, 'zh-HK': 48 };
const MIN_PER_TOPIC: Record<Lang, number> = { 'zh-CN': 10, en: 10, 'zh-TW': 8, 'zh-HK': 8 };
const MIN_OTHER_LANGUAGE = 8;
/** The regional sets mix scripts as people there type (app, login, hack, lag amid Chinese). */
const MIN_MIXED_SCRIPT = 4;
const LATIN = /[a-z]/i;

const HAN = /\p{Script=Han}/u;

/** Case, width, punctuation and spacing don't make a query different from a keyword. */
const normalize = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

interface Miss {
  q: string;
  expected: string;
  got: string[];
}

interface Measurement {
  total: number;
  top1: number;
  top3: number;
  top1Misses: Miss[];
  top3Misses: Miss[];
}

const percent = (ratio: number): string => `${(ratio * 100).toFixed(1)}%`;

const formatMisses = (misses: readonly Miss[]): string =>
  misses.map((miss) => `  "${miss.q}" → expected ${miss.expected}, got [${miss.got.join(', ')}]`).join('\n');

const measurements = new Map<string, Measurement>();

/**
 * Runs every query of one language's set once, through one index, and remembers the result; by default
 * in that language's widget, or in the `widget` given (the reverse: Traditional queries in zh-CN).
 */
function measure(lang: Lang, widget: { name: string; primary: ContentPack; others: ContentPack[] } = { name: lang, ...packs[lang] }): Measurement {
  const key = `${lang} in ${widget.name}`;
  const label = widget.name === lang ? lang : `${lang} queries in the ${widget.name} widget`;
  const cached = measurements.get(key);
  if (cached) return cached;

  const { primary, others } = widget;
  const index = createSearchIndex(primary, { secondary: others });
  const measurement: Measurement = { total: 0, top1: 0, top3: 0, top1Misses: [], top3Misses: [] };
  const perTopic = new Map<string, { total: number; top1: number; top3: number }>();

  for (const { q, topic } of queries[lang]) {
    // The first three distinct topics, in ranking order.
    const got: string[] = [];
    for (const result of index.search(q, { limit: 10 })) {
      if (!got.includes(result.topic)) got.push(result.topic);
      if (got.length === 3) break;
    }
    const first = got[0] === topic;
    const inTop3 = got.includes(topic);

    measurement.total += 1;
    if (first) measurement.top1 += 1;
    else measurement.top1Misses.push({ q, expected: topic, got });
    if (inTop3) measurement.top3 += 1;
    else measurement.top3Misses.push({ q, expected: topic, got });

    const counts = perTopic.get(topic) ?? { total: 0, top1: 0, top3: 0 };
    counts.total += 1;
    if (first) counts.top1 += 1;
    if (inTop3) counts.top3 += 1;
    perTopic.set(topic, counts);
  }

  const { total, top1, top3 } = measurement;
  console.log(
    `[relevance] ${label}: top-1 ${top1}/${total} = ${percent(top1 / total)}, ` +
      `top-3 ${top3}/${total} = ${percent(top3 / total)}`,
  );
  for (const [topic, counts] of perTopic) {
    console.log(`[relevance] ${label} ${topic}: top-1 ${counts.top1}/${counts.total}, top-3 ${counts.top3}/${counts.total}`);
  }
  if (measurement.top1Misses.length > 0) {
    console.log(`[relevance] ${label} top-1 misses:\n${formatMisses(measurement.top1Misses)}`);
  }

  measurements.set(key, measurement);
  return measurement;
}

describe('the labelled relevance set', () => {
  const topicIds = zh.topics.map((topic) => topic.id);
  const keywords = new Set([...zh.topics, ...en.topics].flatMap((topic) => topic.keywords).map(normalize));
  // The regional sets are held to more: no query is any pack's keyword in either script (a Traditional
  // query that folds to a Simplified keyword is copied too).
  const anyScriptKeywords = new Set(
    [...zh.topics, ...en.topics, ...tw.topics, ...hk.topics].flatMap((topic) => topic.keywords).flatMap((keyword) => [normalize(keyword), normalize(fold(keyword))]),
  );
  const copiedFromKeywords = (lang: Lang, q: string): boolean =>
    lang === 'zh-CN' || lang === 'en' ? keywords.has(normalize(q)) : anyScriptKeywords.has(normalize(q)) || anyScriptKeywords.has(normalize(fold(q)));

  for (const lang of ['zh-CN', 'en', 'zh-TW', 'zh-HK'] as const) {
    describe(`for the ${lang} widget`, () => {
      it(`has at least ${MIN_QUERIES[lang]} queries, at least ${MIN_PER_TOPIC[lang]} for every topic`, () => {
        const set = queries[lang];
        expect(set.length, `${lang} has ${set.length} queries`).to.be.at.least(MIN_QUERIES[lang]);
        for (const id of topicIds) {
          const count = set.filter((entry) => entry.topic === id).length;
          expect(count, `${lang} has ${count} queries for ${id}`).to.be.at.least(MIN_PER_TOPIC[lang]);
        }
      });

      it('labels every query with a topic all packs have', () => {
        const unknown = queries[lang].filter((entry) => !topicIds.includes(entry.topic));
        expect(unknown.map((entry) => `${entry.q} → ${entry.topic}`)).to.deep.equal([]);
        for (const pack of [en, tw, hk]) expect(pack.topics.map((topic) => topic.id)).to.deep.equal(topicIds);
      });

      it('is written in users’ own words: no query is one of the packs’ keywords verbatim', () => {
        const copied = queries[lang].filter((entry) => copiedFromKeywords(lang, entry.q)).map((entry) => entry.q);
        expect(copied, `queries copied from the packs' keywords: ${copied.join(', ')}`).to.deep.equal([]);
      });

      it('asks each question once', () => {
        const seen = new Set<string>();
        const repeated = queries[lang].map((entry) => normalize(entry.q)).filter((q) => seen.size === seen.add(q).size);
        expect(repeated).to.deep.equal([]);
      });

      if (lang === 'zh-CN' || lang === 'en') {
        it(`includes at least ${MIN_OTHER_LANGUAGE} queries typed in the other language`, () => {
          const other = queries[lang].filter((entry) => (lang === 'en' ? HAN.test(entry.q) : !HAN.test(entry.q)));
          expect(other.length).to.be.at.least(MIN_OTHER_LANGUAGE);
        });
      } else {
        it(`is typed in Traditional characters, with at least ${MIN_MIXED_SCRIPT} queries mixing in Latin words`, () => {
          expect(queries[lang].filter((entry) => !HAN.test(entry.q)).map((entry) => entry.q)).to.deep.equal([]);
          // A query of characters Simplified and Traditional share is fine; one with a Simplified-only one is not.
          const simplified = queries[lang].filter((entry) => /[们说这个为钱录页应户网]/u.test(entry.q)).map((entry) => entry.q);
          expect(simplified).to.deep.equal([]);
          expect(queries[lang].filter((entry) => LATIN.test(entry.q)).length).to.be.at.least(MIN_MIXED_SCRIPT);
        });
      }
    });
  }
});

const speakers: Record<Lang, string> = {
  'zh-CN': 'Chinese-speaking',
  en: 'English-speaking',
  'zh-TW': 'Taiwanese',
  'zh-HK': 'Hong Kong',
};

describe('search relevance', () => {
  for (const lang of ['zh-CN', 'en', 'zh-TW', 'zh-HK'] as const) {
    describe(`in the ${lang} widget`, () => {
      it(`finds the right topic first for at least 90% of how ${speakers[lang]} users describe their problem`, () => {
        const { total, top1, top1Misses } = measure(lang);
        expect(
          top1 / total,
          `${lang} top-1 accuracy ${percent(top1 / total)} (${top1}/${total}) is below ${percent(TOP1_TARGET)}; ` +
            `misses:\n${formatMisses(top1Misses)}\n`,
        ).to.be.at.least(TOP1_TARGET);
      });

      it(`shows the right topic among the first three for at least 98% of how ${speakers[lang]} users describe their problem`, () => {
        const { total, top3, top3Misses } = measure(lang);
        expect(
          top3 / total,
          `${lang} top-3 accuracy ${percent(top3 / total)} (${top3}/${total}) is below ${percent(TOP3_TARGET)}; ` +
            `misses:\n${formatMisses(top3Misses)}\n`,
        ).to.be.at.least(TOP3_TARGET);
      });
    });
  }
});

describe('search relevance across scripts', () => {
  // The reverse: a zh-CN widget on a page that holds the Traditional packs (one of its elements reads
  // zh-TW or zh-HK) finds Taiwanese and Cantonese queries by their words.
  const zhWithTraditional = { name: 'zh-CN (zh-TW and zh-HK in memory)', primary: zh, others: [en, tw, hk] };
  for (const lang of ['zh-TW', 'zh-HK'] as const) {
    it(`a zh-CN widget holding the Traditional packs finds ${speakers[lang]} queries: top-1 ≥ 90%, top-3 ≥ 98%`, () => {
      const { total, top1, top3, top1Misses, top3Misses } = measure(lang, zhWithTraditional);
      expect(top1 / total, `top-1 ${percent(top1 / total)}; misses:\n${formatMisses(top1Misses)}\n`).to.be.at.least(TOP1_TARGET);
      expect(top3 / total, `top-3 ${percent(top3 / total)}; misses:\n${formatMisses(top3Misses)}\n`).to.be.at.least(TOP3_TARGET);
    });
  }

  // Simplified queries in a Traditional widget: the zh-CN set, as a Mainland visitor or a Simplified
  // input method types it, finds the topic in Taiwan's and Hong Kong's widgets.
  for (const [name, primary] of [
    ['zh-TW', tw],
    ['zh-HK', hk],
  ] as const) {
    it(`a ${name} widget finds the Simplified (zh-CN) queries: top-1 ≥ 90%, top-3 ≥ 98%`, () => {
      const { total, top1, top3, top1Misses, top3Misses } = measure('zh-CN', { name, primary, others: [zh, en] });
      expect(top1 / total, `top-1 ${percent(top1 / total)}; misses:\n${formatMisses(top1Misses)}\n`).to.be.at.least(TOP1_TARGET);
      expect(top3 / total, `top-3 ${percent(top3 / total)}; misses:\n${formatMisses(top3Misses)}\n`).to.be.at.least(TOP3_TARGET);
    });
  }
});
