import { css } from 'lit';

export const styles = css`
  p {
    margin: 0 0 0.75em;
  }
  .progress-text {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  progress {
    display: block;
    inline-size: 100%;
    block-size: 0.5em;
    margin-block: 0.25em 1em;
    accent-color: var(--_accent);
  }
  fieldset {
    display: grid;
    gap: 0.5em;
    margin: 0 0 1em;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5em;
  }
  .option {
    display: flex;
    gap: 0.625em;
    align-items: flex-start;
    padding: 0.625em 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    cursor: pointer;
  }
  /* Hover only colours the border: an option under the pointer must not look chosen. */
  .option:hover,
  .option:has(:checked) {
    border-color: var(--_accent);
  }
  .option:has(:checked) {
    background: var(--_subtle);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  input {
    flex: none;
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0.1875em 0 0;
    accent-color: var(--_accent);
  }
  input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Where :has() works, the ring goes around the whole option instead. */
  @supports selector(:has(*)) {
    .option:has(:focus-visible) {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    input:focus-visible {
      outline: none;
    }
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: flex-end;
  }
  .scores {
    display: grid;
    gap: 0.5em;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }
  .scores li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: 0.75em;
  }
  .scores progress {
    margin: 0.125em 0 0;
  }
  .score {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  ul {
    margin: 0 0 1em;
    padding-inline-start: 1.5em;
  }
  @media (forced-colors: active) {
    .option:has(:checked) {
      border: 2px solid Highlight;
    }
  }
`;
