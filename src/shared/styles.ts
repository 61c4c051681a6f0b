import { css } from 'lit';

/**
 * The contract's `--ml-*` custom properties with light and dark defaults, resolved into private
 * `--_*` variables, plus a reset: a host page's font-size, line-height and box-sizing are inherited
 * into shadow DOM, so `.base` sets its own.
 */
export const tokens = css`
  :host {
    --_font: var(--ml-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--ml-text-color, #1f2328);
    /* Derived, so an author's own text and surface colours keep secondary text readable. */
    --_muted: color-mix(in srgb, var(--_text) 72%, var(--_surface));
    --_surface: var(--ml-surface, #ffffff);
    --_subtle: color-mix(in srgb, var(--_text) 6%, var(--_surface));
    --_border: var(--ml-border-color, #8c959f);
    --_accent: var(--ml-accent, #0a5bb5);
    /* Text on an accent fill: the surface, whose contrast with the accent an author already keeps for outline buttons. */
    --_on-accent: var(--_surface);
    --_radius: var(--ml-radius, 8px);
    --_focus: var(--_accent);
    display: block;
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    --_text: var(--ml-text-color, #e6edf3);
    --_surface: var(--ml-surface, #161b22);
    --_border: var(--ml-border-color, #6e7681);
    --_accent: var(--ml-accent, #6cb6ff);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_text: var(--ml-text-color, #e6edf3);
      --_surface: var(--ml-surface, #161b22);
      --_border: var(--ml-border-color, #6e7681);
      --_accent: var(--ml-accent, #6cb6ff);
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .base {
    /* Here, not on the host: a theme's box-sizing !important on every element wins on the host. */
    box-sizing: border-box;
    font-family: var(--_font);
    /* The reader's default size (16px unless they changed it), whatever the theme sets on html. */
    font-size: medium;
    line-height: 1.5;
    font-weight: 400;
    font-style: normal;
    font-variant: normal;
    /* Letter and word spacing stay inherited: a reader's text-spacing tool sets them on the page (WCAG 1.4.12). */
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    text-align: start;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1em 1.25em;
    overflow-wrap: anywhere;
  }
  .heading,
  .sub-heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
  }
  .sub-heading {
    margin-block-start: 1em;
    font-size: 1.05em;
  }
  .heading:focus {
    outline: none;
  }
  /* A focused heading (tabindex -1) and the comparison's scrolling table box (tabindex 0). */
  [tabindex]:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .message,
  .problem {
    margin: 0;
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
  }
  .problem {
    margin-block-start: 0.75em;
    font-size: 0.875em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** Buttons every widget uses: at least 24 px targets (WCAG 2.5.8) and a visible focus ring. */
export const buttons = css`
  button {
    font: inherit;
    /* Browsers reset these on buttons; a reader's text spacing must reach button text too. */
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: 1.25;
    min-height: 2.25em;
    min-width: 2.25em;
    padding: 0.375em 0.875em;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) / 1.5);
    cursor: pointer;
  }
  button.primary {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
