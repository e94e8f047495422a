import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/wallet-help/wallet-help.js';
import '../../src/components/wallet-faq/wallet-faq.js';
import '../../src/components/wallet-checklist/wallet-checklist.js';
import type { WalletHelp } from '../../src/components/wallet-help/wallet-help.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletHelpErrorDetail } from '../../src/internal/events.js';
import { clearVendorContent } from '../../src/internal/packs.js';
import zhJson from '../../content/zh-CN.json';
import hkJson from '../../content/zh-HK.json';
import twJson from '../../content/zh-TW.json';
import { loadPack } from '../../src/internal/packs.js';
import { searchSibling } from '../../src/internal/search-engine.js';
import type { ContentPack } from '../../src/content/types.js';
import { cardBindingTopic } from '../content/vendor-topic.js';
import { captureConsole } from '../helpers/console.js';

const zh = zhJson as ContentPack;
const questions = (faq: WalletFaq) => [...faq.shadowRoot!.querySelectorAll('[part~="button"]')].map((button) => button.textContent!.trim());

/** Replaces console.error with a recorder until `restore()`. */

async function page(template = html`<wallet-help launcher="none"></wallet-help>`) {
  const container = await fixture<HTMLDivElement>(html`<div>${template}<wallet-faq></wallet-faq></div>`);
  const help = container.querySelector('wallet-help') as WalletHelp;
  const faq = container.querySelector('wallet-faq') as WalletFaq;
  await Promise.all([help.updateComplete, faq.updateComplete]);
  return { help, faq };
}

describe('vendor content', () => {
  beforeEach(() => document.documentElement.setAttribute('lang', 'zh-CN'));
  afterEach(() => {
    clearVendorContent();
    document.documentElement.removeAttribute('lang');
  });

  it('overrides a question and adds a topic for every element on the page', async () => {
    const { help, faq } = await page();
    help.content = {
      lang: 'zh-CN',
      topics: [
        { id: 'security', question: '怎样让示例钱包更安全？' },
        cardBindingTopic(),
      ],
    };
    await waitUntil(() => questions(faq).includes('怎样让示例钱包更安全？'), 'the FAQ shows the vendor’s question');
    expect(questions(faq)).to.have.length(zh.topics.length + 1);
    expect(questions(faq)[zh.topics.length]).to.equal('银行卡绑定不上怎么办？');
    help.show({ errorCode: 'card_bind_failed' });
    await waitUntil(() => help.shadowRoot!.querySelector('dialog')?.open, 'panel open');
    await help.updateComplete;
    expect(help.shadowRoot!.querySelector('#title')!.textContent!.trim()).to.equal('银行卡绑定不上怎么办？');
    help.hide();
  });

  it('overrides a regional phrase and adds a topic over the zh-HK pack only: zh-TW and zh-CN stay as shipped, search finds it', async () => {
    const hk = hkJson as ContentPack;
    const tw = twJson as ContentPack;
    const container = await fixture<HTMLDivElement>(html`<div>
      <wallet-help launcher="none" lang="zh-HK"></wallet-help>
      <wallet-faq lang="zh-HK" searchable></wallet-faq>
      <wallet-faq lang="zh-TW"></wallet-faq>
      <wallet-faq lang="zh-CN"></wallet-faq>
    </div>`);
    const help = container.querySelector('wallet-help') as WalletHelp;
    const [hkFaq, twFaq, zhFaq] = [...container.querySelectorAll('wallet-faq')] as [WalletFaq, WalletFaq, WalletFaq];
    await Promise.all([loadPack('zh-HK'), loadPack('zh-TW'), searchSibling.load()]);
    help.content = {
      lang: 'zh-HK',
      // The vendor's own word for its wallet and its top-up, in Hong Kong's words.
      topics: [
        { id: 'transaction-failed', question: '示範錢包俾錢或者增值唔成功，點算？' },
        {
          ...cardBindingTopic(),
          question: '綁定唔到銀行卡點算？',
          answer: ['請確認銀行卡冇掛失，預留手機號碼正確，然後重新綁定。'],
          keywords: ['綁卡', '綁唔到卡'],
          checklist: [
            { id: 'check-card', text: '確認銀行卡冇掛失', detail: '請確認銀行卡冇掛失' },
            { id: 'check-phone', text: '核對預留手機號碼', detail: '預留手機號碼正確' },
            { id: 'retry', text: '重新綁定', detail: '然後重新綁定。' },
          ],
        },
      ],
      ui: { faqLabel: '示範錢包常見問題' },
    };
    await waitUntil(() => questions(hkFaq).includes('示範錢包俾錢或者增值唔成功，點算？'), 'the zh-HK FAQ shows the vendor’s phrase');
    expect(questions(hkFaq)).to.have.length(hk.topics.length + 1);
    expect(hkFaq.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label')).to.equal('示範錢包常見問題');
    await waitUntil(() => questions(twFaq).join() === tw.topics.map((topic) => topic.question).join(), 'the zh-TW FAQ as shipped');
    expect(questions(zhFaq)).to.deep.equal(zh.topics.map((topic) => topic.question));

    const field = hkFaq.shadowRoot!.querySelector('input')!;
    field.value = '綁唔到張卡';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await waitUntil(() => questions(hkFaq)[0] === '綁定唔到銀行卡點算？', 'the vendor topic found by a Cantonese query');

    help.show({ errorCode: 'card_bind_failed' });
    await waitUntil(() => help.shadowRoot!.querySelector('dialog')?.open, 'panel open');
    await waitUntil(() => help.shadowRoot!.querySelector('#title')?.textContent?.trim() === '綁定唔到銀行卡點算？', 'the vendor topic in zh-HK');
    help.hide();
  });

  it('opens a vendor topic with the id "home" on that topic, not on the help home', async () => {
    const { help, faq } = await page();
    help.content = { lang: 'zh-CN', topics: [{ ...cardBindingTopic(), id: 'home', errorCodes: [] }] };
    await waitUntil(() => questions(faq).includes('银行卡绑定不上怎么办？'), 'the vendor’s topic is in');
    help.show({ topic: 'home' });
    await waitUntil(() => help.shadowRoot!.querySelector('dialog')?.open, 'panel open');
    await waitUntil(() => help.shadowRoot!.querySelector('#title')?.textContent?.trim() === '银行卡绑定不上怎么办？', 'the vendor’s topic');
    expect(help.shadowRoot!.querySelector('wallet-checklist')?.getAttribute('topic')).to.equal('home');
    help.hide();
  });

  it('shows a Chinese pack’s ASCII punctuation full-width; Latin text stays, ids and error codes still work', async () => {
    const { help, faq } = await page();
    help.content = {
      lang: 'zh-CN',
      topics: [
        {
          id: 'card-binding',
          question: '银行卡绑定不上,怎么办?',
          answer: ['请确认银行卡状态正常(未挂失),然后在 app 里重新绑定:先更新到4.5版本。'],
          keywords: ['绑卡'],
          checklist: [
            { id: 'check-card', text: '确认银行卡没有挂失', detail: '请确认银行卡状态正常!' },
            { id: 'check-phone', text: '核对预留手机号;如有变更,先去银行修改', detail: '预留手机号必须正确。' },
            { id: 'retry', text: '重新绑定', detail: '然后重新绑定。' },
          ],
          errorCodes: ['card_bind_failed'],
          related: ['transaction-failed'],
        },
      ],
      ui: { helpTitle: '帮助中心:示例钱包' },
    };
    await waitUntil(() => questions(faq).includes('银行卡绑定不上，怎么办？'), 'the FAQ shows the question full-width');
    const title = () => help.shadowRoot!.querySelector('#title')?.textContent?.trim();
    help.show();
    await waitUntil(() => title() === '帮助中心：示例钱包', 'the panel’s title (a ui string) full-width');
    help.show({ errorCode: 'card_bind_failed' });
    await waitUntil(() => title() === '银行卡绑定不上，怎么办？', 'the error code opens the topic, its question full-width');
    expect(help.shadowRoot!.textContent).to.include('请确认银行卡状态正常（未挂失），然后在 app 里重新绑定：先更新到4.5版本。');
    help.hide();

    const checklist = document.createElement('wallet-checklist');
    checklist.setAttribute('topic', 'card-binding');
    faq.after(checklist);
    await waitUntil(() => checklist.shadowRoot?.textContent?.includes('核对预留手机号；如有变更，先去银行修改'), 'the checklist’s step full-width');
    expect(checklist.shadowRoot!.textContent).to.include('请确认银行卡状态正常！');
    // The FAQ's answers render when opened.
    faq.expandAll();
    await faq.updateComplete;
    const shown = [help, faq, checklist].map((element) => element.shadowRoot!.textContent).join('');
    expect(shown).not.to.match(/\p{Script=Han}[,:;?!()]|[,:;?!()]\p{Script=Han}/u);
    checklist.remove(); // before afterEach takes the topic away again
  });

  it('rejects a broken pack: wallet-help-error with the path, one console.error, the built-in guide stays', async () => {
    await captureConsole('error', async (errors) => {
      const { help, faq } = await page();
      const failed = oneEvent(help, 'wallet-help-error');
      help.content = { topics: [{ id: 'new-topic', question: '没有答案的问题？' }] };
      expect((await failed).detail).to.deep.equal({ reason: 'invalid-content', path: 'topics[0].answer' } satisfies WalletHelpErrorDetail);
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.include('topics[0].answer').and.include('topics[0].checklist');
      expect(questions(faq)).to.deep.equal(zh.topics.map((topic) => topic.question));
    });
  });

  it('names a related topic that does not exist, and a pack for another language', async () => {
    await captureConsole('error', async () => {
      const { help } = await page();
      let failed = oneEvent(help, 'wallet-help-error');
      help.content = { topics: [{ id: 'security', related: ['nope'] }] };
      expect((await failed).detail.path).to.equal('topics[0].related[0]');
      failed = oneEvent(help, 'wallet-help-error');
      help.content = [{ lang: 'en', title: 'Help' }, { lang: 'fr', title: 'Aide' }];
      expect((await failed).detail).to.deep.equal({ reason: 'invalid-content', path: '[1].lang' });
    });
  });

  it('fetches content-src once and applies it', async () => {
    const { help, faq } = await page(html`<wallet-help launcher="none" content-src="/test/fixtures/vendor/vendor-zh.json"></wallet-help>`);
    await waitUntil(() => questions(faq)[0] === '为什么我登录不了示例钱包？', 'the vendor’s question', { timeout: 5000 });
    expect(questions(faq)).to.include('银行卡绑定不上怎么办？');
    expect(help.contentSrc).to.equal('/test/fixtures/vendor/vendor-zh.json');
  });

  for (const [what, url, reason] of [
    ['a content-src that fails', '/test/fixtures/vendor/missing.json', 'fetch-failed'],
    ['a content-src that is not JSON', '/test/fixtures/vendor/not-json.json', 'invalid-json'],
  ] as const) {
    it(`keeps the built-in guide on ${what}`, async () => {
      await captureConsole('error', async (errors) => {
        const container = await fixture<HTMLDivElement>(html`<div><wallet-faq></wallet-faq></div>`);
        const help = document.createElement('wallet-help');
        help.setAttribute('launcher', 'none');
        const failed = oneEvent(help, 'wallet-help-error');
        help.setAttribute('content-src', url);
        container.append(help);
        expect((await failed).detail).to.deep.equal({ reason, path: url });
        expect(errors.messages).to.have.length(1);
        const faq = container.querySelector('wallet-faq') as WalletFaq;
        expect(questions(faq)).to.deep.equal(zh.topics.map((topic) => topic.question));
      });
    });
  }
});
