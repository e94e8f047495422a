// Precision of search, measured on a labelled set of questions the guide does not answer
// (test/search/off-topic.json): weather, houses, recipes, chat, nonsense, single characters and
// question words alone, typed the way people type. Each must find nothing, in the engine and in
// plain word matching, so the widget says it has no answer instead of showing unrelated ones; an
// entry with `plain` (words as common as make or time) is asserted in the engine and counted among
// plain word matching's limits.
// The figures are printed with console.log so they show in the run output.
import { expect } from '@open-wc/testing';
import offTopicJson from './off-topic.json';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import type { ContentPack } from '../../src/content/types.js';
import { createSearchIndex, type SearchIndex } from '../../src/search/index.js';
import { indexFor } from '../../src/search/plain.js';

interface OffTopicQuery {
  q: string;
  kind: string;
  why?: string;
  /** The words by which plain word matching still finds it. */
  plain?: string;
}
type Lang = 'zh-CN' | 'en';

const offTopic = offTopicJson as unknown as Record<Lang, OffTopicQuery[]> & { limits: Record<Lang, OffTopicQuery[]> };
const zh = zhJson as ContentPack;
const en = enJson as ContentPack;
const LANGS = ['zh-CN', 'en'] as const;
const MIN_PER_LANGUAGE = 40;

/** Every widget a query can be typed in: each language, with both packs searched. */
const searches: Record<'engine' | 'plain word matching', SearchIndex[]> = {
  engine: [createSearchIndex(zh, { secondary: [en] }), createSearchIndex(en, { secondary: [zh] })],
  'plain word matching': [indexFor(zh, [zh, en]), indexFor(en, [zh, en])],
};

/** The topics `query` finds in any widget. */
const found = (indexes: SearchIndex[], query: string): string[] => [...new Set(indexes.flatMap((index) => index.search(query).map((result) => result.topic)))];

const percent = (count: number, total: number): string => `${count}/${total} = ${((count / total) * 100).toFixed(1)}%`;

describe('the labelled off-topic set', () => {
  for (const lang of LANGS) {
    it(`has at least ${MIN_PER_LANGUAGE} ${lang} queries that must find nothing, each once`, () => {
      const queries = offTopic[lang].map((entry) => entry.q);
      expect(queries.length).to.be.at.least(MIN_PER_LANGUAGE);
      const all = LANGS.flatMap((each) => [...offTopic[each], ...offTopic.limits[each]].map((entry) => entry.q));
      expect(all.filter((q, at) => all.indexOf(q) !== at)).to.deep.equal([]);
    });
  }
});

for (const [name, indexes] of Object.entries(searches)) {
  describe(`search precision (${name})`, () => {
    for (const lang of LANGS) {
      it(`finds nothing for every ${lang} question the guide does not answer`, () => {
        const plain = name !== 'engine';
        const asserted = offTopic[lang].filter((entry) => !(plain && entry.plain));
        const known = [...offTopic.limits[lang], ...offTopic[lang].filter((entry) => plain && entry.plain)];
        const answered = asserted.map(({ q }) => ({ q, topics: found(indexes, q) })).filter(({ topics }) => topics.length);
        const { length } = asserted;
        const limits = known.filter(({ q }) => found(indexes, q).length);
        console.log(
          `[off-topic] ${name}, ${lang}: finds nothing for ${percent(length - answered.length, length)}; ` +
            `with the known limits ${percent(length + known.length - answered.length - limits.length, length + known.length)}`,
        );
        const fixed = known.filter((entry) => !limits.includes(entry)).map(({ q }) => q);
        if (fixed.length) console.log(`[off-topic] ${name}, ${lang}: limits that find nothing here now: ${fixed.join(', ')}`);
        expect(answered.map(({ q, topics }) => `${q} → ${topics.join(', ')}`)).to.deep.equal([]);
      });
    }
  });
}
