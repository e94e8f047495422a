// An element with the id or name WalletHelp before the script tag (markup sanitizers let ids through)
// shows through `window.WalletHelp` by named access: the script tag must still install its global
// (built bundles: `npm run build` first).
import { expect, waitUntil } from '@open-wc/testing';
import type { WalletHelp } from '../../src/components/wallet-help/wallet-help.js';
import type { WalletHelpGlobal } from '../../src/cdn.js';

type PageWindow = Window & { WalletHelp?: WalletHelpGlobal; warnings: string[] };

const SCRIPTS = {
  module: '<script type="module" src="/dist/cdn/wallet-help.js"></script>',
  classic: '<script src="/dist/cdn/wallet-help.iife.js"></script>',
};

/** A page holding `markup`, then the script tag; its console warnings are kept in `warnings`. */
async function page(markup: string, build: keyof typeof SCRIPTS): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="zh-CN"><body>
    <script>window.warnings = []; const warn = console.warn; console.warn = (...args) => (warnings.push(args.join(' ')), warn(...args));</script>
    ${markup}
    ${SCRIPTS[build]}
  </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await waitUntil(() => win.customElements.get('wallet-help'), 'the script tag ran', { timeout: 10_000 });
  return win;
}

const dialogOf = (win: Window) => (win.document.querySelector('wallet-help') as WalletHelp | null)?.shadowRoot?.querySelector('dialog');

describe('an element named WalletHelp on the page before the script tag', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  const markups = [
    '<a id="WalletHelp" href="#help">帮助</a>',
    '<form id="WalletHelp"></form>',
    '<img name="WalletHelp" alt="">',
    '<details id="WalletHelp" open><summary>帮助</summary></details>',
    '<a id="WalletHelp"></a><a id="WalletHelp"></a>',
    '<iframe name="WalletHelp"></iframe>',
  ];
  for (const build of ['module', 'classic'] as const) {
    for (const markup of markups) {
      it(`still gives WalletHelp.open, and warns of no other copy, after ${markup} (${build} build)`, async () => {
        const win = await page(markup, build);
        expect(win.WalletHelp?.version).to.be.a('string');
        win.WalletHelp!.open({ errorCode: 'account_locked' });
        await waitUntil(() => dialogOf(win)?.open, 'the dialog opened', { timeout: 10_000 });
        expect(win.warnings.filter((warning) => warning.includes('already on this page'))).to.deep.equal([]);
        // The page's element is still there, by its id.
        expect(win.document.getElementsByName('WalletHelp').length + win.document.querySelectorAll('#WalletHelp').length).to.be.greaterThan(0);
      });
    }
  }

  for (const build of ['module', 'classic'] as const) {
    it(`renders under the strict CSP and Trusted Types after <a id="WalletHelp"> (${build} build)`, async () => {
      const frame = document.createElement('iframe');
      frame.src = `/test/fixtures/csp/named-${build}.html`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as PageWindow;
      const violations: string[] = [];
      win.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      await waitUntil(() => win.customElements.get('wallet-help') && win.WalletHelp?.open, 'the script tag ran', { timeout: 10_000 });
      win.WalletHelp!.open({ topic: 'security' });
      await waitUntil(() => dialogOf(win)?.open, 'the dialog opened', { timeout: 10_000 });
      const panel = win.document.querySelector('wallet-help') as WalletHelp;
      await panel.updateComplete;
      expect(panel.shadowRoot!.querySelector('#title')!.textContent!.trim()).to.not.equal('');
      expect(violations, 'CSP violations').to.deep.equal([]);
    });
  }
});
