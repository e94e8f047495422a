// Relevance of the search engine, measured on a labelled set of queries written the way distressed
// wallet users type them (test/search/queries.json): colloquial phrasing, typos, homophones,
// Traditional characters, mixed scripts, and some queries in the other language.
// Each query is labelled with the topic whose answer actually helps that user.
// The accuracy figures are printed with console.log so they show in the run output (BENCHMARKS.md).
import { expect } from '@open-wc/testing';
import queriesJson from './queries.json';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import type { ContentPack } from '../../src/content/types.js';
import { createSearchIndex } from '../../src/search/index.js';

interface LabelledQuery {
  q: string;
  topic: string;
}
type Lang = 'zh-CN' | 'en';

const queries = queriesJson as Record<Lang, LabelledQuery[]>;
const zh = zhJson as ContentPack;
const en = enJson as ContentPack;
const packs: Record<Lang, { primary: ContentPack; other: ContentPack }> = {
  'zh-CN': { primary: zh, other: en },
  en: { primary: en, other: zh },
};

const TOP1_TARGET = 0.9;
const TOP3_TARGET = 0.98;
const MIN_QUERIES = 80;
const MIN_PER_TOPIC = 10;
const MIN_OTHER_LANGUAGE = 8;

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

const measurements = new Map<Lang, Measurement>();

/** Runs every query of one language once, through one index, and remembers the result. */
function measure(lang: Lang): Measurement {
  const cached = measurements.get(lang);
  if (cached) return cached;

  const { primary, other } = packs[lang];
  const index = createSearchIndex(primary, { secondary: [other] });
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
    `[relevance] ${lang}: top-1 ${top1}/${total} = ${percent(top1 / total)}, ` +
      `top-3 ${top3}/${total} = ${percent(top3 / total)}`,
  );
  for (const [topic, counts] of perTopic) {
    console.log(`[relevance] ${lang} ${topic}: top-1 ${counts.top1}/${counts.total}, top-3 ${counts.top3}/${counts.total}`);
  }
  if (measurement.top1Misses.length > 0) {
    console.log(`[relevance] ${lang} top-1 misses:\n${formatMisses(measurement.top1Misses)}`);
  }

  measurements.set(lang, measurement);
  return measurement;
}

describe('the labelled relevance set', () => {
  const topicIds = zh.topics.map((topic) => topic.id);
  const keywords = new Set([...zh.topics, ...en.topics].flatMap((topic) => topic.keywords).map(normalize));

  for (const lang of ['zh-CN', 'en'] as const) {
    describe(`for the ${lang} widget`, () => {
      it(`has at least ${MIN_QUERIES} queries, at least ${MIN_PER_TOPIC} for every topic`, () => {
        const set = queries[lang];
        expect(set.length, `${lang} has ${set.length} queries`).to.be.at.least(MIN_QUERIES);
        for (const id of topicIds) {
          const count = set.filter((entry) => entry.topic === id).length;
          expect(count, `${lang} has ${count} queries for ${id}`).to.be.at.least(MIN_PER_TOPIC);
        }
      });

      it('labels every query with a topic both packs have', () => {
        const unknown = queries[lang].filter((entry) => !topicIds.includes(entry.topic));
        expect(unknown.map((entry) => `${entry.q} → ${entry.topic}`)).to.deep.equal([]);
        expect(en.topics.map((topic) => topic.id)).to.deep.equal(topicIds);
      });

      it('is written in users’ own words: no query is one of the packs’ keywords verbatim', () => {
        const copied = queries[lang].filter((entry) => keywords.has(normalize(entry.q))).map((entry) => entry.q);
        expect(copied, `queries copied from the packs' keywords: ${copied.join(', ')}`).to.deep.equal([]);
      });

      it('asks each question once', () => {
        const seen = new Set<string>();
        const repeated = queries[lang].map((entry) => normalize(entry.q)).filter((q) => seen.size === seen.add(q).size);
        expect(repeated).to.deep.equal([]);
      });

      it(`includes at least ${MIN_OTHER_LANGUAGE} queries typed in the other language`, () => {
        const other = queries[lang].filter((entry) => (lang === 'en' ? HAN.test(entry.q) : !HAN.test(entry.q)));
        expect(other.length).to.be.at.least(MIN_OTHER_LANGUAGE);
      });
    });
  }
});

const speakers: Record<Lang, string> = { 'zh-CN': 'Chinese-speaking', en: 'English-speaking' };

describe('search relevance', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
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
