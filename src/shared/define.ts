import { VERSION } from './version.js';

// Shared by every copy of the library on the page, so three copies still warn once per tag.
const warned: Set<string> = ((globalThis as Record<symbol, Set<string>>)[Symbol.for('ml-career-widgets/define-warned')] ??=
  new Set());

/**
 * Defines `tag` unless it already is. The same version defined again (the script included twice)
 * is silent; another version warns once naming both, and the first definition stays. Never throws:
 * a host page must survive two plugins that each ship a copy.
 */
export function define(tag: string, element: CustomElementConstructor, version = VERSION): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (existing) {
    if (existing.version !== version && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `ml-career-widgets: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
          `version ${version} is not used for it.`,
      );
    }
    return;
  }
  try {
    customElements.define(tag, element);
  } catch (error) {
    // A class registered under another name cannot be reused; report it and keep the page alive.
    console.warn(`ml-career-widgets: could not define <${tag}>:`, error);
  }
}
