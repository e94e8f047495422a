import { LitElement, type PropertyDeclarations } from 'lit';
import { VERSION } from '../version.js';
import type { WalletHelpEventMap } from './events.js';
import { followPageConfig } from './page-config.js';
import { warnOnce } from './warn.js';
import { ThemeController, type Theme } from './theme.js';

export type EmitOptions = Omit<CustomEventInit, 'detail'>;

/**
 * What every wallet-help element shares: its version (read by the registration guard), the `theme`
 * and `accent` attributes, the page's configuration (it re-renders when `WalletHelp.configure` changes
 * it), and typed events.
 */
export class WalletHelpElement extends LitElement {
  /** The library version that defined this element; `defineElement` compares it. */
  static version = VERSION;

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    accent: {},
  };

  /**
   * Color scheme: `light`, `dark`, or `auto` to follow the reader's system setting. Unset, the
   * element takes `WalletHelp.configure`'s, else the page's: a page with `color-scheme: dark` gets `dark`.
   */
  theme?: Theme;

  /**
   * Brand color, any CSS color (`#0b57d0`, `rebeccapurple`, `oklch(…)`). Text on it and
   * links drawn in it are adjusted to keep 4.5:1 contrast; an invalid value is ignored.
   */
  accent?: string;

  constructor() {
    super();
    new ThemeController(this);
    followPageConfig(this);
  }

  #warned = new Set<string>();

  /**
   * Warns in the console once per `key` for this element: a bad attribute is told once, not at every render.
   * @internal
   */
  warnOnce(key: string, message: string): void {
    warnOnce(key, message, undefined, this.#warned);
  }

  /**
   * Fires `name` from this element: bubbling, crossing shadow roots, not cancelable unless asked.
   * @internal
   */
  emit<K extends keyof WalletHelpEventMap>(
    name: K,
    detail: WalletHelpEventMap[K],
    options: EmitOptions = {},
  ): CustomEvent<WalletHelpEventMap[K]> {
    const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, ...options, detail });
    this.dispatchEvent(event);
    return event;
  }
}
