import { ContextConsumer, ContextRoot, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dataset } from '../data/jobs.js';
import type { JobsData } from '../data/types.js';

/** What `<ml-jobs-data>` provides to the widgets inside it. */
export type JobsContextValue =
  | { status: 'ready'; data: JobsData; locale: string | null }
  | { status: 'loading'; data: null; locale: string | null }
  | { status: 'error'; data: null; locale: string | null; error: string };

/** Symbol.for, so copies of the library loaded by different scripts still meet. */
export const jobsContext = createContext<JobsContextValue>(Symbol.for('ml-career-widgets/jobs'));

/** What a widget uses outside any provider: the bundled data. */
export const BUNDLED: JobsContextValue = { status: 'ready', data: dataset, locale: null };

// Widgets that upgrade before their provider would lose their context request; one ContextRoot
// per document replays it when the provider appears.
const ROOT_FLAG = Symbol.for('ml-career-widgets/context-root');
if (typeof document !== 'undefined' && !(document as unknown as Record<symbol, boolean>)[ROOT_FLAG]) {
  (document as unknown as Record<symbol, boolean>)[ROOT_FLAG] = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Subscribes `host` to the nearest provider; `value` is the bundled data when there is none. A
 * widget moved out of a provider must not keep that provider's data, so what was provided is
 * forgotten on every connection, just before the consumer asks again.
 */
export class JobsDataConsumer implements ReactiveController {
  private provided?: JobsContextValue;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
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

  get value(): JobsContextValue {
    return this.provided ?? BUNDLED;
  }
}
