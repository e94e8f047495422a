import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import { clearVendorContent, loadAllPacks } from '../../src/internal/packs.js';
import { searchSibling } from '../../src/internal/search-engine.js';
import { applyVendorContent } from '../../src/internal/vendor-content.js';
import { cardBindingTopic } from '../content/vendor-topic.js';
import { questionButtons, zh } from './helpers.js';

/**
 * A vendor pack of `count` topics, valid (each its own ids and error code). With `frozen`, every
 * 20th question is about a frozen account instead of a bank card (a search that finds some dozens).
 */
const longPack = (count: number, frozen = false) => ({
  lang: 'zh-CN',
  topics: Array.from({ length: count }, (_, at) => {
    const topic = cardBindingTopic();
    return {
      ...topic,
      id: `topic-${at + 1}`,
      question: `第 ${at + 1} 个问题：${frozen && (at + 1) % 20 === 0 ? '账户被冻结了怎么办？' : topic.question}`,
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

// A large vendor's list: a search shows its first rows in the keystroke's frame and the rest right
// after; the count, the keys and axe see every match.
describe('<wallet-faq searchable> with 1,000 vendor topics', () => {
  const part = (el: WalletFaq, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
  /** The count the status line tells (找到 N 个答案). */
  const count = (el: WalletFaq) => Number(/\d+/.exec(part(el, 'search-status').textContent!)?.[0]);
  const focused = (el: WalletFaq) => el.shadowRoot!.activeElement;

  /** Puts `text` in the box as an input method commits it, and waits for the keystroke's render. */
  async function commit(el: WalletFaq, text: string) {
    const field = part(el, 'search-input') as HTMLInputElement;
    field.focus();
    field.value = text;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
    await el.updateComplete;
  }

  async function searchableFaq() {
    const el = await fixture<WalletFaq>(html`<wallet-faq searchable></wallet-faq>`);
    await Promise.all([searchSibling.load(), loadAllPacks()]);
    await el.updateComplete;
    return el;
  }

  before(async function () {
    this.timeout(60_000);
    document.documentElement.setAttribute('lang', 'zh-CN');
    expect(await applyVendorContent(longPack(1000, true), document, 'test')).to.equal(true);
  });
  after(() => {
    clearVendorContent();
    document.documentElement.removeAttribute('lang');
  });

  it('shows every match of a search that finds nearly all of them, and every question once it is cleared', async function () {
    this.timeout(60_000);
    const el = await searchableFaq();
    expect(questionButtons(el)).to.have.length(zh.topics.length + 1000);
    await commit(el, '银行卡');
    const found = count(el);
    expect(found, 'the status counts the 950 bank-card questions').to.be.at.least(950);
    expect(questionButtons(el).length, 'some rows at once').to.be.within(1, found);
    await waitUntil(() => questionButtons(el).length === found, 'every match is shown', { timeout: 20_000 });
    expect(new Set(questionButtons(el).map((button) => button.id)).size, 'each match once').to.equal(found);
    await commit(el, '');
    expect(part(el, 'search-status').textContent).to.equal('');
    await waitUntil(() => questionButtons(el).length === zh.topics.length + 1000, 'every question is back', { timeout: 20_000 });
    expect(questionButtons(el).at(-1)!.id).to.equal('wallet-faq-topic-1000');
  });

  it('reaches the first match with ↓ and the last with End right after the keystroke, and passes axe', async function () {
    this.timeout(60_000);
    const el = await searchableFaq();
    await commit(el, '冻结');
    const found = count(el);
    expect(found, 'the 50 frozen-account questions, and the guide\'s').to.be.within(50, 100);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el), 'the first match').to.equal(questionButtons(el)[0]);
    await sendKeys({ press: 'End' });
    expect(questionButtons(el), 'End shows the rest first').to.have.length(found);
    expect(focused(el), 'the last match').to.equal(questionButtons(el).at(-1));
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el), 'wraps around to the first').to.equal(questionButtons(el)[0]);
    await expect(el).to.be.accessible();
  });

  it('opens and scrolls to a match named in the hash while the list is still coming in', async function () {
    this.timeout(60_000);
    const el = await searchableFaq();
    await commit(el, '冻结');
    location.hash = '#wallet-faq-topic-1000';
    const button = () => el.shadowRoot!.getElementById('wallet-faq-topic-1000');
    await waitUntil(() => button()?.getAttribute('aria-expanded') === 'true', 'the hash opened the last match');
    await waitUntil(() => {
      const box = button()!.getBoundingClientRect();
      return box.height > 0 && box.top >= -1 && box.top < innerHeight;
    }, 'the question scrolled into view');
    history.replaceState(null, '', location.pathname + location.search);
    window.scrollTo(0, 0);
  });
});
