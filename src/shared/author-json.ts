/**
 * Finding the JSON that page authors put inside a widget: a `<script type="application/json">`
 * child. Reading it is in read-json.ts, which the quiz loads only for its author's own questions.
 */

/**
 * The first `<script type="application/json">` child of `host`, or one in a `<p>` child: WordPress's
 * classic editor wraps it so (README, WordPress). Deeper scripts are not ours: a nested quiz's own
 * questions, or another app's state inside a `<ml-jobs-data>` that wraps a whole page.
 */
export function findJsonChild(host: Element): HTMLScriptElement | null {
  return host.querySelector(':scope > script[type="application/json"], :scope > p > script[type="application/json"]');
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
