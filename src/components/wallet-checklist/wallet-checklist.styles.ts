import { css } from 'lit';

export const styles = css`
  .card {
    padding: var(--_spacing);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
    font-weight: 600;
  }

  .progress {
    margin: 0.25em 0 0;
    color: var(--_muted);
  }

  progress {
    display: block;
    width: 100%;
    height: 0.375em;
    margin: 0.5em 0 0;
    accent-color: var(--_accent);
  }

  .steps {
    margin: var(--_spacing) 0 0;
    padding: 0;
    list-style: none;
  }

  .step {
    display: grid;
    grid-template-columns: 24px 1fr;
    column-gap: 0.75em;
    padding: 0.5em 0;
  }

  :host([compact]) .step {
    padding: 0.25em 0;
  }

  input {
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  input:focus {
    outline: none;
  }

  input:focus-visible,
  .reset:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_accent-text);
    outline-offset: 2px;
  }

  label {
    align-self: center;
    cursor: pointer;
  }

  .detail {
    grid-column: 2;
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .reset {
    min-height: 36px;
    margin: calc(var(--_spacing) * 0.5) 0 0;
    padding: 0 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }

  .reset:hover {
    background: var(--_hover);
  }

  .complete {
    margin-top: var(--_spacing);
    padding-block: 0.25em;
    padding-inline: var(--_spacing) 0;
    border-inline-start: 4px solid var(--_accent);
  }

  .stuck,
  .contact-label {
    margin: 0;
    font-weight: 600;
  }

  .contact {
    margin: 0.25em 0 0;
  }

  .contact-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  a {
    display: inline-block;
    min-height: 24px;
    color: var(--_accent-text);
  }

  .topics {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }

  @media (forced-colors: active) {
    input:focus-visible,
    .reset:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
  }
`;
