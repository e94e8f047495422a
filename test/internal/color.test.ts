import { expect } from '@open-wc/testing';
import {
  BLACK,
  composite,
  contrastRatio,
  ensureContrast,
  formatRgb,
  parseColor,
  readableOn,
  relativeLuminance,
  WHITE,
  type Rgb,
} from '../../src/internal/color.js';
import { TOKENS } from '../../src/internal/theme.js';

const rgb = (text: string): Rgb => parseColor(text)!;

describe('color math', () => {
  it('parses hex in all four lengths', () => {
    expect(parseColor('#fff')).to.deep.equal({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('#0b57d0')).to.deep.equal({ r: 11, g: 87, b: 208, a: 1 });
    expect(parseColor('#0008')).to.deep.equal({ r: 0, g: 0, b: 0, a: 0x88 / 255 });
    expect(parseColor(' #FF000080 ')).to.deep.equal({ r: 255, g: 0, b: 0, a: 0x80 / 255 });
  });

  it('parses rgb() and rgba() in the comma and space syntaxes', () => {
    expect(parseColor('rgb(1, 2, 3)')).to.deep.equal({ r: 1, g: 2, b: 3, a: 1 });
    expect(parseColor('rgba(10, 20, 30, 0.5)')).to.deep.equal({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseColor('rgb(10 20 30 / 25%)')).to.deep.equal({ r: 10, g: 20, b: 30, a: 0.25 });
    expect(parseColor('rgb(100% 0% 50%)')).to.deep.equal({ r: 255, g: 0, b: 127.5, a: 1 });
  });

  it('leaves other syntaxes and nonsense to the browser', () => {
    for (const text of ['red', 'hsl(0 100% 50%)', '#12', '#12345', 'rgb(1, 2)', 'rgb(a, b, c)', '']) {
      expect(parseColor(text), text).to.equal(undefined);
    }
  });

  it('formats a color as rgb() with whole channels', () => {
    expect(formatRgb({ r: 10.4, g: 20.6, b: 30, a: 0.3 })).to.equal('rgb(10 21 30)');
  });

  it('computes WCAG relative luminance', () => {
    expect(relativeLuminance(WHITE)).to.equal(1);
    expect(relativeLuminance(BLACK)).to.equal(0);
    expect(relativeLuminance(rgb('#808080'))).to.be.closeTo(0.2159, 0.0001);
  });

  it('computes WCAG contrast ratios, in either order', () => {
    expect(contrastRatio(BLACK, WHITE)).to.equal(21);
    expect(contrastRatio(WHITE, BLACK)).to.equal(21);
    expect(contrastRatio(rgb('#767676'), WHITE)).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio(rgb('#777777'), WHITE)).to.be.below(4.5);
  });

  it('picks black on light colors and white on dark ones', () => {
    expect(readableOn(rgb('#ffeb3b'))).to.deep.equal(BLACK);
    expect(readableOn(rgb('#1a237e'))).to.deep.equal(WHITE);
    expect(readableOn(WHITE)).to.deep.equal(BLACK);
    expect(readableOn(BLACK)).to.deep.equal(WHITE);
  });

  it('always reaches 4.5:1 with black or white, even on the hardest mid tones', () => {
    for (let value = 0; value <= 255; value += 1) {
      const gray = { r: value, g: value, b: value, a: 1 };
      expect(contrastRatio(readableOn(gray), gray), `gray ${value}`).to.be.at.least(4.5);
    }
  });

  it('composites a translucent color over its background', () => {
    expect(composite({ r: 0, g: 0, b: 0, a: 0.5 }, WHITE)).to.deep.equal({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
  });

  it('adjusts a color just enough to reach 4.5:1, and leaves readable colors alone', () => {
    const navy = rgb('#1a237e');
    expect(ensureContrast(navy, WHITE)).to.equal(navy);
    const samples = ['#ffeb3b', '#00bcd4', '#ff9800', '#9e9e9e', '#1a237e', '#000000', '#ffffff', '#7f7f7f'];
    for (const surface of [TOKENS.light.surface, TOKENS.dark.surface, '#808080', '#ffeb3b']) {
      for (const sample of samples) {
        const adjusted = ensureContrast(rgb(sample), rgb(surface));
        expect(contrastRatio(adjusted, rgb(surface)), `${sample} on ${surface}`).to.be.at.least(4.5);
      }
    }
    // Yellow on white darkens, not to black: it stays a yellowish brown.
    const yellow = ensureContrast(rgb('#ffeb3b'), WHITE);
    expect(yellow.r).to.be.above(yellow.b);
    expect(contrastRatio(yellow, WHITE)).to.be.below(5);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps every default ${scheme} token readable`, () => {
      const tokens = TOKENS[scheme];
      const surface = rgb(tokens.surface);
      for (const name of ['text', 'muted', 'border', 'accent'] as const) {
        expect(contrastRatio(rgb(tokens[name]), surface), name).to.be.at.least(4.5);
      }
      expect(contrastRatio(rgb(tokens.text), rgb(tokens.hover)), 'text on hover').to.be.at.least(4.5);
      expect(contrastRatio(rgb(tokens.text), rgb(tokens.mark)), 'highlighted search match').to.be.at.least(4.5);
      expect(contrastRatio(rgb(tokens.accent), rgb(tokens.hover)), 'focus ring on hover').to.be.at.least(3);
      expect(contrastRatio(rgb(tokens.onAccent), rgb(tokens.accent)), 'on-accent').to.be.at.least(4.5);
    });
  }
});
