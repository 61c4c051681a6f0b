const warnedBy = new WeakMap<object, Set<string>>();

/** console.warn once per element and message, so a re-render never repeats a warning. */
export function warnOnce(element: object, message: string): void {
  let seen = warnedBy.get(element);
  if (!seen) warnedBy.set(element, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`ml-career-widgets: ${message}`);
}
