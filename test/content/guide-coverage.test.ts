// The Chinese pack is the guide itself: every sentence of content/source/guide.zh-CN.txt must
// survive word for word, and nothing invented may pose as the guide's text. The guide separates
// clauses with ASCII , : ? and the pack shows them full-width (，：？), so the two are compared
// with that punctuation narrowed; nothing else may differ.
import { expect } from '@open-wc/testing';
import zhJson from '../../content/zh-CN.json';
import { BUILT_IN_TOPIC_IDS, type ContentPack } from '../../src/content/types.js';

/** The pack files hold the whole guide: its title, introduction and closing too. */
type GuidePack = Required<ContentPack>;
const zh = zhJson as GuidePack;
const TITLE = '如何解决数字钱包异常问题:全面指南与实用技巧';

/** Full-width ，：；？！（） as their ASCII forms: the only difference allowed between pack and guide. */
const narrow = (text: string): string => text.replace(/[，：；？！（）]/g, (mark) => String.fromCharCode(mark.charCodeAt(0) - 0xfee0));

/** An ASCII , : ; ? ! just before or after a Han character. */
const ASCII_BESIDE_HAN = /\p{Script=Han}[,:;?!]|[,:;?!]\p{Script=Han}/u;

/** Non-empty lines, with a question's "1. " numbering dropped (the pack keeps order instead). */
function guideLines(guide: string): string[] {
  return guide
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^\d+\.\s+/, ''))
    .filter((line) => line !== '');
}

/** Splits after 。？！ (or ASCII ?!); a heading line with no end mark is one sentence. */
function sentencesOf(line: string): string[] {
  return (line.match(/[^。？！?!]+[。？！?!]*/g) ?? []).map((sentence) => sentence.trim()).filter(Boolean);
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

const guideTextIn = (pack: GuidePack): string[] => [
  pack.title,
  pack.intro.heading,
  ...pack.intro.paragraphs,
  pack.causes.heading,
  ...pack.causes.items.flatMap((cause) => cause.sentences),
  ...pack.causes.summary!,
  ...pack.topics.flatMap((topic) => [topic.question, ...topic.answer]),
  pack.closing,
];

describe('the zh-CN pack against the guide', () => {
  let lines: string[] = [];

  before(async () => {
    const response = await fetch(new URL('../../content/source/guide.zh-CN.txt', import.meta.url));
    expect(response.ok, 'the guide is served').to.equal(true);
    lines = guideLines(narrow(await response.text()));
  });

  it('contains every sentence of the guide verbatim, punctuation width aside', () => {
    const packStrings = stringsIn(zh).map(narrow);
    const sentences = lines.flatMap(sentencesOf);
    const missing = sentences.filter((sentence) => !packStrings.some((text) => text.includes(sentence)));
    expect(sentences.length, 'sentences found in the guide').to.be.greaterThan(60);
    expect(missing, `sentences missing from zh-CN.json:\n${missing.join('\n')}`).to.deep.equal([]);
  });

  it('quotes only the guide wherever the guide is quoted', () => {
    const guideSentences = new Set(lines.flatMap(sentencesOf));
    const invented = guideTextIn(zh)
      .map(narrow)
      .flatMap(sentencesOf)
      .filter((sentence) => !guideSentences.has(sentence));
    expect(invented, `text not found in the guide:\n${invented.join('\n')}`).to.deep.equal([]);
  });

  it('uses the stray title line as the title and nowhere else', () => {
    expect(lines.filter((line) => line === TITLE), 'title lines in the guide').to.have.length(2);
    expect(zh.title).to.equal('如何解决数字钱包异常问题：全面指南与实用技巧');
    expect(narrow(zh.title)).to.equal(TITLE);
    const elsewhere = stringsIn({ ...zh, title: '' }).filter((text) => narrow(text).includes(TITLE));
    expect(elsewhere).to.deep.equal([]);
  });

  it('keeps the intro heading and its two paragraphs as written', () => {
    expect(zh.intro.heading).to.equal('介绍数字钱包及其重要性');
    expect(zh.intro.paragraphs).to.have.length(2);
    for (const paragraph of zh.intro.paragraphs) expect(lines).to.include(narrow(paragraph));
  });

  it('splits the causes paragraph into the network, app-update and account-security causes', () => {
    expect(zh.causes.heading).to.equal('数字钱包异常的常见原因');
    expect(zh.causes.items.map((cause) => cause.id)).to.deep.equal(['network', 'app-update', 'account-security']);
    const causesParagraph = lines.find((line) => line.startsWith('数字钱包异常的原因多种多样'));
    expect(narrow(zh.causes.items.flatMap((cause) => cause.sentences).join(''))).to.equal(causesParagraph);
    expect(zh.causes.items[0]?.sentences[0]).to.match(/^数字钱包异常的原因多种多样，首先，网络连接不稳定.*引发异常。$/);
    expect(narrow(zh.causes.summary!.join(''))).to.equal(lines.find((line) => line.startsWith('了解这些常见原因')));
  });

  it('lists the six questions in the guide’s order, verbatim and without their numbers', () => {
    const questions = lines.filter((line) => /\?$/.test(line));
    expect(zh.topics.map((topic) => topic.id)).to.deep.equal([...BUILT_IN_TOPIC_IDS]);
    expect(zh.topics.map((topic) => narrow(topic.question))).to.deep.equal(questions);
    expect(zh.topics[0]?.question).to.equal('为什么我的数字钱包无法登录？');
  });

  it('answers each question with the paragraphs that follow it, in order', () => {
    zh.topics.forEach((topic, index) => {
      const start = lines.indexOf(narrow(topic.question)) + 1;
      const next = zh.topics[index + 1];
      const end = next ? lines.indexOf(narrow(next.question)) : lines.indexOf(narrow(zh.closing));
      const paragraphs = lines.slice(start, end).filter((line) => line !== TITLE);
      expect(start, `${topic.id}: question found in the guide`).to.be.greaterThan(0);
      expect(topic.answer.map(narrow), topic.id).to.deep.equal(paragraphs);
    });
  });

  it('ends with the guide’s last paragraph as the closing', () => {
    expect(narrow(zh.closing)).to.equal(lines[lines.length - 1]);
  });

  it('takes every checklist detail word for word from its own topic’s answer', () => {
    for (const topic of zh.topics) {
      for (const step of topic.checklist) {
        expect(topic.answer.some((paragraph) => paragraph.includes(step.detail)), `${topic.id}/${step.id}`).to.equal(true);
        expect(sentencesOf(step.detail), `${topic.id}/${step.id} is one sentence`).to.deep.equal([step.detail]);
      }
    }
  });

  it('covers network, balance, paying account, merchant and not paying twice for a failed transaction', () => {
    const steps = zh.topics.find((topic) => topic.id === 'transaction-failed')?.checklist.map((step) => step.id);
    expect(steps).to.include.members(['check-network', 'check-balance', 'check-payment-account', 'contact-merchant', 'do-not-pay-twice']);
  });

  it('maps exactly the agreed error codes to each topic', () => {
    const codes = Object.fromEntries(zh.topics.map((topic) => [topic.id, topic.errorCodes]));
    expect(codes).to.deep.equal({
      'login-failed': ['invalid_credentials', 'auth_failed', 'login_timeout'],
      'transaction-failed': ['payment_failed', 'insufficient_funds', 'network_error', 'timeout', 'payee_unavailable', 'merchant_error', 'duplicate_payment'],
      'account-locked': ['account_locked', 'account_frozen', 'too_many_attempts', 'verification_required'],
      security: ['suspicious_activity', 'new_device_login'],
      'update-issues': ['app_outdated', 'unsupported_os', 'app_crash'],
      complaint: ['service_unresolved'],
    });
  });

  it('gives every topic 8 to 20 keywords, including the colloquial forms people type', () => {
    for (const topic of zh.topics) expect(topic.keywords.length, topic.id).to.be.within(8, 20);
    const all = zh.topics.flatMap((topic) => topic.keywords).join(' ');
    for (const word of ['登陆', '登不上', '进不去', '封号', '冻结', '闪退', '扣款', '扣钱', '转账失败', '付款失败', '被盗', '盗号', '验证码', '更新后打不开', '卡顿', '投诉', '客服不理']) {
      expect(all, word).to.include(word);
    }
  });
});

describe('the zh-CN pack’s punctuation', () => {
  it('has no ASCII , : ; ? ! beside a Han character in any string, keywords and synonyms included', () => {
    const strings = stringsIn(zh);
    expect(strings.length, 'strings walked').to.be.greaterThan(300);
    const ascii = strings.filter((text) => ASCII_BESIDE_HAN.test(text));
    expect(ascii, `ASCII punctuation beside Chinese:\n${ascii.join('\n')}`).to.deep.equal([]);
  });

  it('leaves Latin words as they are', () => {
    expect(zh.topics.flatMap((topic) => topic.answer).join('')).to.include('若使用的Wi-Fi或移动数据').and.include('公共Wi-Fi环境');
  });
});
