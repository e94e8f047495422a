import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletFaqToggleDetail } from '../../src/internal/events.js';
import { captureConsole } from '../helpers/console.js';
import { openTopics, panelFor, questionButtons, questionTexts, zh } from './helpers.js';

const THEMES = ['light', 'dark'] as const;
const ALL_IDS = zh.topics.map((topic) => topic.id);

// Events that would arrive after the action: collected, then checked once the element has settled.
function collectToggles(el: WalletFaq) {
  const details: WalletFaqToggleDetail[] = [];
  el.addEventListener('wallet-faq-toggle', (event) => details.push(event.detail));
  return details;
}

describe('<wallet-faq>', () => {
  beforeEach(() => document.documentElement.setAttribute('lang', 'zh-CN'));
  afterEach(() => document.documentElement.removeAttribute('lang'));

  describe('content', () => {
    it('shows the guide’s six questions verbatim, in order, all collapsed', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      expect(questionTexts(el)).to.deep.equal(zh.topics.map((topic) => topic.question));
      expect(openTopics(el)).to.deep.equal([]);
    });

    it('shows each answer’s paragraphs verbatim, as text', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq expand="all"></wallet-faq>`);
      for (const topic of zh.topics) {
        const paragraphs = [...panelFor(el, topic.id).querySelectorAll('[part~="answer"]')];
        expect(paragraphs.map((p) => p.textContent)).to.deep.equal(topic.answer);
        expect(paragraphs.every((p) => p.children.length === 0)).to.equal(true);
      }
    });

    it('labels the section and marks its content as Chinese', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(base.tagName).to.equal('SECTION');
      expect(base.getAttribute('aria-label')).to.equal(zh.ui.faqLabel);
      expect(base.getAttribute('lang')).to.equal('zh-CN');
    });

    it('wires each question button to its panel (APG accordion)', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      for (const button of questionButtons(el)) {
        const heading = button.parentElement!;
        expect(heading.getAttribute('role')).to.equal('heading');
        expect(heading.getAttribute('aria-level')).to.equal('3');
        expect(button.getAttribute('type')).to.equal('button');
        const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
        expect(panel.getAttribute('role')).to.equal('region');
        expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
        expect(panel.hidden).to.equal(true);
      }
      expect(questionButtons(el).map((button) => button.id)).to.deep.equal(ALL_IDS.map((id) => `wallet-faq-${id}`));
    });

    it('gives every question a target of at least 24 px', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      for (const button of questionButtons(el)) {
        const box = button.getBoundingClientRect();
        expect(box.height).to.be.at.least(24);
        expect(box.width).to.be.at.least(24);
      }
    });
  });

  describe('accessibility', () => {
    for (const theme of THEMES) {
      it(`passes axe collapsed, with one open and with all open (${theme})`, async () => {
        const el = await fixture<WalletFaq>(html`<wallet-faq theme=${theme}></wallet-faq>`);
        await expect(el).to.be.accessible();
        el.expand('security');
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.expandAll();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

      it(`passes axe in the empty state (${theme})`, async () => {
        await captureConsole('warn', async () => {
          const el = await fixture<WalletFaq>(html`<wallet-faq theme=${theme} topics="nope"></wallet-faq>`);
          await expect(el).to.be.accessible();
        });
      });
    }
  });

  describe('opening and closing', () => {
    it('opens the answer when the question is clicked, and closes it on a second click', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      const [first] = questionButtons(el);
      first!.click();
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('true');
      expect(panelFor(el, 'login-failed').hidden).to.equal(false);
      first!.click();
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
      expect(panelFor(el, 'login-failed').hidden).to.equal(true);
    });

    it('builds an answer when its question opens, and empties it when it closes', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      const topic = zh.topics[1]!;
      const answers = () => [...panelFor(el, topic.id).querySelectorAll('[part~="answer"]')].map((p) => p.textContent);
      expect(answers()).to.deep.equal([]);
      // A click on the question's text, inside the button, reaches the list's one listener.
      questionButtons(el)[1]!.querySelector('span')!.click();
      await el.updateComplete;
      expect(answers()).to.deep.equal(topic.answer);
      questionButtons(el)[1]!.click();
      await el.updateComplete;
      expect(answers()).to.deep.equal([]);
      expect(panelFor(el, topic.id).hidden).to.equal(true);
    });

    it('tells the page when the user opens or closes a question', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      const button = questionButtons(el)[2]!;
      setTimeout(() => button.click());
      const opened = await oneEvent(el, 'wallet-faq-toggle');
      expect(opened.detail).to.deep.equal({ topic: 'account-locked', open: true });
      expect(opened.bubbles && opened.composed).to.equal(true);
      // The event reports rendered state.
      expect(panelFor(el, 'account-locked').hidden).to.equal(false);
      setTimeout(() => button.click());
      const closed = await oneEvent(el, 'wallet-faq-toggle');
      expect(closed.detail).to.deep.equal({ topic: 'account-locked', open: false });
    });

    it('toggles with Enter and Space on the focused question', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      questionButtons(el)[1]!.focus();
      const opened = oneEvent(el, 'wallet-faq-toggle');
      await sendKeys({ press: 'Enter' });
      expect((await opened).detail).to.deep.equal({ topic: 'transaction-failed', open: true });
      const closed = oneEvent(el, 'wallet-faq-toggle');
      await sendKeys({ press: ' ' });
      expect((await closed).detail).to.deep.equal({ topic: 'transaction-failed', open: false });
      expect(openTopics(el)).to.deep.equal([]);
    });

    it('opens and closes from the methods without telling the page', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      const toggles = collectToggles(el);
      el.expand('security');
      await el.updateComplete;
      expect(openTopics(el)).to.deep.equal(['security']);
      el.expandAll();
      await el.updateComplete;
      expect(openTopics(el)).to.deep.equal(ALL_IDS);
      el.collapse('security');
      await el.updateComplete;
      expect(openTopics(el)).to.not.include('security');
      el.collapseAll();
      await el.updateComplete;
      expect(openTopics(el)).to.deep.equal([]);
      await aTimeout(0);
      expect(toggles).to.deep.equal([]);
    });

    it('keeps one answer open at a time with single', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq single></wallet-faq>`);
      const buttons = questionButtons(el);
      buttons[0]!.click();
      await el.updateComplete;
      buttons[3]!.click();
      await el.updateComplete;
      expect(openTopics(el)).to.deep.equal(['security']);
      el.expandAll();
      await el.updateComplete;
      expect(openTopics(el)).to.deep.equal(['login-failed']);
    });

    it('closes all but the first open answer when single is switched on', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq expand="all"></wallet-faq>`);
      el.single = true;
      await el.updateComplete;
      expect(openTopics(el)).to.deep.equal(['login-failed']);
    });
  });

  describe('keyboard', () => {
    const focused = (el: WalletFaq) => el.shadowRoot!.activeElement?.id;

    it('moves to the next question with ArrowDown and wraps from the last', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      questionButtons(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('wallet-faq-transaction-failed');
      questionButtons(el)[5]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('wallet-faq-login-failed');
    });

    it('moves to the previous question with ArrowUp and wraps from the first', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      questionButtons(el)[0]!.focus();
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal('wallet-faq-complaint');
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal('wallet-faq-update-issues');
    });

    it('jumps to the first and last questions with Home and End', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      questionButtons(el)[2]!.focus();
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal('wallet-faq-complaint');
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal('wallet-faq-login-failed');
    });

    it('moves focus past open answers to the next question', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq expand="all"></wallet-faq>`);
      questionButtons(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal('wallet-faq-transaction-failed');
    });
  });

  describe('attributes', () => {
    it('shows only the topics asked for, in that order', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq topics="complaint, security,login-failed"></wallet-faq>`);
      expect(questionButtons(el).map((button) => button.id)).to.deep.equal([
        'wallet-faq-complaint',
        'wallet-faq-security',
        'wallet-faq-login-failed',
      ]);
      el.topics = 'account-locked';
      await el.updateComplete;
      expect(questionButtons(el).map((button) => button.id)).to.deep.equal(['wallet-faq-account-locked']);
      el.removeAttribute('topics');
      await el.updateComplete;
      expect(questionButtons(el)).to.have.length(6);
    });

    it('skips an unknown topic with one warning naming it', async () => {
      await captureConsole('warn', async (warnings) => {
        const el = await fixture<WalletFaq>(html`<wallet-faq topics="security,lost-phone"></wallet-faq>`);
        expect(questionButtons(el).map((button) => button.id)).to.deep.equal(['wallet-faq-security']);
        el.expandAll();
        await el.updateComplete;
        el.topics = 'lost-phone,security';
        await el.updateComplete;
        expect(warnings.about('lost-phone')).to.have.length(1);
      });
    });

    it('says honestly that nothing is left to show, with contact advice', async () => {
      await captureConsole('warn', async (warnings) => {
        const el = await fixture<WalletFaq>(html`<wallet-faq topics="nope, nada"></wallet-faq>`);
        const empty = el.shadowRoot!.querySelector('[part~="empty"]')!;
        expect(empty.textContent).to.include(zh.ui.faqEmpty);
        expect(empty.textContent).to.include(zh.ui.contactAdvice);
        expect(questionButtons(el)).to.have.length(0);
        expect(warnings.about('wallet-faq')).to.have.length(2);
      });
    });

    it('opens the first answer with expand="first" and all with expand="all"', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq expand="first"></wallet-faq>`);
      expect(openTopics(el)).to.deep.equal(['login-failed']);
      el.expandInitially = 'all';
      await el.updateComplete;
      expect(openTopics(el)).to.deep.equal(ALL_IDS);
      el.setAttribute('expand', 'none');
      await el.updateComplete;
      expect(openTopics(el)).to.deep.equal([]);
    });

    it('applies expand again when topics change', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq expand="first"></wallet-faq>`);
      el.collapseAll();
      el.topics = 'complaint,security';
      await el.updateComplete;
      expect(openTopics(el)).to.deep.equal(['complaint']);
    });

    it('uses the heading level asked for', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq heading-level="2"></wallet-faq>`);
      const levels = () => questionButtons(el).map((button) => button.parentElement!.getAttribute('aria-level'));
      expect(levels().every((level) => level === '2')).to.equal(true);
      el.headingLevel = 5;
      await el.updateComplete;
      expect(levels().every((level) => level === '5')).to.equal(true);
    });

    it('clamps an out-of-range heading level with one warning', async () => {
      await captureConsole('warn', async (warnings) => {
        const el = await fixture<WalletFaq>(html`<wallet-faq heading-level="9"></wallet-faq>`);
        const level = () => questionButtons(el)[0]!.parentElement!.getAttribute('aria-level');
        expect(level()).to.equal('6');
        el.requestUpdate();
        await el.updateComplete;
        el.headingLevel = 1;
        await el.updateComplete;
        expect(level()).to.equal('2');
        expect(warnings.about('heading-level')).to.have.length(2);
        expect(warnings.about('heading-level')[0]).to.include('9');
      });
    });

    it('reflects a theme that is set, and writes none by default', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      expect(el.hasAttribute('theme')).to.equal(false);
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
    });
  });

  describe('rendering', () => {
    it('keeps the same question nodes and focus across re-renders', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      const before = questionButtons(el);
      before[4]!.focus();
      el.expand('security');
      el.single = true;
      await el.updateComplete;
      expect(questionButtons(el)).to.deep.equal(before);
      expect(el.shadowRoot!.activeElement).to.equal(before[4]);
    });

    it('never schedules an update from inside an update (no Lit dev warnings)', async () => {
      await captureConsole('warn', async (warnings) => {
        const el = await fixture<WalletFaq>(html`<wallet-faq expand="first" structured-data accent="teal"></wallet-faq>`);
        questionButtons(el)[1]!.click();
        await oneEvent(el, 'wallet-faq-toggle');
        el.single = true;
        el.theme = 'dark';
        el.topics = 'security,complaint';
        await el.updateComplete;
        await aTimeout(0);
        expect(warnings.messages).to.deep.equal([]);
      });
    });
  });
});
