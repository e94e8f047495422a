import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as AccentMaths from './accent.js';
import { setting } from './page-config.js';
import { meanwhile, Sibling } from './siblings.js';
import { warnOnce } from './warn.js';

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
  meanwhile('the accent is not adjusted for contrast'),
  () => import('./accent.js'),
  // Every element looks again when it arrives: none waits on it by a callback that would keep it alive.
  () => restyleAll(),
);

type ThemeHost = ReactiveControllerHost & HTMLElement & { accent?: string; theme?: Theme };

/** The media query `query`, where the browser has `matchMedia` (not in every test environment). */
export const media = (query: string): MediaQueryList | undefined => (typeof matchMedia === 'function' ? matchMedia(query) : undefined);

/** The computed style of the page around `element`: its parent's, or its shadow host's. */
export function pageStyle(element: Element): CSSStyleDeclaration {
  return getComputedStyle(element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? document.documentElement);
}

/**
 * The theme of an element without a `theme` of its own or from `WalletHelp.configure`: the page's.
 * A page that declares `color-scheme: dark` gets the dark theme; `light dark` follows the reader's
 * system, as the page does.
 */
export function pageTheme(element: Element): Theme {
  const scheme = pageStyle(element).colorScheme;
  return scheme.includes('dark') ? (scheme.includes('light') ? 'auto' : 'dark') : 'light';
}

// One observer for every element: a page switches to dark by a class, a style or a data attribute
// on <html> or <body>; each element then looks again.
const themed = new Set<ThemeController>();
let pageObserver: MutationObserver | undefined;

function restyleAll(): void {
  for (const controller of themed) controller.apply();
}

/**
 * The element's look: its theme (its own `theme`, else configure()'s, else the page's) as the custom
 * state `dark` or `auto` (styles read `:state()`, not an attribute the page would see), and its
 * accent (its own, else configure()'s) as `--_accent`, `--_on-accent` and `--_accent-text`: the colour
 * as given at once, then, once its maths has loaded (accent.ts), the text on it and the links in it
 * adjusted to 4.5:1. An invalid colour keeps the default accent, with one warning.
 */
export class ThemeController implements ReactiveController {
  #host: ThemeHost;
  #states?: Set<string>;
  #applied = '';
  #scheme = media('(prefers-color-scheme: dark)');
  #onSchemeChange = () => this.apply();

  constructor(host: ThemeHost) {
    this.#host = host;
    try {
      this.#states = host.attachInternals().states;
    } catch {
      // No custom states (older browsers): an explicit theme attribute still styles the element.
    }
    host.addController(this);
  }


  hostConnected(): void {
    this.#scheme?.addEventListener('change', this.#onSchemeChange);
    this.#applied = '';
    if (themed.size === 0) {
      pageObserver ??= new MutationObserver(restyleAll);
      for (const node of [document.documentElement, document.body]) if (node) pageObserver.observe(node, { attributes: true });
    }
    themed.add(this);
  }

  hostDisconnected(): void {
    this.#scheme?.removeEventListener('change', this.#onSchemeChange);
    themed.delete(this);
    if (themed.size > 0) return;
    pageObserver?.disconnect();
  }

  hostUpdated(): void {
    this.apply();
  }

  apply(): void {
    // Its own, else configure()'s, else the page's.
    const theme = setting(this.#host, 'theme') ?? pageTheme(this.#host);
    for (const state of ['dark', 'auto']) {
      if (state === theme) this.#states?.add(state);
      else this.#states?.delete(state);
    }
    const accent = setting(this.#host, 'accent');
    const dark = theme === 'dark' || (theme === 'auto' && this.#scheme?.matches === true);
    const maths = accentMaths.get();
    const key = accent ? `${accent}|${dark}|${!maths}` : '';
    if (key === this.#applied) return;
    this.#applied = key;
    const { style } = this.#host;
    for (const name of ACCENT_PROPERTIES) style.removeProperty(name);
    if (!accent) return;
    // var(), env() and attr() pass CSS.supports whatever they hold (a url() too, which the launcher's
    // background would fetch before the maths below rejects it): no colour needs them, or a backslash.
    if (!CSS.supports('color', accent) || /^\s*(currentcolor|inherit|initial|unset|revert)|(var|env|attr)\(|\\/i.test(accent)) return this.#reject(accent);
    style.setProperty('--_accent', accent);
    style.setProperty('--_accent-text', accent);
    if (!maths) void accentMaths.load();
    else if (!maths.applyAccent(this.#host, accent, dark)) this.#reject(accent);
  }

  /** Not a colour (the maths, which parses any colour, can tell what CSS.supports lets through, e.g. var()). */
  #reject(accent: string): void {
    for (const name of ACCENT_PROPERTIES) this.#host.style.removeProperty(name);
    warnOnce(`accent:${accent}`, `wallet-help: accent="${accent}" is not a CSS color; using the default accent.`);
  }
}
