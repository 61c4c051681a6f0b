import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const TAGS: StaticValue[] = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** The `heading-level` attribute as 1–6; anything else (absent, "7", "two", "2.0", "0x2") is 3. */
export function headingLevel(value: unknown): number {
  const text = value == null ? '' : String(value).trim();
  return /^[1-6]$/.test(text) ? Number(text) : 3;
}

/**
 * A real heading element (so it joins the host's outline). By default the widget's own heading:
 * `id="heading"`, `part="heading"`, focusable from script so focus can be moved to it. A
 * sub-heading passes its own id (or none) and part; `level` above 6 stays an h6.
 */
export function renderHeading(
  level: number,
  content: unknown,
  { id = 'heading' as string | undefined, part = 'heading', focusable = true } = {},
): TemplateResult {
  const tag = TAGS[Math.min(Math.max(Math.trunc(level), 1), 6) - 1];
  return html`<${tag} id=${ifDefined(id)} part=${part} class=${part} tabindex=${ifDefined(focusable ? '-1' : undefined)}>${content}</${tag}>`;
}
