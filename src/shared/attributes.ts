import { reportProblem } from './warn.js';

/**
 * A string property as trimmed text. Frameworks (Vue, React 19) set properties, not attributes,
 * so `el.headingLevel = 2` or `el.jobs = [...]` must not throw on a string method.
 */
export function asText(value: unknown): string {
  return value == null ? '' : String(value).trim();
}

/**
 * Splits a comma list attribute ("a, B,,c") into trimmed, lower-cased, non-empty, unique items:
 * its items are keywords or job ids, which the schema keeps lower-case.
 */
export function parseList(value: unknown): string[] {
  return [...new Set(asText(value).toLowerCase().split(',').map((item) => item.trim()).filter(Boolean))];
}

/**
 * `value`, trimmed and lower-cased like `sections` (a keyword, unlike a `job` id), when it is
 * one of `allowed`, else `fallback`; an invalid non-empty value is reported as a problem naming
 * the attribute and the values it takes.
 */
export function parseEnum<T extends string>(
  element: HTMLElement,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  const text = asText(value).toLowerCase();
  if (!text) return fallback;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  reportProblem(element, `${attribute}="${value}" is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
}
