import { css, unsafeCSS } from 'lit';
import { TOKENS } from './theme.js';

type Scheme = (typeof TOKENS)[keyof typeof TOKENS];

// Private `--_*` tokens read the public `--wallet-help-*` knobs, so a page themes without knowing internals.
function tokens(scheme: Scheme) {
  return unsafeCSS(`
    color-scheme: ${scheme === TOKENS.dark ? 'dark' : 'light'};
    --_surface: var(--wallet-help-surface, ${scheme.surface});
    --_text: var(--wallet-help-text, ${scheme.text});
    --_muted: var(--wallet-help-muted, ${scheme.muted});
    --_border: var(--wallet-help-border, ${scheme.border});
    --_hover: ${scheme.hover};
    --_mark: ${scheme.mark};
    --_accent: var(--wallet-help-accent, ${scheme.accent});
    --_accent-text: var(--wallet-help-accent, ${scheme.accent});
    --_on-accent: ${scheme.onAccent};
  `);
}

/** Shared by every element: tokens, light/dark schemes, and a wall against the host page's inherited styles. */
export const themeStyles = css`
  :host {
    ${tokens(TOKENS.light)}
    --_radius: var(--wallet-help-radius, 8px);
    --_spacing: var(--wallet-help-spacing, 1rem);
    --_duration: 160ms;

    /* Every inherited property back to its initial value, so host rules cannot reach inside;
       then the few we want: the page's font, and visibility and pointer-events, with which
       pages hide or disable whole regions. Custom properties are not touched by all. */
    all: initial;
    display: block;
    box-sizing: border-box;
    direction: ltr;
    visibility: inherit;
    pointer-events: inherit;
    font-family: var(--wallet-help-font-family, inherit);
    font-size: var(--wallet-help-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: break-word;
    cursor: auto;
    color: var(--_text);
  }

  :host([theme='dark']) {
    ${tokens(TOKENS.dark)}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${tokens(TOKENS.dark)}
    }
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }

    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
