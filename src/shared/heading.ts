import { html, nothing, type TemplateResult } from 'lit';
import { asText } from './attributes.js';

// `nothing` leaves an attribute out.
type HeadingParts = { id: string | typeof nothing; part: string; tabindex: string | typeof nothing; content: unknown };

// One template per level: cheaper than lit/static-html's dynamic tag, and still real headings.
const HEADINGS = [
  (h: HeadingParts) => html`<h1 id=${h.id} part=${h.part} class=${h.part} tabindex=${h.tabindex}>${h.content}</h1>`,
  (h: HeadingParts) => html`<h2 id=${h.id} part=${h.part} class=${h.part} tabindex=${h.tabindex}>${h.content}</h2>`,
  (h: HeadingParts) => html`<h3 id=${h.id} part=${h.part} class=${h.part} tabindex=${h.tabindex}>${h.content}</h3>`,
  (h: HeadingParts) => html`<h4 id=${h.id} part=${h.part} class=${h.part} tabindex=${h.tabindex}>${h.content}</h4>`,
  (h: HeadingParts) => html`<h5 id=${h.id} part=${h.part} class=${h.part} tabindex=${h.tabindex}>${h.content}</h5>`,
  (h: HeadingParts) => html`<h6 id=${h.id} part=${h.part} class=${h.part} tabindex=${h.tabindex}>${h.content}</h6>`,
];

/** The `heading-level` attribute as 1–6; anything else (absent, "7", "two", "2.0", "0x2") is 3. */
export function headingLevel(value: unknown): number {
  const text = asText(value);
  return /^[1-6]$/.test(text) ? Number(text) : 3;
}

/**
 * A real heading element (so it joins the host's outline). By default the widget's own heading:
 * `id="heading"`, `part="heading"`, focusable from script so focus can be moved to it. A
 * sub-heading passes its own id, or null for none (undefined would take the default), and its
 * part. `level` is a whole number from 1 (a widget's level, or below it for sub-headings); above 6
 * is an h6.
 */
export function renderHeading(
  level: number,
  content: unknown,
  { id = 'heading' as string | null, part = 'heading', focusable = true } = {},
): TemplateResult {
  const heading = HEADINGS[Math.min(level, 6) - 1];
  return heading({ id: id ?? nothing, part, tabindex: focusable ? '-1' : nothing, content });
}
