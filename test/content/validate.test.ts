import { expect } from '@open-wc/testing';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import type { ContentPack } from '../../src/content/types.js';
import { formatPackErrors, validatePack, type PackError } from '../../src/content/validate.js';

/** A fresh, valid pack to break one thing at a time. */
function validPack(): ContentPack {
  return structuredClone(zhJson) as ContentPack;
}

function topicAt(pack: ContentPack, index: number) {
  const topic = pack.topics[index];
  if (!topic) throw new Error(`the pack has no topic ${index}`);
  return topic;
}

function errorsOf(value: unknown): PackError[] {
  const result = validatePack(value);
  return result.ok ? [] : result.errors;
}

function pathsOf(value: unknown): string[] {
  return errorsOf(value).map((error) => error.path);
}

describe('validatePack', () => {
  it('accepts a complete pack and hands it back', () => {
    const pack = validPack();
    const result = validatePack(pack);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.pack).to.equal(pack);
  });

  it('rejects a topic whose related id does not exist', () => {
    const pack = validPack();
    topicAt(pack, 1).related = ['complaint', 'lost-phone'];
    expect(errorsOf(pack)).to.deep.equal([{ path: 'topics[1].related[1]', message: 'refers to unknown topic "lost-phone"' }]);
  });

  it('rejects a topic that lists itself as related', () => {
    const pack = validPack();
    topicAt(pack, 0).related = ['login-failed'];
    expect(pathsOf(pack)).to.deep.equal(['topics[0].related[0]']);
  });

  it('accepts related ids that point forward to a later topic', () => {
    const pack = validPack();
    topicAt(pack, 0).related = ['complaint'];
    expect(errorsOf(pack)).to.deep.equal([]);
  });

  it('names the path of an empty answer paragraph', () => {
    const pack = validPack();
    topicAt(pack, 1).answer[0] = '';
    expect(errorsOf(pack)).to.deep.equal([{ path: 'topics[1].answer[0]', message: 'must have visible text' }]);
  });

  it('treats a whitespace-only string as empty', () => {
    const pack = validPack();
    pack.ui.faqLabel = ' \n\t ';
    expect(errorsOf(pack)).to.deep.equal([{ path: 'ui.faqLabel', message: 'must have visible text' }]);
  });

  it('reports a missing field by its path', () => {
    const pack = validPack() as unknown as { topics: Array<Record<string, unknown>> };
    delete pack.topics[2]?.question;
    expect(errorsOf(pack)).to.deep.equal([{ path: 'topics[2].question', message: 'is required' }]);
  });

  it('reports unknown fields at every level', () => {
    const pack = validPack() as unknown as Record<string, unknown> & ContentPack;
    pack.extra = true;
    Object.assign(pack.ui, { faqTitle: 'FAQ' });
    Object.assign(topicAt(pack, 0), { answers: [] });
    Object.assign(topicAt(pack, 3).checklist[0] ?? {}, { done: false });
    Object.assign(pack.causes.items[0] ?? {}, { severity: 'high' });
    expect(pathsOf(pack)).to.have.members([
      'extra',
      'ui.faqTitle',
      'topics[0].answers',
      'topics[3].checklist[0].done',
      'causes.items[0].severity',
    ]);
    expect(errorsOf(pack).every((error) => error.message === 'is not a known field')).to.equal(true);
  });

  it('reports a value of the wrong type and says what it got', () => {
    const pack = validPack() as unknown as Record<string, unknown> & ContentPack;
    (topicAt(pack, 0) as unknown as Record<string, unknown>).keywords = 'login';
    (pack.intro as unknown as Record<string, unknown>).heading = 42;
    pack.ui = null as unknown as ContentPack['ui'];
    expect(errorsOf(pack)).to.deep.equal([
      { path: 'intro.heading', message: 'must be a string, got number' },
      { path: 'topics[0].keywords', message: 'must be an array, got string' },
      { path: 'ui', message: 'must be an object, got null' },
    ]);
  });

  it('requires at least one topic and at least one answer paragraph', () => {
    const pack = validPack();
    topicAt(pack, 4).answer = [];
    expect(pathsOf(pack)).to.deep.equal(['topics[4].answer']);
    pack.topics = [];
    expect(errorsOf(pack)).to.deep.equal([{ path: 'topics', message: 'must not be empty' }]);
  });

  it('requires three to seven checklist steps', () => {
    const pack = validPack();
    const topic = topicAt(pack, 0);
    const [first, second] = topic.checklist;
    if (!first || !second) throw new Error('the login topic needs two steps to test with');
    topic.checklist = [first, second];
    expect(errorsOf(pack)).to.deep.equal([{ path: 'topics[0].checklist', message: 'must have 3 to 7 steps, got 2' }]);
    topic.checklist = Array.from({ length: 8 }, (_, index) => ({ ...first, id: `step-${index}` }));
    expect(errorsOf(pack)).to.deep.equal([{ path: 'topics[0].checklist', message: 'must have 3 to 7 steps, got 8' }]);
  });

  it('rejects duplicate topic ids', () => {
    const pack = validPack();
    topicAt(pack, 5).id = 'security';
    topicAt(pack, 5).related = [];
    const errors = errorsOf(pack);
    expect(errors.map((error) => error.path)).to.include('topics[5].id');
    expect(errors.find((error) => error.path === 'topics[5].id')?.message).to.equal('duplicates topic id "security" (first used at topics[3])');
  });

  it('rejects duplicate step ids within a topic', () => {
    const pack = validPack();
    const [first, second] = topicAt(pack, 1).checklist;
    if (!first || !second) throw new Error('the transaction topic needs two steps');
    second.id = first.id;
    expect(errorsOf(pack)).to.deep.equal([
      { path: 'topics[1].checklist[1].id', message: `duplicates step id "${first.id}" (first used at topics[1].checklist[0])` },
    ]);
  });

  it('allows two topics to use the same step id', () => {
    const pack = validPack();
    for (const index of [0, 1]) {
      const step = topicAt(pack, index).checklist[0];
      if (step) step.id = 'check-network-first';
    }
    expect(errorsOf(pack)).to.deep.equal([]);
  });

  it('rejects duplicate cause ids', () => {
    const pack = validPack();
    const cause = pack.causes.items[2];
    if (!cause) throw new Error('the pack needs three causes');
    cause.id = 'network';
    expect(errorsOf(pack)).to.deep.equal([
      { path: 'causes.items[2].id', message: 'duplicates cause id "network" (first used at causes.items[0])' },
    ]);
  });

  it('rejects a cause that leads to a topic the pack lacks, naming the cause and the id', () => {
    const pack = validPack();
    pack.causes.items[2]!.topics = ['lost-phone', 'security'];
    expect(errorsOf(pack)).to.deep.equal([{ path: 'causes.items[2].topics[0]', message: 'refers to unknown topic "lost-phone"' }]);
  });

  it('accepts a cause without topics (shown, not searched), and checks that a cause’s topics are ids', () => {
    const pack = validPack();
    delete pack.causes.items[0]!.topics;
    expect(errorsOf(pack)).to.deep.equal([]);
    (pack.causes.items[1] as unknown as { topics: unknown }).topics = 'update-issues';
    (pack.causes.items[2] as unknown as { topics: unknown }).topics = ['security', 7];
    expect(errorsOf(pack)).to.deep.equal([
      { path: 'causes.items[1].topics', message: 'must be an array, got string' },
      { path: 'causes.items[2].topics[1]', message: 'must be a string, got number' },
    ]);
  });

  it('rejects an error code mapped by two topics, even spelled in another case', () => {
    const pack = validPack();
    topicAt(pack, 5).errorCodes.push(' Payment_Failed ');
    expect(errorsOf(pack)).to.deep.equal([
      {
        path: 'topics[5].errorCodes[1]',
        message: 'error code " Payment_Failed " is already mapped by topic "transaction-failed" (topics[1])',
      },
    ]);
  });

  it('rejects ids that are not kebab-case, since progress is stored by them', () => {
    const pack = validPack();
    const step = topicAt(pack, 0).checklist[0];
    if (!step) throw new Error('the login topic needs a step');
    step.id = 'Check Network';
    expect(pathsOf(pack)).to.deep.equal(['topics[0].checklist[0].id']);
  });

  it('collects every problem instead of stopping at the first', () => {
    const pack = validPack();
    pack.title = '';
    topicAt(pack, 0).answer[1] = '  ';
    pack.ui.contactAdvice = '';
    expect(pathsOf(pack)).to.deep.equal(['title', 'topics[0].answer[1]', 'ui.contactAdvice']);
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    cyclic.topics = [cyclic];
    const hostile = new Proxy({}, {
      ownKeys() {
        throw new Error('no keys for you');
      },
    });
    const sparse = validPack();
    sparse.topics = new Array(2) as ContentPack['topics'];
    for (const value of [null, undefined, 0, 42, NaN, '', 'pack', true, [], [1, 2], {}, () => {}, Symbol('pack'), cyclic, hostile, sparse]) {
      let result: ReturnType<typeof validatePack> | undefined;
      expect(() => (result = validatePack(value)), String(typeof value)).not.to.throw();
      expect(result?.ok).to.equal(false);
    }
  });

  it('reports the pack itself when it is not an object', () => {
    expect(errorsOf(null)).to.deep.equal([{ path: '', message: 'must be an object, got null' }]);
    expect(errorsOf([])).to.deep.equal([{ path: '', message: 'must be an object, got an array' }]);
    expect(errorsOf('zh-CN')).to.deep.equal([{ path: '', message: 'must be an object, got string' }]);
  });

  it('accepts a pack without synonyms, since vendor packs may leave them out', () => {
    const pack = validPack();
    delete pack.synonyms;
    expect(errorsOf(pack)).to.deep.equal([]);
  });

  it('requires synonyms to be groups of at least two non-empty terms', () => {
    const pack = validPack() as unknown as Record<string, unknown>;
    pack.synonyms = [['登录', '登陆'], ['闪退'], 'unlock', ['扣钱', ' '], [42, '扣款']];
    expect(errorsOf(pack)).to.deep.equal([
      { path: 'synonyms[1]', message: 'must list at least 2 terms, got 1' },
      { path: 'synonyms[2]', message: 'must be an array of terms, got string' },
      { path: 'synonyms[3][1]', message: 'must have visible text' },
      { path: 'synonyms[4][0]', message: 'must be a string, got number' },
    ]);
    pack.synonyms = { login: ['登录', '登陆'] };
    expect(errorsOf(pack)).to.deep.equal([{ path: 'synonyms', message: 'must be an array, got an object' }]);
  });

  it('finds synonym groups in both built-in packs', () => {
    for (const pack of [zhJson, enJson] as ContentPack[]) {
      expect(pack.synonyms, pack.lang).to.be.an('array').with.length.above(0);
      expect(validatePack(pack).ok, pack.lang).to.equal(true);
    }
  });

  it('reports holes in an array by their index', () => {
    const pack = validPack();
    pack.topics = new Array(1) as ContentPack['topics'];
    expect(errorsOf(pack)).to.deep.equal([{ path: 'topics[0]', message: 'must be an object, got undefined' }]);
  });
});

describe('formatPackErrors', () => {
  it('writes one line per error, naming the file and the path', () => {
    const text = formatPackErrors(
      [
        { path: 'topics[1].answer[0]', message: 'must have visible text' },
        { path: '', message: 'must be an object, got null' },
      ],
      'content/en.json',
    );
    expect(text).to.equal(
      'content/en.json: topics[1].answer[0]: must have visible text\ncontent/en.json: must be an object, got null',
    );
  });

  it('writes nothing when there is nothing wrong', () => {
    expect(formatPackErrors([], 'content/en.json')).to.equal('');
  });
});
