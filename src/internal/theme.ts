import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as AccentMaths from './accent.js';
import { Sibling } from './siblings.js';

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

const accentMaths = new Sibling<typeof AccentMaths>(
  'wallet-help.accent.js',
  'the accent is shown as given, its text and link shades not adjusted for contrast',
  () => import('./accent.js'),
);

type AccentHost = ReactiveControllerHost & HTMLElement & { accent?: string; theme: Theme };

/**
 * Turns the `accent` attribute into `--_accent`, `--_on-accent` and `--_accent-text`: the colour as
 * given at once, then, once its maths has loaded (accent.ts), the text on it and the links in it
 * adjusted to 4.5:1. An invalid colour keeps the default accent, with one warning.
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
    if (!CSS.supports('color', accent) || /^\s*(currentcolor|inherit|initial|unset|revert)/i.test(accent)) return this.#reject(accent);
    style.setProperty('--_accent', accent);
    style.setProperty('--_accent-text', accent);
    void accentMaths
      .whenLoaded((maths) => {
        if (this.#applied === key && !maths.applyAccent(this.#host, accent, dark)) this.#reject(accent);
      })
      .load();
  }

  /** Not a colour (the maths, which parses any colour, can tell what CSS.supports lets through, e.g. var()). */
  #reject(accent: string): void {
    for (const name of ACCENT_PROPERTIES) this.#host.style.removeProperty(name);
    if (this.#warned.has(accent)) return;
    this.#warned.add(accent);
    console.warn(`wallet-help: accent="${accent}" is not a CSS color; using the default accent.`);
  }
}
