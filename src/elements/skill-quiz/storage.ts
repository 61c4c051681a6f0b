import type { QuizQuestion } from '../../data/types.js';
import type { QuizCompleteDetail } from '../../shared/events.js';

/** What `persist` keeps: the quiz it belongs to (question ids), the step, the answers, the result. */
export interface Progress {
  ids: string[];
  index: number;
  answers: (number | null)[];
  result: QuizCompleteDetail | null;
}

/** The localStorage key of `key`. */
export const storageKey = (key: string): string => `ml-skill-quiz:${key}`;

/**
 * The stored value under `key` (`value` undefined when none); `unavailable` when storage throws
 * (sandboxed iframe, privacy mode), `corrupt` when the value is not JSON. Never throws.
 */
export function load(key: string): { value: unknown } | { problem: 'unavailable' | 'corrupt' } {
  let text: string | null;
  try {
    text = localStorage.getItem(storageKey(key));
  } catch {
    return { problem: 'unavailable' };
  }
  try {
    return { value: text == null ? undefined : JSON.parse(text) };
  } catch {
    return { problem: 'corrupt' };
  }
}

/** Stores `value`, or removes the key when it is undefined; false when storage throws. */
export function save(key: string, value: Progress | undefined): boolean {
  try {
    if (value === undefined) localStorage.removeItem(storageKey(key));
    else localStorage.setItem(storageKey(key), JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/**
 * `value` as progress through `questions`, or null when it is malformed or for another quiz: every
 * question before the current one answered, and all of them once finished. A stored result only
 * says the quiz was finished; the quiz scores the answers again rather than trust its content.
 */
export function asProgress(value: unknown, questions: readonly QuizQuestion[]): Progress | null {
  const p = value as Progress | null;
  const valid =
    typeof p === 'object' && p !== null &&
    Array.isArray(p.ids) && p.ids.join('\n') === questions.map((q) => q.id).join('\n') &&
    Number.isInteger(p.index) && p.index >= 0 && p.index < questions.length &&
    Array.isArray(p.answers) && p.answers.length === questions.length &&
    p.answers.every((a, i) =>
      a === null ? i >= p.index && !p.result : Number.isInteger(a) && a >= 0 && a < questions[i].options.length,
    );
  return valid ? p : null;
}
