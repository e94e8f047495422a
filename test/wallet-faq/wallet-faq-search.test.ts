import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletHelpSearchDetail } from '../../src/internal/events.js';
import { loadPack } from '../../src/internal/packs.js';
import twJson from '../../content/zh-TW.json';
import hkJson from '../../content/zh-HK.json';
import { searchSibling } from '../../src/internal/search-engine.js';
import { fakeTimers } from '../helpers/clock.js';
import { en, questionButtons, zh } from './helpers.js';

const THEMES = ['light', 'dark'] as const;
const question = (pack: typeof zh, id: string) => pack.topics.find((topic) => topic.id === id)!.question;

const part = (el: WalletFaq, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const input = (el: WalletFaq) => part(el, 'search-input') as HTMLInputElement;
const status = (el: WalletFaq) => part(el, 'search-status')!.textContent!.trim();
/** The questions shown, without the snippet under them. */
const shownQuestions = (el: WalletFaq) => questionButtons(el).map((button) => button.textContent!.trim());
const marksIn = (node: Element) => [...node.querySelectorAll('mark')].map((mark) => mark.textContent);

const tw = twJson as typeof zh;
const hk = hkJson as typeof zh;

/**
 * A searchable FAQ with search and the packs a zh-CN page has loaded at idle (zh-CN and English), or
 * those of `also` (a Traditional page's own pack) too.
 */
async function searchableFaq(template = html`<wallet-faq searchable></wallet-faq>`, also: ('zh-TW' | 'zh-HK')[] = []) {
  const el = await fixture<WalletFaq>(template);
  await Promise.all([searchSibling.load(), loadPack('en'), ...also.map(loadPack)]);
  await el.updateComplete;
  return el;
}

/**
 * Types `text` into the search box the way the browser's keyboard does. (WebKitWebDriver drops the
 * second of two equal keys in a row, so typed texts here have none: "crash", not "app".)
 */
async function type(el: WalletFaq, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Puts `text` in the box as an input method commits it (sendKeys cannot type every script in every engine). */
async function commit(el: WalletFaq, text: string) {
  const field = input(el);
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  await el.updateComplete;
}

describe('<wallet-faq searchable>', () => {
  beforeEach(() => document.documentElement.setAttribute('lang', 'zh-CN'));
  afterEach(() => document.documentElement.removeAttribute('lang'));
  /** Fake timers, for the tests of what waits 800 ms; restored after each test. */
  let clock: ReturnType<typeof fakeTimers> | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  it('has no search box unless searchable is set', async () => {
    const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
    expect(part(el, 'search')).to.equal(null);
  });

  it('shows a labelled search box above the questions, and every question until the user types', async () => {
    const el = await searchableFaq();
    const box = part(el, 'search')!;
    expect(box.getAttribute('role')).to.equal('search');
    const label = box.querySelector('label')!;
    expect(label.textContent!.trim()).to.equal(zh.ui.searchLabel);
    expect(label.htmlFor).to.equal(input(el).id);
    expect(input(el).type).to.equal('search');
    expect(input(el).placeholder).to.equal(zh.ui.searchPlaceholder);
    expect(box.compareDocumentPosition(questionButtons(el)[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(shownQuestions(el)).to.deep.equal(zh.topics.map((topic) => topic.question));
    expect(part(el, 'search-status')!.getAttribute('role')).to.equal('status');
    expect(status(el)).to.equal('');
  });

  it('puts the login question first for 密码对的登不上, with the matched word marked', async () => {
    const el = await searchableFaq();
    await commit(el, '密码对的登不上');
    expect(shownQuestions(el)[0]).to.equal(question(zh, 'login-failed'));
    expect(marksIn(questionButtons(el)[0]!)).to.include('登录');
    expect(shownQuestions(el).length).to.be.below(zh.topics.length + 1);
  });

  it('filters and orders as the user types, key by key', async () => {
    const el = await searchableFaq();
    await type(el, 'crash');
    expect(input(el).value).to.equal('crash');
    expect(shownQuestions(el)[0]).to.equal(question(zh, 'update-issues'));
    await type(el, ' locked');
    expect(el.query).to.equal('crash locked');
    expect(shownQuestions(el)).to.include(question(zh, 'account-locked'));
  });

  it('finds Traditional and English queries, and shows the results in the widget’s language', async () => {
    const el = await searchableFaq();
    await commit(el, '帳戶被鎖了');
    expect(shownQuestions(el)[0]).to.equal(question(zh, 'account-locked'));
    await commit(el, 'can’t unlock my account');
    expect(shownQuestions(el)[0]).to.equal(question(zh, 'account-locked'));
    const english = await searchableFaq(html`<wallet-faq searchable lang="en"></wallet-faq>`);
    await waitUntil(() => shownQuestions(english)[0] === en.topics[0]!.question, 'English pack shown');
    await commit(english, '登不上');
    expect(shownQuestions(english)[0]).to.equal(question(en, 'login-failed'));
  });

  it('finds Cantonese, Hong Kong and Simplified queries in a zh-HK FAQ, shown and marked in Hong Kong’s words', async () => {
    const el = await searchableFaq(html`<wallet-faq searchable lang="zh-HK"></wallet-faq>`, ['zh-HK']);
    await waitUntil(() => shownQuestions(el)[0] === hk.topics[0]!.question, 'zh-HK pack shown');
    await commit(el, '登入唔到點算');
    expect(shownQuestions(el)[0]).to.equal(question(hk, 'login-failed'));
    await commit(el, '俾錢俾唔到');
    expect(shownQuestions(el)[0]).to.equal(question(hk, 'transaction-failed'));
    await commit(el, '賬戶凍結咗');
    expect(shownQuestions(el)[0]).to.equal(question(hk, 'account-locked'));
    await commit(el, '账号被锁了');
    expect(shownQuestions(el)[0], 'a Simplified query').to.equal(question(hk, 'account-locked'));
    expect(marksIn(el.shadowRoot!.querySelector('[part~="item"]')!).join(''), 'Traditional text marked').to.match(/[賬鎖]/);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('zh-HK');
  });

  it('finds Taiwanese words (網路, 軟體, 簡訊, 登入) in a zh-TW FAQ, and its answers in a zh-CN FAQ on the same page', async () => {
    const el = await searchableFaq(html`<wallet-faq searchable lang="zh-TW"></wallet-faq>`, ['zh-TW', 'zh-HK']);
    await waitUntil(() => shownQuestions(el)[0] === tw.topics[0]!.question, 'zh-TW pack shown');
    await commit(el, '收不到簡訊驗證碼');
    expect(shownQuestions(el)[0]).to.equal(question(tw, 'login-failed'));
    await commit(el, '軟體更新後一直閃退');
    expect(shownQuestions(el)[0]).to.equal(question(tw, 'update-issues'));
    await commit(el, '密碼被盜用了');
    expect(shownQuestions(el)[0]).to.equal(question(tw, 'security'));
    // The reverse: a zh-CN FAQ on a page that holds the Traditional packs reads their words too.
    const simplified = await searchableFaq(html`<wallet-faq searchable lang="zh-CN"></wallet-faq>`, ['zh-TW', 'zh-HK']);
    await commit(simplified, '唔見咗錢');
    expect(shownQuestions(simplified)[0]).to.equal(question(zh, 'transaction-failed'));
    await commit(simplified, '帳號被停權');
    expect(shownQuestions(simplified)[0]).to.equal(question(zh, 'account-locked'));
  });

  it('says politely how many answers were found', async () => {
    const el = await searchableFaq();
    await commit(el, '转账失败了钱扣了');
    const count = questionButtons(el).length;
    expect(count).to.be.at.least(1);
    const expected = count === 1 ? zh.ui.searchCountOne : zh.ui.searchCount.replace('{count}', String(count));
    expect(status(el)).to.equal(expected);
    expect(shownQuestions(el)[0]).to.equal(question(zh, 'transaction-failed'));
  });

  it('builds highlights as elements around text, so typed markup stays text', async () => {
    const el = await searchableFaq();
    await commit(el, '<img src=x onerror=alert(1)> 登录');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const [first] = questionButtons(el);
    expect(first!.textContent!.trim()).to.equal(question(zh, 'login-failed'));
    for (const mark of first!.querySelectorAll('mark')) expect(mark.children.length).to.equal(0);
  });

  it('shows the matching sentence under a question the words are not in', async () => {
    const el = await searchableFaq();
    await commit(el, '余额');
    const item = questionButtons(el)[0]!.closest('[part~="item"]')!;
    expect(questionButtons(el)[0]!.textContent!.trim()).to.equal(question(zh, 'transaction-failed'));
    const snippet = item.querySelector('[part~="snippet"]')!;
    expect(snippet, 'snippet').to.not.equal(null);
    expect(marksIn(snippet)).to.include('余额');
  });

  it('marks the matched words in an answer the user opens', async () => {
    const el = await searchableFaq();
    await commit(el, '余额');
    questionButtons(el)[0]!.click();
    await el.updateComplete;
    const panel = part(el, 'panel')!;
    expect(panel.hidden).to.equal(false);
    expect(marksIn(panel)).to.include('余额');
    expect(questionButtons(el)[0]!.closest('[part~="item"]')!.querySelector('[part~="snippet"]')).to.equal(null);
  });

  it('clears with Escape, keeping focus in the box, and lets Escape through when already empty', async () => {
    const el = await searchableFaq();
    await type(el, 'wifi');
    expect(questionButtons(el).length).to.be.below(zh.topics.length);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    expect(el.query).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(questionButtons(el).length).to.equal(zh.topics.length);

    const escaped = oneEvent(el, 'keydown');
    await sendKeys({ press: 'Escape' });
    expect((await escaped).defaultPrevented).to.equal(false);
  });

  it('clears with its clear button, a target of at least 24 px, hidden while empty', async () => {
    const el = await searchableFaq();
    const clear = part(el, 'search-clear') as HTMLButtonElement;
    expect(clear.hidden).to.equal(true);
    await type(el, 'otp');
    expect(clear.hidden).to.equal(false);
    expect(clear.getAttribute('aria-label')).to.equal(zh.ui.searchClear);
    const box = clear.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
    clear.click();
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('moves to the first result with the down arrow', async () => {
    const el = await searchableFaq();
    await type(el, 'refund');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(questionButtons(el)[0]);
  });

  it('leaves Home, End and the up arrow in the box to the field, not to the list of questions', async () => {
    const el = await searchableFaq();
    await type(el, 'refund');
    for (const press of ['Home', 'End', 'ArrowUp']) {
      await sendKeys({ press });
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
    }
    // The clear button's click is its own, not a question's.
    part(el, 'search-clear')!.click();
    await el.updateComplete;
    expect(questionButtons(el).every((button) => button.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });

  it('says honestly when nothing matches, with the guide’s contact advice', async () => {
    const el = await searchableFaq();
    await commit(el, 'qwzx');
    expect(questionButtons(el)).to.have.length(0);
    expect(status(el)).to.equal(zh.ui.searchEmpty.replace('{query}', 'qwzx'));
    expect(part(el, 'empty')!.textContent).to.include(zh.ui.contactAdvice);
  });

  it('finds nothing for a question the guide does not answer, though it shares 怎么 with every topic', async () => {
    const el = await searchableFaq();
    await commit(el, '今天天气怎么样');
    expect(questionButtons(el)).to.have.length(0);
    expect(status(el)).to.equal(zh.ui.searchEmpty.replace('{query}', '今天天气怎么样'));
    expect(part(el, 'empty')!.textContent).to.include(zh.ui.contactAdvice);
  });

  it('searches only the topics it shows', async () => {
    const el = await searchableFaq(html`<wallet-faq searchable topics="security,complaint"></wallet-faq>`);
    await commit(el, '密码');
    expect(shownQuestions(el).every((text) => [question(zh, 'security'), question(zh, 'complaint')].includes(text!))).to.equal(true);
    expect(shownQuestions(el)).to.include(question(zh, 'security'));
  });

  it('waits for a composing input method to commit before searching', async () => {
    const el = await searchableFaq();
    const field = input(el);
    field.focus();
    field.value = 'mima';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true, data: 'mima' }));
    await el.updateComplete;
    expect(questionButtons(el).length).to.equal(zh.topics.length);
    field.value = '密码';
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '密码' }));
    await el.updateComplete;
    expect(el.query).to.equal('密码');
    expect(status(el)).to.not.equal('');
  });

  it('searches for the page when query is set, without telling analytics', async () => {
    const el = await searchableFaq();
    const events: WalletHelpSearchDetail[] = [];
    el.addEventListener('wallet-help-search', (event) => events.push(event.detail));
    clock = fakeTimers();
    el.query = '投诉';
    await el.updateComplete;
    expect(input(el).value).to.equal('投诉');
    expect(shownQuestions(el)[0]).to.equal(question(zh, 'complaint'));
    clock.tick(1000);
    expect(events).to.deep.equal([]);
  });

  describe('the wallet-help-search event', () => {
    it('comes once the user pauses, with the final query and the topics found', async () => {
      const el = await searchableFaq();
      const events: WalletHelpSearchDetail[] = [];
      el.addEventListener('wallet-help-search', (event) => events.push(event.detail));
      clock = fakeTimers();
      await type(el, 'payment failed');
      clock.tick(799);
      expect(events, 'nothing while typing').to.deep.equal([]);
      clock.tick(1);
      expect(events, 'event after the pause').to.have.length(1);
      clock.tick(1000);
      expect(events).to.have.length(1);
      expect(events[0]!.query).to.equal('payment failed');
      expect(events[0]!.results[0]).to.equal('transaction-failed');
      expect(events[0]!.results).to.deep.equal(questionButtons(el).map((button) => button.dataset['topic']));
    });

    it('comes at once on Enter, bubbles out of the element, and not twice for one query', async () => {
      const el = await searchableFaq();
      const events: WalletHelpSearchDetail[] = [];
      const onSearch = (event: CustomEvent<WalletHelpSearchDetail>) => events.push(event.detail);
      document.addEventListener('wallet-help-search', onSearch);
      try {
        clock = fakeTimers();
        await type(el, 'otp');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(events, 'event on Enter').to.have.length(1);
        clock.tick(1000);
        expect(events).to.have.length(1);
        expect(events[0]!.query).to.equal('otp');
      } finally {
        document.removeEventListener('wallet-help-search', onSearch);
      }
    });
  });

  describe('accessibility', () => {
    for (const theme of THEMES) {
      it(`passes axe empty, with results, with an answer open and with no results (${theme})`, async () => {
        const el = await searchableFaq(html`<wallet-faq searchable theme=${theme}></wallet-faq>`);
        await expect(el).to.be.accessible();
        await commit(el, '余额');
        await expect(el).to.be.accessible();
        questionButtons(el)[0]!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        await commit(el, 'qwzx');
        await expect(el).to.be.accessible();
      });
    }
  });
});
