import { expect, fixture, html as testHtml, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { defineElement } from '../../src/internal/define.js';
import { WalletHelpElement } from '../../src/internal/wallet-help-element.js';

class TestEmitter extends WalletHelpElement {
  override render() {
    return html`<button>inside</button>`;
  }
}
defineElement('x-test-emitter', TestEmitter);

describe('WalletHelpElement', () => {
  it('emits a typed event that bubbles out of shadow roots', async () => {
    const outer = await fixture<HTMLElement>(testHtml`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('x-test-emitter') as TestEmitter;
    root.append(el);
    setTimeout(() => el.emit('wallet-faq-toggle', { topic: 'security', open: true }));
    const event = await oneEvent(outer, 'wallet-faq-toggle');
    expect(event.detail).to.deep.equal({ topic: 'security', open: true });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
  });

  it('returns the event, cancelable when asked, so a listener can veto', async () => {
    const el = await fixture<TestEmitter>(testHtml`<x-test-emitter></x-test-emitter>`);
    el.addEventListener('wallet-faq-toggle', (event) => event.preventDefault());
    const vetoable = el.emit('wallet-faq-toggle', { topic: 'security', open: false }, { cancelable: true });
    expect(vetoable.defaultPrevented).to.equal(true);
    const plain = el.emit('wallet-faq-toggle', { topic: 'security', open: false });
    expect(plain.defaultPrevented).to.equal(false);
  });

  it('carries the library version and writes no theme attribute of its own (the page’s scheme decides)', async () => {
    const el = await fixture<TestEmitter>(testHtml`<x-test-emitter></x-test-emitter>`);
    expect(TestEmitter.version).to.match(/^\d+\.\d+\.\d+/);
    expect(el.hasAttribute('theme')).to.equal(false);
  });
});
