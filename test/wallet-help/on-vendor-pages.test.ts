// The widget on pages that do what vendor pages do: resize rem, force box-sizing, transform <body>,
// read right to left, scroll behind the panel. Each of these broke the widget once (issue 11).
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/wallet-help/wallet-help.js';
import '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletHelp } from '../../src/components/wallet-help/wallet-help.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import { configurePage } from '../../src/internal/page-config.js';
import { TOKENS } from '../../src/internal/theme.js';
import { resolveColor } from '../../src/internal/accent.js';
import enJson from '../../content/en.json';
import hkJson from '../../content/zh-HK.json';
import zhJson from '../../content/zh-CN.json';
import twJson from '../../content/zh-TW.json';
import type { ContentPack } from '../../src/content/types.js';

const launcherOf = (el: WalletHelp) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="launcher"]')!;
const dialogOf = (el: WalletHelp) => el.shadowRoot!.querySelector('dialog');
const px = (element: Element, property: string) => parseFloat(getComputedStyle(element).getPropertyValue(property));

/** Adds `css` to the page for one test. */
function pageStyle(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

async function openPanel(el: WalletHelp): Promise<void> {
  el.show('transaction-failed');
  await waitUntil(() => dialogOf(el)?.open, 'the panel open', { timeout: 5000 });
  await el.updateComplete;
}

async function closePanel(el: WalletHelp): Promise<void> {
  el.hide();
  await waitUntil(() => !dialogOf(el)?.open, 'the panel closed', { timeout: 5000 });
}

describe('on vendor pages', () => {
  let undo: Array<() => void> = [];
  afterEach(() => {
    undo.forEach((restore) => restore());
    undo = [];
  });

  for (const [trick, css] of [
    ['html { font-size: 62.5% }', 'html { font-size: 62.5% }'],
    ['rem scaled to the viewport (37.5px)', 'html { font-size: 37.5px }'],
  ] as const) {
    it(`keeps text at the reader's size with ${trick}`, async () => {
      undo.push(pageStyle(css));
      const faq = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      const question = faq.shadowRoot!.querySelector('button[aria-expanded]')!;
      expect(px(question, 'font-size')).to.be.within(14, 20);
      const help = await fixture<WalletHelp>(html`<wallet-help></wallet-help>`);
      expect(px(launcherOf(help), 'font-size')).to.be.within(14, 20);
    });
  }

  it('follows --wallet-help-font-size exactly', async () => {
    const faq = await fixture<WalletFaq>(html`<wallet-faq style="--wallet-help-font-size: 22px"></wallet-faq>`);
    expect(px(faq.shadowRoot!.querySelector('button[aria-expanded]')!, 'font-size')).to.equal(22);
  });

  it('keeps the search box inside its card when the page forces content-box on every element', async () => {
    undo.push(pageStyle('*, *::before, *::after { box-sizing: content-box !important; line-height: 3 !important; letter-spacing: 4px !important }'));
    const faq = await fixture<WalletFaq>(html`<wallet-faq searchable style="width: 320px"></wallet-faq>`);
    const card = faq.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect();
    const input = faq.shadowRoot!.querySelector('input')!.getBoundingClientRect();
    expect(input.left).to.be.at.least(card.left);
    expect(input.right).to.be.at.most(card.right);
    const question = faq.shadowRoot!.querySelector('button[aria-expanded]')!;
    expect(getComputedStyle(question).letterSpacing).to.equal('normal');
  });

  it('keeps the launcher in the viewport when <body> is transformed', async () => {
    document.body.style.transform = 'translateZ(0)';
    undo.push(() => (document.body.style.transform = ''));
    const tall = document.createElement('div');
    tall.style.height = '3000px';
    document.body.prepend(tall);
    undo.push(() => tall.remove());
    const help = await fixture<WalletHelp>(html`<wallet-help></wallet-help>`);
    const box = launcherOf(help).getBoundingClientRect();
    expect(box.bottom).to.be.at.most(innerHeight);
    expect(box.top).to.be.at.least(0);
    expect(box.right).to.be.at.most(innerWidth);
  });

  it('lifts the launcher by --wallet-help-launcher-offset above the page’s bottom bar', async () => {
    const help = await fixture<WalletHelp>(html`<wallet-help style="--wallet-help-launcher-offset: 72px"></wallet-help>`);
    expect(Math.round(innerHeight - launcherOf(help).getBoundingClientRect().bottom)).to.equal(72);
  });

  it('puts the launcher and the drawer at the end side of a right-to-left page, text still left to right', async () => {
    document.documentElement.dir = 'rtl';
    undo.push(() => document.documentElement.removeAttribute('dir'));
    const help = await fixture<WalletHelp>(html`<wallet-help></wallet-help>`);
    const launcher = launcherOf(help).getBoundingClientRect();
    expect(launcher.left).to.be.below(innerWidth / 2);
    await openPanel(help);
    const drawer = dialogOf(help)!.getBoundingClientRect();
    if (innerWidth >= 600) expect(Math.round(drawer.left)).to.equal(0);
    expect(getComputedStyle(dialogOf(help)!).direction).to.equal('ltr');
    await closePanel(help);
  });

  /** A page long enough to scroll, scrolled down by `top` (back at the top after the test). */
  function scrolledDown(top: number): void {
    const tall = document.createElement('div');
    tall.style.height = '3000px';
    document.body.prepend(tall);
    scrollTo(0, top);
    undo.push(() => {
      tall.remove();
      scrollTo(0, 0);
    });
  }

  it('keeps the page from scrolling while the panel is open, and puts it back where it was', async () => {
    scrolledDown(400);
    const help = await fixture<WalletHelp>(html`<wallet-help></wallet-help>`);
    const width = document.documentElement.clientWidth;
    await openPanel(help);
    expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
    expect(document.documentElement.clientWidth, 'no shift sideways').to.equal(width);
    await closePanel(help);
    expect(getComputedStyle(document.documentElement).overflow).to.equal('visible');
    expect(scrollY).to.equal(400);
  });

  it('keeps the page still under the keys that scroll (Page Down, End, space, arrows) while the panel is open', async () => {
    scrolledDown(400);
    const help = await fixture<WalletHelp>(html`<wallet-help></wallet-help>`);
    await openPanel(help);
    const root = help.shadowRoot!;
    // From the heading (nothing scrollable around it) and from inside the panel's scrolling body.
    // (Space there would tick a step.)
    const keys = ['PageDown', 'End', 'ArrowDown'];
    for (const [target, presses] of [
      [root.getElementById('title')!, [...keys, ' ']],
      [root.querySelector('wallet-checklist')!.shadowRoot!.querySelector<HTMLElement>('[part~="checkbox"]')!, keys],
    ] as const) {
      target.focus();
      for (const press of presses) {
        await sendKeys({ press });
        await nextFrame();
        expect(scrollY, `${press} on ${target.localName}#${target.id}`).to.equal(400);
      }
    }
    await closePanel(help);
    expect(scrollY).to.equal(400);
  });

  it('names each search landmark, so a searchable FAQ and the panel side by side are told apart', async () => {
    const faq = await fixture<WalletFaq>(html`<wallet-faq searchable></wallet-faq>`);
    const help = await fixture<WalletHelp>(html`<wallet-help></wallet-help>`);
    help.show();
    await waitUntil(() => dialogOf(help)?.open, 'the panel open');
    await help.updateComplete;
    const names = [faq.shadowRoot!, help.shadowRoot!].map((root) => root.querySelector('[role="search"]')!.getAttribute('aria-label'));
    expect(names[0]).to.be.a('string').and.not.equal('');
    expect(names[1]).to.be.a('string').and.not.equal('');
    expect(names[0]).to.not.equal(names[1]);
    await closePanel(help);
  });

  it('gives every landmark its own name with two searchable FAQs, the panel open beside them', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <wallet-faq searchable topics="login-failed,account-locked"></wallet-faq>
      <wallet-faq searchable topics="login-failed,transaction-failed" expand="first"></wallet-faq>
      <wallet-help></wallet-help>
    </div>`);
    const [first, second] = page.querySelectorAll<WalletFaq>('wallet-faq');
    const help = page.querySelector<WalletHelp>('wallet-help')!;
    first!.expand('login-failed');
    await openPanel(help);
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    const landmarks = [first!, second!, help].flatMap((el) =>
      [...el.shadowRoot!.querySelectorAll('section[aria-label], [role="search"], [role="region"]:not([hidden])')].map((landmark) => {
        const name = landmark.getAttribute('aria-label') ?? el.shadowRoot!.getElementById(landmark.getAttribute('aria-labelledby')!)?.textContent?.trim();
        return `${landmark.getAttribute('role') ?? 'region'}: ${name}`;
      }),
    );
    expect(landmarks.filter((landmark, at) => landmarks.indexOf(landmark) !== at), landmarks.join('\n')).to.deep.equal([]);
    await expect(page).to.be.accessible();
    await closePanel(help);
  });

  it('names a FAQ by its label attribute, for the page’s own landmark list', async () => {
    const el = await fixture<WalletFaq>(html`<wallet-faq searchable label="Payment questions"></wallet-faq>`);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-label')).to.equal('Payment questions');
    expect(el.shadowRoot!.querySelector('[role="search"]')!.getAttribute('aria-label')).to.equal('Payment questions');
    await expect(el).to.be.accessible();
  });

  it('focuses the heading, not the search box, when the panel opens on a touch screen', async () => {
    const original = window.matchMedia;
    // A phone: the one media query that tells a touch screen matches.
    const touch = { matches: true, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false };
    window.matchMedia = (query: string) => (query.includes('pointer: coarse') ? ({ ...touch, media: query } as MediaQueryList) : original.call(window, query));
    undo.push(() => (window.matchMedia = original));
    const help = await fixture<WalletHelp>(html`<wallet-help></wallet-help>`);
    help.show();
    await waitUntil(() => dialogOf(help)?.open, 'the panel open');
    await help.updateComplete;
    expect(help.shadowRoot!.activeElement?.id).to.equal('title');
    await closePanel(help);
  });

  it('draws the launcher’s and the panel’s edges in forced colours (transparent lines, not none)', async () => {
    const help = await fixture<WalletHelp>(html`<wallet-help></wallet-help>`);
    const launcher = launcherOf(help);
    expect(getComputedStyle(launcher).borderTopStyle).to.equal('solid');
    expect(px(launcher, 'border-top-width')).to.be.at.least(1);
    await openPanel(help);
    expect(getComputedStyle(dialogOf(help)!).outlineStyle).to.equal('solid');
    await closePanel(help);
  });

  const surfaceOf = (el: Element) => resolveColor(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor);

  it('takes the dark theme on a page that declares color-scheme: dark, and follows the page when it switches', async () => {
    document.documentElement.style.colorScheme = 'dark';
    undo.push(() => (document.documentElement.style.colorScheme = ''));
    const faq = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
    expect(surfaceOf(faq)).to.deep.equal(resolveColor(TOKENS.dark.surface));
    expect(faq.hasAttribute('theme')).to.equal(false);
    const own = await fixture<WalletFaq>(html`<wallet-faq theme="light"></wallet-faq>`);
    expect(surfaceOf(own), 'its own theme wins').to.deep.equal(resolveColor(TOKENS.light.surface));
    document.documentElement.style.colorScheme = 'light';
    await waitUntil(() => surfaceOf(faq)?.r === 255, 'light again with the page');
  });

  it('applies WalletHelp.configure({ theme, accent, lang }) at once to every element without its own', async () => {
    undo.push(() => configurePage({ theme: undefined, accent: undefined, lang: undefined }));
    const plain = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
    const own = await fixture<WalletFaq>(html`<wallet-faq theme="light" lang="zh-CN" accent="#0b57d0"></wallet-faq>`);
    configurePage({ theme: 'dark', accent: '#e60012', lang: 'en' });
    const english = (enJson as ContentPack).topics[0]!.question;
    await waitUntil(() => plain.shadowRoot!.querySelector('button[aria-expanded]')?.textContent?.trim() === english, 'English');
    expect(surfaceOf(plain)).to.deep.equal(resolveColor(TOKENS.dark.surface));
    expect(plain.style.getPropertyValue('--_accent')).to.not.equal('');
    expect(surfaceOf(own)).to.deep.equal(resolveColor(TOKENS.light.surface));
    expect(own.shadowRoot!.querySelector('button[aria-expanded]')!.textContent!.trim()).to.not.equal(english);
    expect(resolveColor(own.style.getPropertyValue('--_accent')), 'its own accent').to.deep.equal(resolveColor('#0b57d0'));
  });

  it('reads WalletHelp.configure({ lang }) as the elements read lang: zh-Hant-HK shows zh-HK, zh_TW zh-TW, for every element without its own', async () => {
    undo.push(() => configurePage({ lang: undefined }));
    const plain = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
    const own = await fixture<WalletFaq>(html`<wallet-faq lang="zh-CN"></wallet-faq>`);
    const first = (faq: WalletFaq) => faq.shadowRoot!.querySelector('button[aria-expanded]')?.textContent?.trim();
    configurePage({ lang: 'zh-Hant-HK' });
    await waitUntil(() => first(plain) === (hkJson as ContentPack).topics[0]!.question, 'zh-HK');
    expect(plain.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('zh-HK');
    configurePage({ lang: 'zh_TW' });
    await waitUntil(() => first(plain) === (twJson as ContentPack).topics[0]!.question, 'zh-TW');
    expect(first(own), 'its own lang wins').to.equal((zhJson as ContentPack).topics[0]!.question);
  });
});
