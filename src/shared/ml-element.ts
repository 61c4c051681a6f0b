import { html, LitElement, type PropertyDeclarations } from 'lit';
import { asText } from './attributes.js';
import { JobsDataConsumer } from './context.js';
import { headingLevel } from './heading.js';
import { resolveLocale } from './locale.js';
import { VERSION } from './version.js';
import { problemsOf, reportProblem } from './warn.js';

export type Theme = 'light' | 'dark';

/**
 * What every widget shares: the version the registration guard compares, `theme`, `locale`,
 * `heading-level`, and the dataset from the nearest `<ml-jobs-data>` (or the part of the bundled
 * one the widget shows, which each widget names in its `jobsData`).
 */
export abstract class MlElement extends LitElement {
  /** This copy's package version: a second copy on the page compares it before defining a tag. */
  static version = VERSION;

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    locale: {},
    headingLevel: { attribute: 'heading-level' },
  };

  /** `light`, `dark`, or absent to follow `prefers-color-scheme`. */
  theme?: Theme;

  /** BCP 47 tag for number formatting; falls back to the provider's locale, the nearest `lang`, en-US. */
  locale?: string;

  /**
   * Level (1–6) of the widget's own heading so it fits the host's outline; invalid values mean 3.
   * @default 3
   */
  headingLevel?: string | number;

  protected abstract readonly jobsData: JobsDataConsumer<unknown>;

  /** The effective locale; an invalid tag is reported as a problem. */
  protected get effectiveLocale(): string {
    return resolveLocale(this, this.locale, this.jobsData.value.locale);
  }

  /** The effective heading level, 1–6. */
  protected get effectiveHeadingLevel(): number {
    return headingLevel(this.headingLevel);
  }

  /** Checks the input afresh on every update: what is still wrong is reported (and shown) again. */
  protected override willUpdate(_changed: Map<PropertyKey, unknown>): void {
    problemsOf.set(this, new Set());
    // Empty means absent, as for every other attribute; " dark " is not dark to the stylesheet.
    if (asText(this.theme) && this.theme !== 'light' && this.theme !== 'dark') {
      reportProblem(this, `theme="${this.theme}" is not light or dark; following the reader's preference.`);
    }
    const level = asText(this.headingLevel);
    if (level && String(headingLevel(level)) !== level) {
      reportProblem(this, `heading-level="${this.headingLevel}" is not 1–6; using 3.`);
    }
  }

  /**
   * This update's problems, one line each; call it after everything else the template shows. A
   * live region from the first render, so a problem found later (a quiz's storage filling up while
   * the reader answers) is announced, and those on screen from the start are not.
   */
  protected renderProblems(): unknown {
    // Not Array.from(set, fn): MooTools, still on older CMS pages, replaces it with one that ignores fn.
    const lines = [...problemsOf.get(this)!].map((problem) => html`<p class="problem" part="problem">${problem}</p>`);
    return html`<div role="status">${lines}</div>`;
  }
}
