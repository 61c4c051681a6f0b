import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

type HeadingParts = { id?: string; part: string; tabindex?: string; content: unknown };

// One template per level: cheaper than lit/static-html's dynamic tag, and still real headings.
const HEADINGS = [
  (h: HeadingParts) => html`<h1 id=${ifDefined(h.id)} part=${h.part} class=${h.part} tabindex=${ifDefined(h.tabindex)}>${h.content}</h1>`,
  (h: HeadingParts) => html`<h2 id=${ifDefined(h.id)} part=${h.part} class=${h.part} tabindex=${ifDefined(h.tabindex)}>${h.content}</h2>`,
  (h: HeadingParts) => html`<h3 id=${ifDefined(h.id)} part=${h.part} class=${h.part} tabindex=${ifDefined(h.tabindex)}>${h.content}</h3>`,
  (h: HeadingParts) => html`<h4 id=${ifDefined(h.id)} part=${h.part} class=${h.part} tabindex=${ifDefined(h.tabindex)}>${h.content}</h4>`,
  (h: HeadingParts) => html`<h5 id=${ifDefined(h.id)} part=${h.part} class=${h.part} tabindex=${ifDefined(h.tabindex)}>${h.content}</h5>`,
  (h: HeadingParts) => html`<h6 id=${ifDefined(h.id)} part=${h.part} class=${h.part} tabindex=${ifDefined(h.tabindex)}>${h.content}</h6>`,
];

/** The `heading-level` attribute as 1–6; anything else (absent, "7", "two", "2.0", "0x2") is 3. */
export function headingLevel(value: unknown): number {
  const text = value == null ? '' : String(value).trim();
  return /^[1-6]$/.test(text) ? Number(text) : 3;
}

/**
 * A real heading element (so it joins the host's outline). By default the widget's own heading:
 * `id="heading"`, `part="heading"`, focusable from script so focus can be moved to it. A
 * sub-heading passes its own id, or null for none (undefined would take the default), and its
 * part; `level` above 6 stays an h6.
 */
export function renderHeading(
  level: number,
  content: unknown,
  { id = 'heading' as string | null, part = 'heading', focusable = true } = {},
): TemplateResult {
  const heading = HEADINGS[Math.min(Math.max(Math.trunc(level), 1), 6) - 1];
  return heading({ id: id ?? undefined, part, tabindex: focusable ? '-1' : undefined, content });
}
