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
 * While the parser has not reached the end of the page (an element upgraded by a script in
 * `<head>` sees its JSON child only then): calls `then` at DOMContentLoaded and returns a promise
 * that resolves after it. Null once the page is parsed.
 */
export function whenParsed(then: () => void): Promise<void> | null {
  if (document.readyState !== 'loading') return null;
  return new Promise((resolve) =>
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        then();
        resolve();
      },
      { once: true },
    ),
  );
}
