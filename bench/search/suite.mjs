// The search benchmark, shared by Node (bench/search/node.mjs) and Chromium (bench/search/page.html):
// both run this file bundled by bench/search/bundle.mjs into bench/search/generated/suite.js.
//
// runSuite(engine, corpus) measures, for one engine on one corpus:
//  - build: from the content packs to the first answered query (constructing the index, adding the
//    documents, one query: our engine builds its index lazily on the first query, so this is the
//    only way to time the same work for all three);
//  - per-query latency over the labelled queries of both languages (on the guide all 192, 5 rounds,
//    after one warm-up pass; on the 5,000 entries the same fixed subset of every 8th query of each
//    language, 24 queries, 1 round, after 4 warm-up queries: Fuse.js needs 1–8 s a query there):
//    each query is run repeatedly until at least MIN_BATCH_MS has passed and its latency is the
//    elapsed time divided by the runs (browser clocks are coarse, ~0.1 ms); median and p95 over
//    queries × rounds;
//  - relevance (when asked): top-1 / top-3 per language over all the labelled queries (distinct
//    topics of the results, in ranking order; on the generated corpus a hit is an entry whose base
//    topic is the label). Our engine is asked through an index whose primary pack is the query's
//    language (as test/search/relevance.test.ts does); the peers index both languages at once.
import { createSearchIndex } from '../../src/search/index.ts';
import { readIndex, writeIndex } from '../../src/search/prebuilt.ts';
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import { Charset, Document } from 'flexsearch';
import zh from '../../content/zh-CN.json';
import en from '../../content/en.json';
import queries from '../../test/search/queries.json';
import { generateCorpus } from './corpus.mjs';

export const ENGINES = ['ours', 'ours-prebuilt', 'minisearch', 'flexsearch', 'fuse'];
export const CORPORA = ['guide', 'vendors5k'];
export const LANGS = ['zh-CN', 'en'];
const LIMIT = 10;
const MIN_BATCH_MS = 2;
/** Timed passes over the queries, which queries, and how many warm-up queries first. */
const ROUNDS = { guide: 5, vendors5k: 1 };
const EVERY = { guide: 1, vendors5k: 8 };
const WARM_UP = { guide: Infinity, vendors5k: 4 };
/** Fuse.js takes 1–8 s a query on the 5,000 entries: 192 queries would take ~8 minutes a sample. */
const SKIP_RELEVANCE = new Set(['fuse/vendors5k']);

const now = () => performance.now();

/** The packs of a corpus: zh-CN and en with the same topic ids, and each topic's built-in topic. */
export function corpusOf(name) {
  if (name === 'guide') return { zh, en, baseOf: new Map(zh.topics.map((topic) => [topic.id, topic.id])) };
  if (name === 'vendors5k') return generateCorpus(zh, en, 5000);
  throw new Error(`unknown corpus ${name}`);
}

/** What `wallet-help index` writes for a corpus (both packs), its bytes: node.mjs saves it for the page. */
export function indexFileOf(corpus) {
  return writeIndex([corpus.zh, corpus.en]);
}

/** Each topic of each pack as one document, as a general-purpose library would index them. */
function documentsOf(packs) {
  return packs.flatMap((pack) =>
    pack.topics.map((topic) => ({
      id: `${pack.lang}:${topic.id}`,
      topic: topic.id,
      question: topic.question,
      keywords: topic.keywords,
      checklist: topic.checklist.map((step) => `${step.text}\n${step.detail}`),
      answer: topic.answer,
    })),
  );
}

/** Distinct topics of `results`, in order. */
function distinct(topics) {
  const seen = [];
  for (const topic of topics) if (!seen.includes(topic)) seen.push(topic);
  return seen;
}

const HAN = /\p{Script=Han}/u;

/**
 * MiniSearch's tokenizer for text without spaces, as its docs advise for such languages: split on
 * spaces and punctuation like the default one, then cut runs of Han characters into single
 * characters and bigrams; other runs stay whole words.
 */
export function cjkTokenize(text) {
  const tokens = [];
  for (const run of text.split(/[\p{Z}\p{P}\p{S}\n\r\t]+/u)) {
    for (const part of run.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []) {
      if (!HAN.test(part)) tokens.push(part);
      else {
        const chars = [...part];
        chars.forEach((char, at) => {
          tokens.push(char);
          if (at + 1 < chars.length) tokens.push(char + chars[at + 1]);
        });
      }
    }
  }
  return tokens;
}

/**
 * Our results as a page shows them: each one's snippet read (ours chooses it when first read, so a
 * query's time includes choosing the snippets of the 10 shown, as it did when they were chosen at once).
 */
const shown = (results) => {
  for (const result of results) void result.snippet;
  return results;
};

/** Each engine: build(packs) → search(query) → raw results; topicsOf(raw results) → topic ids in rank order. */
const engines = {
  ours: {
    build: ({ zh: primary, en: other }, lang = 'zh-CN') => {
      const [first, second] = lang === 'en' ? [other, primary] : [primary, other];
      const index = createSearchIndex(first, { secondary: [second] });
      return (query) => shown(index.search(query, { limit: LIMIT }));
    },
    topicsOf: (results) => results.map((result) => result.topic),
  },
  // Ours reading the index `wallet-help index` wrote for the corpus (indexFile: its bytes, an
  // ArrayBuffer read from disk or fetched before the clock starts): the clock covers reading its
  // header, the packs' hashes, the file's check and the first query, everything between the page
  // asking and the first answer.
  'ours-prebuilt': {
    build: ({ zh: primary, en: other, indexFile }, lang = 'zh-CN') => {
      const [first, second] = lang === 'en' ? [other, primary] : [primary, other];
      const index = createSearchIndex(first, { secondary: [second], prebuilt: readIndex(indexFile) });
      return (query) => shown(index.search(query, { limit: LIMIT }));
    },
    topicsOf: (results) => results.map((result) => result.topic),
  },
  // FlexSearch 0.8 as its README advises for Chinese, Japanese and Korean: the Charset.CJK encoder
  // (one term per character) for the Chinese pack, the default one for the English pack, in two
  // Document indexes with the same field weights' order; `suggest: true`, or a query with one
  // character the index lacks finds nothing (FlexSearch requires every term by default). Results:
  // the index of the query's script first (Han: the Chinese one), then the other's.
  flexsearch: {
    build: ({ zh: a, en: b }) => {
      const fields = ['question', 'keywords', 'checklist', 'answer'];
      const indexOf = (pack, encoder) => {
        const index = new Document({
          document: { id: 'id', index: fields.map((field) => ({ field, encoder, tokenize: 'forward' })), store: ['topic'] },
        });
        for (const document of documentsOf([pack])) {
          index.add({ ...document, keywords: document.keywords.join('\n'), checklist: document.checklist.join('\n'), answer: document.answer.join('\n') });
        }
        return index;
      };
      const chinese = indexOf(a, Charset.CJK);
      const english = indexOf(b, Charset.Default);
      return (query) => {
        const order = HAN.test(query) ? [chinese, english] : [english, chinese];
        return order.flatMap((index) => index.search(query, { merge: true, suggest: true, limit: LIMIT, enrich: true })).slice(0, LIMIT);
      };
    },
    topicsOf: (results) => results.map((result) => result.doc.topic),
  },
  minisearch: {
    build: ({ zh: a, en: b }) => {
      const index = new MiniSearch({
        fields: ['question', 'keywords', 'checklist', 'answer'],
        storeFields: ['topic'],
        extractField: (document, field) => {
          const value = document[field];
          return Array.isArray(value) ? value.join('\n') : value;
        },
        tokenize: cjkTokenize,
        searchOptions: { prefix: true, fuzzy: 0.2, boost: { question: 3, keywords: 3 } },
      });
      index.addAll(documentsOf([a, b]));
      return (query) => index.search(query).slice(0, LIMIT);
    },
    topicsOf: (results) => results.map((result) => result.topic),
  },
  fuse: {
    build: ({ zh: a, en: b }) => {
      const index = new Fuse(documentsOf([a, b]), {
        keys: [
          { name: 'question', weight: 3 },
          { name: 'keywords', weight: 3 },
          { name: 'checklist', weight: 1.5 },
          { name: 'answer', weight: 1 },
        ],
        ignoreLocation: true,
        threshold: 0.4,
        includeScore: true,
      });
      return (query) => index.search(query, { limit: LIMIT });
    },
    topicsOf: (results) => results.map((result) => result.item.topic),
  },
};

const timedQueries = (corpusName) =>
  LANGS.flatMap((lang) => queries[lang].filter((_, at) => at % EVERY[corpusName] === 0).map((entry) => entry.q));

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
}

/** Top-1 and top-3 per language; a result counts when its base topic is the label. */
function relevance(engine, corpus, built) {
  const out = {};
  for (const lang of LANGS) {
    const search = (engine === engines.ours || engine === engines['ours-prebuilt']) && lang !== 'zh-CN' ? engine.build(corpus, lang) : built;
    let top1 = 0;
    let top3 = 0;
    for (const { q, topic } of queries[lang]) {
      const got = distinct(engine.topicsOf(search(q))).slice(0, 3).map((id) => corpus.baseOf.get(id));
      if (got[0] === topic) top1++;
      if (got.includes(topic)) top3++;
    }
    out[lang] = { top1, top3, total: queries[lang].length };
  }
  return out;
}

/** One full measurement of `engineName` on `corpusName`. `corpus` may be passed in when already generated. */
export function runSuite(engineName, corpusName, { withRelevance = true, corpus = corpusOf(corpusName), indexFile } = {}) {
  if (indexFile) corpus = { ...corpus, indexFile };
  const engine = engines[engineName];
  if (!engine) throw new Error(`unknown engine ${engineName}`);
  const list = timedQueries(corpusName);

  const buildStart = now();
  const search = engine.build(corpus);
  search(list[0]);
  const buildEnd = now();

  for (const query of list.slice(0, WARM_UP[corpusName])) search(query);
  const latencies = [];
  for (let round = 0; round < ROUNDS[corpusName]; round++) {
    for (const query of list) {
      let runs = 0;
      const start = now();
      let elapsed;
      do {
        search(query);
        runs++;
        elapsed = now() - start;
      } while (elapsed < MIN_BATCH_MS);
      latencies.push(elapsed / runs);
    }
  }
  return {
    engine: engineName,
    corpus: corpusName,
    entries: corpus.zh.topics.length,
    build: buildEnd - buildStart,
    buildStart,
    buildEnd,
    median: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    timedQueries: latencies.length,
    relevance: withRelevance && !SKIP_RELEVANCE.has(`${engineName}/${corpusName}`) ? relevance(engine, corpus, search) : undefined,
  };
}
