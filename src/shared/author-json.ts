/**
 * Finding the JSON that page authors put inside a widget: a `<script type="application/json">`
 * child. Reading it is in read-json.ts, which the quiz loads only for its author's own questions.
 */

const JSON_SCRIPT = 'script[type="application/json"]';

/**
 * The first `<script type="application/json">` that belongs to `host`: a CMS may wrap it in `<p>`
 * or put `<br>` around it (notes/cms.md), so it is looked for below the children too, skipping
 * scripts that belong to a nested widget (a quiz inside `<ml-jobs-data>` has its own).
 */
export function findJsonChild(host: Element): HTMLScriptElement | null {
  for (const script of host.querySelectorAll<HTMLScriptElement>(JSON_SCRIPT)) {
    let owner = script.parentElement;
    while (owner && owner !== host && !owner.localName.startsWith('ml-')) owner = owner.parentElement;
    if (owner === host) return script;
  }
  return null;
}

/**
 * Calls `then` once the parser has reached the end of the page and returns true, when it has not
 * yet: an element upgraded by a script in `<head>` sees its JSON child only then.
 */
export function whenParsed(then: () => void): boolean {
  if (document.readyState !== 'loading') return false;
  document.addEventListener('DOMContentLoaded', then, { once: true });
  return true;
}
