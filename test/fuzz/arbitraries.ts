/**
 * fast-check arbitraries for hostile and careless content packs, shared by the Node fuzz tests
 * (scripts/fuzz.mjs) and the browser one: the real packs mutated (fields dropped, duplicated or
 * retyped; invisible and bidi characters; huge strings; prototype-ish keys; deep nesting; numbers,
 * null and arrays where strings belong) and fully random JSON values.
 */
import fc from 'fast-check';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import type { ContentPack } from '../../src/content/types.js';

export const zh = zhJson as ContentPack;
export const en = enJson as ContentPack;

/** Characters that show nothing (the list and more): text of only these must be rejected. */
export const INVISIBLE_CHARS = [
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u180e', '\u2062', '\u2063',
  '\u3164', '\uffa0', '\u2800', '\ufe0f', '\u200e', '\u200f', '\u061c', '\u{e0041}', '\u0000', '\u0085',
  ' ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\u2029',
];
export const BIDI_CHARS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

const INVISIBLE = new RegExp(`[\\s${INVISIBLE_CHARS.join('')}]`, 'gu');
const BIDI = new RegExp(`[${BIDI_CHARS.join('')}]`, 'u');

/** Whether `text` shows anything at all (a status line that quotes a query with a bidi control in it does). */
export const showsSomething = (text: unknown): boolean => typeof text === 'string' && text.replace(INVISIBLE, '') !== '';

/** Whether `text` shows something: not only the characters above (a stricter reader is the validator's business). */
export const isVisible = (text: unknown): boolean => typeof text === 'string' && text.replace(INVISIBLE, '') !== '' && !BIDI.test(text);

/** Every text of a pack that an element shows, with its path. */
export function shownTexts(pack: ContentPack): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  pack.topics.forEach((topic, at) => {
    texts.push([`topics[${at}].question`, topic.question]);
    topic.answer.forEach((paragraph, index) => texts.push([`topics[${at}].answer[${index}]`, paragraph]));
    topic.checklist.forEach((step, index) => texts.push([`topics[${at}].checklist[${index}].text`, step.text], [`topics[${at}].checklist[${index}].detail`, step.detail]));
  });
  texts.push(['causes.heading', pack.causes.heading]);
  pack.causes.items.forEach((cause, at) => texts.push([`causes.items[${at}].title`, cause.title], ...cause.sentences.map((text, index): [string, string] => [`causes.items[${at}].sentences[${index}]`, text])));
  for (const [key, text] of Object.entries(pack.ui)) texts.push([`ui.${key}`, text]);
  return texts;
}

const invisibleText = fc.array(fc.constantFrom(...INVISIBLE_CHARS), { minLength: 1, maxLength: 8 }).map((chars) => chars.join(''));
const prototypeKey = fc.constantFrom(...PROTOTYPE_KEYS);

/** Nesting `depth` deep, arrays or objects, around a leaf. */
const nested = fc
  .tuple(fc.integer({ min: 20, max: 3000 }), fc.boolean(), fc.jsonValue({ maxDepth: 1 }))
  .map(([depth, arrays, leaf]) => {
    let value: unknown = leaf;
    for (let level = 0; level < depth; level++) value = arrays ? [value] : { deeper: value };
    return value;
  });

/** A string of one repeated chunk, up to a little over the million characters content may have. */
const hugeString = fc
  .tuple(fc.constantFrom('a', '登录', '\u200b', 'x ', '<script>'), fc.integer({ min: 1_000, max: 200_000 }))
  .map(([chunk, times]) => chunk.repeat(times));

/** Whatever may stand where a string belongs, and more. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(null, 0, -1, 1.5, NaN, true, false, '', [], {}, [''], ['x'], 'constructor', '__proto__'), weight: 4 },
  { arbitrary: invisibleText, weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 3 },
  { arbitrary: fc.dictionary(prototypeKey, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }), weight: 2 },
  { arbitrary: nested, weight: 1 },
  { arbitrary: hugeString, weight: 1 },
);

type Mutation = { pick: number; op: string; value: unknown; key: string; at: number; char: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'duplicate', 'add-key', 'inject', 'blank', 'retype'),
  value: wrongValue,
  key: fc.oneof(prototypeKey, fc.constantFrom('id', 'question', 'answer', 'extra'), fc.string({ maxLength: 6 })),
  at: fc.nat(),
  char: fc.constantFrom(...INVISIBLE_CHARS, ...BIDI_CHARS),
});

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number };

/** Every place in a JSON tree (not the root) down to depth 8: not inside the deep nesting added above. */
function slots(root: unknown): Slot[] {
  const found: Slot[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth > 8 || typeof value !== 'object' || value === null) return;
    for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
      found.push({ parent: value as Record<string, unknown>, key });
      walk((value as Record<string | number, unknown>)[key], depth + 1);
    }
  };
  walk(root, 0);
  return found;
}

/** Defines a property even when its name is `__proto__`, as JSON.parse would. */
function put(parent: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutate(root: Record<string, unknown>, { pick, op, value, key, at, char }: Mutation): void {
  const all = slots(root);
  if (op === 'add-key' || all.length === 0) {
    const objects = [root, ...all.map((slot) => (slot.parent as Record<string | number, unknown>)[slot.key]).filter((item) => typeof item === 'object' && item !== null && !Array.isArray(item))];
    put(objects[pick % objects.length] as Record<string, unknown>, key, value);
    return;
  }
  const { parent, key: slot } = all[pick % all.length]!;
  const current = (parent as Record<string | number, unknown>)[slot];
  if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(slot as number, 1);
    else delete parent[slot as string];
  } else if (op === 'duplicate' && Array.isArray(parent)) {
    parent.splice(slot as number, 0, structuredClone(current));
  } else if (op === 'inject' && typeof current === 'string') {
    const where = at % (current.length + 1);
    put(parent, slot, current.slice(0, where) + char + current.slice(where));
  } else if (op === 'blank' && typeof current === 'string') {
    put(parent, slot, char.repeat(1 + (at % 3)));
  } else if (op === 'retype') {
    put(parent, slot, typeof current === 'string' ? [current] : Array.isArray(current) ? current.map((item) => (typeof item === 'string' ? item : JSON.stringify(item) ?? 'null')).join(' ') : JSON.stringify(current) ?? 'null');
  } else {
    put(parent, slot, value);
  }
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

/** A real pack (zh-CN or English), mutated one to four times. */
export const mutatedPack: fc.Arbitrary<unknown> = fc.tuple(fc.constantFrom(zh, en), mutations).map(([pack, changes]) => {
  const copy = structuredClone(pack) as unknown as Record<string, unknown>;
  for (const change of changes) mutate(copy, change);
  return copy;
});

/** A vendor's partial pack built from the real packs' pieces (overrides, a new topic, ui strings), mutated. */
export const mutatedOverlay: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom(zh, en),
    fc.nat(),
    fc.boolean(),
    fc.subarray(['causes', 'ui', 'synonyms', 'lang'] as const),
    fc.array(mutation, { maxLength: 4 }),
  )
  .map(([pack, pick, whole, extras, changes]) => {
    const source = structuredClone(pack.topics[pick % pack.topics.length]!);
    const topic = whole ? { ...source, id: `vendor-${source.id}` } : { id: source.id, question: source.question };
    const overlay: Record<string, unknown> = { topics: [topic] };
    for (const extra of extras) overlay[extra] = extra === 'ui' ? { helpTitle: pack.ui.helpTitle } : structuredClone(pack[extra]);
    for (const change of changes) mutate(overlay, change);
    return overlay;
  });

/** Anything at all: random JSON, and random values JSON can't hold (fast-check's anything). */
export const randomValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true, withNullPrototype: true, withObjectString: true }),
);

/** A search query: words of the packs, random text, invisible and bidi characters, prototype names. */
export const query: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('登录', '密码', 'password', 'login failed', '转账失败', 'constructor', '__proto__', 'toString', '$&', '$`', '.*', '(', '\\'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.constantFrom(...INVISIBLE_CHARS, ...BIDI_CHARS, '登', 'a', ' '), { maxLength: 10 }).map((chars) => chars.join('')),
  fc.integer({ min: 200, max: 5000 }).map((length) => '登录'.repeat(length)),
);

/** The seed `npm test` uses unless FUZZ_SEED says otherwise. */
export const DEFAULT_SEED = 20261201;

/** Runs from the environment: FUZZ_SEED replays a failure (`random` draws anew); FUZZ_RUNS scales every property's run count. */
export function runs(count: number): fc.Parameters<unknown> {
  const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
  const scale = Number(env['FUZZ_RUNS'] ?? 1) || 1;
  // One seed by default, so `npm test` (and CI) checks the same cases every run and a failure is the
  // code's, not the draw's; FUZZ_SEED=random draws new ones (a long night: with FUZZ_RUNS=10).
  const seed = env['FUZZ_SEED'] === 'random' ? undefined : Number(env['FUZZ_SEED'] ?? DEFAULT_SEED);
  return { numRuns: Math.max(1, Math.round(count * scale)), includeErrorInReport: true, ...(seed === undefined ? {} : { seed }) };
}
