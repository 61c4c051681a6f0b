import { ContextProvider } from '@lit/context';
import { jobsContext, type JobsContextValue } from '../../src/shared/context.js';

/**
 * `<test-jobs-provider>`: provides the jobs context the way `<ml-jobs-data>` does, without
 * depending on that element, so a widget's tests choose exactly what it is given. It starts
 * `loading`; `provide()` changes the value and every subscribed widget updates.
 *
 * Import the module for its effect (`import '../../support/provider.js'`) as well as any type:
 * esbuild drops an import used only as a type, and the tag would then never be defined.
 */
export class TestJobsProvider extends HTMLElement {
  private readonly provider = new ContextProvider(this, {
    context: jobsContext,
    initialValue: { status: 'loading', data: null, locale: null } as JobsContextValue,
  });

  /** A plain element is no ReactiveControllerHost; announce the provider as a LitElement would. */
  connectedCallback(): void {
    this.provider.hostConnected();
  }

  /** What the widgets inside are given from now on. */
  provide(value: JobsContextValue): void {
    this.provider.setValue(value);
  }
}

// Guarded: test files that share a page must not define the tag twice.
if (!customElements.get('test-jobs-provider')) customElements.define('test-jobs-provider', TestJobsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'test-jobs-provider': TestJobsProvider;
  }
}
