// A large vendor's help centre: 1,000 topics of its own in each language, given to the widget by
// content-src and by configure({ content }), as issue 14's long-content benchmark (bench/faq-long)
// has them. With the limits before (a million characters, 512 KB) the English half was refused.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/wallet-help/wallet-help.js';
import '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import { clearVendorContent } from '../../src/internal/packs.js';
import { applyVendorContent } from '../../src/internal/vendor-content.js';
import { captureConsole } from '../helpers/console.js';
import { en, questionButtons, zh } from '../wallet-faq/helpers.js';

const TOPICS = 1000;

/** Topic `n` of the help centre in `lang`, about as long as the guide's own (some 1,700 characters in English). */
function topic(n: number, lang: 'en' | 'zh-CN') {
  const english = lang === 'en';
  const say = (text: string, chinese: string) => (english ? `${text} (${n})` : `${chinese}（${n}）`);
  const long = (text: string, chinese: string) => say(text, chinese).repeat(3);
  return {
    id: `centre-${n}`,
    question: say('Why was my transfer to a saved payee held for review?', '转账给常用收款人为什么被暂缓审核？'),
    answer: [
      long('Transfers to a saved payee are held when the amount, the device or the place differs from what the account usually does. ', '当金额、设备或地点与账户平时的习惯不同时，转账会被暂缓审核。'),
      long('Review ends within two hours on working days; the money stays in your balance until then and nothing is charged twice. ', '工作日两小时内审核完毕，在此之前资金留在余额中，不会重复扣款。'),
    ],
    keywords: [say('held transfer', '转账暂缓')],
    checklist: [1, 2, 3].map((step) => ({
      id: `centre-${n}-step-${step}`,
      text: say(`Step ${step}: check the transfer's status`, `第 ${step} 步：查看转账状态`),
      detail: long('Open the transfer in your history and read the line under its amount. ', '在记录中打开这笔转账，查看金额下方的说明。'),
    })),
    errorCodes: [`CENTRE_${n}`],
    related: ['transaction-failed'],
  };
}

const helpCentre = (lang: 'en' | 'zh-CN') => ({ lang, topics: Array.from({ length: TOPICS }, (_, at) => topic(at + 1, lang)) });

describe('a help centre of 1,000 topics in each language', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
    clearVendorContent();
  });

  it('loads from content-src (both languages in one file, 3.7 MB) and every question shows in both FAQs', async function () {
    this.timeout(60_000);
    const body = JSON.stringify([helpCentre('zh-CN'), helpCentre('en')]);
    expect(new Blob([body]).size, 'bytes: over the old limit of 512 KB').to.be.above(3_500_000);
    expect(body.length, 'over the old limit of a million characters').to.be.above(2_500_000);
    window.fetch = async () => new Response(body, { headers: { 'content-type': 'application/json' } });
    const errors = await captureConsole('error', async () => {
      const help = document.createElement('wallet-help');
      help.setAttribute('launcher', 'none');
      help.setAttribute('content-src', '/help-centre.json');
      document.body.append(help);
      const chinese = await fixture<WalletFaq>(html`<wallet-faq lang="zh-CN"></wallet-faq>`);
      const english = await fixture<WalletFaq>(html`<wallet-faq lang="en"></wallet-faq>`);
      await waitUntil(() => questionButtons(chinese).length === zh.topics.length + TOPICS, 'the Chinese help centre shows', { timeout: 30_000 });
      await waitUntil(() => questionButtons(english).length === en.topics.length + TOPICS, 'the English help centre shows', { timeout: 30_000 });
      expect(questionButtons(english).at(-1)!.textContent!.trim()).to.equal(`Why was my transfer to a saved payee held for review? (${TOPICS})`);
      expect(questionButtons(chinese).at(-1)!.textContent!.trim()).to.equal(`转账给常用收款人为什么被暂缓审核？（${TOPICS}）`);
      help.remove();
    });
    expect(errors.messages).to.deep.equal([]);
  });

  it('loads the English one through configure({ content }), 1.9 million characters', async () => {
    const pack = helpCentre('en');
    expect(JSON.stringify(pack).length).to.be.above(1_000_000);
    expect(await applyVendorContent(pack, document, 'WalletHelp.configure({ content })')).to.equal(true);
    const el = await fixture<WalletFaq>(html`<wallet-faq lang="en"></wallet-faq>`);
    expect(questionButtons(el)).to.have.length(en.topics.length + TOPICS);
  });

  it('refuses content over four million characters with one message, and the guide stays', async () => {
    const pack = { lang: 'en', topics: Array.from({ length: 2 * TOPICS + 200 }, (_, at) => topic(at + 1, 'en')) };
    expect(JSON.stringify(pack).length).to.be.above(4_000_000);
    const errors = await captureConsole('error', async () => {
      expect(await applyVendorContent(pack, document, 'WalletHelp.configure({ content })')).to.equal(false);
    });
    expect(errors.messages).to.have.length(1);
    expect(errors.messages[0]).to.contain('could not be read as data');
    const el = await fixture<WalletFaq>(html`<wallet-faq lang="en"></wallet-faq>`);
    expect(questionButtons(el)).to.have.length(en.topics.length);
  });
});
