/**
 * A prebuilt search index: the index of each pack, built once by the vendor (`npx wallet-help index`,
 * or `writeIndex` here) and read in the page instead of indexing thousands of topics there (5,000
 * topics in two languages take seconds to index on a phone, and reading them takes milliseconds).
 *
 * The file holds one section per pack, each indexed alone (`buildIndex([pack])`): its topics
 * numbered in its own order, so any set of packs can be searched together, in any order, the primary
 * first, as the engine does when it builds (`readIndex` numbers them again). A section is found by a
 * hash of what the index reads of its pack; a file built by another version of wallet-help, or for
 * other text, is refused with one `wallet-help:` warning, and the engine builds its index as if there
 * were no file: a stale file never gives a wrong answer.
 *
 * Each section's postings are one string, each term's list apart (`,` between them): (doc gap × 2 +
 * [tf > 1], then tf when more than 1) as base-64 VLQ digits, as source maps write numbers: JSON that
 * parses as one string, and only the lists a query has are decoded, when it first has them.
 */
import type { ContentPack } from '../content/types.js';
import { VERSION } from '../version.js';
import { buildIndex, type IndexData } from './index.js';

/** Fields per topic, as the engine numbers documents (topic × FIELDS + field). */
const FIELDS = 5;
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** What a file says it is: only a file of this name and version is read. */
const FORMAT = 'wallet-help search index';

export interface IndexSection {
  /** The hash of what the index reads of the pack (`packHash`). */
  hash: string;
  /** The pack's language, for people reading the file. */
  lang: string;
  /** Its topics. */
  topics: number;
  /** Every term, in the order of `postings`. */
  terms: string[];
  /** Each term's documents, VLQ, the terms' lists apart with `,`. */
  postings: string;
  /** Each document's length in terms (topic × 5 + field), VLQ. */
  lengths: string;
  /** A hash of the section's other fields. */
  check: string;
}

/** What `wallet-help index` writes: JSON, one section per pack. */
export interface IndexFile {
  format: typeof FORMAT;
  /** The version of wallet-help that wrote it: another version's file is refused (its terms may differ). */
  version: string;
  packs: IndexSection[];
}

function vlq(out: string[], value: number): void {
  do {
    const digit = value & 31;
    value = Math.floor(value / 32);
    out.push(DIGITS[value ? digit | 32 : digit]!);
  } while (value);
}

/** Reads the VLQ numbers of `text` from `start` to `end`. */
function numbers(text: string, start = 0, end = text.length): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 1;
  for (let at = start; at < end; at++) {
    const digit = VALUES[text.charCodeAt(at)]!;
    value += (digit & 31) * shift;
    if (digit & 32) shift *= 32;
    else {
      out.push(value);
      value = 0;
      shift = 1;
    }
  }
  return out;
}
const VALUES = new Uint8Array(128);
for (let at = 0; at < 64; at++) VALUES[DIGITS.charCodeAt(at)] = at;

/**
 * A 64-bit hash of `texts` one after the other (each ended by a newline): two 32-bit FNV-1a, as hex.
 * Texts apart, as each is flat: a string made by `+` would be read character by character through
 * its parts, many times slower.
 */
function hashOf(...texts: string[]): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (const text of texts) {
    for (let at = 0; at <= text.length; at++) {
      const code = at < text.length ? text.charCodeAt(at) : 10;
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
    }
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The hash of what the index reads of `pack`: each topic's id, question, keywords, steps and answer,
 * and the causes. A different text is a different hash, whatever else changed.
 */
export function packHash(pack: ContentPack): string {
  return hashOf(
    JSON.stringify([
      pack.topics.map((topic) => [topic.id, topic.question, topic.keywords, topic.checklist.map((step) => [step.text, step.detail]), topic.answer]),
      pack.causes.items.map((cause) => [cause.topics, cause.title, cause.sentences]),
    ]),
  );
}

/** What a section's `check` hashes: a file damaged in transit or edited by hand is refused. */
const contentsOf = (section: Omit<IndexSection, 'check'>): string[] => [section.hash, String(section.topics), section.terms.join('\n'), section.postings, section.lengths];

/** The prebuilt index of `packs` (each indexed alone), to save as JSON beside them. */
export function writeIndex(packs: ContentPack[]): IndexFile {
  return {
    format: FORMAT,
    version: VERSION,
    packs: packs.map((pack) => {
      const [postings, lengths] = buildIndex([pack]);
      const lists: string[] = [];
      for (const list of postings.values()) {
        const out: string[] = [];
        for (let at = 0, last = -1; at < list.length; at += 2) {
          const tf = list[at + 1]!;
          vlq(out, (list[at]! - last) * 2 + (tf > 1 ? 1 : 0));
          if (tf > 1) vlq(out, tf);
          last = list[at]!;
        }
        lists.push(out.join(''));
      }
      const out: string[] = [];
      for (let doc = 0; doc < pack.topics.length * FIELDS; doc++) vlq(out, lengths[doc] ?? 0);
      const section = { hash: packHash(pack), lang: pack.lang, topics: pack.topics.length, terms: [...postings.keys()], postings: lists.join(','), lengths: out.join('') };
      return { ...section, check: hashOf(...contentsOf(section)) };
    }),
  };
}

/** A section read: where each term's list is in `postings`. */
interface Section {
  postings: string;
  starts: Map<string, [start: number, end: number]>;
  lengths: number[];
}

const isSection = (value: unknown): value is IndexSection => {
  const section = value as IndexSection;
  return (
    typeof section?.hash === 'string' &&
    Array.isArray(section.terms) &&
    section.terms.every((term) => typeof term === 'string') &&
    typeof section.postings === 'string' &&
    typeof section.lengths === 'string' &&
    typeof section.check === 'string'
  );
};

/** Term → documents of a set of sections, each list decoded and numbered for the packs when a query first asks for it. */
class Postings extends Map<string, number[]> {
  #sections: Array<[section: Section, topicAt: Array<number | undefined>, base: number]>;
  #terms?: Set<string>;

  constructor(sections: Array<[Section, Array<number | undefined>, number]>) {
    super();
    this.#sections = sections;
  }

  override get(term: string): number[] | undefined {
    let list = super.get(term);
    if (list || !this.has(term)) return list;
    list = [];
    let ordered = true;
    for (const [section, topicAt, base] of this.#sections) {
      const range = section.starts.get(term);
      if (!range) continue;
      const values = numbers(section.postings, range[0], range[1]);
      for (let at = 0, doc = -1; at < values.length; at++) {
        doc += values[at]! >> 1;
        const tf = values[at]! & 1 ? values[++at]! : 1;
        const topic = topicAt[Math.floor(doc / FIELDS)];
        if (topic === undefined) continue;
        const numbered = (base + topic) * FIELDS + (doc % FIELDS);
        if (numbered < list[list.length - 2]!) ordered = false;
        list.push(numbered, tf);
      }
    }
    // In the order the engine's own build gives (packs whose topics are in another order than the
    // primary pack's): the same sums, to the last bit.
    if (!ordered) {
      const pairs = list.flatMap((doc, at) => (at % 2 ? [] : [[doc, list![at + 1]!]]));
      list = pairs.sort((x, y) => x[0]! - y[0]!).flat();
    }
    super.set(term, list);
    return list;
  }

  override has(term: string): boolean {
    return this.#sections.some(([section]) => section.starts.has(term));
  }

  override keys(): MapIterator<string> {
    this.#terms ??= new Set(this.#sections.flatMap(([section]) => [...section.starts.keys()]));
    return this.#terms.values();
  }
}

/** The hash of each pack seen: a pack's text is hashed once. */
const hashes = new WeakMap<ContentPack, string>();

/**
 * Reads a prebuilt index (`IndexFile`, parsed) for `createSearchIndex(pack, { secondary, prebuilt })`:
 * given the packs, their index, or `undefined` (and one `wallet-help:` warning per file) when the
 * file is not one or doesn't hold every pack as it is now. Never throws.
 */
export function readIndex(file: unknown): (packs: ContentPack[]) => IndexData | undefined {
  const read = new Map<string, Section>();
  let warned = false;
  const refuse = (why: string): undefined => {
    if (!warned) console.warn(`wallet-help: the prebuilt search index was not used: ${why}. Search builds its index in the page instead (slower); rebuild the file with \`npx wallet-help index\`.`);
    warned = true;
    return undefined;
  };
  return (packs) => {
    try {
      const index = file as IndexFile;
      if (index?.format !== FORMAT) return refuse('it is not a wallet-help search index');
      if (index.version !== VERSION) return refuse(`it was built by wallet-help ${String(index.version)}, and this is ${VERSION}`);
      if (!Array.isArray(index.packs) || !index.packs.every(isSection)) return refuse('it is damaged');
      const topics = packs[0]!.topics;
      const topicAt = new Map(topics.map((topic, at) => [topic.id, at]));
      const lengths: number[] = [];
      const totals = new Float64Array(packs.length * FIELDS);
      const sections = packs.map((pack, packIndex): [Section, Array<number | undefined>, number] => {
        let hash = hashes.get(pack);
        if (!hash) hashes.set(pack, (hash = packHash(pack)));
        const written = index.packs.find((section) => section.hash === hash);
        if (!written) throw `it holds no index of the ${pack.lang} pack as it is now (it was built for other content)`;
        const ids = new Set(pack.topics.map((topic) => topic.id));
        // Indexed alone, a pack's causes count only for its own topics (not for one only the primary pack
        // has), and a topic twice is two topics:
        // where the engine's own build would differ, it builds.
        if (ids.size !== pack.topics.length || pack.causes.items.some((cause) => cause.topics?.some((id) => !ids.has(id) && topicAt.has(id)))) {
          throw `the ${pack.lang} pack has a topic twice or a cause for a topic it lacks`;
        }
        let section = read.get(hash);
        if (!section) {
          if (written.check !== hashOf(...contentsOf(written))) throw 'it is damaged';
          const starts = new Map<string, [number, number]>();
          let start = 0;
          for (const term of written.terms) {
            const end = written.postings.indexOf(',', start);
            starts.set(term, [start, end < 0 ? written.postings.length : end]);
            start = end + 1;
          }
          section = { postings: written.postings, starts, lengths: numbers(written.lengths) };
          read.set(hash, section);
        }
        if (section.lengths.length !== pack.topics.length * FIELDS) throw 'it is damaged';
        const at = pack.topics.map((topic) => topicAt.get(topic.id));
        at.forEach((topic, own) => {
          if (topic === undefined) return;
          for (let field = 0; field < FIELDS; field++) {
            const length = section.lengths[own * FIELDS + field]!;
            lengths[(packIndex * topics.length + topic) * FIELDS + field] = length;
            totals[packIndex * FIELDS + field]! += length;
          }
        });
        return [section, at, packIndex * topics.length];
      });
      return [new Postings(sections), lengths, totals];
    } catch (why) {
      return refuse(typeof why === 'string' ? why : 'it is damaged');
    }
  };
}
