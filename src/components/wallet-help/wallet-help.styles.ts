import { css } from 'lit';

export const styles = css`
  /* The element itself takes no room in the page: the launcher is fixed, the panel in the top layer. */
  :host {
    display: contents;
  }

  button {
    margin: 0;
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  button:focus,
  input:focus,
  [tabindex='-1']:focus {
    outline: none;
  }

  button:focus-visible,
  input:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_accent-text);
    outline-offset: 2px;
  }

  .launcher {
    position: fixed;
    bottom: calc(16px + env(safe-area-inset-bottom, 0px));
    z-index: 2147483000;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 48px;
    padding: 0 1.25em 0 0.75em;
    border: 0;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  }

  .launcher.bottom-end {
    right: calc(16px + env(safe-area-inset-right, 0px));
  }

  .launcher.bottom-start {
    left: calc(16px + env(safe-area-inset-left, 0px));
  }

  .launcher:focus-visible {
    outline-offset: 3px;
  }

  .launcher-icon {
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    border: 2px solid currentColor;
    border-radius: 50%;
    line-height: 1;
  }

  .panel {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    width: min(420px, 100%);
    max-width: 100%;
    height: 100%;
    max-height: 100%;
    margin: 0 0 0 auto;
    padding: 0;
    border: 0;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.5;
    box-shadow: 0 0 32px rgb(0 0 0 / 0.3);
  }

  .panel:not([open]) {
    display: none;
  }

  :host([placement='center']) .panel {
    width: min(560px, calc(100% - 32px));
    height: auto;
    max-height: calc(100% - 64px);
    margin: auto;
    border-radius: var(--_radius);
  }

  :host([placement='bottom']) .panel {
    width: 100%;
    height: auto;
    max-height: 85%;
    margin: auto 0 0;
    border-radius: var(--_radius) var(--_radius) 0 0;
    padding-bottom: env(safe-area-inset-bottom, 0px);
  }

  @media (max-width: 599.98px) {
    .panel,
    :host([placement]) .panel {
      width: 100%;
      height: auto;
      max-height: 90%;
      margin: auto 0 0;
      border-radius: var(--_radius) var(--_radius) 0 0;
      padding-bottom: env(safe-area-inset-bottom, 0px);
    }
  }

  .panel::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  @media (forced-colors: active) {
    button:focus-visible,
    input:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
  }
`;
