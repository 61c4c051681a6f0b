import { css } from 'lit';

export const styles = css`
  .base {
    max-width: 100%;
  }
  .summary {
    margin: 0 0 0.75em;
  }
  .section {
    margin-block: 0.75em 0;
    padding-block-start: 0.75em;
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
  }
  .section-heading {
    margin: 0 0 0.375em;
    font-size: 1em;
    line-height: 1.3;
    /* Small capitals, not text-transform: Chromium puts uppercased text into the accessible name. */
    font-variant-caps: all-small-caps;
    color: var(--_muted);
  }
  /* Regular italic: beside the bold small capitals of its section's heading it reads as the lesser. */
  .list-heading {
    margin: 0.625em 0 0.25em;
    font-size: 1em;
    line-height: 1.3;
    font-weight: 400;
    font-style: italic;
  }
  p,
  dl {
    margin: 0 0 0.375em;
  }
  ul {
    margin: 0 0 0.375em;
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 0.5em;
  }
  .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
  }
  .amount {
    font-size: 1.5em;
    line-height: 1.2;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .source,
  .note,
  .label {
    color: var(--_muted);
  }
  .source,
  .note {
    font-size: 0.875em;
  }
  .source {
    /* Its direction from its own text, so "(Glassdoor, December 2022)" stays whole in RTL pages. */
    unicode-bidi: plaintext;
  }
  .note {
    padding-inline-start: 0.5em;
    border-inline-start: 3px solid var(--_border);
  }
  .top-skills {
    margin-block: 0.75em;
  }
  .top-skills .label {
    margin: 0 0 0.25em;
    font-size: 0.875em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }
  .tags li + li {
    margin: 0;
  }
  .tag {
    padding: 0.125em 0.625em;
    font-size: 0.875em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_subtle);
  }
  .toggle {
    margin-block: 0.25em;
  }
  [hidden] {
    display: none !important;
  }
  /* On paper the compact card is its summary: a button there would do nothing. */
  @media print {
    .toggle {
      display: none;
    }
  }
`;
