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

    display: block;
    box-sizing: border-box;
    /* Inherited properties reset, so host rules cannot reach inside; the font follows the page.
       visibility and pointer-events stay inherited: pages hide or disable regions with them. */
    font-family: var(--wallet-help-font-family, inherit);
    font-size: var(--wallet-help-font-size, 1rem);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    font-kerning: auto;
    font-feature-settings: normal;
    font-variation-settings: normal;
    font-size-adjust: none;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-align-last: auto;
    text-indent: 0;
    text-shadow: none;
    text-rendering: auto;
    text-underline-offset: auto;
    text-underline-position: auto;
    text-decoration-skip-ink: auto;
    white-space: normal;
    word-break: normal;
    overflow-wrap: break-word;
    line-break: auto;
    hyphens: manual;
    tab-size: 8;
    direction: ltr;
    writing-mode: horizontal-tb;
    caret-color: auto;
    cursor: auto;
    quotes: auto;
    list-style: disc outside none;
    border-collapse: separate;
    border-spacing: 0;
    empty-cells: show;
    caption-side: top;
    orphans: 2;
    widows: 2;
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke: 0;
    accent-color: auto;
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
