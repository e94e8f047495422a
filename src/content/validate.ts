import type { ContentPack } from './types.js';

export interface PackError {
  /** Where the problem is, e.g. `topics[2].checklist[0].detail`; `` for the pack itself. */
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: ContentPack } | { ok: false; errors: PackError[] };

const MIN_STEPS = 3;
const MAX_STEPS = 7;
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANG_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;
/**
 * Anything but what shows nothing: spaces and line breaks, control characters, what Unicode says to draw as
 * nothing (zero-width spaces and joiners, the soft hyphen, word joiner, byte-order mark, variation
 * selectors, Hangul fillers, tags, bidi marks…) and the braille blank. Text of these alone would be
 * a blank button or line.
 */
const VISIBLE = /[^\s\p{Cc}\p{DI}\u2800]/u;
/**
 * Bidi embeddings, overrides and isolates, in any text or id. Rejected rather than stripped: they
 * make what users see differ from what the text says (the "Trojan Source" spoof: an override shows
 * a fee of 001 as 100), and one left open runs on into the text after it. Stripping would silently
 * change what the author wrote, with a warning the validator has no way to give; rejecting names the
 * field, when our packs are built and, for a vendor's, in one console.error. Right-to-left text needs
 * none of them: the implicit marks (U+200E, U+200F, U+061C) stay allowed.
 */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

type Fields = Record<string, unknown>;

export const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects errors while walking a value; every check records and carries on. */
class Checker {
  readonly errors: PackError[] = [];

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** The value as a plain object with exactly `keys` (plus any of `optional`), or undefined when it is not an object. */
  object(value: unknown, path: string, keys: readonly string[], optional: readonly string[] = []): Fields | undefined {
    if (!isObject(value)) {
      this.fail(path, `must be an object, got ${describe(value)}`);
      return undefined;
    }
    const fields = value as Fields;
    for (const key of keys) {
      if (!has(fields, key)) this.fail(join(path, key), 'is required');
    }
    for (const key of Object.keys(fields)) {
      if (!keys.includes(key) && !optional.includes(key)) this.fail(join(path, key), 'is not a known field');
    }
    return fields;
  }

  /** The field as an array, or undefined when it is missing or not an array. */
  array(fields: Fields, key: string, path: string, nonEmpty = false): unknown[] | undefined {
    if (!has(fields, key)) return undefined;
    const value = fields[key];
    const at = join(path, key);
    if (!Array.isArray(value)) {
      this.fail(at, `must be an array, got ${describe(value)}`);
      return undefined;
    }
    if (nonEmpty && value.length === 0) this.fail(at, 'must not be empty');
    return value;
  }

  string(value: unknown, path: string): string | undefined {
    const problem =
      typeof value !== 'string'
        ? `must be a string, got ${describe(value)}`
        : !VISIBLE.test(value)
          ? 'must have visible text'
          : BIDI.test(value) && 'must not contain bidi controls';
    if (!problem) return value as string;
    this.fail(path, problem);
    return undefined;
  }

  /** A required string field; a missing one is already reported by `object`. */
  field(fields: Fields, key: string, path: string): string | undefined {
    if (!has(fields, key)) return undefined;
    return this.string(fields[key], join(path, key));
  }

  /** An item's kebab-case id, unique in its list: `seen` maps the ids so far to their index. */
  id(fields: Fields, path: string, seen: Map<string, number>, index: number, what: string, list: string): string | undefined {
    const id = this.field(fields, 'id', path);
    if (id === undefined) return id;
    const first = seen.get(id);
    if (!KEBAB_ID.test(id)) this.fail(`${path}.id`, `must be a kebab-case id like "login-failed", got "${id}"`);
    if (first === undefined) seen.set(id, index);
    else this.fail(`${path}.id`, `duplicates ${what} id "${id}" (first used at ${list}[${first}])`);
    return id;
  }

  /** The valid strings of an array field, each with its own path. */
  strings(fields: Fields, key: string, path: string, nonEmpty = false): Array<{ text: string; path: string }> {
    const at = join(path, key);
    const result: Array<{ text: string; path: string }> = [];
    eachItem(this.array(fields, key, path, nonEmpty), (item, index) => {
      const itemPath = `${at}[${index}]`;
      const text = this.string(item, itemPath);
      if (text !== undefined) result.push({ text, path: itemPath });
    });
    return result;
  }
}

const PACK_KEYS = ['lang', 'causes', 'topics', 'ui'] as const;
// The guide's title, introduction and closing are in content/*.json but shown by no element.
const OPTIONAL_PACK_KEYS = ['synonyms', 'title', 'intro', 'closing'] as const;
const INTRO_KEYS = ['heading', 'paragraphs'] as const;
const CAUSES_KEYS = ['heading', 'items'] as const;
const CAUSE_KEYS = ['id', 'title', 'sentences'] as const;
const TOPIC_KEYS = ['id', 'question', 'answer', 'keywords', 'checklist', 'errorCodes', 'related'] as const;
const STEP_KEYS = ['id', 'text', 'detail'] as const;
const UI_KEYS = [
  'faqLabel',
  'faqEmpty',
  'contactAdvice',
  'searchLabel',
  'searchPlaceholder',
  'searchClear',
  'searchCountOne',
  'searchCount',
  'searchEmpty',
  'checklistProgress',
  'checklistReset',
  'checklistStuck',
  'checklistUnknown',
  'contactPhone',
  'contactEmail',
  'contactWebsite',
  'contactHours',
  'helpLauncher',
  'helpTitle',
  'helpClose',
  'helpBack',
  'helpFeedback',
  'helpYes',
  'helpNo',
  'helpThanks',
  'helpRelated',
  'helpContact',
  'helpSteps',
] as const;

/** Checks that `value` is a complete, consistent content pack, reporting every problem found. */
export function validatePack(value: unknown): PackResult {
  const checker = new Checker();
  try {
    checkPack(checker, value);
  } catch {
    // Proxies and throwing getters are not data; report them instead of crashing the host page (and
    // without making what they threw text: that may throw again).
    checker.fail('', 'could not be read');
  }
  return checker.errors.length === 0
    ? { ok: true, pack: value as ContentPack }
    : { ok: false, errors: checker.errors };
}

function checkPack(checker: Checker, value: unknown): void {
  const pack = checker.object(value, '', PACK_KEYS, OPTIONAL_PACK_KEYS);
  if (!pack) return;

  const lang = checker.field(pack, 'lang', '');
  if (lang !== undefined && !LANG_TAG.test(lang)) {
    checker.fail('lang', `must be a language tag like "en" or "zh-CN", got "${lang}"`);
  }
  checker.field(pack, 'title', '');
  checker.field(pack, 'closing', '');

  if (has(pack, 'intro')) {
    const intro = checker.object(pack.intro, 'intro', INTRO_KEYS);
    if (intro) {
      checker.field(intro, 'heading', 'intro');
      checker.strings(intro, 'paragraphs', 'intro', true);
    }
  }

  // The topic ids the causes and topics list, looked up once every topic is known.
  const links: TopicLink[] = [];
  if (has(pack, 'causes')) checkCauses(checker, pack.causes, links);
  checkTopics(checker, pack, links);
  checkSynonyms(checker, pack);

  if (has(pack, 'ui')) {
    const ui = checker.object(pack.ui, 'ui', UI_KEYS);
    if (ui) for (const key of UI_KEYS) checker.field(ui, key, 'ui');
  }
}

function checkCauses(checker: Checker, value: unknown, links: TopicLink[]): void {
  const causes = checker.object(value, 'causes', CAUSES_KEYS, ['summary']);
  if (!causes) return;
  checker.field(causes, 'heading', 'causes');
  if (has(causes, 'summary')) checker.strings(causes, 'summary', 'causes');

  const firstIndexById = new Map<string, number>();
  eachItem(checker.array(causes, 'items', 'causes', true), (item, index) => {
    const path = `causes.items[${index}]`;
    const cause = checker.object(item, path, CAUSE_KEYS, ['topics']);
    if (!cause) return;
    checker.id(cause, path, firstIndexById, index, 'cause', 'causes.items');
    checker.field(cause, 'title', path);
    checker.strings(cause, 'sentences', path, true);
    links.push(...checker.strings(cause, 'topics', path));
  });
}

/** A topic id (`text`) that a topic's `related` or a cause's `topics` lists, at `path`. */
type TopicLink = { text: string; path: string };

/** Checks the topics, then looks up in them the ids `links` holds (the causes' and the topics' own). */
function checkTopics(checker: Checker, pack: Fields, links: TopicLink[]): void {
  const topics = checker.array(pack, 'topics', '', true);
  if (!topics) return;

  const firstIndexById = new Map<string, number>();
  const topicByErrorCode = new Map<string, { name: string; path: string }>();

  eachItem(topics, (item, index) => {
    const path = `topics[${index}]`;
    const topic = checker.object(item, path, TOPIC_KEYS);
    if (!topic) return;

    const id = checker.id(topic, path, firstIndexById, index, 'topic', 'topics');
    checker.field(topic, 'question', path);
    checker.strings(topic, 'answer', path, true);
    checker.strings(topic, 'keywords', path);
    checkChecklist(checker, topic, path);

    const owner = { name: id === undefined ? path : `"${id}" (${path})`, path };
    for (const code of checker.strings(topic, 'errorCodes', path)) {
      // Lookups ignore case and surrounding spaces, so two spellings of one code collide.
      const normalized = code.text.trim().toLowerCase();
      const earlier = topicByErrorCode.get(normalized);
      if (earlier === undefined) topicByErrorCode.set(normalized, owner);
      else if (earlier.path === path) checker.fail(code.path, `lists error code "${code.text}" twice`);
      else checker.fail(code.path, `error code "${code.text}" is already mapped by topic ${earlier.name}`);
    }

    const listed = new Set<string>();
    for (const link of checker.strings(topic, 'related', path)) {
      if (listed.has(link.text)) checker.fail(link.path, `lists related topic "${link.text}" twice`);
      else if (link.text === id) checker.fail(link.path, 'must not point at its own topic');
      else links.push(link);
      listed.add(link.text);
    }
  });

  // Once every topic id is known, so forward references are fine; with none known (no topics, or
  // none readable), every link would be reported for what the topics' own errors already say.
  if (firstIndexById.size) for (const link of links) if (!firstIndexById.has(link.text)) checker.fail(link.path, `refers to unknown topic "${link.text}"`);
}

/** Each synonym group is an array of at least two non-empty strings. */
function checkSynonyms(checker: Checker, pack: Fields): void {
  eachItem(checker.array(pack, 'synonyms', ''), (group, index) => {
    const path = `synonyms[${index}]`;
    if (!Array.isArray(group)) return checker.fail(path, `must be an array of terms, got ${describe(group)}`);
    if (group.length < 2) checker.fail(path, `must list at least 2 terms, got ${group.length}`);
    eachItem(group, (term, termIndex) => checker.string(term, `${path}[${termIndex}]`));
  });
}

function checkChecklist(checker: Checker, topic: Fields, topicPath: string): void {
  const steps = checker.array(topic, 'checklist', topicPath);
  if (!steps) return;
  if (steps.length < MIN_STEPS || steps.length > MAX_STEPS) {
    checker.fail(`${topicPath}.checklist`, `must have ${MIN_STEPS} to ${MAX_STEPS} steps, got ${steps.length}`);
  }
  const firstIndexById = new Map<string, number>();
  eachItem(steps, (item, index) => {
    const path = `${topicPath}.checklist[${index}]`;
    const step = checker.object(item, path, STEP_KEYS);
    if (!step) return;
    checker.id(step, path, firstIndexById, index, 'step', `${topicPath}.checklist`);
    checker.field(step, 'text', path);
    checker.field(step, 'detail', path);
  });
}

function has(fields: Fields, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(fields, key);
}

/** Visits every index, holes included, unlike `forEach`. */
function eachItem(items: readonly unknown[] | undefined, visit: (item: unknown, index: number) => void): void {
  Array.from(items ?? [], visit);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

/** One line per error, naming the source file and the path, e.g. `content/en.json: topics[1].answer[0]: must have visible text`. */
export function formatPackErrors(errors: readonly PackError[], source: string): string {
  return errors
    .map((error) => (error.path === '' ? `${source}: ${error.message}` : `${source}: ${error.path}: ${error.message}`))
    .join('\n');
}
