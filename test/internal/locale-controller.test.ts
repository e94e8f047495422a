import { expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { declaredLang, LocaleController } from '../../src/internal/locale-controller.js';

class LocaleProbe extends LitElement {
  locale = new LocaleController(this);
  renders = 0;
  override render() {
    this.renders += 1;
    return html`<p>${this.locale.pack.ui.faqLabel}</p>`;
  }
}
customElements.define('x-locale-probe', LocaleProbe);

const label = (el: LocaleProbe) => el.shadowRoot!.querySelector('p')!.textContent;

describe('LocaleController', () => {
  beforeEach(() => document.documentElement.setAttribute('lang', 'zh-CN'));
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('finds the nearest lang through shadow roots', async () => {
    const outer = await fixture<HTMLElement>(testHtml`<div lang="en-GB"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('i');
    root.append(inner);
    expect(declaredLang(inner)).to.equal('en-GB');
    host.setAttribute('lang', ' ');
    expect(declaredLang(inner)).to.equal('en-GB');
    root.append(Object.assign(document.createElement('b'), { lang: 'zh' }));
    expect(declaredLang(root.querySelector('b')!)).to.equal('zh');
  });

  it('gives a pack on the first render and marks the rendered root with its language', async () => {
    const el = await fixture<LocaleProbe>(testHtml`<x-locale-probe></x-locale-probe>`);
    expect(el.locale.lang).to.equal('zh-CN');
    expect(label(el)).to.equal(el.locale.pack.ui.faqLabel);
    expect(el.shadowRoot!.querySelector('p')!.getAttribute('lang')).to.equal('zh-CN');
  });

  it('switches to English once its chunk has loaded, and back', async () => {
    const el = await fixture<LocaleProbe>(testHtml`<x-locale-probe lang="en"></x-locale-probe>`);
    expect(el.locale.lang).to.equal('en');
    await waitUntil(() => el.locale.pack.lang === 'en' && el.shadowRoot!.querySelector('p')!.lang === 'en');
    el.lang = 'zh-CN';
    await waitUntil(() => el.shadowRoot!.querySelector('p')!.lang === 'zh-CN');
  });

  it('reads Traditional Chinese tags on the element, an ancestor or <html> as their own packs, no longer zh-CN', async () => {
    const el = await fixture<LocaleProbe>(testHtml`<x-locale-probe lang="zh-Hant-TW"></x-locale-probe>`);
    expect(el.locale.lang).to.equal('zh-TW');
    await waitUntil(() => el.locale.pack.lang === 'zh-TW' && el.shadowRoot!.querySelector('p')!.lang === 'zh-TW', 'zh-TW pack');
    expect(label(el)).to.equal(el.locale.pack.ui.faqLabel);

    const wrapper = await fixture<HTMLElement>(testHtml`<div lang="zh_MO"><x-locale-probe></x-locale-probe></div>`);
    const inner = wrapper.querySelector<LocaleProbe>('x-locale-probe')!;
    await waitUntil(() => inner.shadowRoot!.querySelector('p')?.lang === 'zh-HK', 'zh-HK from an ancestor');

    document.documentElement.setAttribute('lang', 'zh-Hans-HK');
    const simplified = await fixture<LocaleProbe>(testHtml`<x-locale-probe></x-locale-probe>`);
    expect(simplified.locale.lang, 'the script subtag wins').to.equal('zh-CN');
    document.documentElement.setAttribute('lang', 'zh-HK');
    await waitUntil(() => simplified.shadowRoot!.querySelector('p')!.lang === 'zh-HK', 'zh-HK from <html>');
  });

  it('stops listening when the last element leaves, and listens again when one returns', async () => {
    const el = await fixture<LocaleProbe>(testHtml`<x-locale-probe></x-locale-probe>`);
    const parent = el.parentElement!;
    el.remove();
    document.documentElement.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.locale.lang).to.equal('zh-CN');
    parent.append(el);
    expect(el.locale.lang).to.equal('en');
    document.documentElement.setAttribute('lang', 'zh-CN');
    await waitUntil(() => el.locale.lang === 'zh-CN');
  });

  it('does not re-render when an unrelated lang changes', async () => {
    const el = await fixture<LocaleProbe>(testHtml`<x-locale-probe></x-locale-probe>`);
    const before = el.renders;
    document.body.setAttribute('lang', 'zh-Hans');
    await new Promise((resolve) => setTimeout(resolve));
    document.body.removeAttribute('lang');
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.renders).to.equal(before);
  });
});
