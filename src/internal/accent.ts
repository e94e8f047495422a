/**
 * The accent's colour maths: any CSS colour the browser knows, as sRGB, and the shades of it that
 * read at 4.5:1. Loaded with the first element that has an `accent` (the sibling
 * `wallet-help.accent.js` beside the script-tag build): until then the accent is shown as given.
 */
import { composite, ensureContrast, formatRgb, parseColor, readableOn, type Rgb } from './color.js';
import { TOKENS } from './theme.js';

let canvasContext: CanvasRenderingContext2D | null | undefined;

function paint(value: string, baseline: string): CanvasRenderingContext2D | undefined {
  if (canvasContext === undefined) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    canvasContext = canvas.getContext('2d', { willReadFrequently: true });
  }
  if (!canvasContext) return undefined;
  canvasContext.fillStyle = baseline;
  canvasContext.fillStyle = value;
  return canvasContext;
}

/**
 * Any CSS color the browser knows (named, hex, rgb, hsl, lab, oklch…) as sRGB, or
 * `undefined` if it is not a color. The canvas parses it; reading its serialized
 * `fillStyle` avoids pixel readback (which privacy modes add noise to) when it can.
 */
export function resolveColor(value: string): Rgb | undefined {
  const quick = parseColor(value);
  if (quick) return quick;
  if (typeof document === 'undefined' || /^\s*currentcolor\s*$/i.test(value)) return undefined;
  // The canvas ignores what it cannot parse: unchanged from two different baselines means invalid.
  const onBlack = paint(value, '#000000');
  if (!onBlack || (onBlack.fillStyle === '#000000' && paint(value, '#ffffff')?.fillStyle === '#ffffff')) {
    return undefined;
  }
  const context = paint(value, '#000000')!;
  const serialized = parseColor(String(context.fillStyle));
  if (serialized) return serialized;
  context.clearRect(0, 0, 1, 1);
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 255] = context.getImageData(0, 0, 1, 1).data;
  return { r, g, b, a: a / 255 };
}

/**
 * Sets `host`'s `--_accent`, `--_on-accent` (black or white, whichever reads better on it) and
 * `--_accent-text` (the accent, adjusted to 4.5:1 on the surface), through CSSOM so strict CSP pages
 * allow it. `false` when `accent` is not a colour.
 */
export function applyAccent(host: HTMLElement, accent: string, dark: boolean): boolean {
  const color = resolveColor(accent);
  if (!color) return false;
  const surface =
    resolveColor(getComputedStyle(host).getPropertyValue('--_surface')) ?? parseColor(TOKENS[dark ? 'dark' : 'light'].surface)!;
  const solid = composite(color, surface);
  host.style.setProperty('--_accent', formatRgb(solid));
  host.style.setProperty('--_on-accent', formatRgb(readableOn(solid)));
  host.style.setProperty('--_accent-text', formatRgb(ensureContrast(solid, surface)));
  return true;
}
