import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import { clearVendorContent } from '../../src/internal/packs.js';
import { applyVendorContent } from '../../src/internal/vendor-content.js';
import { cardBindingTopic } from '../content/vendor-topic.js';
import { questionButtons, zh } from './helpers.js';

/** A vendor pack of `count` topics, valid (each its own ids and error code). */
const longPack = (count: number) => ({
  lang: 'zh-CN',
  topics: Array.from({ length: count }, (_, at) => {
    const topic = cardBindingTopic();
    return {
      ...topic,
      id: `topic-${at + 1}`,
      question: `第 ${at + 1} 个问题：${topic.question}`,
      checklist: topic.checklist.map((step) => ({ ...step, id: `${step.id}-${at + 1}` })),
      errorCodes: [`code_${at + 1}`],
    };
  }),
});

// A vendor's long list: every question rendered (answers only when opened), reachable by links and keys.
describe('<wallet-faq> with a long vendor list', () => {
  const clearHash = () => history.replaceState(null, '', location.pathname + location.search);
  before(async () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    expect(await applyVendorContent(longPack(120), document, 'test')).to.equal(true);
  });
  after(() => {
    clearVendorContent();
    document.documentElement.removeAttribute('lang');
  });
  afterEach(clearHash);

  it('shows every question, in order, with no answer built until opened, and passes axe', async function () {
    // axe checks some 2,000 nodes here: WebKit needs more than mocha's default 10 s on a busy machine.
    this.timeout(60_000);
    const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
    const buttons = questionButtons(el);
    expect(buttons).to.have.length(zh.topics.length + 120);
    expect(buttons.at(-1)!.textContent!.trim()).to.equal('第 120 个问题：银行卡绑定不上怎么办？');
    expect(el.shadowRoot!.querySelectorAll('[part~="answer"]'), 'closed answers are not built').to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('opens and scrolls to a question far down the list named in the hash', async () => {
    const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
    location.hash = '#wallet-faq-topic-110';
    const button = () => el.shadowRoot!.getElementById('wallet-faq-topic-110')!;
    await waitUntil(() => button().getAttribute('aria-expanded') === 'true', 'the hash opened the question');
    await waitUntil(() => {
      const box = button().getBoundingClientRect();
      return box.height > 0 && box.top >= -1 && box.top < innerHeight;
    }, 'the question scrolled into view');
    window.scrollTo(0, 0);
  });

  it('moves focus to the last question with End and wraps to the first with ArrowDown', async () => {
    const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
    questionButtons(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('wallet-faq-topic-120');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement!.id).to.equal(`wallet-faq-${zh.topics[0]!.id}`);
    window.scrollTo(0, 0);
  });
});
