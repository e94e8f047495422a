import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import { en, openTopics, panelFor, questionButtons, questionTexts, zh } from './helpers.js';
import twJson from '../../content/zh-TW.json';
import hkJson from '../../content/zh-HK.json';
import type { ContentPack } from '../../src/content/types.js';
import { captureConsole } from '../helpers/console.js';

const tw = twJson as ContentPack;
const hk = hkJson as ContentPack;
const zhQuestions = zh.topics.map((topic) => topic.question);
const enQuestions = en.topics.map((topic) => topic.question);
const showsEnglish = (el: WalletFaq) => () => questionTexts(el).join() === enQuestions.join();
const showsChinese = (el: WalletFaq) => () => questionTexts(el).join() === zhQuestions.join();
const baseLang = (el: WalletFaq) => el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang');

/** Runs `check` as if the browser's languages were `languages`. */
async function withLanguages(languages: string[], check: () => Promise<void>) {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  Object.defineProperty(navigator, 'language', { configurable: true, get: () => languages[0] });
  try {
    await check();
  } finally {
    delete (navigator as { languages?: unknown }).languages;
    delete (navigator as { language?: unknown }).language;
  }
}

async function showsChineseNow() {
  const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
  await el.updateComplete;
  expect(questionTexts(el)).to.deep.equal(zhQuestions);
}

describe('<wallet-faq> language', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'zh-CN');
  });
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('never renders blank: the questions are there on the first render, whatever the language', async () => {
    const el = await fixture<WalletFaq>(html`<wallet-faq lang="en"></wallet-faq>`);
    expect(questionTexts(el)).to.have.length(6);
    await waitUntil(showsEnglish(el), 'English questions');
  });

  it('shows the questions in English with lang="en", marked as English', async () => {
    const el = await fixture<WalletFaq>(html`<wallet-faq lang="en-GB"></wallet-faq>`);
    await waitUntil(showsEnglish(el), 'English questions');
    expect(baseLang(el)).to.equal('en');
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('aria-label')).to.equal(en.ui.faqLabel);
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe in English, with an answer open (${theme})`, async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq lang="en" theme=${theme} expand="first"></wallet-faq>`);
      await waitUntil(showsEnglish(el), 'English questions');
      await expect(el).to.be.accessible();
    });
  }

  it('shows the empty state in English', async () => {
    await captureConsole('warn', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq lang="en" topics="nope"></wallet-faq>`);
      await waitUntil(() => el.shadowRoot!.textContent!.includes(en.ui.faqEmpty), 'English empty state');
      expect(el.shadowRoot!.textContent).to.include(en.ui.contactAdvice);
    });
  });

  it('switches language when its lang attribute changes, keeping open answers open', async () => {
    const el = await fixture<WalletFaq>(html`<wallet-faq expand="first"></wallet-faq>`);
    expect(questionTexts(el)).to.deep.equal(zhQuestions);
    el.lang = 'en';
    await waitUntil(showsEnglish(el), 'English after lang="en"');
    expect(openTopics(el)).to.deep.equal(['login-failed']);
    el.setAttribute('lang', 'zh-Hans');
    await waitUntil(showsChinese(el), 'Chinese after lang="zh-Hans"');
    expect(baseLang(el)).to.equal('zh-CN');
  });

  it('follows <html lang> when it changes', async () => {
    const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
    expect(questionTexts(el)).to.deep.equal(zhQuestions);
    document.documentElement.setAttribute('lang', 'en-US');
    await waitUntil(showsEnglish(el), 'English after <html lang="en-US">');
    document.documentElement.setAttribute('lang', 'zh');
    await waitUntil(showsChinese(el), 'Chinese after <html lang="zh">');
  });

  it('follows the nearest ancestor’s lang, and its changes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><p><wallet-faq></wallet-faq></p></div>`);
    const el = wrapper.querySelector('wallet-faq')!;
    await waitUntil(showsEnglish(el), 'English from the ancestor');
    wrapper.lang = 'zh-CN';
    await waitUntil(showsChinese(el), 'Chinese after the ancestor changed');
  });

  it('prefers its own lang over an ancestor’s', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><wallet-faq lang="zh-CN"></wallet-faq></div>`);
    const el = wrapper.querySelector('wallet-faq')!;
    await el.updateComplete;
    expect(questionTexts(el)).to.deep.equal(zhQuestions);
  });

  it('follows lang across a shadow root, to the host and inside it', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('section');
    const el = document.createElement('wallet-faq');
    inner.append(el);
    root.append(inner);
    await waitUntil(showsEnglish(el), 'English from the shadow host');
    inner.setAttribute('lang', 'zh-CN');
    await waitUntil(showsChinese(el), 'Chinese after a lang change inside the shadow root');
  });

  it('reads the browser’s languages when no lang is set anywhere', async () => {
    document.documentElement.removeAttribute('lang');
    await withLanguages(['en-AU', 'zh-CN'], async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      await waitUntil(showsEnglish(el), 'English from navigator.languages');
    });
    // Until issue 15 a zh-TW browser read the Simplified guide; now it reads Taiwan's.
    await withLanguages(['zh-TW', 'en'], async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      await waitUntil(() => questionTexts(el).join() === tw.topics.map((topic) => topic.question).join(), 'zh-TW from navigator.languages');
    });
    await withLanguages(['fr', 'zh-HK', 'en'], async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      await waitUntil(() => questionTexts(el).join() === hk.topics.map((topic) => topic.question).join(), 'zh-HK from navigator.languages');
    });
  });

  it('skips browser languages it has no pack for: fr-FR, en-US reads English', async () => {
    document.documentElement.removeAttribute('lang');
    await withLanguages(['fr-FR', 'en-US'], async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      await waitUntil(showsEnglish(el), 'English, the first browser language with a pack');
    });
    await withLanguages(['fr-FR', 'de'], showsChineseNow);
  });

  it('reads an unsupported language as Chinese, the guide’s own language', async () => {
    const el = await fixture<WalletFaq>(html`<wallet-faq lang="fr"></wallet-faq>`);
    expect(questionTexts(el)).to.deep.equal(zhQuestions);
    expect(baseLang(el)).to.equal('zh-CN');
  });

  for (const [lang, pack, tag] of [
    ['zh-TW', tw, 'zh-TW'],
    ['zh-HK', hk, 'zh-Hant-HK'],
  ] as const) {
    it(`shows the whole guide in ${lang}'s Traditional Chinese with lang="${tag}", marked ${lang}, and passes axe`, async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq lang=${tag} expand="all"></wallet-faq>`);
      const questions = pack.topics.map((topic) => topic.question);
      await waitUntil(() => questionTexts(el).join() === questions.join(), `${lang} questions`);
      expect(baseLang(el)).to.equal(lang);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label')).to.equal(pack.ui.faqLabel);
      await el.updateComplete;
      for (const [index, topic] of pack.topics.entries()) {
        const answer = panelFor(el, topic.id).textContent!.replace(/\s+/g, '');
        for (const paragraph of topic.answer) expect(answer, `${topic.id} answer`).to.include(paragraph.replace(/\s+/g, ''));
        expect(questionButtons(el)[index]!.getAttribute('aria-expanded')).to.equal('true');
      }
      await expect(el).to.be.accessible();
    });
  }
});
