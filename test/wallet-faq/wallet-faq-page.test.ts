import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import { defineElement } from '../../src/internal/define.js';
import { contrastRatio, parseColor, type Rgb } from '../../src/internal/color.js';
import { TOKENS } from '../../src/internal/theme.js';
import { resolveColor } from '../../src/internal/accent.js';
import { captureConsole } from '../helpers/console.js';
import { en, openTopics, questionButtons, zh } from './helpers.js';

const color = (value: string): Rgb => resolveColor(value)!;
const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

describe('<wallet-faq> on the page', () => {
  beforeEach(() => document.documentElement.setAttribute('lang', 'zh-CN'));
  afterEach(() => document.documentElement.removeAttribute('lang'));

  describe('URL hash', () => {
    const clearHash = () => history.replaceState(null, '', location.pathname + location.search);
    afterEach(clearHash);

    it('opens the answer named in the hash when it connects, and scrolls it into view', async () => {
      history.replaceState(null, '', '#wallet-faq-complaint');
      const page = await fixture<HTMLElement>(html`<div><div class="spacer"></div><wallet-faq></wallet-faq></div>`);
      (page.firstElementChild as HTMLElement).style.height = '3000px';
      const el = page.querySelector('wallet-faq')!;
      await el.updateComplete;
      expect(openTopics(el)).to.deep.equal(['complaint']);
      const item = questionButtons(el)[5]!.closest('[part~="item"]')!;
      // The spacer came after the first render, so scroll again through a hash change.
      clearHash();
      location.hash = '#wallet-faq-complaint';
      await waitUntil(() => {
        const box = item.getBoundingClientRect();
        return box.top >= -1 && box.top < innerHeight;
      }, 'the answer scrolled into view');
      window.scrollTo(0, 0);
    });

    it('opens the answer when the hash changes, without telling the page', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq single expand="first"></wallet-faq>`);
      let toggles = 0;
      el.addEventListener('wallet-faq-toggle', () => (toggles += 1));
      location.hash = '#wallet-faq-security';
      await waitUntil(() => openTopics(el).join() === 'security', 'security opened by the hash');
      expect(toggles).to.equal(0);
    });

    it('does not reopen or scroll when the element is moved', async () => {
      history.replaceState(null, '', '#wallet-faq-security');
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      expect(openTopics(el)).to.deep.equal(['security']);
      el.collapseAll();
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(openTopics(el)).to.deep.equal([]);
    });

    it('ignores hashes that name another topic or element', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq topics="security"></wallet-faq>`);
      location.hash = '#wallet-faq-complaint';
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await el.updateComplete;
      location.hash = '#somewhere-else';
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
      await el.updateComplete;
      expect(openTopics(el)).to.deep.equal([]);
    });
  });

  describe('structured data', () => {
    const jsonLd = (el: Element) => {
      const scripts = el.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts.length).to.be.at.most(1);
      return scripts[0] ? JSON.parse(scripts[0].textContent!) : undefined;
    };

    it('adds schema.org FAQPage JSON-LD for the shown questions and answers', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq structured-data topics="security,complaint"></wallet-faq>`);
      await waitUntil(() => jsonLd(el), 'JSON-LD');
      const topics = ['security', 'complaint'].map((id) => zh.topics.find((topic) => topic.id === id)!);
      expect(jsonLd(el)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'FAQPage',
        inLanguage: 'zh-CN',
        mainEntity: topics.map((topic) => ({
          '@type': 'Question',
          name: topic.question,
          acceptedAnswer: { '@type': 'Answer', text: topic.answer.join('\n\n') },
        })),
      });
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    });

    it('keeps the JSON-LD in sync with topics and language', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq structured-data></wallet-faq>`);
      await waitUntil(() => jsonLd(el), 'JSON-LD');
      expect(jsonLd(el).mainEntity).to.have.length(6);
      el.topics = 'login-failed';
      await el.updateComplete;
      expect(jsonLd(el).mainEntity.map((q: { name: string }) => q.name)).to.deep.equal([zh.topics[0]!.question]);
      el.lang = 'en';
      await waitUntil(() => jsonLd(el).inLanguage === 'en', 'English JSON-LD');
      expect(jsonLd(el).mainEntity[0].name).to.equal(en.topics[0]!.question);
    });

    it('removes the JSON-LD when the attribute goes, and when the element leaves the page', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq structured-data></wallet-faq>`);
      await waitUntil(() => jsonLd(el), 'JSON-LD');
      el.removeAttribute('structured-data');
      await el.updateComplete;
      expect(jsonLd(el)).to.equal(undefined);
      el.structuredData = true;
      await el.updateComplete;
      expect(jsonLd(el)).to.not.equal(undefined);
      const parent = el.parentElement!;
      el.remove();
      expect(jsonLd(el)).to.equal(undefined);
      parent.append(el);
      expect(jsonLd(el)).to.not.equal(undefined);
    });

    it('adds nothing unless asked, and nothing for an empty list', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      expect(el.children).to.have.length(0);
      await captureConsole('warn', async () => {
        const empty = await fixture<WalletFaq>(html`<wallet-faq structured-data topics="nope"></wallet-faq>`);
        await waitUntil(() => empty.shadowRoot!.querySelector('[part~="empty"]'), 'the empty state');
        // Another FAQ's JSON-LD arriving: by then the empty one would have had its own.
        const listed = await fixture<WalletFaq>(html`<wallet-faq structured-data></wallet-faq>`);
        await waitUntil(() => jsonLd(listed), 'JSON-LD for a list');
        await empty.updateComplete;
        expect(jsonLd(empty)).to.equal(undefined);
      });
    });
  });

  describe('theme and accent', () => {
    it('uses the dark colors with theme="dark"', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq theme="dark"></wallet-faq>`);
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(color(getComputedStyle(base).backgroundColor)).to.deep.equal(parseColor(TOKENS.dark.surface));
      expect(color(getComputedStyle(base).color)).to.deep.equal(parseColor(TOKENS.dark.text));
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
    });

    it('lets the page set the public custom properties', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      el.style.setProperty('--wallet-help-surface', 'rgb(250, 240, 230)');
      el.style.setProperty('--wallet-help-radius', '2px');
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(250, 240, 230)');
      expect(getComputedStyle(base).borderTopLeftRadius).to.equal('2px');
    });

    it('follows the system with theme="auto" (where the browser can emulate it)', async function () {
      // Only the Chromium launcher can emulate media features here.
      if (!/Chrome\//.test(navigator.userAgent)) this.skip();
      const { emulateMedia } = await import('@web/test-runner-commands');
      try {
        await emulateMedia({ colorScheme: 'dark' });
      } catch {
        this.skip();
      }
      try {
        const el = await fixture<WalletFaq>(html`<wallet-faq theme="auto"></wallet-faq>`);
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        expect(color(getComputedStyle(base).backgroundColor)).to.deep.equal(parseColor(TOKENS.dark.surface));
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('turns motion off when the reader asks for reduced motion (where the browser can emulate it)', async function () {
      if (!/Chrome\//.test(navigator.userAgent)) this.skip();
      const { emulateMedia } = await import('@web/test-runner-commands');
      const el = await fixture<WalletFaq>(html`<wallet-faq expand="first"></wallet-faq>`);
      const icon = el.shadowRoot!.querySelector('[part~="icon"]')!;
      const panel = el.shadowRoot!.querySelector('[part~="panel"]')!;
      expect(parseFloat(getComputedStyle(icon).transitionDuration)).to.be.above(0);
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(parseFloat(getComputedStyle(icon).transitionDuration)).to.equal(0);
        expect(getComputedStyle(panel).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    /** The element once its accent's shades are set (the colour maths loads with the first accent). */
    const adjusted = async (el: WalletFaq) => {
      await waitUntil(() => el.style.getPropertyValue('--_on-accent'), 'the accent adjusted for contrast');
      return el;
    };

    it('shows the accent as given at once, then adjusts its text and link shades', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq accent="#ffeb3b"></wallet-faq>`);
      expect(el.style.getPropertyValue('--_accent')).to.equal('#ffeb3b');
      await adjusted(el);
      expect(contrastRatio(color(token(el, '--_accent-text')), color(TOKENS.light.surface))).to.be.at.least(4.5);
    });

    it('puts black text on a light accent and white on a dark one', async () => {
      const yellow = await adjusted(await fixture<WalletFaq>(html`<wallet-faq accent="#ffeb3b"></wallet-faq>`));
      expect(color(token(yellow, '--_on-accent'))).to.deep.equal(parseColor('#000000'));
      const navy = await adjusted(await fixture<WalletFaq>(html`<wallet-faq accent="#1a237e"></wallet-faq>`));
      expect(color(token(navy, '--_on-accent'))).to.deep.equal(parseColor('#ffffff'));
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`keeps accent text readable on the ${theme} surface, for any CSS color`, async () => {
        for (const accent of ['#ffeb3b', '#1a237e', 'gold', 'hsl(200 80% 50%)', 'oklch(0.7 0.15 150)', 'rgb(0 0 0 / 50%)']) {
          const el = await adjusted(await fixture<WalletFaq>(html`<wallet-faq theme=${theme} accent=${accent}></wallet-faq>`));
          const surface = color(TOKENS[theme].surface);
          const accentColor = color(token(el, '--_accent'));
          expect(contrastRatio(color(token(el, '--_accent-text')), surface), accent).to.be.at.least(4.5);
          expect(contrastRatio(color(token(el, '--_on-accent')), accentColor), accent).to.be.at.least(4.5);
        }
      });
    }

    it('recomputes the accent text when the theme changes', async () => {
      const el = await adjusted(await fixture<WalletFaq>(html`<wallet-faq accent="#1a237e"></wallet-faq>`));
      el.theme = 'dark';
      await el.updateComplete;
      expect(contrastRatio(color(token(el, '--_accent-text')), color(TOKENS.dark.surface))).to.be.at.least(4.5);
    });

    it('keeps the default accent and warns once for an invalid accent', async () => {
      await captureConsole('warn', async (warnings) => {
        const el = await fixture<WalletFaq>(html`<wallet-faq accent="not-a-color"></wallet-faq>`);
        expect(color(token(el, '--_accent'))).to.deep.equal(parseColor(TOKENS.light.accent));
        el.theme = 'dark';
        await el.updateComplete;
        expect(warnings.about('not-a-color')).to.have.length(1);
        el.accent = undefined;
        await el.updateComplete;
        expect(el.style.getPropertyValue('--_accent')).to.equal('');
      });
    });

    it('passes axe with a custom accent in both themes', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<WalletFaq>(html`<wallet-faq theme=${theme} accent="#ffeb3b" expand="first"></wallet-faq>`);
        questionButtons(el)[0]!.focus();
        await expect(el).to.be.accessible();
      }
    });

    it('draws a focus ring of at least 3:1 in both themes', async () => {
      for (const theme of ['light', 'dark'] as const) {
        const el = await fixture<WalletFaq>(html`<wallet-faq theme=${theme}></wallet-faq>`);
        const button = questionButtons(el)[0]!;
        const { sendKeys } = await import('@web/test-runner-commands');
        button.focus();
        await sendKeys({ press: 'ArrowDown' });
        const focused = el.shadowRoot!.activeElement!;
        const style = getComputedStyle(focused);
        expect(style.outlineStyle).to.equal('solid');
        const ring = color(style.outlineColor);
        expect(contrastRatio(ring, color(TOKENS[theme].surface))).to.be.at.least(3);
        expect(contrastRatio(ring, color(TOKENS[theme].hover))).to.be.at.least(3);
      }
    });
  });

  describe('host page styles', () => {
    let pageStyle: HTMLStyleElement;
    beforeEach(() => {
      pageStyle = document.createElement('style');
      pageStyle.textContent = `
        p { font-size: 40px; margin: 50px; }
        button { text-transform: uppercase; font-size: 30px; }
        .hostile { line-height: 4; letter-spacing: 5px; word-spacing: 9px; font-style: italic; font-weight: 900;
          text-align: center; text-indent: 3em; text-transform: uppercase; white-space: pre; color: rgb(255, 0, 0);
          font-family: Georgia, serif; cursor: wait; font-size: 20px; }
      `;
      document.head.append(pageStyle);
    });
    afterEach(() => pageStyle.remove());

    it('keeps the host page’s p and button rules out', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq expand="first"></wallet-faq>`);
      const answer = el.shadowRoot!.querySelector('[part~="answer"]')!;
      const button = questionButtons(el)[0]!;
      expect(getComputedStyle(answer).fontSize).to.equal(getComputedStyle(el).fontSize);
      expect(getComputedStyle(answer).marginLeft).to.equal('0px');
      expect(getComputedStyle(button).textTransform).to.equal('none');
      expect(getComputedStyle(button).fontSize).to.equal(getComputedStyle(el).fontSize);
    });

    it('resets inherited text styles but follows the page’s font', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div class="hostile"><wallet-faq expand="first"></wallet-faq></div>`);
      const el = wrapper.querySelector('wallet-faq')!;
      await el.updateComplete;
      const answer = getComputedStyle(el.shadowRoot!.querySelector('[part~="answer"]')!);
      const question = getComputedStyle(questionButtons(el)[0]!);
      for (const style of [answer, question]) {
        expect(style.letterSpacing).to.be.oneOf(['normal', '0px']);
        expect(style.wordSpacing).to.equal('0px');
        expect(style.fontStyle).to.equal('normal');
        expect(style.textTransform).to.equal('none');
        expect(style.textIndent).to.equal('0px');
        expect(style.whiteSpace).to.equal('normal');
        expect(style.textAlign).to.be.oneOf(['start', 'left']);
        expect(style.fontFamily).to.include('Georgia');
        expect(parseFloat(style.lineHeight)).to.be.below(parseFloat(style.fontSize) * 2);
      }
      expect(answer.fontWeight).to.equal('400');
      expect(answer.cursor).to.equal('auto');
      expect(color(answer.color)).to.deep.equal(parseColor(TOKENS.light.text));
      // 1rem by default, not the wrapper's 20px.
      expect(answer.fontSize).to.equal(getComputedStyle(document.documentElement).fontSize);
    });

    it('uses --wallet-help-font-size and --wallet-help-font-family when set', async () => {
      const el = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      el.style.setProperty('--wallet-help-font-size', '18px');
      el.style.setProperty('--wallet-help-font-family', 'monospace');
      const question = getComputedStyle(questionButtons(el)[0]!);
      expect(question.fontSize).to.equal('18px');
      expect(question.fontFamily).to.equal('monospace');
    });
  });

  describe('registration', () => {
    afterEach(() => fixtureCleanup());

    it('registers <wallet-faq> with the library version', () => {
      expect(customElements.get('wallet-faq')).to.equal(WalletFaq);
      expect(WalletFaq.version).to.match(/^\d+\.\d+\.\d+/);
    });

    it('does nothing, silently, when the same version defines it again', async () => {
      await captureConsole('warn', async (warnings) => {
        expect(() => defineElement('wallet-faq', WalletFaq)).to.not.throw();
        expect(() => defineElement('wallet-faq', class extends WalletFaq {})).to.not.throw();
        expect(warnings.messages).to.deep.equal([]);
        expect(customElements.get('wallet-faq')).to.equal(WalletFaq);
      });
    });
  });
});
