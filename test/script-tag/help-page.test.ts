// WalletHelp.open() on a plain page holding only the script tag, under the strict CSP (built
// bundles: `npm run build` first). The test drives the framed page as its user would.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import zhJson from '../../content/zh-CN.json';
import type { ContentPack } from '../../src/content/types.js';
import type { WalletHelp } from '../../src/components/wallet-help/wallet-help.js';
import type { WalletHelpGlobal } from '../../src/cdn.js';
import { captureConsole } from '../helpers/console.js';

const zh = zhJson as ContentPack;
const locked = zh.topics.find((topic) => topic.id === 'account-locked')!;

interface Page {
  frame: HTMLIFrameElement;
  win: Window & { WalletHelp?: WalletHelpGlobal };
  /** Policy violations from the moment the page loaded (opening the panel must cause none). */
  violations: string[];
}

async function page(build: string, width = 800): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 640px; border: 0`;
  frame.src = `/test/fixtures/csp/help-${build}.html`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { WalletHelp?: WalletHelpGlobal };
  const violations: string[] = [];
  win.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  await waitUntil(() => win.WalletHelp && win.customElements.get('wallet-help'), 'the script tag ran', { timeout: 10_000 });
  return { frame, win, violations };
}

const panelOf = (win: Window) => win.document.querySelector('wallet-help') as WalletHelp | null;
const dialogOf = (win: Window) => panelOf(win)?.shadowRoot?.querySelector('dialog');

describe('WalletHelp.open() from the script tag, under the strict CSP', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const build of ['module', 'classic']) {
    it(`opens the locked-account answer for account_locked, and Escape gives focus back (${build} build)`, async () => {
      const { frame, win, violations } = await page(build);
      const retry = win.document.getElementById('retry') as HTMLButtonElement;
      frame.focus();
      retry.focus();
      win.WalletHelp!.open({ errorCode: 'account_locked' });
      await waitUntil(() => dialogOf(win)?.open, 'the dialog opened', { timeout: 10_000 });
      const panel = panelOf(win)!;
      await panel.updateComplete;
      const root = panel.shadowRoot!;
      expect(root.querySelector('#title')!.textContent!.trim()).to.equal(locked.question);
      for (const paragraph of locked.answer) expect(root.textContent).to.include(paragraph);
      const checklist = root.querySelector('wallet-checklist')!;
      await waitUntil(() => checklist.shadowRoot?.querySelectorAll('input[type="checkbox"]').length === locked.checklist.length, 'the steps');
      expect(dialogOf(win)!.matches(':modal')).to.equal(true);
      expect(win.document.querySelectorAll('wallet-help').length).to.equal(1);

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialogOf(win)?.open, 'closed by Escape', { timeout: 5000 });
      expect(win.document.activeElement).to.equal(retry);
      win.WalletHelp!.open({ topic: 'security' });
      await waitUntil(() => dialogOf(win)?.open, 'opened again', { timeout: 5000 });
      expect(win.document.querySelectorAll('wallet-help').length).to.equal(1);
      win.WalletHelp!.close();
      await waitUntil(() => !dialogOf(win)?.open, 'closed by WalletHelp.close()', { timeout: 5000 });
      expect(violations, 'CSP violations').to.deep.equal([]);
    });
  }

  it('is a full-width bottom sheet on a 320 px wide phone', async () => {
    const { win } = await page('module', 320);
    win.WalletHelp!.configure({ errorMap: { E4001: 'transaction-failed' }, support: { phone: '95188' } });
    win.WalletHelp!.open({ errorCode: 'E4001' });
    await waitUntil(() => dialogOf(win)?.open, 'the dialog opened', { timeout: 10_000 });
    const panel = panelOf(win)!;
    await panel.updateComplete;
    const box = dialogOf(win)!.getBoundingClientRect();
    expect(box.width).to.equal(320);
    expect(box.left).to.equal(0);
    expect(Math.round(box.bottom)).to.equal(win.innerHeight);
    expect(panel.shadowRoot!.querySelector('#title')!.textContent!.trim()).to.equal(zh.topics.find((t) => t.id === 'transaction-failed')!.question);
    expect(panel.shadowRoot!.querySelector('[part~="contact-link"]')!.getAttribute('href')).to.equal('tel:95188');
    win.WalletHelp!.close();
  });

  it('takes the vendor’s content through WalletHelp.configure (Chinese punctuation full-width), and reports a broken one on document', async () => {
    const { win, violations } = await page('module');
    const failed = new Promise<CustomEvent>((resolve) => win.document.addEventListener('wallet-help-error', (event) => resolve(event as CustomEvent), { once: true }));
    // Typed with ASCII , and ?: the built vendor file shows them full-width.
    win.WalletHelp!.configure({ content: { topics: [{ id: 'transaction-failed', question: '示例钱包付款没成功,怎么办?' }] } });
    win.WalletHelp!.open({ errorCode: 'payment_failed' });
    await waitUntil(() => dialogOf(win)?.open && panelOf(win)!.shadowRoot!.querySelector('#title')!.textContent!.trim() === '示例钱包付款没成功，怎么办？', 'the vendor’s question', { timeout: 10_000 });
    const errors = await captureConsole(
      'error',
      async () => {
        win.WalletHelp!.configure({ content: { topics: 'not a list' } });
        expect((await failed).detail).to.deep.equal({ reason: 'invalid-content', path: 'topics' });
      },
      win as unknown as { console: Console },
    );
    expect(errors.messages).to.have.length(1);
    expect(panelOf(win)!.shadowRoot!.querySelector('#title')!.textContent!.trim()).to.equal('示例钱包付款没成功，怎么办？');
    win.WalletHelp!.close();
    expect(violations, 'CSP violations').to.deep.equal([]);
  });
});
