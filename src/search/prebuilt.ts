/**
 * A prebuilt search index: the index of each pack, built once by the vendor (`npx wallet-help index`,
 * or `writeIndex` here) and read in the page instead of indexing thousands of topics there (5,000
 * topics in two languages take seconds to index on a phone, and reading them takes milliseconds).
 *
 * The file holds one section per pack, each indexed alone (`buildIndex([pack])`): its topics
 * numbered in its own order, so any set of packs can be searched together, in any order, the primary
 * first, as the engine does when it builds (`readIndex` numbers them again). A section is found by a
 * hash of what the index reads of its pack; a file built by another version of wallet-help, for
 * other text, or damaged is refused with one `wallet-help:` warning, and the engine builds its index
 * as if there were no file: a stale file never gives a wrong answer.
 *
 * Binary, not JSON: the index of 5,000 topics in two languages is millions of numbers, and JSON.parse
 * of them as text alone took longer than the 200 ms a page may wait for its index (issue 14). The
 * page fetches the file as an ArrayBuffer and nothing is parsed until a query needs it:
 *
 *     "WHSI", the header's length (uint32, little-endian), the header (UTF-8 JSON, `Header`, padded
 *     with spaces so what follows starts at a multiple of 4), then each section's bytes (`Section`),
 *     each padded with zeros to a multiple of 4.
 *
 * A section's bytes are unsigned LEB128 numbers (7 bits a byte, the high bit set on all but the last):
 * each document's length in terms (topic × 5 + field), then each term's list's length in bytes, then
 * the lists, in the order of the header's `terms`: per document (doc gap × 2 + [tf > 1]), then tf when
 * more than 1. Only the lists a query has are decoded, when it first has them. The header's `check`
 * hashes the section's bytes with its hash, topics and terms: a file damaged in transit or edited is
 * refused before it is read.
 */
import type { ContentPack } from '../content/types.js';
import { VERSION } from '../version.js';
import { buildIndex, type IndexData, type Postings as List } from './index.js';

/** Fields per topic, as the engine numbers documents (topic × FIELDS + field). */
const FIELDS = 5;
/** What a file says it is: only a file of this name and version is read. */
const FORMAT = 'wallet-help search index';
/** The file's first four bytes, "WHSI". */
const MAGIC = 0x49534857;

/** A section of the header: one pack's index, whose bytes follow the header in the order of `packs`. */
export interface IndexSection {
  /** The hash of what the index reads of the pack (`packHash`). */
  hash: string;
  /** The pack's language, for people reading the file. */
  lang: string;
  /** Its topics. */
  topics: number;
  /** Every term, in the order of the lists, one a line. */
  terms: string;
  /** The length of the section's bytes, padding included. */
  bytes: number;
  /** A hash of the section's bytes, hash, topics and terms. */
  check: string;
}

/** The header of what `wallet-help index` writes (`writeIndex`): JSON before the sections' bytes. */
export interface IndexHeader {
  format: typeof FORMAT;
  /** The version of wallet-help that wrote it: another version's file is refused (its terms may differ). */
  version: string;
  packs: IndexSection[];
}

/** Appends `value` as unsigned LEB128. */
function leb(out: number[], value: number): void {
  for (; value > 127; value = Math.floor(value / 128)) out.push((value & 127) | 128);
  out.push(value);
}

/** Reads the LEB128 numbers of `bytes` from `start` to `end` (`count` of them at most). */
function numbers(bytes: Uint8Array, start: number, end: number, count = Infinity): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 1;
  for (let at = start; at < end && out.length < count; at++) {
    const byte = bytes[at]!;
    value += (byte & 127) * shift;
    if (byte & 128) shift *= 128;
    else {
      out.push(value);
      value = 0;
      shift = 1;
    }
  }
  return out;
}

/**
 * A 64-bit hash of `texts` one after the other (each after its length), then of `words`: two 32-bit
 * FNV-1a, as hex. Texts apart, as each is flat: a string made by `+` would be read character by
 * character through its parts, many times slower. Two characters a step and bytes four at a time, in
 * flat loops (a walk through a pack's lists, hashing each string, took 10 times as long cold): millions
 * of them for a large pack, on the page's clock.
 */
function hashOf(texts: string[], words: Int32Array = new Int32Array(0)): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (const text of texts) {
    // Its length first, so no two lists of texts read the same; past the end, NaN << 16 is 0.
    for (let at = -2; at < text.length; at += 2) {
      const code = at < 0 ? text.length : text.charCodeAt(at) | (text.charCodeAt(at + 1) << 16);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
    }
  }
  for (let at = 0; at < words.length; at++) {
    a = Math.imul(a ^ words[at]!, 0x01000193);
    b = Math.imul(b ^ words[at]!, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The hash of what the index reads of `pack`: each topic's id, question, keywords, steps and answer,
 * and the causes. A different text is a different hash, whatever else changed. The texts are hashed
 * as they are, each list after its length (not made one string by JSON.stringify first: for a pack made
 * of joined strings that took 20 times as long as the hash in Chromium).
 */
export function packHash(pack: ContentPack): string {
  const texts: string[] = [];
  const list = (items: string[] = []) => texts.push(String(items.length), ...items);
  for (const topic of pack.topics) {
    texts.push(topic.id, topic.question);
    list(topic.keywords);
    list(topic.checklist.flatMap((step) => [step.text, step.detail]));
    list(topic.answer);
  }
  for (const cause of pack.causes.items) {
    list(cause.topics);
    texts.push(cause.title);
    list(cause.sentences);
  }
  return hashOf(texts);
}

/** What a section's `check` hashes besides its bytes. */
const textsOf = (section: Pick<IndexSection, 'hash' | 'topics' | 'terms'>): string[] => [section.hash, String(section.topics), section.terms];

/** `bytes` padded with `pad` to a multiple of 4, `before` bytes from a multiple of 4. */
function padded(bytes: ArrayLike<number>, pad = 0, before = 0): Uint8Array {
  const out = new Uint8Array(Math.ceil((bytes.length + before) / 4) * 4 - before).fill(pad);
  out.set(bytes);
  return out;
}

/** The prebuilt index of `packs` (each indexed alone), to serve as a file beside them. */
export function writeIndex(packs: ContentPack[]): Uint8Array {
  const sections: IndexSection[] = [];
  const bodies = packs.map((pack) => {
    const [postings, lengths] = buildIndex([pack]);
    const out: number[] = [];
    for (let doc = 0; doc < pack.topics.length * FIELDS; doc++) leb(out, lengths[doc] ?? 0);
    const lists = [...postings.values()].map((list) => {
      const bytes: number[] = [];
      for (let at = 0, last = -1; at < list.length; at += 2) {
        const tf = list[at + 1]!;
        leb(bytes, (list[at]! - last) * 2 + (tf > 1 ? 1 : 0));
        if (tf > 1) leb(bytes, tf);
        last = list[at]!;
      }
      return bytes;
    });
    for (const list of lists) leb(out, list.length);
    for (const list of lists) for (const byte of list) out.push(byte);
    const body = padded(out);
    const section = { hash: packHash(pack), lang: pack.lang, topics: pack.topics.length, terms: [...postings.keys()].join('\n'), bytes: body.length };
    sections.push({ ...section, check: hashOf(textsOf(section), new Int32Array(body.buffer)) });
    return body;
  });
  // Padded with spaces (JSON allows them), so the sections' bytes can be read four at a time.
  const header = padded(new TextEncoder().encode(JSON.stringify({ format: FORMAT, version: VERSION, packs: sections } satisfies IndexHeader)), 32, 8);
  const file = new Uint8Array(8 + header.length + bodies.reduce((sum, body) => sum + body.length, 0));
  const view = new DataView(file.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, header.length, true);
  file.set(header, 8);
  let at = 8 + header.length;
  for (const body of bodies) {
    file.set(body, at);
    at += body.length;
  }
  return file;
}

/** A section read: its bytes, where each term's list is in them, and its documents' lengths. */
interface Section {
  bytes: Uint8Array;
  starts: Map<string, [start: number, end: number]>;
  lengths: number[];
}

const isSection = (value: unknown): value is IndexSection => {
  const section = value as IndexSection;
  return (
    typeof section?.hash === 'string' &&
    typeof section.terms === 'string' &&
    Number.isInteger(section.topics) &&
    section.topics >= 0 &&
    Number.isInteger(section.bytes) &&
    section.bytes % 4 === 0 &&
    typeof section.check === 'string'
  );
};

/** Term → documents of a set of sections, each list decoded and numbered for the packs when a query first asks for it. */
class Postings extends Map<string, List> {
  #sections: Array<[section: Section, topicAt: Array<number | undefined>, base: number]>;
  #terms?: Set<string>;

  constructor(sections: Array<[Section, Array<number | undefined>, number]>) {
    super();
    this.#sections = sections;
  }

  override get(term: string): List | undefined {
    let list = super.get(term);
    if (list || !this.has(term)) return list;
    const ranges = this.#sections.map(([section]) => section.starts.get(term));
    // As many documents at most as the lists have numbers (bytes without their high bit).
    let most = 0;
    this.#sections.forEach(([{ bytes }], index) => {
      const range = ranges[index];
      if (range) for (let at = range[0]; at < range[1]; at++) most += +(bytes[at]! < 128);
    });
    const out = new Int32Array(most * 2);
    let length = 0;
    let ordered = true;
    this.#sections.forEach(([{ bytes }, topicAt, base], index) => {
      const range = ranges[index];
      if (!range) return;
      let at = range[0];
      /** The LEB128 number at `at`. */
      const next = () => {
        let value = 0;
        for (let shift = 1; ; shift *= 128) {
          const byte = bytes[at++]!;
          value += (byte & 127) * shift;
          if (byte < 128) return value;
        }
      };
      for (let doc = -1; at < range[1]; ) {
        const value = next();
        doc += value >> 1;
        const tf = value & 1 ? next() : 1;
        const topic = topicAt[Math.floor(doc / FIELDS)];
        if (topic === undefined) continue;
        const numbered = (base + topic) * FIELDS + (doc % FIELDS);
        if (length && numbered < out[length - 2]!) ordered = false;
        out[length++] = numbered;
        out[length++] = tf;
      }
    });
    list = out.subarray(0, length);
    // In the order the engine's own build gives (packs whose topics are in another order than the
    // primary pack's): the same sums, to the last bit.
    if (!ordered) {
      const pairs = Array.from({ length: length / 2 }, (_, at) => [out[at * 2]!, out[at * 2 + 1]!]);
      list = Int32Array.from(pairs.sort((x, y) => x[0]! - y[0]!).flat());
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
 * Reads a prebuilt index (what `writeIndex` or `npx wallet-help index` wrote: an ArrayBuffer, as
 * `fetch(url).then((response) => response.arrayBuffer())` gives it, or its bytes) for
 * `createSearchIndex(pack, { secondary, prebuilt })`: given the packs, their index, or `undefined`
 * (and one `wallet-help:` warning per file) when the file is not one or doesn't hold every pack as it
 * is now. Never throws.
 */
export function readIndex(file: unknown): (packs: ContentPack[]) => IndexData | undefined {
  const read = new Map<string, Section>();
  let warned = false;
  const refuse = (why: string): undefined => {
    if (!warned) console.warn(`wallet-help: the prebuilt search index was not used: ${why}. Search builds its index in the page instead (slower); rebuild the file with \`npx wallet-help index\`.`);
    warned = true;
    return undefined;
  };
  let header: IndexHeader | undefined;
  /** Where each section's bytes start, as the header lists them. */
  const offsets: number[] = [];
  let bytes: Uint8Array | undefined;
  return (packs) => {
    try {
      if (!header) {
        // A copy where the bytes don't start at a multiple of 4 (a Node Buffer from the pool), to hash them as words.
        bytes = file instanceof ArrayBuffer ? new Uint8Array(file) : file instanceof Uint8Array ? (file.byteOffset % 4 ? file.slice() : file) : undefined;
        if (!bytes || bytes.length < 8 || new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true) !== MAGIC) return refuse('it is not a wallet-help search index');
        const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
        let parsed: IndexHeader;
        try {
          parsed = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as IndexHeader;
        } catch {
          throw 'it is damaged';
        }
        if (parsed?.format !== FORMAT) return refuse('it is not a wallet-help search index');
        if (parsed.version !== VERSION) return refuse(`it was built by wallet-help ${String(parsed.version)}, and this is ${VERSION}`);
        if (!Array.isArray(parsed.packs) || !parsed.packs.every(isSection) || (8 + length) % 4) throw 'it is damaged';
        let at = 8 + length;
        for (const section of parsed.packs) {
          offsets.push(at);
          at += section.bytes;
        }
        if (at !== bytes.length) throw 'it is damaged';
        header = parsed;
      }
      const index = header;
      const topics = packs[0]!.topics;
      const topicAt = new Map(topics.map((topic, at) => [topic.id, at]));
      const lengths: number[] = [];
      const totals = new Float64Array(packs.length * FIELDS);
      const sections = packs.map((pack, packIndex): [Section, Array<number | undefined>, number] => {
        let hash = hashes.get(pack);
        if (!hash) hashes.set(pack, (hash = packHash(pack)));
        const number = index.packs.findIndex((section) => section.hash === hash);
        const written = index.packs[number];
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
          const start = offsets[number]!;
          const body = bytes!.subarray(start, start + written.bytes);
          if (written.check !== hashOf(textsOf(written), new Int32Array(body.buffer, body.byteOffset, body.length / 4))) throw 'it is damaged';
          const terms = written.terms ? written.terms.split('\n') : [];
          const docs = written.topics * FIELDS;
          // The lengths, then the lists' lengths: where each list starts.
          const head = numbers(body, 0, body.length, docs + terms.length);
          if (head.length !== docs + terms.length) throw 'it is damaged';
          let at = 0;
          for (let count = 0; count < head.length; at++) if (!(body[at]! & 128)) count++;
          const starts = new Map<string, [number, number]>();
          terms.forEach((term, index) => starts.set(term, [at, (at += head[docs + index]!)]));
          if (at > body.length) throw 'it is damaged';
          section = { bytes: body, starts, lengths: head.slice(0, docs) };
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
