/** sRGB color math for contrast (WCAG 2.x), with no DOM: the accent and theme tokens use it. */

/** An sRGB color: channels 0–255, alpha 0–1. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
  a: number;
}

export const BLACK: Rgb = { r: 0, g: 0, b: 0, a: 1 };
export const WHITE: Rgb = { r: 255, g: 255, b: 255, a: 1 };

/** The minimum contrast for text (WCAG 1.4.3, level AA). */
export const TEXT_CONTRAST = 4.5;

const HEX = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i;
const RGB_FUNCTION = /^rgba?\(\s*([^)]*)\)$/i;

function clampChannel(value: number): number {
  return Math.min(255, Math.max(0, value));
}

function parseHex(digits: string): Rgb {
  const full = digits.length <= 4 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const channel = (index: number) => parseInt(full.slice(index * 2, index * 2 + 2), 16);
  return { r: channel(0), g: channel(1), b: channel(2), a: full.length === 8 ? channel(3) / 255 : 1 };
}

function parseComponent(text: string, scale: number): number {
  return text.endsWith('%') ? (parseFloat(text) / 100) * scale : parseFloat(text);
}

/**
 * Hex (`#rgb`, `#rrggbb`, with or without alpha) and `rgb()`/`rgba()` in either syntax:
 * what `getComputedStyle` and canvas serialize. Other color syntaxes need the DOM
 * (`resolveColor` in accent.ts) and give `undefined` here.
 */
export function parseColor(text: string): Rgb | undefined {
  const value = text.trim();
  const hex = HEX.exec(value);
  if (hex) return parseHex(hex[1]!);
  const rgb = RGB_FUNCTION.exec(value);
  if (!rgb) return undefined;
  const parts = rgb[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return undefined;
  const [r, g, b] = parts.slice(0, 3).map((part) => clampChannel(parseComponent(part, 255)));
  const a = parts[3] === undefined ? 1 : Math.min(1, Math.max(0, parseComponent(parts[3], 1)));
  if ([r, g, b, a].some((channel) => channel === undefined || Number.isNaN(channel))) return undefined;
  return { r: r!, g: g!, b: b!, a };
}

/** `rgb(r g b)`, rounded; alpha is dropped because callers composite first. */
export function formatRgb(color: Rgb): string {
  return `rgb(${Math.round(color.r)} ${Math.round(color.g)} ${Math.round(color.b)})`;
}

/** `color` drawn over `background`, so a translucent accent is judged as it looks. */
export function composite(color: Rgb, background: Rgb): Rgb {
  const mix = (top: number, bottom: number) => top * color.a + bottom * (1 - color.a);
  return { r: mix(color.r, background.r), g: mix(color.g, background.g), b: mix(color.b, background.b), a: 1 };
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(color: Rgb): number {
  return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b);
}

/** WCAG contrast ratio, 1 to 21, in either order. */
export function contrastRatio(first: Rgb, second: Rgb): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Black or white, whichever contrasts more with `background`; always at least 4.58:1. */
export function readableOn(background: Rgb): Rgb {
  return contrastRatio(BLACK, background) >= contrastRatio(WHITE, background) ? BLACK : WHITE;
}

function mixRounded(from: Rgb, to: Rgb, amount: number): Rgb {
  const channel = (a: number, b: number) => Math.round(a + (b - a) * amount);
  return { r: channel(from.r, to.r), g: channel(from.g, to.g), b: channel(from.b, to.b), a: 1 };
}

/**
 * `color`, darkened or lightened (toward whichever of black and white suits
 * `background`) just enough to reach `minimum` contrast; unchanged if it already does.
 */
export function ensureContrast(color: Rgb, background: Rgb, minimum = TEXT_CONTRAST): Rgb {
  if (contrastRatio(color, background) >= minimum) return color;
  const target = readableOn(background);
  // Bisection: along the way to `target` contrast only dips then rises, so past the
  // first passing point every point passes; `high` is always a tested pass (or target).
  let [low, high] = [0, 1];
  for (let step = 0; step < 16; step += 1) {
    const middle = (low + high) / 2;
    if (contrastRatio(mixRounded(color, target, middle), background) >= minimum) high = middle;
    else low = middle;
  }
  return mixRounded(color, target, high);
}
