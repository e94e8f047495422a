/**
 * Plain word matching: what search falls back on until the full engine (index.ts, loaded after the
 * first file) is in memory, or when it can't be loaded. A topic is found by the words of the query
 * its texts contain, in any pack's language; case and width fold, nothing else (no Traditional
 * characters, synonyms or typos). Kept small: it ships in the first file.
 */
import type { ContentPack, Topic } from '../content/types.js';
import type { SearchIndex, SearchOptions, SearchResult } from './index.js';

const HAN = /\p{Script=Han}/u;

/** Han runs in pairs of characters (Chinese has no spaces; a lone character alone), other words whole. */
function termsOf(query: string): string[] {
  const terms: string[] = [];
  for (const run of query.normalize('NFKC').toLowerCase().match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? []) {
    if (run.length < 2 || !HAN.test(run)) terms.push(run);
    else for (let at = 0; at < run.length - 1; at++) terms.push(run.slice(at, at + 2));
  }
  return terms;
}

const found = (topic: Topic, score: number): SearchResult => ({ topic: topic.id, score, field: 'question', snippet: topic.question, matches: [] });

/** Searches `pack`, finding its topics by the texts of every pack in `packs` too. */
export function indexFor(pack: ContentPack, packs: ContentPack[]): SearchIndex {
  return {
    search(query: string, { limit = Infinity }: SearchOptions = {}): SearchResult[] {
      const terms = termsOf(String(query).slice(0, 200));
      if (terms.length === 0) return pack.topics.slice(0, limit).map((topic) => found(topic, 0));
      const results: SearchResult[] = [];
      for (const topic of pack.topics) {
        let score = 0;
        for (const each of new Set([pack, ...packs])) {
          const same = each.topics.find((other) => other.id === topic.id);
          if (!same) continue;
          const title = [same.question, ...same.keywords].join(' ').toLowerCase();
          const body = [...same.answer, ...same.checklist.map((step) => step.text)].join(' ').toLowerCase();
          for (const term of terms) score += title.includes(term) ? 3 : body.includes(term) ? 1 : 0;
        }
        if (score > 0) results.push(found(topic, score));
      }
      return results.sort((a, b) => b.score - a.score).slice(0, limit);
    },
    highlight: () => [],
  };
}
