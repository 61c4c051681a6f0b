import { ContextConsumer, createContext } from '@lit/context';
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

/**
 * Subscribes `host` to the nearest provider; `value` is ready with `bundled` (the part of the
 * dataset the widget shows) when there is none or it has no data of its own. A widget moved out
 * of a provider must not keep that provider's data, so what was provided is forgotten on every
 * connection, just before the consumer asks again.
 */
export class JobsDataConsumer<D> implements ReactiveController {
  private provided?: JobsContextValue;
  private readonly consumer: ContextConsumer<typeof jobsContext, ReactiveControllerHost & HTMLElement>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly bundled: D,
  ) {
    // Added before the ContextConsumer, so hostConnected clears before it dispatches its request.
    host.addController(this);
    this.consumer = new ContextConsumer(host, {
      context: jobsContext,
      subscribe: true,
      callback: (value) => {
        this.provided = value;
      },
    });
  }

  /**
   * A provider that upgrades after this widget never heard its request. Every provider announces
   * itself with a `context-provider` event that reaches the document unless a provider around it
   * already serves this widget; an unserved widget then asks again. (What @lit/context's
   * ContextRoot does, for 0.3 kB less gzip in every widget.)
   */
  private readonly askAgain = (event: Event): void => {
    if ((event as Event & { context?: unknown }).context === jobsContext && !this.provided) {
      this.consumer.hostConnected();
    }
  };

  hostConnected(): void {
    document.addEventListener('context-provider', this.askAgain);
    if (!this.provided) return;
    this.provided = undefined;
    // A provider still around answers synchronously and this update shows its data again.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    document.removeEventListener('context-provider', this.askAgain);
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
