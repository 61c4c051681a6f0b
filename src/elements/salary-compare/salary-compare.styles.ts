import { css } from 'lit';

export const styles = css`
  .base {
    container-type: inline-size;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    margin-block: 0.75em;
  }
  .toggle {
    display: inline-flex;
    gap: 0.25em;
  }
  /* The pressed view, filled like a primary button. */
  button[aria-pressed='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .caption,
  .note,
  .source {
    margin: 0.5em 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .chart {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .bar-button {
    display: grid;
    grid-template-columns: minmax(7em, 14em) 1fr;
    align-items: center;
    gap: 0.25em 1em;
    inline-size: 100%;
    padding: 0.375em 0.5em;
    text-align: start;
    color: var(--_text);
    background: transparent;
    border-color: transparent;
  }
  .bar-button:hover,
  .row-button:hover {
    background: var(--_subtle);
  }
  .title,
  .amount {
    display: block;
  }
  /* Heard, not seen: "Robotics Engineer: $99,040". Zero-size text stays inline; a visually
     hidden (absolutely positioned) element would put a space before the colon in the name. */
  .colon {
    font-size: 0;
    /* An inherited spacing is a length, not em: it would still widen the zero-size colon. */
    letter-spacing: 0;
  }
  .amount,
  .num {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }
  th,
  td {
    overflow-wrap: normal;
  }
  .highlighted .title,
  .highlighted .row-button {
    font-weight: 700;
  }
  .tag {
    font-size: 0.875em;
    font-weight: 700;
    font-style: italic;
  }
  .track {
    display: block;
    min-inline-size: 0;
  }
  /* The fill is set here, not on the rect, so that an author's ::part(bar) { fill } wins. */
  svg.bar {
    display: block;
    block-size: 1.75em;
    overflow: visible;
    fill: var(--_accent);
  }
  /* The highlight is more than colour: an outline on the bar, a bold label and the word. */
  .highlighted .fill {
    stroke: var(--_text);
    stroke-width: 3px;
  }
  .range,
  .tick {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .open {
    stroke-dasharray: 5 3;
  }
  .marker {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  :host(:dir(rtl)) svg.bar {
    transform: scaleX(-1);
  }
  /* Narrow columns: each label sits above its bar. */
  @container (max-width: 30em) {
    .bar-button {
      grid-template-columns: 1fr;
    }
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    text-align: start;
    /* Middle: the row's button is taller than a line, and its text must line up with the cells'. */
    vertical-align: middle;
    border-block-end: 1px solid var(--_border);
  }
  tbody th {
    font-weight: 400;
  }
  /* Like the bars' buttons: not underlined, since without a page listening they lead nowhere. */
  .row-button {
    padding: 0.25em 0.375em;
    text-align: start;
    border-color: transparent;
    background: transparent;
  }
  @media (forced-colors: active) {
    /* Forced colours drop the fill that marks the pressed view: use the system's selection. */
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
      outline-color: CanvasText;
    }
    .fill {
      fill: CanvasText;
    }
    .range,
    .tick {
      stroke: Highlight;
    }
    /* Hollow: a Highlight outline on a CanvasText bar is too faint. */
    .highlighted .fill {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
  @media print {
    .base {
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_border: #000;
      --_accent: #333;
      border-color: #000;
    }
    .controls {
      display: none;
    }
    .fill {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    li,
    tr {
      break-inside: avoid;
    }
  }
`;
