// A few hundred fuzzed packs (test/fuzz/arbitraries.ts: the real packs mutated, vendor overlays,
// random values) fed to the elements the ways vendors do: `WalletHelp.configure({ content })` (which
// applies content to the document), `<wallet-help>.content` (to the element). Whatever comes, no error
// reaches the page and the FAQ is never blank: its questions show visible text, searched or not.
// A failure prints fast-check's seed; set it as `seed` in `runs` below to replay it.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/components/wallet-help/wallet-help.js';
import '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletHelp } from '../../src/components/wallet-help/wallet-help.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import { applyVendorContent } from '../../src/internal/vendor-content.js';
import { clearVendorContent } from '../../src/internal/packs.js';
import { recordConsole } from '../helpers/console.js';
import { recordPageErrors } from '../helpers/page-errors.js';
import { isVisible, showsSomething, mutatedOverlay, mutatedPack, query, randomValue, runs } from './arbitraries.js';

const content = fc.oneof(
  { arbitrary: mutatedOverlay, weight: 4 },
  { arbitrary: mutatedPack, weight: 2 },
  { arbitrary: fc.array(mutatedOverlay, { minLength: 1, maxLength: 2 }), weight: 1 },
  { arbitrary: randomValue, weight: 1 },
);

describe('fuzzed content packs on the page', () => {
  let pageErrors: ReturnType<typeof recordPageErrors>;
  let consoleErrors: ReturnType<typeof recordConsole>;

  beforeEach(() => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    pageErrors = recordPageErrors();
    // Rejected packs log one console.error each: hundreds of them, expected, not shown.
    consoleErrors = recordConsole('error');
  });
  afterEach(() => {
    consoleErrors.restore();
    pageErrors.restore();
    clearVendorContent();
    document.documentElement.removeAttribute('lang');
  });

  it('never throws into the page and never shows a blank FAQ, whatever content comes', async function () {
    this.timeout(120_000);
    const container = await fixture<HTMLDivElement>(html`<div><wallet-help launcher="none"></wallet-help><wallet-faq searchable></wallet-faq></div>`);
    const help = container.querySelector('wallet-help') as WalletHelp;
    const faq = container.querySelector('wallet-faq') as WalletFaq;
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(content, fc.boolean(), fc.option(query, { nil: '' }), async (value, toElement, text) => {
        // This case's errors only: one left by an earlier case is reported there, not in every case after it.
        pageErrors.errors.length = 0;
        clearVendorContent();
        // What configure({ content }) and the .content property call, awaited here.
        if (await applyVendorContent(value, toElement ? help : document, toElement ? 'the content property' : 'WalletHelp.configure({ content })')) applied++;
        faq.query = text;
        await faq.updateComplete;
        const buttons = [...faq.shadowRoot!.querySelectorAll('[part~="button"]')];
        const shown = faq.shadowRoot!.textContent!;
        // Why it shows nothing, in the guide's words; the status line may quote what was typed, bidi controls and all.
        if (buttons.length === 0) expect(showsSomething(shown), 'the FAQ says why it shows nothing').to.equal(true);
        for (const button of buttons) expect(isVisible(button.textContent), `a question shows nothing: ${JSON.stringify(button.textContent)}`).to.equal(true);
        expect(pageErrors.errors).to.deep.equal([]);
      }),
      runs(300),
    );
    expect(applied, 'some fuzzed packs were applied').to.be.greaterThan(0);
    // And the panel still opens on the built-in guide's topic.
    clearVendorContent();
    help.show({ topic: 'security' });
    await help.updateComplete;
    expect(isVisible(help.shadowRoot!.querySelector('#title')?.textContent)).to.equal(true);
    help.hide();
    await new Promise((resolve) => setTimeout(resolve));
    expect(pageErrors.errors).to.deep.equal([]);
  });
});
