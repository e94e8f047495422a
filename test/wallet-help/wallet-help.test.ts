import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/wallet-help/wallet-help.js';
import type { WalletHelp } from '../../src/components/wallet-help/wallet-help.js';
import type { WalletChecklist } from '../../src/components/wallet-checklist/wallet-checklist.js';
import { errorCodeTable } from '../../src/content/error-codes.js';
import { forgetStoredIds } from '../../src/internal/stored-ids.js';
import zhJson from '../../content/zh-CN.json';
import twJson from '../../content/zh-TW.json';
import hkJson from '../../content/zh-HK.json';
import type { ContentPack } from '../../src/content/types.js';
import { captureConsole } from '../helpers/console.js';

const zh = zhJson as ContentPack;
const THEMES = ['light', 'dark'] as const;
const question = (id: string) => zh.topics.find((topic) => topic.id === id)!.question;

const root = (el: WalletHelp) => el.shadowRoot!;
const dialog = (el: WalletHelp) => root(el).querySelector('dialog');
const launcher = (el: WalletHelp) => root(el).querySelector<HTMLButtonElement>('[part~="launcher"]');
const title = (el: WalletHelp) => root(el).querySelector('#title')?.textContent?.trim();
const active = (el: WalletHelp) => root(el).activeElement;
const topicButtons = (el: WalletHelp) => [...root(el).querySelectorAll<HTMLButtonElement>('button.topic')];

async function opened(el: WalletHelp) {
  await waitUntil(() => dialog(el)?.open, 'panel open', { timeout: 5000 });
  await el.updateComplete;
}

async function closed(el: WalletHelp) {
  await waitUntil(() => !dialog(el)?.open && !el.open, 'panel closed', { timeout: 5000 });
}

/** Shift+Tab: held Shift through puppeteer (Chromium); WebDriver's chord of its Shift and Tab keys. */
async function shiftTab() {
  if (/Chrome\//.test(navigator.userAgent)) {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ type: '\uE008\uE004' });
  }
}

/** Presses Tab until `wanted()` has focus (at most 40 times). */
async function tabTo(wanted: () => Element | null | undefined, what: string) {
  for (let presses = 0; presses < 40; presses++) {
    const target = wanted();
    let focus: Element | null = document.activeElement;
    while (focus?.shadowRoot?.activeElement) focus = focus.shadowRoot.activeElement;
    if (target && focus === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('<wallet-help>', () => {
  beforeEach(() => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    localStorage.clear();
    forgetStoredIds();
  });
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    localStorage.clear();
  });

  describe('launcher', () => {
    it('shows a labelled launcher at the bottom end, and nothing of the panel until it is opened', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help></wallet-help>`);
      const button = launcher(el)!;
      expect(button.textContent!.trim()).to.equal(`?${zh.ui.helpLauncher}`);
      expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const box = button.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.right).to.be.closeTo(window.innerWidth - 16, 2);
      expect(dialog(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('sits at the bottom start with launcher="bottom-start", and is absent with launcher="none"', async () => {
      const start = await fixture<WalletHelp>(html`<wallet-help launcher="bottom-start"></wallet-help>`);
      expect(launcher(start)!.getBoundingClientRect().left).to.be.closeTo(16, 2);
      const none = await fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);
      expect(launcher(none)).to.equal(null);
    });
  });

  describe('opening', () => {
    it('opens a modal dialog labelled by its heading on the launcher, with focus in the search box', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help></wallet-help>`);
      const opening = oneEvent(el, 'wallet-help-open');
      launcher(el)!.click();
      await opened(el);
      expect((await opening).detail).to.deep.equal({ topic: undefined, errorCode: undefined, trigger: 'launcher' });
      const panel = dialog(el)!;
      expect(panel.matches(':modal')).to.equal(true);
      expect(panel.getAttribute('aria-labelledby')).to.equal('title');
      expect(title(el)).to.equal(zh.ui.helpTitle);
      expect(active(el)?.id).to.equal('search');
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(launcher(el)!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('opens its launcher on the screen’s error code', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help error-code="payee_unavailable"></wallet-help>`);
      const opening = oneEvent(el, 'wallet-help-open');
      launcher(el)!.click();
      await opened(el);
      expect((await opening).detail).to.deep.equal({ topic: 'transaction-failed', errorCode: 'payee_unavailable', trigger: 'launcher' });
      expect(title(el)).to.equal(question('transaction-failed'));
    });

    it('lists the six topics and the guide’s common causes on the home view', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);
      el.show();
      await opened(el);
      expect(topicButtons(el).map((button) => button.textContent!.trim())).to.deep.equal(zh.topics.map((topic) => topic.question));
      const text = root(el).textContent!;
      expect(text).to.include(zh.causes.heading);
      for (const cause of zh.causes.items) expect(text).to.include(cause.title);
    });

    for (const { code, topic } of errorCodeTable(zh)) {
      it(`opens error code ${code} on ${topic}`, async () => {
        const el = await fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);
        el.show({ errorCode: code });
        await opened(el);
        expect(title(el)).to.equal(question(topic));
      });
    }

    it('opens on the answer, the steps and the contact advice of a topic', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);
      el.show('account-locked');
      await opened(el);
      const text = root(el).textContent!;
      for (const paragraph of zh.topics.find((topic) => topic.id === 'account-locked')!.answer) expect(text).to.include(paragraph);
      const checklist = root(el).querySelector<WalletChecklist>('wallet-checklist')!;
      expect(checklist.topic).to.equal('account-locked');
      await checklist.updateComplete;
      expect(checklist.shadowRoot!.querySelectorAll('input[type="checkbox"]').length).to.equal(
        zh.topics.find((topic) => topic.id === 'account-locked')!.checklist.length,
      );
      expect(text).to.include(zh.ui.contactAdvice);
      expect(active(el)?.id).to.equal('title');
    });

    it('uses the vendor’s error map over the built-in one', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);
      el.errorMap = { E1042: 'security', payment_failed: 'complaint' };
      el.show({ errorCode: 'e1042' });
      await opened(el);
      expect(title(el)).to.equal(question('security'));
      el.show({ errorCode: 'payment_failed' });
      await el.updateComplete;
      expect(title(el)).to.equal(question('complaint'));
    });

    it('opens the home view for an unknown error code, with one warning naming it', async () => {
      await captureConsole('warn', async (warnings) => {
        const el = await fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);
        el.show({ errorCode: 'E_NOPE' });
        await opened(el);
        expect(title(el)).to.equal(zh.ui.helpTitle);
        expect(warnings.about('E_NOPE')).to.have.length(1);
      });
    });

    it('opens from its attributes', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help launcher="none" error-code="insufficient_funds" open></wallet-help>`);
      await opened(el);
      expect(title(el)).to.equal(question('transaction-failed'));
    });
  });

  describe('closing', () => {
    it('closes on Escape and gives focus back to the launcher', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help></wallet-help>`);
      launcher(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await opened(el);
      const closing = oneEvent(el, 'wallet-help-close');
      await sendKeys({ press: 'Escape' });
      await closing;
      await closed(el);
      expect(active(el)).to.equal(launcher(el));
    });

    it('closes with its close button, and gives focus back to an opener inside another shadow root', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const opener = document.createElement('button');
      opener.textContent = 'Payment failed: get help';
      shadow.append(opener);
      const el = await fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);
      opener.addEventListener('click', () => el.show({ errorCode: 'payment_failed' }));
      opener.focus();
      opener.click();
      await opened(el);
      root(el).querySelector<HTMLButtonElement>('[part~="close"]')!.click();
      await closed(el);
      expect(shadow.activeElement).to.equal(opener);
    });

    it('stays open when the page vetoes wallet-help-request-close', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);
      el.addEventListener('wallet-help-request-close', (event) => event.preventDefault());
      el.show();
      await opened(el);
      const request = oneEvent(el, 'wallet-help-request-close');
      await sendKeys({ press: 'Escape' });
      expect((await request).detail).to.deep.equal({ trigger: 'escape' });
      // The element decides when the request comes back: a close would have rendered by its next update.
      await el.updateComplete;
      expect(dialog(el)!.open).to.equal(true);
      const again = oneEvent(el, 'wallet-help-request-close');
      root(el).querySelector<HTMLButtonElement>('[part~="close"]')!.click();
      await again;
      await el.updateComplete;
      expect(dialog(el)!.open).to.equal(true);
      el.hide();
      await closed(el);
    });

    it('opens and closes 100 times without leaving nodes or listeners behind', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help></wallet-help>`);
      const count = () => root(el).querySelectorAll('*').length;
      const before = count();
      // Window listeners added and removed meanwhile (the checklist's storage sync, language changes).
      const net = new Map<string, number>();
      const { addEventListener: add, removeEventListener: remove } = window;
      window.addEventListener = function (type: string, ...rest: unknown[]) {
        net.set(type, (net.get(type) ?? 0) + 1);
        return (add as (...args: unknown[]) => void).call(window, type, ...rest);
      } as typeof window.addEventListener;
      window.removeEventListener = function (type: string, ...rest: unknown[]) {
        net.set(type, (net.get(type) ?? 0) - 1);
        return (remove as (...args: unknown[]) => void).call(window, type, ...rest);
      } as typeof window.removeEventListener;
      for (let round = 0; round < 100; round++) {
        el.show(round % 2 ? 'security' : { errorCode: 'payment_failed' });
        await el.updateComplete;
        el.hide();
        await el.updateComplete;
      }
      el.show('security');
      await opened(el);
      el.hide();
      await closed(el);
      await el.updateComplete;
      window.addEventListener = add;
      window.removeEventListener = remove;
      expect(count()).to.equal(before);
      expect(dialog(el)).to.equal(null);
      expect(document.body.querySelectorAll('wallet-help').length).to.equal(1);
      expect([...net].filter(([, balance]) => balance > 0), 'window listeners left').to.deep.equal([]);
    });
  });

  describe('moving around', () => {
    it('walks from home to a topic to a related topic and back, telling the page', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);
      const moves: Array<{ from: string; to: string }> = [];
      el.addEventListener('wallet-help-navigate', (event) => moves.push(event.detail));
      el.show();
      await opened(el);
      topicButtons(el).find((button) => button.dataset['topic'] === 'login-failed')!.click();
      await waitUntil(() => title(el) === question('login-failed'));
      topicButtons(el).find((button) => button.dataset['topic'] === 'account-locked')!.click();
      await waitUntil(() => title(el) === question('account-locked'));
      root(el).querySelector<HTMLButtonElement>('[part~="back"]')!.click();
      await waitUntil(() => title(el) === question('login-failed'));
      root(el).querySelector<HTMLButtonElement>('[part~="back"]')!.click();
      await waitUntil(() => title(el) === zh.ui.helpTitle);
      expect(root(el).querySelector('[part~="back"]')).to.equal(null);
      await waitUntil(() => moves.length === 4);
      expect(moves).to.deep.equal([
        { from: 'home', to: 'login-failed' },
        { from: 'login-failed', to: 'account-locked' },
        { from: 'account-locked', to: 'login-failed' },
        { from: 'login-failed', to: 'home' },
      ]);
    });

    it('searches on the home view', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);
      el.show();
      await opened(el);
      const field = root(el).querySelector<HTMLInputElement>('#search')!;
      await waitUntil(async () => {
        field.value = '帳戶被鎖了';
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        return topicButtons(el)[0]?.textContent!.trim() === question('account-locked');
      }, 'search results');
      expect(root(el).querySelector('button.topic mark')).to.not.equal(null);
    });

    it('tells the page what was searched in the panel, once the user pauses or presses Enter', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);
      el.show();
      await opened(el);
      const field = root(el).querySelector<HTMLInputElement>('#search')!;
      field.focus();
      const searched = oneEvent(el, 'wallet-help-search');
      await sendKeys({ type: 'locked' });
      await sendKeys({ press: 'Enter' });
      const { detail } = await searched;
      expect(detail.query).to.equal('locked');
      expect(detail.results[0]).to.equal('account-locked');
      expect(detail.results).to.deep.equal(topicButtons(el).map((button) => button.dataset['topic']));
    });

    it('keeps the search when the user comes back from a result, and moves down to the results with ↓', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);
      el.show();
      await opened(el);
      root(el).querySelector<HTMLInputElement>('#search')!.focus();
      await sendKeys({ type: 'locked' });
      await waitUntil(() => topicButtons(el)[0]?.dataset['topic'] === 'account-locked', 'results');
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el)).to.equal(topicButtons(el)[0]);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => title(el) === question('account-locked'));
      root(el).querySelector<HTMLButtonElement>('[part~="back"]')!.click();
      await waitUntil(() => title(el) === zh.ui.helpTitle);
      expect(root(el).querySelector<HTMLInputElement>('#search')!.value).to.equal('locked');
      expect(topicButtons(el)[0]!.dataset['topic']).to.equal('account-locked');
    });

    it('asks whether the answer helped, and thanks once answered', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);
      el.show('update-issues');
      await opened(el);
      const feedback = oneEvent(el, 'wallet-help-feedback');
      [...root(el).querySelectorAll<HTMLButtonElement>('.choices button')].find((button) => button.textContent === zh.ui.helpYes)!.click();
      expect((await feedback).detail).to.deep.equal({ topic: 'update-issues', helpful: true });
      await el.updateComplete;
      expect(root(el).querySelector('.choices')).to.equal(null);
      expect(root(el).querySelector('.thanks')!.textContent).to.equal(zh.ui.helpThanks);
      expect(active(el)).to.equal(root(el).querySelector('.thanks'));
    });

    it('links the vendor’s support and tells the page which channel was followed', async () => {
      const el = await fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);
      el.support = { phone: '95188', email: 'help@wallet.example' };
      el.show('complaint');
      await opened(el);
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="contact-link"]')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['tel:95188', 'mailto:help@wallet.example']);
      const contact = oneEvent(el, 'wallet-help-contact');
      links[1]!.addEventListener('click', (event) => event.preventDefault());
      links[1]!.click();
      expect((await contact).detail).to.deep.equal({ channel: 'email' });
    });
  });

  for (const key of ['Tab', 'Shift+Tab']) {
    it(`keeps ${key} inside the open panel`, async function () {
      // @web/test-runner's WebDriver bridge cannot hold Shift in Firefox (the chord types nothing there).
      if (key === 'Shift+Tab' && /Firefox\//.test(navigator.userAgent)) this.skip();
      const container = await fixture<HTMLDivElement>(html`<div><button id="page-button">A page button</button><wallet-help></wallet-help></div>`);
      const el = container.querySelector('wallet-help') as WalletHelp;
      await el.updateComplete;
      launcher(el)!.click();
      await opened(el);
      const outside = container.querySelector('#page-button')!;
      expect(active(el)?.id).to.equal('search');
      if (key === 'Shift+Tab') {
        // The helper really goes backwards: Tab leaves the search box, Shift+Tab comes back to it.
        await sendKeys({ press: 'Tab' });
        expect(active(el)?.id).to.not.equal('search');
        await shiftTab();
        expect(active(el)?.id).to.equal('search');
      }
      for (let press = 0; press < 30; press++) {
        if (key === 'Tab') await sendKeys({ press: 'Tab' });
        else await shiftTab();
        expect(document.activeElement, `${key} ${press + 1}`).to.not.equal(outside);
        expect(root(el).activeElement, `${key} ${press + 1}: the launcher behind the dialog`).to.not.equal(launcher(el));
      }
      el.hide();
      await closed(el);
    });
  }

  it('does the whole journey by keyboard: launcher, search, topic, a step, Escape', async () => {
    const el = await fixture<WalletHelp>(html`<wallet-help></wallet-help>`);
    await tabTo(() => launcher(el), 'the launcher');
    await sendKeys({ press: 'Enter' });
    await opened(el);
    expect(active(el)?.id).to.equal('search');
    await sendKeys({ type: 'locked' });
    await waitUntil(() => topicButtons(el)[0]?.dataset['topic'] === 'account-locked', 'results for "locked"');
    await tabTo(() => topicButtons(el)[0], 'the first result');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => title(el) === question('account-locked'), 'the topic view');
    const checklist = root(el).querySelector<WalletChecklist>('wallet-checklist')!;
    await checklist.updateComplete;
    const firstStep = () => checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]');
    await tabTo(firstStep, 'the first step');
    await sendKeys({ press: ' ' });
    await waitUntil(() => firstStep()!.checked, 'the first step ticked');
    await sendKeys({ press: 'Escape' });
    await closed(el);
    expect(active(el)).to.equal(launcher(el));
  });

  describe('accessibility', () => {
    for (const theme of THEMES) {
      it(`passes axe on the home and topic views (${theme})`, async () => {
        const el = await fixture<WalletHelp>(html`<wallet-help theme=${theme}></wallet-help>`);
        el.show();
        await opened(el);
        await expect(el).to.be.accessible();
        el.show('transaction-failed');
        await el.updateComplete;
        await root(el).querySelector<WalletChecklist>('wallet-checklist')!.updateComplete;
        await expect(el).to.be.accessible();
        el.hide();
        await closed(el);
      });
    }

    for (const [lang, pack] of [
      ['zh-HK', hkJson as ContentPack],
      ['zh-TW', twJson as ContentPack],
    ] as const) {
      it(`shows the home, a topic with its steps and the contact advice in ${lang}, marked ${lang}, and passes axe`, async () => {
        const el = await fixture<WalletHelp>(html`<wallet-help lang=${lang}></wallet-help>`);
        el.show({ errorCode: 'account_locked' });
        await opened(el);
        const topic = pack.topics.find((candidate) => candidate.id === 'account-locked')!;
        await waitUntil(() => title(el) === topic.question, `the ${lang} question`);
        expect(dialog(el)!.closest('[lang]')!.getAttribute('lang')).to.equal(lang);
        const text = root(el).textContent!;
        for (const paragraph of topic.answer) expect(text).to.include(paragraph);
        expect(text).to.include(pack.ui.contactAdvice);
        const checklist = root(el).querySelector<WalletChecklist>('wallet-checklist')!;
        await waitUntil(() => checklist.shadowRoot?.querySelector('label')?.textContent?.trim() === topic.checklist[0]!.text, `${lang} steps`);
        expect(checklist.shadowRoot!.querySelector('fieldset')!.closest('[lang]')!.getAttribute('lang')).to.equal(lang);
        await expect(el).to.be.accessible();
        el.show();
        await waitUntil(() => topicButtons(el).length === pack.topics.length && topicButtons(el)[0]!.textContent!.includes(pack.topics[0]!.question), `the ${lang} home`);
        await expect(el).to.be.accessible();
        el.hide();
        await closed(el);
      });
    }
  });
});
