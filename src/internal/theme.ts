import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composite, ensureContrast, formatRgb, parseColor, readableOn, type Rgb } from './color.js';

export type Theme = 'light' | 'dark' | 'auto';

/** Default design tokens per scheme; every text color clears 4.5:1 on its surface (tested). */
export const TOKENS = {
  light: {
    surface: '#ffffff',
    text: '#1f1f1f',
    muted: '#595959',
    border: '#737373',
    hover: '#f0f2f5',
    mark: '#ffeaa0',
    accent: '#0b57d0',
    onAccent: '#ffffff',
  },
  dark: {
    surface: '#1c1d1f',
    text: '#ebebeb',
    muted: '#b3b3b3',
    border: '#939393',
    hover: '#2a2c30',
    mark: '#5c4a00',
    accent: '#a8c7fa',
    onAccent: '#000000',
  },
} as const;

const ACCENT_PROPERTIES = ['--_accent', '--_on-accent', '--_accent-text'] as const;

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

type AccentHost = ReactiveControllerHost & HTMLElement & { accent?: string; theme: Theme };

/**
 * Turns the `accent` attribute into `--_accent`, `--_on-accent` (black or white, whichever
 * reads better on it) and `--_accent-text` (the accent, adjusted to 4.5:1 on the surface),
 * set through CSSOM so strict CSP pages allow it.
 */
export class AccentController implements ReactiveController {
  #host: AccentHost;
  #applied = '';
  #warned = new Set<string>();
  #scheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  #onSchemeChange = () => this.#apply();

  constructor(host: AccentHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#scheme?.addEventListener('change', this.#onSchemeChange);
    this.#applied = '';
  }

  hostDisconnected(): void {
    this.#scheme?.removeEventListener('change', this.#onSchemeChange);
  }

  hostUpdated(): void {
    this.#apply();
  }

  #apply(): void {
    const { accent, theme, style } = this.#host;
    const dark = theme === 'dark' || (theme === 'auto' && this.#scheme?.matches === true);
    const key = accent ? `${accent}|${dark}` : '';
    if (key === this.#applied) return;
    this.#applied = key;
    for (const name of ACCENT_PROPERTIES) style.removeProperty(name);
    if (!accent) return;

    const color = resolveColor(accent);
    if (!color) {
      if (!this.#warned.has(accent)) {
        this.#warned.add(accent);
        console.warn(`wallet-help: accent="${accent}" is not a CSS color; using the default accent.`);
      }
      return;
    }
    const surface =
      resolveColor(getComputedStyle(this.#host).getPropertyValue('--_surface')) ??
      parseColor(TOKENS[dark ? 'dark' : 'light'].surface)!;
    const solid = composite(color, surface);
    style.setProperty('--_accent', formatRgb(solid));
    style.setProperty('--_on-accent', formatRgb(readableOn(solid)));
    style.setProperty('--_accent-text', formatRgb(ensureContrast(solid, surface)));
  }
}
