/**
 * Full-text search over a content pack: BM25 per field with field weights, summed per topic.
 * Built lazily on the first query; plain TypeScript, no DOM.
 *
 * How it fits together:
 * - A *document* is one field (question, keywords, …) of one topic in one pack, numbered
 *   doc = (pack × topic count + topic) × FIELD_COUNT + field: `doc % FIELD_COUNT` is its field,
 *   `packTopic = Math.floor(doc / FIELD_COUNT)` its (pack, topic) pair and `packTopic % topic count`
 *   its topic. Pack 0 is the primary pack (the one searched), the others are `secondary`; every
 *   pack's topics are numbered as the primary pack's with the same id, so a query in English finds
 *   the Chinese pack's topic.
 * - `postings` maps each term to the documents holding it, as one flat array [doc, tf, doc, tf, …]
 *   (tf: how often the term occurs there): flat numbers, as the index is rebuilt in every tab.
 * - A topic's score sums, over the query's terms, BM25 of each of its documents in every pack, times
 *   the field's weight. The snippet comes from the primary pack's *units* (see `Unit`).
 * - Whether a topic is found at all is a separate rule, evidence (see `search`): a score alone is
 *   not enough, or every query would find something.
 *
 * Fields and units are arrays read with the named indices below (`FIELD_WEIGHTS[KEYWORDS]`,
 * `unit[FOLDED]`): terser turns each name into its number, where object properties would cost bytes.
 */
import type { ContentPack, TopicId } from '../content/types.js';
import { ONE_FILE } from '../internal/one-file.js';
import { SCRIPT_TAG } from '../internal/script-tag.js';
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
  /**
   * The index read from a prebuilt file for these packs (the primary first), or `undefined` to build
   * it: `readIndex` in `wallet-help/search` makes one from `wallet-help index`'s output.
   */
  prebuilt?: (packs: ContentPack[]) => IndexData | undefined;
}

/** The fields of a topic, by index: `FIELDS[CHECKLIST]` is 'checklist', `FIELD_WEIGHTS[CHECKLIST]` its weight. */
const FIELDS = ['question', 'keywords', 'checklist', 'answer', 'causes'] as const satisfies readonly SearchField[];
const QUESTION = 0;
/** Searched, never shown: a result's snippet is never a keyword. */
const KEYWORDS = 1;
const CHECKLIST = 2;
const ANSWER = 3;
/** The guide's causes, searched for the topics each cause lists (`Cause.topics`). */
const CAUSES = 4;
/** FIELDS.length, as a number terser can inline (the type checker holds the two equal). */
const FIELD_COUNT: (typeof FIELDS)['length'] = 5;
/** A match in a question or keywords counts 6 times one in a cause. */
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
 * A piece of the primary pack a result can show as its snippet: a question, a step, an answer
 * sentence, a cause's title or sentence (keywords are never shown), read with the indices below.
 */
type Unit = [field: number, text: string, folded: string, detail?: string];
/** Its field: QUESTION, CHECKLIST, ANSWER or CAUSES. */
const FIELD = 0;
/** The text shown. */
const TEXT = 1;
/** `TEXT` folded (see `fold`): what queries are matched against; positions are those of `TEXT`. */
const FOLDED = 2;
/** A step's detail, folded: a match there counts half, as the detail is not shown in the snippet. */
const DETAIL = 3;

const sentences = (paragraph: string): string[] => paragraph.match(/[^。！？.!?]+[。！？.!?]*/g) ?? [paragraph];
const raise = (weights: Map<string, number>, term: string, weight: number) =>
  weights.set(term, Math.max(weight, weights.get(term) ?? 0));

/**
 * What a query reads of an index, built from packs (`buildIndex`) or read from a prebuilt file
 * (src/search/prebuilt.ts): term → documents, flat [doc, tf, doc, tf, …] with each (pack, topic)
 * pair's documents together; each document's length in terms; the total length per pack and field
 * (at pack × FIELD_COUNT + field). A `Map`, or anything that answers `get`, `has` and `keys` as one does.
 */
export type IndexData = [postings: Map<string, Postings>, lengths: number[], totals: Float64Array];
/** A term's documents, flat [doc, tf, doc, tf, …]: an array as built, typed as read from a prebuilt file. */
export type Postings = ArrayLike<number>;

/**
 * Gives `add` each text of `pack` the index reads, with its topic's id: question, keywords, steps,
 * answer sentences, then the causes that list the topic (each pack its own: a vendor's cause may lead
 * to its own topic; a topic listed twice once), with what a snippet would show of it (`shown`, and a
 * step's `detail` apart). One home for both the index's documents and the snippets' units.
 */
function textsOf(
  pack: Pick<ContentPack, 'topics' | 'causes'>,
  add: (topic: TopicId, field: number, text: string, shown?: string, detail?: string) => unknown,
): void {
  for (const topic of pack.topics) {
    add(topic.id, QUESTION, topic.question);
    for (const keyword of topic.keywords) add(topic.id, KEYWORDS, keyword);
    for (const step of topic.checklist) add(topic.id, CHECKLIST, `${step.text}\n${step.detail}`, step.text, step.detail);
    for (const paragraph of topic.answer) for (const sentence of sentences(paragraph)) add(topic.id, ANSWER, sentence, sentence.trim());
  }
  for (const cause of pack.causes.items) {
    for (const id of new Set(cause.topics)) for (const text of [cause.title, ...cause.sentences]) add(id, CAUSES, text);
  }
}

/**
 * Indexes `packs` (the first is the primary pack: every pack's topics are numbered as its topics
 * with the same id; a topic it lacks is left out). Exported for the prebuilt index, which indexes
 * each pack alone and numbers them again when it is read.
 */
export function buildIndex(packs: ContentPack[]): IndexData {
  const index = new Map<string, number[]>();
  const lengths: number[] = [];
  const totals = new Float64Array(packs.length * FIELD_COUNT);
  const topics = packs[0]!.topics;
  /** Topic id → its place in the primary pack: every pack's topics are numbered by it. */
  const topicAt = new Map(topics.map((topic, at) => [topic.id, at]));
  packs.forEach((current, packIndex) => {
    /** Per topic and field, the texts of this pack that make its document. */
    const texts: string[][][] = topics.map(() => FIELDS.map(() => []));
    textsOf(current, (id, field, text) => texts[topicAt.get(id)!]?.[field]!.push(text));
    texts.forEach((fields, topic) =>
      fields.forEach((parts, field) => {
        const doc = (packIndex * topics.length + topic) * FIELD_COUNT + field;
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
        totals[packIndex * FIELD_COUNT + field]! += length;
      }),
    );
  });
  return [index, lengths, totals];
}

/** Builds a search index for `pack`; the work happens on the first non-blank query. */
export function createSearchIndex(pack: ContentPack, options: IndexOptions = {}): SearchIndex {
  const topics = pack.topics;
  const packs = [pack, ...(options.secondary ?? [])];
  // Filled by build(), on the first query.
  /** Term → the documents holding it (see `IndexData`). */
  let postings: Map<string, Postings> | undefined;
  /** Term → its inverse document frequency over (pack, topic) pairs, once a query has had it: rarer terms count more. */
  const idf = new Map<string, number>();
  /**
   * Per doc, K1 × its length's ratio to its field's average (BM25's length normalisation): the part of
   * each posting's score that depends on the document alone, worked out once, not per posting per query.
   */
  let norms: Float64Array;
  /** Per topic of the primary pack, the units a snippet is chosen from, made when a result first shows the topic. */
  const units: Unit[][] = [];
  /** The synonym groups of every pack, folded. */
  let synonyms: string[][] = [];
  /** Cuts a query's Chinese into words, where the browser has one (see `termsOf`). */
  let segmenter: Intl.Segmenter | undefined;
  /** The index's words a typo may be corrected to; listed on the first query that has a word the index lacks. */
  let words: string[] | undefined;
  /** A word's forgiven typos: the index's words one edit from it. */
  const corrections = new Map<string, string[]>();

  function build(): Map<string, Postings> {
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;
    // The script-tag builds have no way to be given a prebuilt index (see script-tag.ts).
    const [index, lengths, totals] = (!SCRIPT_TAG && options.prebuilt?.(packs)) || buildIndex(packs);
    // Every topic has every field, so a field's average length divides its total by the topic count.
    norms = Float64Array.from(lengths, (length, doc) => K1 * (1 - B + (B * length) / (totals[Math.floor(doc / FIELD_COUNT / topics.length) * FIELD_COUNT + (doc % FIELD_COUNT)]! / topics.length || 1)));
    postings = index;
    synonyms = packs.flatMap((current) => current.synonyms ?? []).map((group) => group.map(fold));
    return postings;
  }

  /**
   * The units of a topic of the primary pack, in the order the index reads them: its question, steps,
   * answer sentences, then the causes that list it.
   */
  function unitsOf(at: number): Unit[] {
    if (!units[at]) {
      const list: Unit[] = (units[at] = []);
      // The topic alone, with the pack's causes: only the causes that list it give it units.
      textsOf({ topics: [topics[at]!], causes: pack.causes }, (id, field, text, shown = text, detail) => {
        if (id === topics[at]!.id && field !== KEYWORDS) list.push([field, shown, fold(shown), detail && fold(detail)]);
      });
    }
    return units[at];
  }

  /** The query's terms with their weights: typed, synonyms of what was typed, and typo corrections. */
  function queryTerms(index: Map<string, Postings>, folded: string): Map<string, number> {
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
    for (const unit of unitsOf(topic)) {
      let score = 0;
      for (const [term, weight] of weights) {
        // A match in the shown text counts fully, one only in a step's detail half.
        const shown = findAll(unit[FOLDED], term).length ? 1 : unit[DETAIL] && findAll(unit[DETAIL], term).length ? 0.5 : 0;
        score += shown * FIELD_WEIGHTS[unit[FIELD]]! * weight * idf.get(term)!;
      }
      if (score > bestScore) {
        best = unit;
        bestScore = score;
      }
    }
    if (!best) return { field: 'question', snippet: topics[topic]!.question, matches: [] };
    return { field: FIELDS[best[FIELD]]!, snippet: best[TEXT], matches: rangesIn(best[FOLDED], weights) };
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
    const index = postings ?? build();
    const folded = fold(text);
    const weights = queryTerms(index, folded);
    lastText = text;
    lastWeights = weights;
    // BM25: each document holding a term adds to its topic's score, more for a rarer term (idf), for
    // more occurrences (tf, with diminishing returns: K1) and in a shorter document than its field's
    // average (`norms`), times the field's weight and the term's (lower for synonyms and typo corrections).
    const scores = new Float64Array(topics.length);
    for (const [term, weight] of weights) {
      const list = index.get(term) ?? [];
      let rarity = idf.get(term);
      if (rarity === undefined) {
        // Inverse document frequency over (pack, topic) pairs (in how many the term occurs, in any
        // field), once per term: for every term, it would hold up the build.
        let seen = 0;
        for (let at = 0, last = -1; at < list.length; at += 2) {
          const packTopic = Math.floor(list[at]! / FIELD_COUNT);
          if (packTopic !== last) {
            seen++;
            last = packTopic;
          }
        }
        idf.set(term, (rarity = seen && Math.log(1 + (packs.length * topics.length - seen + 0.5) / (seen + 0.5))));
      }
      for (let at = 0; at < list.length; at += 2) {
        const doc = list[at]!;
        const tf = list[at + 1]!;
        scores[Math.floor(doc / FIELD_COUNT) % topics.length]! += (FIELD_WEIGHTS[doc % FIELD_COUNT]! * weight * rarity * tf * (K1 + 1)) / (tf + norms[doc]!);
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
    for (const [term] of queryTerms(index, stripped)) {
      const list = term.length > 1 ? index.get(term) ?? [] : [];
      // QUESTION or KEYWORDS, the first two fields; any field for Chinese.
      const fields = isWordTerm(term) ? KEYWORDS : CAUSES;
      for (let at = 0; at < list.length; at += 2) if (list[at]! % FIELD_COUNT <= fields) found[Math.floor(list[at]! / FIELD_COUNT) % topics.length] = 2;
    }
    // And the guide must know at least half of the query's words (as typed, by a synonym or as a typo):
    // "safe" is one word of four in "is it safe to eat raw eggs", "wrong" and "password" two of four in
    // "it says wrong username or password". A query with Chinese in it is judged by the rule above.
    // `seen[topic]` is the last word counted for the topic: each word counts once in a topic.
    let unknown = 0;
    let word = 0;
    const seen = new Uint16Array(topics.length);
    for (const [term, weight] of weighTerms(stripped)) {
      if (weight < 1) continue;
      if (!isWordTerm(term)) {
        unknown = -Infinity;
        continue;
      }
      let known = -1;
      word++;
      for (const each of queryTerms(index, term).keys()) {
        const list = index.get(each) ?? [];
        for (let at = 0; at < list.length; at += 2) {
          const topic = Math.floor(list[at]! / FIELD_COUNT) % topics.length;
          if (seen[topic] !== word) {
            seen[topic] = word;
            found[topic]!++;
            known = 1;
          }
        }
      }
      unknown -= known;
    }
    let top = 0;
    for (const score of scores) top = Math.max(top, score);
    let shown: number[] = [];
    if (unknown <= 0) for (let topic = 0; topic < topics.length; topic++) if (found[topic]! > 1 && scores[topic]! > 0 && scores[topic]! >= top * MIN_SHARE) shown.push(topic);
    // Thousands found and 10 asked for: the 10 best are kept in order as the topics go by (most are
    // below the 10th at a glance), not all sorted (sorting 4,500 took ~1.4 ms in Node, this 0.07). Only
    // in the npm package: the script-tag builds' elements ask for every result (and their content is
    // capped at 4 × 10⁶ characters), and the 58 bytes it costs there would take the files a zh-CN or
    // en page can fetch past their 40 KB.
    if (!SCRIPT_TAG && limit < shown.length) {
      const best: number[] = [];
      for (const topic of shown) {
        let at = Math.min(best.length, limit);
        while (at && scores[best[at - 1]!]! < scores[topic]!) at--;
        if (at < limit) best.splice(at, 0, topic);
      }
      shown = best;
    }
    return shown
      .sort((a, b) => scores[b]! - scores[a]! || a - b)
      .slice(0, limit)
      .map((topic): SearchResult => {
        // The classic build (one file for a page's own content, capped at 10⁶ characters) has no bytes
        // for the getters: the same values, chosen at once.
        if (ONE_FILE) return { topic: topics[topic]!.id, score: scores[topic]!, ...snippetOf(topic, weights) };
        // The snippet is chosen when a caller first reads it: one showing 20 of 600 results pays for 20.
        let shown: Omit<SearchResult, 'topic' | 'score'> | undefined;
        const snippet = () => (shown ??= snippetOf(topic, weights));
        return {
          topic: topics[topic]!.id,
          score: scores[topic]!,
          get field() {
            return snippet().field;
          },
          get snippet() {
            return snippet().snippet;
          },
          get matches() {
            return snippet().matches;
          },
        };
      });
  }

  /** The last search's query and its terms' weights, reused while its results are highlighted. */
  let lastText: string | undefined;
  let lastWeights: Map<string, number> | undefined;

  function highlight(text: string, query: string): Array<[number, number]> {
    const cut = String(query ?? '').slice(0, MAX_QUERY);
    if (!cut.trim()) return [];
    if (lastText !== cut) search(cut, { limit: 0 });
    return rangesIn(fold(String(text)), lastWeights!);
  }

  return { search, highlight };
}
