// Help when the network is gone: a wallet's network-error screen holding only the script tag, under
// the strict CSP, in each build (`npm run build` first). Each test gives its page a network of its own
// (scripts/network-switch.mjs), loads it through /net/<key>/, then cuts or thins that network.
import { expect, waitUntil } from '@open-wc/testing';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import type { ContentPack, TopicId } from '../../src/content/types.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import { dialogOf, expectNothingThrown, openPage, panelOf, titleOf, topicOf, type Build, type NetworkState, type Page } from './csp-page.js';

const zh = zhJson as ContentPack;
const en = enJson as ContentPack;

const fetched = (win: Window) => win.performance.getEntriesByType('resource').map((entry) => entry.name);

/** The page has loaded and gone idle; the module build has fetched search and English by then, unasked. */
async function idle({ win }: Page, build: Build): Promise<void> {
  await waitUntil(() => win.document.readyState === 'complete', 'the page loaded', { timeout: 10_000 });
  if (build === 'module') {
    const files = ['wallet-help.search.js', 'wallet-help.en.js'];
    await waitUntil(() => files.every((file) => fetched(win).some((url) => url.endsWith(`/${file}`))), 'search and English fetched at idle', { timeout: 10_000 });
  }
  await new Promise((resolve) => win.setTimeout(resolve, 100));
}

/** The panel shows `topic`'s question, its answer and its steps, which tick. */
async function expectPanelOn(win: Window, topic: TopicId, pack: ContentPack): Promise<void> {
  const { question, answer, checklist } = topicOf(pack, topic);
  await waitUntil(() => dialogOf(win)?.open && titleOf(win) === question, `the panel on “${question}”`, { timeout: 10_000 });
  const root = panelOf(win)!.shadowRoot!;
  for (const paragraph of answer) expect(root.textContent).to.include(paragraph);
  const steps = root.querySelector('wallet-checklist')!;
  const boxes = () => [...(steps.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
  await waitUntil(() => boxes().length === checklist.length, 'its steps', { timeout: 5000 });
  boxes()[0]!.click();
  await waitUntil(() => boxes()[0]!.checked, 'the first step ticked', { timeout: 5000 });
  boxes()[0]!.click();
}

/** Types `query` into the searchable FAQ as an input method commits it; resolves to the questions shown. */
async function searchInFaq(win: Window, query: string): Promise<string[]> {
  const faq = win.document.querySelector('wallet-faq[searchable]') as WalletFaq;
  const field = faq.shadowRoot!.querySelector('input')!;
  field.value = query;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await faq.updateComplete;
  return questionsOf(faq);
}

const questionsOf = (faq: WalletFaq) => [...faq.shadowRoot!.querySelectorAll('button[aria-expanded]')].map((button) => button.textContent!.trim());

/** Types `query` into the panel's home search box; resolves to the questions it lists. */
async function searchInPanel(win: Window, query: string): Promise<HTMLElement[]> {
  const root = panelOf(win)!.shadowRoot!;
  await waitUntil(() => root.querySelector('#search'), 'the search box', { timeout: 5000 });
  const field = root.querySelector<HTMLInputElement>('#search')!;
  field.value = query;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await panelOf(win)!.updateComplete;
  return [...root.querySelectorAll<HTMLElement>('.topic')];
}

/**
 * Loads the page on a network in `state`, lets it try to load its siblings, then, as the wallet's
 * network-error screen does, opens help: the answer and its steps show, and search answers.
 */
async function helpOnFailingNetwork(build: Build, state: NetworkState): Promise<Page> {
  const page = await openPage('offline', build, state);
  const { win } = page;
  if (build === 'module') await waitUntil(() => win.seen.consoleErrors.length > 0, 'the missing files named', { timeout: 10_000 });
  else await idle(page, build);
  win.WalletHelp.open({ errorCode: 'network_error' });
  await expectPanelOn(win, 'transaction-failed', zh);
  win.WalletHelp.close();
  expect((await win.WalletHelp.search('扣了钱没到账'))[0]!.topic).to.equal('transaction-failed');
  return page;
}

describe('help with the network gone, from the script tag under the strict CSP', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const build of ['module', 'classic'] as const) {
    describe(`${build} build`, () => {
      it('offline once the page is idle: the network-error help, search and English all work', async () => {
        const page = await openPage('offline', build, 'online');
        const { win } = page;
        await idle(page, build);
        await page.network('offline');

        win.WalletHelp.open({ errorCode: 'network_error' });
        await expectPanelOn(win, 'transaction-failed', zh);
        win.WalletHelp.close();

        const results = await win.WalletHelp.search('扣了钱没到账');
        expect(results[0]!.topic).to.equal('transaction-failed');
        expect(results[0]!.matches, 'the full engine marks what matched').to.have.length.above(0);

        const faq = win.document.querySelector('wallet-faq') as WalletFaq;
        faq.setAttribute('lang', 'en');
        await waitUntil(() => questionsOf(faq)[0] === en.topics[0]!.question, 'the FAQ in English', { timeout: 5000 });
        expect(questionsOf(faq)).to.deep.equal(en.topics.map((topic) => topic.question));

        expectNothingThrown(win.seen);
        expect(win.seen.consoleErrors, 'console errors').to.deep.equal([]);
      });

      it('on a CDN holding only the first file: the answer and steps, one clear console error, the full panel once the files are there', async () => {
        const page = await helpOnFailingNetwork(build, 'entry-only');
        const { win } = page;
        // Plain word matching answers while the full engine is missing; nothing found is [].
        expect(await win.WalletHelp.search('zzqx')).to.deep.equal([]);
        expect((await searchInFaq(win, '账户被锁'))[0], 'the search box too').to.equal(topicOf(zh, 'account-locked').question);

        if (build === 'module') {
          expect(win.seen.consoleErrors, 'one console error').to.have.length(1);
          const [message] = win.seen.consoleErrors;
          expect(message).to.include(`${page.cdn}wallet-help.search.js`);
          expect(message).to.include(`${page.cdn}wallet-help.en.js`);
          expect(message).to.include('beside wallet-help.js');
          // English is missing: a language the page has.
          const faq = win.document.querySelector('wallet-faq') as WalletFaq;
          faq.setAttribute('lang', 'en');
          await faq.updateComplete;
          expect(questionsOf(faq)).to.deep.equal(zh.topics.map((topic) => topic.question));
        } else {
          expect(win.seen.consoleErrors, 'the classic build is one file: nothing missing').to.deep.equal([]);
        }

        // The files are uploaded: the next open() is complete, in English, with full search.
        await page.network('online');
        win.WalletHelp.open({ topic: 'account-locked', lang: 'en' });
        await expectPanelOn(win, 'account-locked', en);
        win.WalletHelp.open({ lang: 'zh-CN' });
        await waitUntil(async () => (await searchInPanel(win, '帳戶被鎖了'))[0]?.querySelector('mark'), 'Traditional characters found by the full engine', { timeout: 10_000 });
        expect((await searchInPanel(win, '帳戶被鎖了'))[0]!.textContent!.trim()).to.equal(topicOf(zh, 'account-locked').question);
        win.WalletHelp.close();

        expectNothingThrown(win.seen);
        expect(win.seen.consoleErrors, 'still one console error').to.have.length(build === 'module' ? 1 : 0);
      });

      it('offline before idle: the answer and steps, one console error, everything once back online', async () => {
        const page = await helpOnFailingNetwork(build, 'entry-then-offline');
        const { win } = page;
        const faq = win.document.querySelector('wallet-faq') as WalletFaq;
        faq.setAttribute('lang', 'en');
        await faq.updateComplete;
        expect(questionsOf(faq)[0]).to.equal(build === 'module' ? zh.topics[0]!.question : en.topics[0]!.question);

        // The signal is back: the browser says so, and what was missing loads without anyone asking.
        await page.network('online');
        win.dispatchEvent(new Event('online'));
        await waitUntil(() => questionsOf(faq)[0] === en.topics[0]!.question, 'the FAQ in English once online', { timeout: 10_000 });
        const results = await win.WalletHelp.search('帳戶被鎖了');
        expect(results[0]!.topic, 'the full engine reads Traditional characters').to.equal('account-locked');
        win.WalletHelp.open({ errorCode: 'account_locked', lang: 'en' });
        await expectPanelOn(win, 'account-locked', en);
        win.WalletHelp.close();

        expectNothingThrown(win.seen);
        expect(win.seen.consoleErrors, 'one console error at most').to.have.length(build === 'module' ? 1 : 0);
      });
    });
  }
  describe('memory while files after the first are missing', () => {
    it('lets removed FAQs go while search, JSON-LD and the accent maths cannot be loaded (module build)', async function () {
      // Only Chromium exposes the garbage collector to the page (scripts/browsers.mjs: --expose-gc).
      const gc = (window as { gc?: () => void }).gc;
      if (!gc) this.skip();
      const { win } = await openPage('offline', 'module', 'entry-only');
      // In a function of its own: a suspended async function may keep its last values alive.
      const addAndRemove = async (): Promise<WeakRef<WalletFaq>> => {
        const faq = win.document.createElement('wallet-faq') as WalletFaq;
        faq.setAttribute('searchable', '');
        faq.setAttribute('structured-data', '');
        faq.setAttribute('accent', '#0a7d5a');
        win.document.body.append(faq);
        await faq.updateComplete;
        faq.query = '转账';
        await faq.updateComplete;
        faq.remove();
        return new WeakRef(faq);
      };
      const removed: WeakRef<WalletFaq>[] = [];
      for (let i = 0; i < 5; i++) removed.push(await addAndRemove());
      await waitUntil(
        async () => {
          gc!();
          await new Promise((resolve) => setTimeout(resolve, 20));
          return removed.every((ref) => ref.deref() === undefined);
        },
        'every removed FAQ collected',
        { timeout: 10_000 },
      );
      expectNothingThrown(win.seen);
    });
  });
});
