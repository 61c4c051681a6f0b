import { ContextProvider } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import type { JobsData } from '../../data/types.js';
import { findJsonChild, whenParsed } from '../../shared/author-json.js';
import { resolveUrl } from '../../shared/read-json.js';
import { jobsContext, type JobsContextValue } from '../../shared/context.js';
import { VERSION } from '../../shared/version.js';
import { warnOnce } from '../../shared/warn.js';
import { checkData, loadData, parseInline, type LoadResult } from './load-data.js';

const EMPTY_PROBLEM =
  "<ml-jobs-data> holds no widgets, so its data reaches none. In WordPress's classic editor a blank line inside it moves them out: remove blank lines there, or use a Custom HTML block.";

/** A context value without its locale, which `provide` adds. */
type Unlocalised = JobsContextValue extends infer V ? (V extends unknown ? Omit<V, 'locale'> : never) : never;

/**
 * Provides a dataset and a locale to every ml-career-widgets element inside it, also to widgets
 * added later; the nearest provider wins. The data (the `data` property, a JSON child or `src`)
 * is validated against `data/jobs.schema.json`; with none, each widget uses the data it bundles.
 * Loading and failures show in every widget inside, and a failure is warned once (not logged as
 * an error: a host page's error monitoring is not ours to fill). It renders nothing of its own
 * (`display: contents`) but its problem lines.
 *
 * @summary Gives the widgets inside it a page's own dataset (from `src`, a JSON child or `data`) and `locale`.
 * @tagname ml-jobs-data
 * @slot - The widgets (and any other content) that use this data.
 * @csspart problem - a line shown when both a JSON child and `src` are given, or when it sits empty in a `<p>`
 */
export class MlJobsData extends LitElement {
  /** This copy's package version: a second copy on the page compares it before defining a tag. */
  static version = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
    :host([hidden]) {
      display: none;
    }
    /* In the page's own font and colours: the provider has no box of its own. */
    p {
      padding-inline-start: 0.75em;
      border-inline-start: 4px solid;
    }
  `;

  static override properties: PropertyDeclarations = {
    src: {},
    locale: {},
    data: { attribute: false },
    problem: { state: true, attribute: false },
    parsed: { state: true, attribute: false },
  };

  /** URL of a JSON file in the package's schema, relative to the page; fetched once per URL and shared. */
  src?: string;

  /** BCP 47 tag the widgets inside format numbers in, unless they set their own `locale`. */
  locale?: string;

  /** A dataset set from script; validated, then used instead of a JSON child or `src`. `null` unsets it. */
  data?: JobsData | null;

  private readonly provider = new ContextProvider(this, {
    context: jobsContext,
    initialValue: { status: 'loading', data: null, locale: null },
  });

  /** Bad input the provider works around (both a JSON child and `src`), shown above its content. */
  private problem = '';

  /** Whether the page has been parsed, so that an empty provider is empty, not still arriving. */
  private parsed = false;

  /** Bumped by every load, so a slow response for an old `src` cannot overwrite a newer one. */
  private loads = 0;

  /** What the widgets inside receive now: `status` ('loading', 'ready', 'error', or 'bundled': no data of its own), `data`, `locale`, `error`. */
  get state(): JobsContextValue {
    return this.provider.value;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('data')) {
      this.load();
    } else if (changed.has('locale')) {
      this.provider.setValue({ ...this.provider.value, locale: this.locale ?? null });
    }
  }

  private load(): void {
    const load = ++this.loads;
    this.problem = '';
    if (this.data != null) return this.settle(checkData(this.data, 'The data set on <ml-jobs-data>'));
    if (whenParsed(() => load === this.loads && this.load())) return this.provide({ status: 'loading', data: null });
    this.parsed = true;
    const script = findJsonChild(this);
    if (script) {
      if (this.src) {
        this.problem = `<ml-jobs-data>: both a JSON child and src="${this.src}" are given; using the child.`;
        warnOnce(this, this.problem);
      }
      return this.settle(parseInline(script.textContent ?? ''));
    }
    if (!this.src) return this.provide({ status: 'bundled', data: null });
    const resolved = resolveUrl(this.src);
    if (!resolved.ok) return this.settle(resolved);
    const { url } = resolved;
    this.provide({ status: 'loading', data: null });
    void loadData(url).then((result) => load === this.loads && this.settle(result));
  }

  private settle(result: LoadResult): void {
    if (result.ok) return this.provide({ status: 'ready', data: result.data });
    console.warn(`ml-career-widgets: ${result.error}`);
    this.provide({ status: 'error', data: null, error: result.error });
  }

  /** Provides `value` with the current locale; the widgets inside re-render. */
  private provide(value: Unlocalised): void {
    this.provider.setValue({ ...value, locale: this.locale ?? null } as JobsContextValue);
  }

  protected override render() {
    // The classic editor's signature: in a <p>, with at most a JSON child and the <br>s it adds.
    // A provider a script fills later is not in a <p>, so it is never taken for one.
    const emptyProblem = this.parsed && this.parentElement?.localName === 'p' && !this.querySelector(':not(script,br)') && EMPTY_PROBLEM;
    if (emptyProblem) warnOnce(this, emptyProblem);
    return html`${[this.problem, emptyProblem].map((problem) => (problem ? html`<p part="problem">${problem}</p>` : nothing))}<slot
        @slotchange=${() => this.requestUpdate()}
      ></slot>`;
  }
}
