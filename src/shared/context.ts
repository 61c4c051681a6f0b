import { ContextConsumer, ContextRoot, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { JobsData } from '../data/types.js';

/**
 * What `<ml-jobs-data>` provides to the widgets inside it. `bundled`: a provider with no data of
 * its own (only a locale); each widget then uses the data it bundles.
 */
export type JobsContextValue =
  | { status: 'ready'; data: JobsData; locale: string | null }
  | { status: 'bundled'; data: null; locale: string | null }
  | { status: 'loading'; data: null; locale: string | null }
  | { status: 'error'; data: null; locale: string | null; error: string };

/** What a widget works with: a provider's dataset, or the slice `D` of it the widget bundles. */
export type WidgetData<D> =
  | { status: 'ready'; data: D; locale: string | null }
  | Exclude<JobsContextValue, { status: 'ready' | 'bundled' }>;

/** Symbol.for, so copies of the library loaded by different scripts still meet. */
export const jobsContext = createContext<JobsContextValue>(Symbol.for('ml-career-widgets/jobs'));

// Widgets that upgrade before their provider would lose their context request; one ContextRoot
// per document replays it when the provider appears.
const ROOT_FLAG = Symbol.for('ml-career-widgets/context-root');
if (typeof document !== 'undefined' && !(document as unknown as Record<symbol, boolean>)[ROOT_FLAG]) {
  (document as unknown as Record<symbol, boolean>)[ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Subscribes `host` to the nearest provider; `value` is ready with `bundled` (the part of the
 * dataset the widget shows) when there is none or it has no data of its own. A widget moved out
 * of a provider must not keep that provider's data, so what was provided is forgotten on every
 * connection, just before the consumer asks again.
 */
export class JobsDataConsumer<D> implements ReactiveController {
  private provided?: JobsContextValue;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly bundled: D,
  ) {
    // Added before the ContextConsumer, so hostConnected clears before it dispatches its request.
    host.addController(this);
    new ContextConsumer(host, {
      context: jobsContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
      },
    });
  }

  hostConnected(): void {
    if (!this.provided) return;
    this.provided = undefined;
    // A provider still around answers synchronously and this update shows its data again.
    this.host.requestUpdate();
  }

  get value(): WidgetData<D> {
    const provided = this.provided;
    if (provided?.status === 'loading' || provided?.status === 'error') return provided;
    // A provider's full dataset has every field of any slice.
    if (provided?.status === 'ready' && provided.data) return provided as WidgetData<D>;
    // No provider, one without data of its own, or a status from a newer copy of the library.
    return { status: 'ready', data: this.bundled, locale: provided?.locale ?? null };
  }
}
