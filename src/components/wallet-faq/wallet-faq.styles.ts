import { css } from 'lit';

export const styles = css`
  .search {
    padding: var(--_spacing);
    border-bottom: 1px solid var(--_border);
  }

  .field {
    position: relative;
  }

  /* Room for the clear button, which stands in for the browser's own. */
  input {
    padding-inline-end: 2.75em;
    appearance: none;
  }

  input::-webkit-search-cancel-button {
    display: none;
  }

  .clear {
    position: absolute;
    top: 4px;
    inset-inline-end: 4px;
    width: 36px;
    height: 36px;
    margin: 0;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_muted);
    font: inherit;
    font-size: 1.25em;
    line-height: 1;
    cursor: pointer;
  }

  .clear:hover {
    background: var(--_hover);
    color: var(--_text);
  }

  input:focus,
  .clear:focus {
    outline: none;
  }

  input:focus-visible,
  .clear:focus-visible {
    outline: 2px solid var(--_accent-text);
    outline-offset: -2px;
  }

  .snippet {
    margin: calc(var(--_spacing) * -0.5) 0 0;
    padding: 0 var(--_spacing) calc(var(--_spacing) * 0.75);
    color: var(--_muted);
  }

  .faq {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow: hidden;
  }

  .item + .item {
    border-top: 1px solid var(--_border);
  }

  .question {
    display: flex;
    align-items: center;
    gap: calc(var(--_spacing) * 0.75);
    width: 100%;
    min-height: 44px;
    margin: 0;
    padding: calc(var(--_spacing) * 0.75) var(--_spacing);
    border: 0;
    border-radius: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }

  .question:hover {
    background: var(--_hover);
  }

  /* Replaces the browsers' own ring, which they too draw only on :focus-visible for a button. */
  .question:focus-visible {
    outline: 2px solid var(--_accent-text);
    outline-offset: -4px;
  }

  .question-text {
    flex: 1 1 auto;
    min-width: 0;
  }

  /* A chevron drawn by two borders: no SVG to parse and lay out per question. */
  .icon {
    flex: none;
    width: 0.5em;
    height: 0.5em;
    margin: 0 0.375em 0.25em;
    border: solid var(--_accent-text);
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
    transition: transform var(--_duration) ease;
  }

  .question[aria-expanded='true'] .icon {
    transform: translateY(0.25em) rotate(225deg);
  }

  /* Plays each time a panel is shown (hidden, it is display: none). Only transform moves: opacity
     would briefly lower text contrast. */
  .panel {
    padding: 0 var(--_spacing) var(--_spacing);
    animation: reveal var(--_duration) ease-out;
  }

  @keyframes reveal {
    from {
      transform: translateY(-0.25em);
    }
  }

  .answer {
    margin: 0;
  }

  .answer + .answer {
    margin-top: 0.75em;
  }

  .empty {
    padding: var(--_spacing);
  }

  .empty p {
    margin: 0;
  }

  .empty p + p {
    margin-top: 0.5em;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .icon {
      border-color: CanvasText;
    }

    .question:focus-visible,
    input:focus-visible,
    .clear:focus-visible {
      outline-color: Highlight;
    }
  }
`;
