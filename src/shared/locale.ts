import { reportProblem, warnOnce } from './warn.js';

const DEFAULT_LOCALE = 'en-US';

/** The canonical form of a BCP 47 tag, or null when `tag` is not one. */
export function canonicalLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The `lang` of the nearest element above `element` that has one, crossing shadow roots.
 * `lang=""` means "unknown" in HTML, so it gives null rather than an ancestor's language.
 */
export function inheritedLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const owner: Element | null = node.closest('[lang]');
    if (owner) return owner.getAttribute('lang') || null;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * The locale an element formats numbers in: its own `locale`, then its provider's, then the
 * nearest `lang`, then en-US. An invalid tag falls through to the next source: the widget's own
 * or its provider's is reported as a problem (the provider's warned once per page); a page's
 * `lang` is the host's, not the author's widget input, so it only warns once per page.
 */
export function resolveLocale(
  element: HTMLElement,
  own: string | null | undefined,
  provided: string | null | undefined,
): string {
  const sources: [string, string | null | undefined][] = [
    ['locale', own],
    ['<ml-jobs-data> locale', provided],
    ['lang', inheritedLang(element)],
  ];
  for (const [name, tag] of sources) {
    if (!tag) continue;
    const locale = canonicalLocale(tag);
    if (locale) return locale;
    const message = `${name}="${tag}" is not a valid language tag like en-US or de-DE; it is ignored.`;
    // A provider's locale or a page's lang is one bad value however many widgets read it.
    if (name === 'lang') warnOnce(document, message);
    else reportProblem(element, message, name === 'locale' ? element : document);
  }
  return DEFAULT_LOCALE;
}
