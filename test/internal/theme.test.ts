import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resolveColor } from '../../src/internal/accent.js';
import '../../src/components/wallet-help/wallet-help.js';

describe('resolveColor', () => {
  it('reads any CSS color the browser knows as sRGB', () => {
    expect(resolveColor('rebeccapurple')).to.deep.equal({ r: 102, g: 51, b: 153, a: 1 });
    expect(resolveColor('hsl(120 100% 25%)')).to.deep.equal({ r: 0, g: 128, b: 0, a: 1 });
    expect(resolveColor('#0b57d0')).to.deep.equal({ r: 11, g: 87, b: 208, a: 1 });
    const oklch = resolveColor('oklch(0.628 0.2577 29.23)')!;
    // oklch(62.8% 0.2577 29.23) is sRGB red, give or take rounding.
    expect(oklch.r).to.be.closeTo(255, 2);
    expect(oklch.g).to.be.closeTo(0, 3);
    expect(oklch.b).to.be.closeTo(0, 3);
  });

  it('keeps the alpha of translucent colors', () => {
    const color = resolveColor('hsl(0 100% 50% / 0.5)')!;
    expect(color.r).to.equal(255);
    expect(color.a).to.be.closeTo(0.5, 0.01);
  });

  it('rejects what is not a color', () => {
    for (const value of ['not-a-color', '', 'inherit', 'currentColor', 'var(--x)', 'url(x.png)', '12px', 'black;x:y']) {
      expect(resolveColor(value), value).to.equal(undefined);
    }
  });
});

describe('the accent attribute', () => {
  it('fetches nothing smuggled in through var(), even before the colour maths has loaded', async () => {
    // var() passes CSS.supports('color', …) whatever it holds; the launcher's background would fetch the url().
    const accents = ['var(--x, url(/test/fixtures/never-fetched.png?var))', 'v\\61r(--x, url(/test/fixtures/never-fetched.png?escaped))'];
    for (const accent of accents) {
      const help = await fixture<HTMLElement>(html`<wallet-help accent=${accent}></wallet-help>`);
      expect(help.style.getPropertyValue('--_accent'), accent).to.equal('');
      expect(getComputedStyle(help.shadowRoot!.querySelector('.launcher')!).backgroundImage).to.equal('none');
    }
    // A background asked for after theirs has been fetched once its entry is there: theirs would be by then.
    const later = document.createElement('div');
    later.style.cssText = 'width: 1px; height: 1px; background-image: url(/package.json?after-the-accents)';
    document.body.append(later);
    try {
      await waitUntil(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('after-the-accents')), 'the later background fetched');
    } finally {
      later.remove();
    }
    const fetched = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('never-fetched'));
    expect(fetched.map((entry) => entry.name)).to.deep.equal([]);
  });
});
