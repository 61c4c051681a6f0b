import { css } from 'lit';

export const styles = css`
  p {
    margin: 0 0 0.75rem;
  }
  .progress-text {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  progress {
    display: block;
    inline-size: 100%;
    block-size: 0.5rem;
    margin-block: 0.25rem 1rem;
    accent-color: var(--_accent);
  }
  fieldset {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 1rem;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.5rem;
  }
  .option {
    display: flex;
    gap: 0.625rem;
    align-items: flex-start;
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    cursor: pointer;
  }
  .option:hover,
  .option:has(:checked) {
    border-color: var(--_accent);
    background: var(--_subtle);
  }
  .option:has(:checked) {
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  input {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0.1875rem 0 0;
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
    gap: 0.5rem;
    justify-content: flex-end;
  }
  .scores {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
  }
  .scores li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: 0.75rem;
  }
  .scores progress {
    margin: 0.125rem 0 0;
  }
  .score {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  ul {
    margin: 0 0 1rem;
    padding-inline-start: 1.5rem;
  }
  @media (forced-colors: active) {
    .option:has(:checked) {
      border: 2px solid Highlight;
    }
  }
`;
