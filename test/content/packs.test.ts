import { expect } from '@open-wc/testing';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import type { ContentPack } from '../../src/content/types.js';
import { formatPackErrors, validatePack } from '../../src/content/validate.js';

/** The pack files hold the whole guide: its title, introduction and closing too. */
type GuidePack = Required<ContentPack>;
const zh = zhJson as GuidePack;
const en = enJson as GuidePack;

function expectValid(value: unknown, source: string): void {
  const result = validatePack(value);
  expect(result.ok, result.ok ? '' : formatPackErrors(result.errors, source)).to.equal(true);
}

const stepIds = (pack: ContentPack) => pack.topics.map((topic) => [topic.id, topic.checklist.map((step) => step.id)]);

describe('the built-in content packs', () => {
  it('pass the validator', () => {
    expectValid(zhJson, 'content/zh-CN.json');
    expectValid(enJson, 'content/en.json');
  });

  it('declare their own languages', () => {
    expect(zh.lang).to.equal('zh-CN');
    expect(en.lang).to.equal('en');
  });

  it('have the same topics, in the same order, in both languages', () => {
    expect(en.topics.map((topic) => topic.id)).to.deep.equal(zh.topics.map((topic) => topic.id));
  });

  it('keep checklist step ids identical across languages so saved progress carries over', () => {
    expect(stepIds(en)).to.deep.equal(stepIds(zh));
  });

  it('map the same error codes and related topics in both languages', () => {
    const links = (pack: ContentPack) => pack.topics.map((topic) => [topic.id, topic.errorCodes, topic.related]);
    expect(links(en)).to.deep.equal(links(zh));
  });

  it('have the same causes and the same shape of text in both languages', () => {
    expect(en.causes.items.map((cause) => cause.id)).to.deep.equal(zh.causes.items.map((cause) => cause.id));
    expect(en.intro.paragraphs).to.have.length(zh.intro.paragraphs.length);
    expect(en.topics.map((topic) => topic.answer.length)).to.deep.equal(zh.topics.map((topic) => topic.answer.length));
  });

  it('link each cause to the same topics in both languages, as search reads them', () => {
    const links = (pack: ContentPack) => pack.causes.items.map((cause) => [cause.id, cause.topics]);
    expect(links(zh)).to.deep.equal([
      ['network', ['transaction-failed', 'login-failed']],
      ['app-update', ['update-issues']],
      ['account-security', ['account-locked', 'security']],
    ]);
    expect(links(en)).to.deep.equal(links(zh));
  });

  it('define the same UI strings in both languages', () => {
    expect(Object.keys(en.ui).sort()).to.deep.equal(Object.keys(zh.ui).sort());
  });

  it('quote each checklist step’s detail from its own answer, in English too', () => {
    for (const pack of [zh, en]) {
      for (const topic of pack.topics) {
        for (const step of topic.checklist) {
          const quoted = topic.answer.some((paragraph) => paragraph.includes(step.detail));
          expect(quoted, `${pack.lang} ${topic.id}/${step.id}`).to.equal(true);
        }
      }
    }
  });

  it('give English searchers the words they actually type', () => {
    for (const topic of en.topics) expect(topic.keywords.length, topic.id).to.be.within(8, 20);
    const keywordsOf = (id: string) => en.topics.find((topic) => topic.id === id)?.keywords ?? [];
    expect(keywordsOf('login-failed')).to.include.members(["can't log in", 'login', 'sign in']);
    expect(keywordsOf('account-locked')).to.include.members(['locked out', 'frozen']);
    expect(keywordsOf('transaction-failed')).to.include.members(['payment failed', 'charged twice']);
    expect(keywordsOf('security')).to.include('hacked');
    expect(keywordsOf('update-issues')).to.include('crash');
    expect(keywordsOf('complaint')).to.include('complaint');
  });

  it('point people to official customer service without inventing contact details', () => {
    for (const pack of [zh, en]) {
      expect(pack.ui.contactAdvice, pack.lang).not.to.match(/\d{3,}|https?:|www\.|@/);
    }
    expect(zh.ui.contactAdvice).to.include('官方渠道');
    expect(en.ui.contactAdvice).to.include('official channels');
  });
});
