/** Reading JSON that page authors supply: the text of a JSON child, or a URL. */

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Parses `text`; a failure says `what` is not valid JSON and, for JSON an author typed into a
 * page (`typed`), names what an editor likely did to it.
 */
export function parseJson(text: string, what: string, typed = true): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    let cause = '';
    if (!typed) {
      // A server's response: an HTML error page is no editor's doing.
    } else if (/<\/?p[\s>]|<br/i.test(text)) {
      // wpautop turns a blank line inside the script into </p><p>.
      cause =
        ' It contains paragraph tags: a blank line inside the JSON in WordPress’s classic editor adds them. ' +
        'Keep the JSON on one line, use a Custom HTML block, or load it from a URL with src="…".';
    } else if (/[“”]/.test(text)) {
      cause = ' It contains curly quotes (“ ”) where JSON needs straight ones (").';
    }
    return { ok: false, error: `${what} is not valid JSON (${(error as Error).message}).${cause}` };
  }
}

/** `src` resolved against the page, or an error naming it. */
export function resolveUrl(src: string): { ok: true; url: string } | { ok: false; error: string } {
  try {
    return { ok: true, url: new URL(src, document.baseURI).href };
  } catch {
    return { ok: false, error: `Could not load ${src}: it is not a valid URL.` };
  }
}

/**
 * Fetches and parses JSON from `url`; every failure becomes a sentence naming the URL, and the
 * promise never rejects (its callers wait on it without a catch).
 */
export async function fetchJson(url: string): Promise<JsonResult> {
  let text: string;
  try {
    const response = await fetch(url);
    // A page's fetch wrapper that forgot to return the response.
    if (!response) return { ok: false, error: `Could not load ${url}: this page's fetch gave no response.` };
    if (!response.ok) {
      const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return { ok: false, error: `Could not load ${url}: ${status}.` };
    }
    text = await response.text();
  } catch (error) {
    // No response, a connection that broke while the body arrived, or a page's fetch wrapper that
    // rejected with something other than an Error.
    return { ok: false, error: `Could not load ${url}: network error (${String((error as Error)?.message ?? error)}).` };
  }
  return parseJson(text, `Could not load ${url}: the response`, false);
}
