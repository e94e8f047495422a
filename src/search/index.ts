/**
 * Full-text search over a content pack: BM25 per field with field weights, summed per topic.
 * Built lazily on the first query; plain TypeScript, no DOM.
 */
import type { ContentPack, TopicId } from '../content/types.js';
import { FUNCTION_WORDS } from './function-words.js';
import { findAll, fold, isWordTerm, oneEditApart, termsOf, weighTerms } from './text.js';

export type SearchField = 'question' | 'keywords' | 'checklist' | 'answer' | 'causes';

export interface SearchResult {
  topic: TopicId;
  /** Higher is better. */
  score: number;
  /** The field of the primary pack that best matched. */
  field: SearchField;
  /**
   * Text of the primary pack to show: the best-matching question, step text, answer sentence or cause
   * (keywords are not shown to users); the topic's question when nothing shown matched.
   */
  snippet: string;
  /** [start, end) character ranges of `snippet` to highlight. */
  matches: Array<[number, number]>;
}

export interface SearchOptions {
  /** At most this many results; all by default. */
  limit?: number;
}

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchResult[];
  /** [start, end) ranges of `text` that `query` matches, to highlight any shown text the way the snippet is. */
  highlight(text: string, query: string): Array<[number, number]>;
}

export interface IndexOptions {
  /** Packs in other languages with the same topic ids: a query in any of their languages finds the topic. */
  secondary?: ContentPack[];
}

const FIELDS: readonly SearchField[] = ['question', 'keywords', 'checklist', 'answer', 'causes'];
const FIELD_WEIGHTS = [3, 3, 1.5, 1, 0.5];
const K1 = 1.2;
const B = 0.75;
/** Longer queries are cut: nobody types more, and a pasted page must not stall the input. */
const MAX_QUERY = 200;
/** Synonyms and forgiven typos count half as much as the words typed. */
const RELATED_WEIGHT = 0.5;
/** Results scoring under this share of the best one are noise (a shared character or two). */
const MIN_SHARE = 0.15;

/**
 * Which topics each of the guide's causes explains; a cause's title and sentences count, at the
 * lowest weight, towards these topics. Causes not listed here are not searched. A Map, not an
 * object: looked up by the vendor's cause ids, and a cause named `constructor` must not find Object's.
 */
const CAUSE_TOPICS = new Map<string, TopicId[]>([
  ['network', ['transaction-failed', 'login-failed']],
  ['app-update', ['update-issues']],
  ['account-security', ['account-locked', 'security']],
]);

/** A piece of the primary pack a result can show: [field, text, folded text, folded text matched but not shown (a step's detail)]. */
type Unit = [field: number, text: string, folded: string, also?: string];

const sentences = (paragraph: string): string[] => paragraph.match(/[^。！？.!?]+[。！？.!?]*/g) ?? [paragraph];
const raise = (weights: Map<string, number>, term: string, weight: number) =>
  weights.set(term, Math.max(weight, weights.get(term) ?? 0));

/** Builds a search index for `pack`; the work happens on the first non-blank query. */
export function createSearchIndex(pack: ContentPack, options: IndexOptions = {}): SearchIndex {
  const topics = pack.topics;
  const packs = [pack, ...(options.secondary ?? [])];
  const slots = packs.length * FIELDS.length;
  // Filled by build(): term → flat [doc, tf, doc, tf, ...] where doc = (pack * topics + topic) * fields + field.
  let postings: Map<string, number[]> | undefined;
  const idf = new Map<string, number>();
  const lengths: number[] = [];
  /** Total length per pack and field; every topic has every field, so the average divides by the topic count. */
  const totals: number[] = new Array(slots).fill(0);
  /** Per topic of the primary pack, the units a snippet is chosen from. */
  const units: Unit[][] = topics.map(() => []);
  let synonyms: string[][] = [];
  let segmenter: Intl.Segmenter | undefined;
  let words: string[] | undefined;
  /** A word's forgiven typos: the index's words one edit from it. */
  const corrections = new Map<string, string[]>();

  function build(index: Map<string, number[]>): void {
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;
    const topicIndex = new Map(topics.map((topic, at) => [topic.id, at]));
    packs.forEach((current, packIndex) => {
      const texts: string[][][] = topics.map(() => FIELDS.map(() => []));
      const add = (topic: number | undefined, field: number, text: string, shown = text, also?: string) => {
        if (topic === undefined) return;
        texts[topic]![field]!.push(text);
        if (packIndex === 0 && field !== 1) units[topic]!.push([field, shown, fold(shown), also && fold(also)]);
      };
      for (const topic of current.topics) {
        const at = topicIndex.get(topic.id);
        add(at, 0, topic.question);
        for (const keyword of topic.keywords) add(at, 1, keyword);
        for (const step of topic.checklist) add(at, 2, `${step.text}\n${step.detail}`, step.text, step.detail);
        for (const paragraph of topic.answer) for (const sentence of sentences(paragraph)) add(at, 3, sentence, sentence.trim());
      }
      for (const cause of current.causes.items) {
        for (const id of CAUSE_TOPICS.get(cause.id) ?? []) for (const text of [cause.title, ...cause.sentences]) add(topicIndex.get(id), 4, text);
      }
      texts.forEach((fields, topic) =>
        fields.forEach((parts, field) => {
          const doc = (packIndex * topics.length + topic) * FIELDS.length + field;
          let length = 0;
          // Documents are added in order, so a term seen earlier in this one is at the end of its list.
          const count = (term: string) => {
            let list = index.get(term);
            if (!list) index.set(term, (list = []));
            if (list[list.length - 2] === doc) list[list.length - 1]!++;
            else list.push(doc, 1);
            length++;
          };
          for (const part of parts) termsOf(fold(part), count);
          lengths[doc] = length;
          totals[packIndex * FIELDS.length + field]! += length;
        }),
      );
    });
    // Inverse document frequency over (pack, topic) documents.
    for (const [term, list] of index) {
      let seen = 0;
      for (let at = 0, last = -1; at < list.length; at += 2) {
        const document = Math.floor(list[at]! / FIELDS.length);
        if (document !== last) {
          seen++;
          last = document;
        }
      }
      idf.set(term, Math.log(1 + (packs.length * topics.length - seen + 0.5) / (seen + 0.5)));
    }
    synonyms = packs.flatMap((current) => current.synonyms ?? []).map((group) => group.map(fold));
  }

  /** The query's terms with their weights: typed, synonyms of what was typed, and typo corrections. */
  function queryTerms(index: Map<string, number[]>, folded: string): Map<string, number> {
    const weights = weighTerms(folded, segmenter);
    for (const group of synonyms) {
      if (!group.some((member) => findAll(folded, member).length)) continue;
      for (const member of group) {
        // "money back" stands for its pair, not for every "money" and every "back".
        const pairs = [...weighTerms(member).keys()].filter((term) => term.includes(' '));
        if (pairs.length) for (const pair of pairs) raise(weights, pair, RELATED_WEIGHT);
        else weighTerms(member, undefined, RELATED_WEIGHT, weights);
      }
    }
    for (const [term, weight] of [...weights]) {
      if (term.length < 5 || !isWordTerm(term) || term.includes(' ') || index.has(term)) continue;
      words ??= [...index.keys()].filter((word) => word.length > 3 && isWordTerm(word) && !word.includes(' '));
      // Remembered: each search looks for the corrections of a word more than once.
      let near = corrections.get(term);
      if (!near) corrections.set(term, (near = words.filter((word) => oneEditApart(term, word))));
      for (const word of near) raise(weights, word, weight * RELATED_WEIGHT);
    }
    return weights;
  }

  /** The primary pack's unit that best matches, with the ranges to highlight. */
  function snippetOf(topic: number, weights: Map<string, number>): Omit<SearchResult, 'topic' | 'score'> {
    let best: Unit | undefined;
    let bestScore = 0;
    for (const unit of units[topic]!) {
      let score = 0;
      for (const [term, weight] of weights) {
        // A match in the shown text counts fully, one only in a step's detail half.
        const shown = findAll(unit[2], term).length ? 1 : unit[3] && findAll(unit[3], term).length ? 0.5 : 0;
        score += shown * FIELD_WEIGHTS[unit[0]]! * weight * (idf.get(term) ?? 0);
      }
      if (score > bestScore) [best, bestScore] = [unit, score];
    }
    if (!best) return { field: 'question', snippet: topics[topic]!.question, matches: [] };
    return { field: FIELDS[best[0]]!, snippet: best[1], matches: rangesIn(best[2], weights) };
  }

  /** Where the query's terms occur in a folded text, merged; single characters only when nothing longer matched. */
  function rangesIn(folded: string, weights: Map<string, number>): Array<[number, number]> {
    const found = (min: number) => [...weights.keys()].filter((term) => term.length >= min).flatMap((term) => findAll(folded, term));
    let ranges = found(2);
    if (!ranges.length) ranges = found(1);
    const matches: Array<[number, number]> = [];
    for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
      const last = matches[matches.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else matches.push([start, end]);
    }
    return matches;
  }

  function search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = options.limit ?? Infinity;
    const text = String(query ?? '').slice(0, MAX_QUERY);
    if (!text.trim()) {
      return topics.slice(0, limit).map((topic) => ({ topic: topic.id, score: 0, field: 'question', snippet: topic.question, matches: [] }));
    }
    if (!postings) build((postings = new Map()));
    const folded = fold(text);
    const weights = queryTerms(postings, folded);
    lastQuery = [text, weights];
    const scores = new Float64Array(topics.length);
    for (const [term, weight] of weights) {
      const list = postings.get(term) ?? [];
      for (let at = 0; at < list.length; at += 2) {
        const doc = list[at]!;
        const tf = list[at + 1]!;
        const field = doc % FIELDS.length;
        const document = Math.floor(doc / FIELDS.length);
        const average = totals[Math.floor(document / topics.length) * FIELDS.length + field]! / topics.length || 1;
        const norm = 1 - B + (B * lengths[doc]!) / average;
        scores[document % topics.length]! += (FIELD_WEIGHTS[field]! * weight * idf.get(term)! * tf * (K1 + 1)) / (tf + K1 * norm);
      }
    }
    // Only evidence finds a topic: a term of two or more characters (or its synonym or correction) of
    // the query without its function words (转不了帐 without 不了 is 转账). 怎么, "how do" or the 字
    // of 火星文字 add to a score but never make one: a query about what the guide lacks finds nothing.
    // A word (Latin script) alone is evidence only in a topic's question or keywords: one the guide
    // merely uses in its answers and steps (make, time, tell) is not what a topic is about. Two of the
    // query's words in the same topic are ("mobile data", "date and time"), wherever they are.
    const stripped = folded.replace(FUNCTION_WORDS, '');
    // found: 2 for evidence, +1 for each of the query's words a topic has; 2 or more finds it.
    const found = new Uint8Array(topics.length);
    const topicOf = (doc: number) => Math.floor(doc / FIELDS.length) % topics.length;
    for (const [term] of queryTerms(postings, stripped)) {
      const list = term.length > 1 ? postings.get(term) ?? [] : [];
      for (let at = 0; at < list.length; at += 2) if (list[at]! % FIELDS.length < 2 || !isWordTerm(term)) found[topicOf(list[at]!)] = 2;
    }
    // And the guide must know at least half of the query's words (as typed, by a synonym or as a typo):
    // "safe" is one word of four in "is it safe to eat raw eggs", "wrong" and "password" two of four in
    // "it says wrong username or password". A query with Chinese in it is judged by the rule above.
    let unknown = 0;
    for (const [term, weight] of weighTerms(stripped)) {
      if (weight < 1) continue;
      if (!isWordTerm(term)) {
        unknown = -Infinity;
        continue;
      }
      const has = new Set<number>();
      for (const known of queryTerms(postings, term).keys()) (postings.get(known) ?? []).forEach((doc, at) => at % 2 || has.add(topicOf(doc)));
      unknown += has.size ? -1 : 1;
      for (const topic of has) found[topic]!++;
    }
    if (unknown > 0) found.fill(0);
    const top = scores.reduce((best, score) => Math.max(best, score), 0);
    return [...scores.keys()]
      .filter((topic) => found[topic]! > 1 && scores[topic]! > 0 && scores[topic]! >= top * MIN_SHARE)
      .sort((a, b) => scores[b]! - scores[a]! || a - b)
      .slice(0, limit)
      .map((topic) => ({ topic: topics[topic]!.id, score: scores[topic]!, ...snippetOf(topic, weights) }));
  }

  /** The weights of the last search, reused while its results are highlighted. */
  let lastQuery: [string, Map<string, number>] | undefined;

  function highlight(text: string, query: string): Array<[number, number]> {
    const cut = String(query ?? '').slice(0, MAX_QUERY);
    if (!cut.trim()) return [];
    if (lastQuery?.[0] !== cut) search(cut, { limit: 0 });
    return rangesIn(fold(String(text)), lastQuery![1]);
  }

  return { search, highlight };
}
