/**
 * Plain word matching: what search falls back on until the full engine (index.ts, loaded after the
 * first file) is in memory, or when it can't be loaded. A topic is found by the words of the query
 * its texts contain, in any pack's language; case and width fold, nothing else (no Traditional
 * characters, synonyms or typos). As in the engine, only real words find a topic: function words
 * (怎么, 可以, "how", "the") and single characters don't. Kept small: it ships in the first file.
 */
import type { ContentPack } from '../content/types.js';
import { FUNCTION_WORDS } from './function-words.js';
import type { SearchIndex, SearchOptions, SearchResult } from './index.js';

/** Searches `pack`, finding its topics by the texts of every pack in `packs` (`pack` among them: the packs in memory). */
export function indexFor(pack: ContentPack, packs: ContentPack[]): SearchIndex {
  return {
    search(query: string, { limit = Infinity }: SearchOptions = {}): SearchResult[] {
      const text = `${query}`.slice(0, 200);
      // Without its function words, the query's Han runs in pairs of characters (Chinese has no
      // spaces) and its other words (ASCII letters and digits), each found where a text has no
      // letter or digit before it: "lock" finds "locked", "cat" not "verification".
      const terms = [...text.normalize('NFKC').replace(FUNCTION_WORDS, '').matchAll(/(?=(\p{sc=Han}{2}|\b\w+))/gu)].map((match) => RegExp(`(^|\\W)${match[1]}`, 'i'));
      return pack.topics
        .map((topic): SearchResult => {
          let score = 0;
          for (const each of packs)
            for (const same of each.topics)
              if (same.id === topic.id) {
                const title = same.question + same.keywords;
                const body = `${same.answer}${same.checklist.map((step) => step.text)}`;
                for (const term of terms) score += term.test(title) ? 3 : +term.test(body);
              }
          return { topic: topic.id, score, field: 'question', snippet: topic.question, matches: [] };
        })
        .filter((result) => result.score || !text.trim())
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
    },
    highlight: () => [],
  };
}
