// The Traditional Chinese packs from the script tag, under the strict CSP, in each build (`npm run build`
// first): a page that reads zh-TW or zh-HK has its packs in memory once it is idle, so help shows them
// with the network gone; a zh-CN page never fetches them unasked, only on first use; and while a pack
// can't be had the element shows the Simplified guide, with one console error naming the file.
// Each page gets a network of its own (scripts/network-switch.mjs), as in offline.test.ts.
import { expect, waitUntil } from '@open-wc/testing';
import zhJson from '../../content/zh-CN.json';
import twJson from '../../content/zh-TW.json';
import hkJson from '../../content/zh-HK.json';
import type { ContentPack, TopicId } from '../../src/content/types.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletChecklist } from '../../src/components/wallet-checklist/wallet-checklist.js';
import { dialogOf, expectNothingThrown, openPage, panelOf, titleOf, topicOf, type Build } from './csp-page.js';

const zh = zhJson as ContentPack;
const tw = twJson as ContentPack;
const hk = hkJson as ContentPack;

const fetched = (win: Window) => win.performance.getEntriesByType('resource').map((entry) => entry.name.replace(/\?.*$/, ''));
const fetchedFile = (win: Window, file: string) => fetched(win).some((url) => url.endsWith(`/${file}`));

/** The page has loaded and gone idle, and the module build has fetched `files` by then, unasked. */
async function idle(win: Window, build: Build, files: string[]): Promise<void> {
  await waitUntil(() => win.document.readyState === 'complete', 'the page loaded', { timeout: 10_000 });
  if (build === 'module') {
    await waitUntil(() => files.every((file) => fetchedFile(win, file)), `${files.join(', ')} fetched at idle`, { timeout: 10_000 });
  }
  // Past the idle callback that would fetch anything more.
  await new Promise((resolve) => win.setTimeout(resolve, 300));
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

const faqOf = (win: Window) => win.document.querySelector('wallet-faq') as WalletFaq | null;
const questionsOf = (faq: WalletFaq) => [...faq.shadowRoot!.querySelectorAll('button[aria-expanded]')].map((button) => button.textContent!.trim());
const checklistLabels = (checklist: WalletChecklist) => [...checklist.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());

/** The panel shows the whole of `topic` in `pack`: question, answer and steps, marked with the pack's lang. */
async function expectPanelOn(win: Window, topic: TopicId, pack: ContentPack): Promise<void> {
  const { question, answer, checklist } = topicOf(pack, topic);
  await waitUntil(() => dialogOf(win)?.open && titleOf(win) === question, `the panel on “${question}”`, { timeout: 10_000 });
  const panel = panelOf(win)!;
  await panel.updateComplete;
  const root = panel.shadowRoot!;
  for (const paragraph of answer) expect(root.textContent).to.include(paragraph);
  expect(dialogOf(win)!.closest('[lang]')!.getAttribute('lang'), 'the panel says its language').to.equal(pack.lang);
  const steps = root.querySelector('wallet-checklist') as WalletChecklist;
  await waitUntil(() => checklistLabels(steps).join() === checklist.map((step) => step.text).join(), 'its steps', { timeout: 5000 });
  expect(steps.shadowRoot!.querySelector('[lang]')!.getAttribute('lang'), 'the steps say their language').to.equal(pack.lang);
}

describe('Traditional Chinese from the script tag, under the strict CSP', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const build of ['module', 'classic'] as const) {
    describe(`${build} build`, () => {
      it('a zh-HK page with a zh-TW FAQ and section has both packs in memory once idle: offline, every element shows its region’s guide', async () => {
        const page = await openPage('traditional', build, 'online');
        const { win } = page;
        await idle(win, build, ['wallet-help.search.js', 'wallet-help.en.js', 'wallet-help.zh-HK.js', 'wallet-help.zh-TW.js']);
        await page.network('offline');

        win.WalletHelp.open({ errorCode: 'account_locked', lang: 'zh-HK' });
        await expectPanelOn(win, 'account-locked', hk);
        win.WalletHelp.close();

        const faq = faqOf(win)!;
        await waitUntil(() => questionsOf(faq).join() === tw.topics.map((topic) => topic.question).join(), 'the FAQ in zh-TW', { timeout: 5000 });
        expect(faq.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('zh-TW');
        const checklist = win.document.querySelector('body > wallet-checklist') as WalletChecklist;
        await waitUntil(
          () => checklistLabels(checklist).join() === topicOf(hk, 'transaction-failed').checklist.map((step) => step.text).join(),
          'the checklist with lang="zh-HK" in zh-HK',
          { timeout: 5000 },
        );
        const inherited = win.document.querySelector('section > wallet-checklist') as WalletChecklist;
        await waitUntil(
          () => checklistLabels(inherited).join() === topicOf(tw, 'security').checklist.map((step) => step.text).join(),
          'a checklist in a lang="zh-TW" section in zh-TW',
          { timeout: 5000 },
        );

        // Search both ways, offline: Cantonese in the page's language, Simplified in the zh-TW FAQ.
        expect((await win.WalletHelp.search('俾錢俾唔到但扣咗數'))[0]?.topic).to.equal('transaction-failed');
        const field = faq.shadowRoot!.querySelector('input')!;
        field.value = '账号被锁了怎么办';
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
        await waitUntil(() => questionsOf(faq)[0] === topicOf(tw, 'account-locked').question, 'a Simplified query found in the zh-TW FAQ', { timeout: 5000 });

        expectNothingThrown(win.seen);
        expect(win.seen.consoleErrors, 'console errors').to.deep.equal([]);
      });
    });
  }

  it('a zh-CN page never fetches the Traditional packs at idle, only on first use (module build)', async () => {
    const page = await openPage('offline', 'module', 'online');
    const { win } = page;
    await idle(win, 'module', ['wallet-help.search.js', 'wallet-help.en.js']);
    await new Promise((resolve) => win.setTimeout(resolve, 500));
    expect(fetched(win).filter((url) => /wallet-help\.zh-(TW|HK)\.js$/.test(url)), 'Traditional packs fetched unasked').to.deep.equal([]);

    win.WalletHelp.open({ errorCode: 'account_locked', lang: 'zh-HK' });
    await expectPanelOn(win, 'account-locked', hk);
    expect(fetchedFile(win, 'wallet-help.zh-HK.js')).to.equal(true);
    expect(fetchedFile(win, 'wallet-help.zh-TW.js'), 'only the pack asked for').to.equal(false);
    win.WalletHelp.close();
    expectNothingThrown(win.seen);
    expect(win.seen.consoleErrors, 'console errors').to.deep.equal([]);
  });

  it('while its pack can’t be loaded a zh-HK page shows the Simplified guide, says so once, and switches once back online (module build)', async () => {
    const page = await openPage('traditional', 'module', 'entry-then-offline');
    const { win } = page;
    await waitUntil(() => win.seen.consoleErrors.length > 0, 'the missing files named', { timeout: 10_000 });
    expect(win.seen.consoleErrors, 'one console error').to.have.length(1);
    const [message] = win.seen.consoleErrors;
    expect(message).to.include(`${page.cdn}wallet-help.zh-HK.js`);
    expect(message).to.include(`${page.cdn}wallet-help.zh-TW.js`);
    expect(message).to.include('zh-HK shows the zh-CN guide');
    expect(message).to.include('zh-TW shows the zh-CN guide');

    // Meanwhile: the whole answer, in Simplified Chinese rather than nothing.
    win.WalletHelp.open({ errorCode: 'account_locked' });
    await expectPanelOn(win, 'account-locked', zh);
    win.WalletHelp.close();
    expect(questionsOf(faqOf(win)!)).to.deep.equal(zh.topics.map((topic) => topic.question));

    await page.network('online');
    win.dispatchEvent(new Event('online'));
    await waitUntil(() => questionsOf(faqOf(win)!).join() === tw.topics.map((topic) => topic.question).join(), 'the FAQ in zh-TW once online', { timeout: 10_000 });
    win.WalletHelp.open({ errorCode: 'account_locked' });
    await expectPanelOn(win, 'account-locked', hk);
    win.WalletHelp.close();

    expectNothingThrown(win.seen);
    expect(win.seen.consoleErrors, 'still one console error').to.have.length(1);
  });
});
