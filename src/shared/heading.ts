import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

const TAGS: StaticValue[] = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** The `heading-level` attribute as 1–6; anything else (absent, "7", "two") is 3. */
export function headingLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 3;
}

/**
 * A real heading element at `level` (so it joins the host's outline), exposed as
 * `part="heading"` and focusable from script so focus can be moved to it.
 */
export function renderHeading(level: number, content: unknown, id = 'heading'): TemplateResult {
  const tag = TAGS[headingLevel(level) - 1];
  return html`<${tag} id=${id} part="heading" class="heading" tabindex="-1">${content}</${tag}>`;
}
