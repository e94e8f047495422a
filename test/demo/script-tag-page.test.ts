// demo/script-tag.html, the integration a vendor copies: short, and every element renders from it.
import { expect, waitUntil } from '@open-wc/testing';

describe('the minimal script-tag page (demo/script-tag.html)', function () {
  this.timeout(20_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('is under 20 lines of HTML, with the script tag and one of each element', async () => {
    const text = await (await fetch('/demo/script-tag.html')).text();
    expect(text.trimEnd().split('\n').length).to.be.below(20);
    for (const tag of ['<script type="module" src="../dist/cdn/wallet-help.js">', '<wallet-faq', '<wallet-checklist', '<wallet-help']) {
      expect(text).to.include(tag);
    }
  });

  it('renders all three elements', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demo/script-tag.html';
    document.body.append(frame);
    await waitUntil(() => {
      const page = frame.contentDocument;
      return (
        page?.querySelector('wallet-faq')?.shadowRoot?.querySelectorAll('button[aria-expanded]').length === 6 &&
        page.querySelector('wallet-checklist')?.shadowRoot?.querySelectorAll('input[type="checkbox"]').length === 6 &&
        page.querySelector('wallet-help')?.shadowRoot?.querySelector('[part~="launcher"]')
      );
    }, 'the three elements', { timeout: 10_000 });
  });
});
