const warnedBy = new WeakMap<object, Set<string>>();

/** console.warn once per element and message, so a re-render never repeats a warning. */
export function warnOnce(element: object, message: string): void {
  let seen = warnedBy.get(element);
  if (!seen) warnedBy.set(element, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`ml-career-widgets: ${message}`);
}

/**
 * The problems each widget found in its current update, to show in it: a widget starts each
 * update with an empty set, so its checks report again what still holds.
 */
export const problemsOf = new WeakMap<Element, Set<string>>();

/**
 * Bad input the widget works around (an invalid attribute, unusable stored progress): shown in
 * `element` while it lasts, and warned once per `key` (the document for a page-wide condition)
 * and message.
 */
export function reportProblem(element: Element, message: string, key: object = element): void {
  problemsOf.get(element)?.add(message);
  // A page-wide warning names no element: whichever widget met it first says nothing useful.
  warnOnce(key, key === element ? `<${element.localName}> ${message}` : message);
}
