import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { JobsDataConsumer, type JobsContextValue } from '../../src/shared/context.js';
import '../support/provider.js';
import type { TestJobsProvider } from '../support/provider.js';

const BUNDLED = { jobs: [{ id: 'bundled-job' }] };
const PROVIDED = { jobs: [{ id: 'provided-job' }] };

/** Shows what its consumer gives it: the status, the job ids and the locale. */
class TestContextReader extends LitElement {
  readonly data = new JobsDataConsumer(this, BUNDLED);

  protected override render() {
    const value = this.data.value;
    return value.status === 'ready' ? `ready ${value.data.jobs.map((job) => job.id).join()} ${value.locale}` : value.status;
  }
}
customElements.define('test-context-reader', TestContextReader);

async function read(value?: JobsContextValue): Promise<string> {
  const wrap = await fixture<TestJobsProvider>(html`<test-jobs-provider><test-context-reader></test-context-reader></test-jobs-provider>`);
  const reader = wrap.querySelector('test-context-reader') as TestContextReader;
  if (value) wrap.provide(value);
  await reader.updateComplete;
  return reader.shadowRoot!.textContent!.trim();
}

describe('JobsDataConsumer', () => {
  it('gives the bundled slice outside any provider', async () => {
    const reader = await fixture<TestContextReader>(html`<test-context-reader></test-context-reader>`);
    expect(reader.shadowRoot!.textContent!.trim()).to.equal('ready bundled-job null');
  });

  it("gives the bundled slice with the locale of a provider that has no data of its own", async () => {
    expect(await read({ status: 'bundled', data: null, locale: 'de-DE' })).to.equal('ready bundled-job de-DE');
  });

  it("gives a provider's data, and its loading and error states", async () => {
    expect(await read({ status: 'ready', data: PROVIDED as never, locale: 'fr-FR' })).to.equal('ready provided-job fr-FR');
    expect(await read()).to.equal('loading');
    expect(await read({ status: 'error', data: null, locale: null, error: 'HTTP 500' })).to.equal('error');
  });

  it('falls back to the bundled slice for a status only a newer copy of the library knows', async () => {
    const future = { status: 'streaming', data: null, locale: 'ja-JP' } as unknown as JobsContextValue;
    expect(await read(future)).to.equal('ready bundled-job ja-JP');
  });
});
