import { css } from 'lit';

export const styles = css`
  /* The element itself takes no room in the page: the launcher and the panel are in the top layer. */
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

  /* A manual popover: in the top layer, fixed to the viewport whatever the page's transforms, filters
     or z-indexes (where popovers are missing, a fixed button at the highest z-index). Its side is the
     page's: the end is the left on a right-to-left page. --wallet-help-launcher-offset lifts it above
     the page's own bottom bar. */
  .launcher {
    position: fixed;
    inset: auto;
    bottom: calc(var(--wallet-help-launcher-offset, 16px) + env(safe-area-inset-bottom, 0px));
    z-index: 2147483647;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 48px;
    margin: 0;
    padding-block: 0;
    padding-inline: 0.75em 1.25em;
    overflow: visible;
    border: 2px solid transparent;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  }

  .launcher.right {
    right: calc(16px + env(safe-area-inset-right, 0px));
  }

  .launcher.left {
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
    /* Its edge against the page in forced colours, where transparent lines are drawn. */
    outline: 1px solid transparent;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.5;
    box-shadow: 0 0 32px rgb(0 0 0 / 0.3);
  }

  .panel:not([open]) {
    display: none;
  }

  /* The drawer opens at the page's end side. */
  .panel.left {
    margin: 0 auto 0 0;
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
