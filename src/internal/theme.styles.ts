import { css, unsafeCSS } from 'lit';
import { TOKENS } from './theme.js';

type Scheme = (typeof TOKENS)[keyof typeof TOKENS];

// Private `--_*` tokens read the public `--wallet-help-*` knobs, so a page themes without knowing internals.
function tokens(scheme: Scheme) {
  // One line: a template literal keeps its whitespace through minifying.
  return unsafeCSS(
    `color-scheme:${scheme === TOKENS.dark ? 'dark' : 'light'};` +
      `--_surface:var(--wallet-help-surface,${scheme.surface});--_text:var(--wallet-help-text,${scheme.text});` +
      `--_muted:var(--wallet-help-muted,${scheme.muted});--_border:var(--wallet-help-border,${scheme.border});` +
      `--_hover:${scheme.hover};--_mark:${scheme.mark};--_accent:var(--wallet-help-accent,${scheme.accent});` +
      `--_accent-text:var(--wallet-help-accent,${scheme.accent});--_on-accent:${scheme.onAccent};`,
  );
}

/** Shared by every element: tokens, light/dark schemes, and a wall against the host page's inherited styles. */
export const themeStyles = css`
  :host {
    ${tokens(TOKENS.light)}
    --_radius: var(--wallet-help-radius, 8px);
    --_spacing: var(--wallet-help-spacing, 1em);
    --_duration: 160ms;

    /* Every property back to its initial value, so host rules cannot reach inside; then the few we
       want: the page's font, and visibility and pointer-events, with which pages hide or disable
       whole regions. Custom properties are not touched by all. */
    all: initial;
    display: block;
    box-sizing: border-box;
    visibility: inherit;
    pointer-events: inherit;
    cursor: auto;

    /* What every element inside inherits. !important: a page's !important rule, even on every element
       (* { box-sizing: content-box !important }), loses to a shadow tree's. The size is the reader's
       default (medium, 16px unless they chose larger), never the page's rem (62.5%, or a rem scaled to
       the viewport by a mobile rem-adaptation script), unless the page sets --wallet-help-font-size. */
    font-family: var(--wallet-help-font-family, inherit) !important;
    font-size: var(--wallet-help-font-size, medium) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: break-word !important;
    writing-mode: horizontal-tb !important;
    direction: ltr !important;
    color: var(--_text) !important;
  }

  /* The state set by ThemeController (theme.ts); the attribute where custom states are missing. */
  :host(:is([theme='dark'], :state(dark))) {
    ${tokens(TOKENS.dark)}
  }

  @media (prefers-color-scheme: dark) {
    :host(:is([theme='auto'], :state(auto))) {
      ${tokens(TOKENS.dark)}
    }
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  /* Not inherited from the host, which the page may give another box-sizing. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
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
