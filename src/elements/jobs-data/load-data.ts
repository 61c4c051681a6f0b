import { validateDataset } from '../../data/validate.js';
import type { JobsData } from '../../data/types.js';
import { fetchJson, parseJson } from '../../shared/read-json.js';

/** A dataset ready to provide, or a sentence saying what went wrong. */
export type LoadResult = { ok: true; data: JobsData } | { ok: false; error: string };

/** How many schema problems a message names before "and N more". */
const MAX_PROBLEMS = 3;

/** `data` when it passes the schema, else the first problems, prefixed with where it came from. */
export function checkData(data: unknown, origin: string): LoadResult {
  let problems: string[];
  try {
    problems = validateDataset(data);
  } catch (error) {
    // A `data` object from script may throw when read (a getter, a Proxy).
    problems = [`reading it threw ${error}`];
  }
  if (problems.length === 0) return { ok: true, data: data as JobsData };
  const more = problems.length - MAX_PROBLEMS;
  const listed = problems.slice(0, MAX_PROBLEMS).join('; ');
  return { ok: false, error: `${origin} is not valid jobs data: ${listed}${more > 0 ? `; and ${more} more` : ''}.` };
}

/** Parses the JSON of a `<script type="application/json">` child and validates it. */
export function parseInline(text: string): LoadResult {
  const origin = 'The JSON inside <ml-jobs-data>';
  const parsed = parseJson(text, origin);
  return parsed.ok ? checkData(parsed.value, origin) : parsed;
}

/** Fetches, parses and validates `url` (absolute); every failure becomes a message naming it. */
async function fetchData(url: string): Promise<LoadResult> {
  const fetched = await fetchJson(url);
  return fetched.ok ? checkData(fetched.value, url) : fetched;
}

// One request per URL, shared by every provider on the page.
const cache = new Map<string, Promise<LoadResult>>();

/**
 * The dataset at `url`, fetched once and shared. A failure is not kept, so a later provider (or
 * setting `src` again) retries; providers waiting on the same request share its result.
 */
export function loadData(url: string): Promise<LoadResult> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchData(url).then((result) => {
      if (!result.ok) cache.delete(url);
      return result;
    });
    cache.set(url, pending);
  }
  return pending;
}
