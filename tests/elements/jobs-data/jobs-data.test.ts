import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { bundledSalaries } from '../../../src/data/bundled/salaries.js';
import { dataset } from '../../../src/data/jobs.js';
import type { JobsData } from '../../../src/data/types.js';
import { MlJobsData } from '../../../src/ml-jobs-data.js';
import { JobsDataConsumer } from '../../../src/shared/context.js';
import { MlElement } from '../../../src/shared/ml-element.js';
import { tokens } from '../../../src/shared/styles.js';
import { captureConsole } from '../../support/console.js';
import { expectTheme } from '../../support/theme.js';
// The real widgets too, for the contract's "the elements inside show what failed".
import '../../../src/ml-role-card.js';
import '../../../src/ml-salary-compare.js';
import '../../../src/ml-skill-quiz.js';

/**
 * A stand-in widget (the real ones are separate elements): it shows what its provider gives it —
 * a loading message, the error, or the job titles and the locale it would format numbers in.
 */
class TestJobsConsumer extends MlElement {
  static override styles = tokens;

  protected readonly jobsData = new JobsDataConsumer(this, bundledSalaries);

  protected override render() {
    const value = this.jobsData.value;
    if (value.status === 'loading') {
      return html`<div class="base" part="base"><p role="status">Loading jobs data…</p></div>`;
    }
    if (value.status === 'error') {
      // Polite, as in the real widgets (a failure shows in every widget of the provider).
      return html`<div class="base" part="base"><p role="status" class="message">${value.error}</p></div>`;
    }
    return html`<div class="base" part="base">
      <ul>
        ${value.data.jobs.map((job) => html`<li>${job.title}</li>`)}
      </ul>
      <p class="locale">${this.effectiveLocale}</p>
    </div>`;
  }
}
customElements.define('test-jobs-consumer', TestJobsConsumer);

const BUNDLED_TITLES = dataset.jobs.map((job) => job.title);
const FIXTURE_TITLES = ['Fixture ML Engineer', 'Fixture Vision Engineer'];

/** A fixture file's absolute URL; `key` makes it unique, since the loader caches per URL. */
const fixtureUrl = (file: string, key: string) => new URL(`./fixtures/${file}?${key}`, import.meta.url).href;

/** A copy of the bundled data whose jobs are renamed, to tell it apart from the bundled data. */
function renamed(prefix: string, count = 1): JobsData {
  return { ...dataset, jobs: dataset.jobs.slice(0, count).map((job) => ({ ...job, title: `${prefix} ${job.title}` })) };
}

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const shownLocale = (el: Element) => el.shadowRoot!.querySelector('.locale')?.textContent;
const consumer = (root: Element, index = 0) => root.querySelectorAll('test-jobs-consumer')[index] as TestJobsConsumer;

async function titlesBecome(el: Element, expected: string[]): Promise<void> {
  await waitUntil(() => JSON.stringify(titles(el)) === JSON.stringify(expected), `titles never became ${expected}: ${shadowText(el)}`);
}

/** console.error / console.warn calls and uncaught errors of the current test. */
let errorLog: ReturnType<typeof captureConsole>;
let warnLog: ReturnType<typeof captureConsole>;
let errors: unknown[][] = [];
let warnings: unknown[][] = [];
let uncaught: unknown[] = [];
const originalFetch = window.fetch;
const onUncaught = (event: ErrorEvent | PromiseRejectionEvent) =>
  uncaught.push('reason' in event ? event.reason : event.error);

/** Wraps window.fetch: records every URL, and holds a request until `gate(url)` resolves. */
function watchFetch(gate?: (url: string) => Promise<void>): string[] {
  const urls: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    urls.push(url);
    if (gate) await gate(url);
    return originalFetch.call(window, input, init);
  };
  return urls;
}

describe('<ml-jobs-data>', () => {
  beforeEach(() => {
    errorLog = captureConsole('error');
    warnLog = captureConsole('warn');
    errors = errorLog.calls;
    warnings = warnLog.calls;
    uncaught = [];
    window.addEventListener('error', onUncaught);
    window.addEventListener('unhandledrejection', onUncaught);
  });

  afterEach(() => {
    errorLog.restore();
    warnLog.restore();
    window.fetch = originalFetch;
    window.removeEventListener('error', onUncaught);
    window.removeEventListener('unhandledrejection', onUncaught);
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
    // Bad input warns: a host page's error monitoring is not ours to fill.
    expect(errors, 'console errors').to.deep.equal([]);
  });

  describe('where the data comes from', () => {
    it('provides the bundled data when it has neither src nor a JSON child', async () => {
      const el = await fixture<MlJobsData>(html`<ml-jobs-data><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`);
      await titlesBecome(consumer(el), BUNDLED_TITLES);
      expect(el.state.status).to.equal('bundled');
      expect(errors).to.have.length(0);
    });

    it('provides the JSON child, whatever <br>, <p> and whitespace a CMS put around it', async () => {
      const json = JSON.stringify(renamed('Inline', 2));
      const el = await fixture<MlJobsData>(
        `<ml-jobs-data>\n<br />\n  <script type="application/json">\n${json}\n</script>\n<br />\n<p><test-jobs-consumer></test-jobs-consumer></p></ml-jobs-data>`,
      );
      await titlesBecome(consumer(el), ['Inline Machine Learning Engineer', 'Inline Computer Vision Engineer']);
      expect(errors).to.have.length(0);
    });

    it('finds the JSON child inside a <p> the classic editor wrapped it in', async () => {
      const json = JSON.stringify(renamed('Wrapped'));
      const el = await fixture<MlJobsData>(
        `<ml-jobs-data><p><script type="application/json">${json}</script></p><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`,
      );
      await titlesBecome(consumer(el), ['Wrapped Machine Learning Engineer']);
    });

    it('does not take the JSON child of an element inside it (a quiz’s questions)', async () => {
      const el = await fixture<MlJobsData>(
        `<ml-jobs-data><ml-skill-quiz><script type="application/json">{"questions":[]}</script></ml-skill-quiz><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`,
      );
      await titlesBecome(consumer(el), BUNDLED_TITLES);
      // The quiz reads that JSON as its own questions (and finds none).
      const quiz = el.querySelector('ml-skill-quiz') as MlElement;
      await quiz.updateComplete;
      expect(shadowText(quiz)).to.contain('This quiz cannot start: it has no questions');
      expect(warnings.map(String)).to.deep.equal([
        'ml-career-widgets: <ml-skill-quiz> cannot start: it has no questions ({"questions": […]}).',
      ]);
    });

    it("does not take another app's JSON from deeper in a page it wraps, and src still loads", async () => {
      const el = await fixture<MlJobsData>(
        `<ml-jobs-data src="${fixtureUrl('custom-jobs.json.txt', 'deep')}"><div class="app"><script type="application/json">{"user":1}</script></div><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`,
      );
      await titlesBecome(consumer(el), FIXTURE_TITLES);
      expect(warnings).to.have.length(0);
    });

    it('waits for its children when it upgrades while the page is still being parsed', async () => {
      // A script without defer in <head>: the provider upgrades before the parser reaches its children.
      Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
      let el: MlJobsData;
      try {
        el = await fixture<MlJobsData>(html`<ml-jobs-data><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`);
        expect(el.state.status).to.equal('loading');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(renamed('Parsed'));
        el.prepend(script);
      } finally {
        delete (document as unknown as { readyState?: string }).readyState;
      }
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await titlesBecome(consumer(el), ['Parsed Machine Learning Engineer']);
    });

    it('provides the `data` property instead of anything else, and goes back when it is set to null', async () => {
      const el = await fixture<MlJobsData>(html`<ml-jobs-data><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`);
      el.data = renamed('Scripted', 3);
      await titlesBecome(consumer(el), [
        'Scripted Machine Learning Engineer',
        'Scripted Computer Vision Engineer',
        'Scripted Natural Language Processing Engineer',
      ]);
      el.data = null;
      await titlesBecome(consumer(el), BUNDLED_TITLES);
    });

    it('loads `src`, showing a loading state until the file is there', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      watchFetch(() => held);
      const el = await fixture<MlJobsData>(
        html`<ml-jobs-data src=${fixtureUrl('custom-jobs.json.txt', 'success')}><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`,
      );
      await consumer(el).updateComplete;
      expect(el.state.status).to.equal('loading');
      expect(shadowText(consumer(el))).to.equal('Loading jobs data…');
      expect(consumer(el).shadowRoot!.querySelector('[role="status"]')).to.exist;
      release();
      await titlesBecome(consumer(el), FIXTURE_TITLES);
      expect(el.state.status).to.equal('ready');
    });

    it('resolves a relative src against the page', async () => {
      const relative = new URL(fixtureUrl('custom-jobs.json.txt', 'relative')).pathname + '?relative';
      const el = await fixture<MlJobsData>(html`<ml-jobs-data src=${relative}><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`);
      await titlesBecome(consumer(el), FIXTURE_TITLES);
    });

    for (const theme of ['light', 'dark']) {
      it(`prefers the JSON child over src, saying so in a line above the widgets, with one warning (${theme})`, async () => {
        const urls = watchFetch();
        const json = JSON.stringify(renamed('Child'));
        const src = fixtureUrl('custom-jobs.json.txt', `both-${theme}`);
        // The line is in the page's colours: a page in each scheme.
        const page = await fixture<HTMLDivElement>(
          `<div style="color-scheme: ${theme}; background: Canvas; color: CanvasText"><ml-jobs-data src="${src}"><script type="application/json">${json}</script><test-jobs-consumer theme="${theme}"></test-jobs-consumer></ml-jobs-data></div>`,
        );
        const el = page.querySelector('ml-jobs-data')!;
        await titlesBecome(consumer(el), ['Child Machine Learning Engineer']);
        expect(urls).to.deep.equal([]);
        const line = `<ml-jobs-data>: both a JSON child and src="${src}" are given; using the child.`;
        const shown = el.shadowRoot!.querySelector('[part="problem"]')!;
        expect(shown.textContent).to.equal(line);
        expect(shown.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(warnings.map(String)).to.deep.equal([`ml-career-widgets: ${line}`]);
        await expect(page).to.be.accessible();
        el.removeAttribute('src');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
      });
    }

    it("says it holds no widgets when WordPress's classic editor moved them out, until one is added", async () => {
      const json = JSON.stringify(renamed('Lost'));
      // What the classic editor serves for a provider, a blank line, a card and a blank line.
      const page = await fixture<HTMLDivElement>(
        `<div><p><ml-jobs-data><br />\n<script type="application/json">${json}</script><br />\n</p><p><test-jobs-consumer></test-jobs-consumer></p><p></ml-jobs-data></p></div>`,
      );
      const el = page.querySelector('ml-jobs-data')!;
      await el.updateComplete;
      const line =
        "<ml-jobs-data> holds no widgets, so its data reaches none. In WordPress's classic editor a blank line inside it moves them out: remove blank lines there, or use a Custom HTML block.";
      expect(el.shadowRoot!.querySelector('[part="problem"]')?.textContent).to.equal(line);
      expect(warnings.map(String)).to.deep.equal([`ml-career-widgets: ${line}`]);
      // The card outside shows the bundled roles: the page can see why.
      await titlesBecome(page.querySelector('test-jobs-consumer')!, BUNDLED_TITLES);
      await expect(page).to.be.accessible();
      el.append(document.createElement('test-jobs-consumer'));
      await titlesBecome(consumer(el), ['Lost Machine Learning Engineer']);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
      expect(warnings).to.have.length(1);
    });

    it('says nothing of a provider a script fills later, or of one holding only text outside a <p>', async () => {
      const page = await fixture<HTMLDivElement>(html`<div><ml-jobs-data id="text">Salaries below.</ml-jobs-data></div>`);
      const later = document.createElement('ml-jobs-data');
      later.data = renamed('Later');
      page.append(later);
      await later.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
      later.append(document.createElement('test-jobs-consumer'));
      await titlesBecome(consumer(later), ['Later Machine Learning Engineer']);
      for (const el of page.querySelectorAll('ml-jobs-data')) expect(el.shadowRoot!.querySelector('[part="problem"]')).to.equal(null);
      expect(warnings).to.deep.equal([]);
    });

    it('shows each of its problems when an emptied provider was also given both a JSON child and src', async () => {
      const src = fixtureUrl('custom-jobs.json.txt', 'emptied-both');
      const page = await fixture<HTMLDivElement>(
        `<div><p><ml-jobs-data src="${src}"><script type="application/json">${JSON.stringify(renamed('Both'))}</script></p><p><test-jobs-consumer></test-jobs-consumer></p></div>`,
      );
      const el = page.querySelector('ml-jobs-data')!;
      await el.updateComplete;
      const lines = [...el.shadowRoot!.querySelectorAll('[part="problem"]')].map((line) => line.textContent);
      expect(lines).to.have.length(2);
      expect(lines[0]).to.include('both a JSON child and src');
      expect(lines[1]).to.include('holds no widgets');
      expect(warnings).to.have.length(2);
    });

    it('reloads when src changes, and a slow old response cannot overwrite the new data', async () => {
      let releaseSlow!: () => void;
      const slow = new Promise<void>((resolve) => (releaseSlow = resolve));
      watchFetch((url) => (url.includes('slow') ? slow : Promise.resolve()));
      const el = await fixture<MlJobsData>(
        html`<ml-jobs-data src=${fixtureUrl('custom-jobs.json.txt', 'reload')}><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`,
      );
      await titlesBecome(consumer(el), FIXTURE_TITLES);

      el.src = fixtureUrl('other-jobs.json.txt', 'reload');
      await titlesBecome(consumer(el), ['Other Fixture Robotics Engineer']);

      el.src = fixtureUrl('custom-jobs.json.txt', 'slow');
      await el.updateComplete;
      expect(el.state.status).to.equal('loading');
      el.src = fixtureUrl('other-jobs.json.txt', 'newer');
      await titlesBecome(consumer(el), ['Other Fixture Robotics Engineer']);
      releaseSlow();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(titles(consumer(el))).to.deep.equal(['Other Fixture Robotics Engineer']);
    });

    it('fetches a URL once for every provider that uses it, even one added later', async () => {
      const urls = watchFetch();
      const src = fixtureUrl('custom-jobs.json.txt', 'shared');
      const page = await fixture(html`<div>
        <ml-jobs-data src=${src}><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>
        <ml-jobs-data src=${src}><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>
      </div>`);
      await titlesBecome(consumer(page, 0), FIXTURE_TITLES);
      await titlesBecome(consumer(page, 1), FIXTURE_TITLES);

      const third = document.createElement('ml-jobs-data');
      third.src = src;
      third.append(document.createElement('test-jobs-consumer'));
      page.append(third);
      await titlesBecome(consumer(page, 2), FIXTURE_TITLES);
      expect(urls.filter((url) => url === src)).to.have.length(1);
    });
  });

  describe('failures', () => {
    /** Asserts the widget shows `parts` in its message and exactly one console warning said the same. */
    async function expectFailure(el: MlJobsData, parts: string[]): Promise<void> {
      await waitUntil(() => el.state.status === 'error', 'never failed');
      await consumer(el).updateComplete;
      const message = consumer(el).shadowRoot!.querySelector('.message');
      expect(message, 'the widget shows the error').to.exist;
      for (const part of parts) expect(message!.textContent).to.contain(part);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain(parts[0]);
    }

    it('names the URL and status of a 404', async () => {
      const src = new URL('./fixtures/missing.json', import.meta.url).href;
      const el = await fixture<MlJobsData>(html`<ml-jobs-data src=${src}><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`);
      await expectFailure(el, [`Could not load ${src}: HTTP 404`]);
    });

    it('fetches a URL that failed again when another provider asks for it: a failure is not cached', async () => {
      const src = fixtureUrl('flaky.json', 'flaky');
      const realFetch = window.fetch;
      const fetched: string[] = [];
      window.fetch = async (input) => {
        fetched.push(String(input));
        return fetched.length === 1
          ? new Response('', { status: 503, statusText: 'Service Unavailable' })
          : new Response(JSON.stringify(renamed('Retried')));
      };
      try {
        const first = await fixture<MlJobsData>(html`<ml-jobs-data src=${src}><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`);
        await expectFailure(first, [`Could not load ${src}: HTTP 503 Service Unavailable.`]);
        const second = await fixture<MlJobsData>(html`<ml-jobs-data src=${src}><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`);
        await titlesBecome(consumer(second), ['Retried Machine Learning Engineer']);
        expect(fetched).to.deep.equal([src, src]);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('names the URL of a network error', async () => {
      const src = 'http://127.0.0.1:9/jobs.json';
      const el = await fixture<MlJobsData>(html`<ml-jobs-data src=${src}><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`);
      await expectFailure(el, [`Could not load ${src}: network error`]);
    });

    it('says when the response is not JSON', async () => {
      const src = fixtureUrl('not-json.html', 'html');
      const el = await fixture<MlJobsData>(html`<ml-jobs-data src=${src}><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`);
      await expectFailure(el, [`Could not load ${src}: the response is not valid JSON`]);
    });

    it('names the first three schema problems of a fetched file and counts the rest', async () => {
      const src = fixtureUrl('invalid-jobs.json.txt', 'schema');
      const el = await fixture<MlJobsData>(html`<ml-jobs-data src=${src}><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`);
      await expectFailure(el, [
        `${src} is not valid jobs data`,
        'jobs[0].salary.median.amount must be a number',
        'jobs[1].title must not be empty',
        'jobs[1].salary.median.source must be a string or a null',
        'and 1 more',
      ]);
    });

    it('says a broken JSON child does not parse, and why WordPress may have broken it', async () => {
      const el = await fixture<MlJobsData>(
        `<ml-jobs-data><script type="application/json">{"jobs": [</p>\n<p>]}</script><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`,
      );
      await expectFailure(el, ['The JSON inside <ml-jobs-data> is not valid JSON', 'Custom HTML block']);
    });

    it('validates the `data` property', async () => {
      const el = await fixture<MlJobsData>(html`<ml-jobs-data><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`);
      el.data = { jobs: [] } as unknown as JobsData;
      await expectFailure(el, ['The data set on <ml-jobs-data> is not valid jobs data', 'article is missing']);
    });

    it('rejects a figure that is not a finite number, which only data set from script can hold', async () => {
      const el = await fixture<MlJobsData>(html`<ml-jobs-data><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`);
      const data = structuredClone(dataset);
      data.jobs[0].salary.median.amount = Number.NaN;
      el.data = data;
      await expectFailure(el, ['The data set on <ml-jobs-data> is not valid jobs data', 'jobs[0].salary.median.amount must be a finite number']);
    });

    it('shows an error, and throws nothing, when reading the data throws', async () => {
      const el = await fixture<MlJobsData>(html`<ml-jobs-data><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`);
      el.data = {
        get jobs(): never {
          throw new Error('boom');
        },
      } as unknown as JobsData;
      await expectFailure(el, ['The data set on <ml-jobs-data> is not valid jobs data', 'reading it threw Error: boom']);
    });

    it('says when src is not a URL', async () => {
      const el = await fixture<MlJobsData>(
        html`<ml-jobs-data src="http://[::1/jobs.json"><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`,
      );
      await expectFailure(el, ['Could not load http://[::1/jobs.json: it is not a valid URL']);
    });

    it('recovers when a failing src is replaced by a working one', async () => {
      const el = await fixture<MlJobsData>(
        html`<ml-jobs-data src=${new URL('./fixtures/missing.json?recover', import.meta.url).href}>
          <test-jobs-consumer></test-jobs-consumer>
        </ml-jobs-data>`,
      );
      await expectFailure(el, ['HTTP 404']);
      el.src = fixtureUrl('custom-jobs.json.txt', 'recover');
      await titlesBecome(consumer(el), FIXTURE_TITLES);
      expect(warnings).to.have.length(1);
    });

    it('leaves elements outside the failing provider working', async () => {
      const page = await fixture(html`<div>
        <ml-jobs-data src=${new URL('./fixtures/missing.json?outside', import.meta.url).href}>
          <test-jobs-consumer></test-jobs-consumer>
        </ml-jobs-data>
        <test-jobs-consumer></test-jobs-consumer>
      </div>`);
      await waitUntil(() => (page.querySelector('ml-jobs-data') as MlJobsData).state.status === 'error');
      await titlesBecome(consumer(page, 1), BUNDLED_TITLES);
    });
  });

  describe('locale', () => {
    it('gives its locale to the widgets inside; a widget’s own locale wins', async () => {
      const el = await fixture<MlJobsData>(html`<ml-jobs-data locale="de-DE">
        <test-jobs-consumer></test-jobs-consumer>
        <test-jobs-consumer locale="fr-FR"></test-jobs-consumer>
      </ml-jobs-data>`);
      await waitUntil(() => shownLocale(consumer(el, 0)) === 'de-DE', 'provider locale not used');
      await waitUntil(() => shownLocale(consumer(el, 1)) === 'fr-FR', 'own locale not used');
    });

    it('passes a locale change on without reloading', async () => {
      const urls = watchFetch();
      const el = await fixture<MlJobsData>(
        html`<ml-jobs-data locale="de-DE" src=${fixtureUrl('custom-jobs.json.txt', 'locale')}><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`,
      );
      await titlesBecome(consumer(el), FIXTURE_TITLES);
      el.locale = 'ja-JP';
      await waitUntil(() => shownLocale(consumer(el)) === 'ja-JP', 'locale change not passed on');
      expect(el.state.status).to.equal('ready');
      expect(urls).to.have.length(1);
    });

    it('leaves an invalid locale to the widgets, which warn once and use the page’s lang', async () => {
      const page = await fixture(html`<div lang="pt-BR">
        <ml-jobs-data locale="en_US"><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>
      </div>`);
      await waitUntil(() => shownLocale(consumer(page)) === 'pt-BR', 'did not fall through to lang');
      await consumer(page).updateComplete;
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('<ml-jobs-data> locale="en_US" is not a valid language tag');
    });
  });

  describe('around the real widgets', () => {
    for (const theme of ['light', 'dark']) {
      it(`shows a failed load politely in every widget inside, with one warning for the page (${theme})`, async () => {
        const src = new URL(`./fixtures/missing.json?real-${theme}`, import.meta.url).href;
        const el = await fixture<MlJobsData>(html`<ml-jobs-data src=${src}>
          <ml-role-card job="nlp-engineer" theme=${theme}></ml-role-card>
          <ml-salary-compare theme=${theme}></ml-salary-compare>
          <ml-skill-quiz theme=${theme}></ml-skill-quiz>
        </ml-jobs-data>`);
        await waitUntil(() => el.state.status === 'error', 'never failed');
        const widgets = [...el.children] as MlElement[];
        for (const widget of widgets) await widget.updateComplete;
        const failure = `Could not load ${src}: HTTP 404`;
        const shown = widgets.map((widget) => shadowText(widget));
        expect(shown[0]).to.match(/^The job data could not be loaded: Could not load/);
        expect(shown.map((text) => text.includes(failure))).to.deep.equal([true, true, true]);
        expect(widgets.map((widget) => widget.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes(failure))).to.deep.equal([
          true,
          true,
          true,
        ]);
        expect(widgets.some((widget) => widget.shadowRoot!.querySelector('[role="alert"]'))).to.be.false;
        expect(warnings).to.have.length(1);
        expect(String(warnings[0][0])).to.contain(failure);
        for (const widget of widgets) expectTheme(widget, theme);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('nesting and late elements', () => {
    it('a widget moved out of a provider goes back to the bundled data, and picks the provider up again', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <ml-jobs-data .data=${renamed('Provided')}><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>
      </div>`);
      const provider = wrapper.querySelector('ml-jobs-data')!;
      const widget = consumer(wrapper);
      await titlesBecome(widget, ['Provided Machine Learning Engineer']);
      wrapper.append(widget);
      await titlesBecome(widget, BUNDLED_TITLES);
      provider.append(widget);
      await titlesBecome(widget, ['Provided Machine Learning Engineer']);
    });

    it('lets the nearest provider win', async () => {
      const outer = await fixture<MlJobsData>(html`<ml-jobs-data locale="de-DE" .data=${renamed('Outer')}>
        <test-jobs-consumer></test-jobs-consumer>
        <ml-jobs-data .data=${renamed('Inner')} locale="fr-FR"><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>
      </ml-jobs-data>`);
      await titlesBecome(consumer(outer, 0), ['Outer Machine Learning Engineer']);
      await titlesBecome(consumer(outer, 1), ['Inner Machine Learning Engineer']);
      expect(shownLocale(consumer(outer, 0))).to.equal('de-DE');
      expect(shownLocale(consumer(outer, 1))).to.equal('fr-FR');
    });

    it('takes over the widgets of a provider added inside another one later', async () => {
      const outer = await fixture<MlJobsData>(html`<ml-jobs-data .data=${renamed('Outer')}></ml-jobs-data>`);
      const inner = document.createElement('ml-jobs-data');
      inner.data = renamed('Inner');
      inner.append(document.createElement('test-jobs-consumer'));
      outer.append(inner);
      await titlesBecome(consumer(inner), ['Inner Machine Learning Engineer']);
      inner.data = renamed('Changed');
      await titlesBecome(consumer(inner), ['Changed Machine Learning Engineer']);
    });

    it('gives its data to widgets added after it loaded', async () => {
      const el = await fixture<MlJobsData>(html`<ml-jobs-data src=${fixtureUrl('custom-jobs.json.txt', 'late')}></ml-jobs-data>`);
      await waitUntil(() => el.state.status === 'ready');
      const wrapper = document.createElement('div');
      wrapper.innerHTML = '<test-jobs-consumer></test-jobs-consumer>';
      el.append(wrapper);
      await titlesBecome(consumer(el), FIXTURE_TITLES);
    });

    it('reaches widgets that upgraded before the provider was defined', async () => {
      const json = JSON.stringify(renamed('Late'));
      const el = await fixture(
        `<late-jobs-data locale="de-DE"><script type="application/json">${json}</script><test-jobs-consumer></test-jobs-consumer></late-jobs-data>`,
      );
      // Until the provider upgrades, the widget uses the bundled data.
      await titlesBecome(consumer(el), BUNDLED_TITLES);
      customElements.define('late-jobs-data', class extends MlJobsData {});
      await titlesBecome(consumer(el), ['Late Machine Learning Engineer']);
      expect(shownLocale(consumer(el))).to.equal('de-DE');
    });
  });

  describe('rendering', () => {
    it("a card shows a page's data strings as text, never as markup", async () => {
      const attack = '<img src=x onerror="window.__mlXss = true">Engineer';
      const data = { ...dataset, jobs: [{ ...dataset.jobs[0], title: attack }] };
      const el = await fixture<MlJobsData>(html`<ml-jobs-data .data=${data}><ml-role-card job="ml-engineer"></ml-role-card></ml-jobs-data>`);
      const card = el.querySelector('ml-role-card')!;
      await waitUntil(() => card.shadowRoot?.querySelector('[part~="heading"]')?.textContent === attack, `the title never became the text: ${shadowText(card)}`);
      expect(card.shadowRoot!.querySelector('img')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as unknown as { __mlXss?: boolean }).__mlXss).to.equal(undefined);
    });

    it('renders nothing of its own and leaves the layout to its parent', async () => {
      const page = await fixture<HTMLElement>(html`<div style="display: flex; gap: 10px">
        <ml-jobs-data><span style="inline-size: 40px">a</span><span style="inline-size: 40px">b</span></ml-jobs-data>
      </div>`);
      const el = page.querySelector('ml-jobs-data')!;
      expect(getComputedStyle(el).display).to.equal('contents');
      expect([...el.shadowRoot!.children].map((child) => child.localName)).to.deep.equal(['slot']);
      const [a, b] = [...el.querySelectorAll('span')].map((span) => span.getBoundingClientRect());
      // Flex items of the outer div: side by side, as if the provider were not there.
      expect(b.top).to.equal(a.top);
      expect(b.left - a.right).to.be.closeTo(10, 1);
    });

    it('hides its content when hidden', async () => {
      const el = await fixture<MlJobsData>(html`<ml-jobs-data hidden><test-jobs-consumer></test-jobs-consumer></ml-jobs-data>`);
      expect(getComputedStyle(el).display).to.equal('none');
    });

    for (const theme of ['light', 'dark']) {
      it(`is accessible around a widget in the ${theme} theme, with data and with an error`, async () => {
        const el = await fixture<MlJobsData>(html`<ml-jobs-data .data=${renamed('Themed', 2)}>
          <test-jobs-consumer theme=${theme}></test-jobs-consumer>
        </ml-jobs-data>`);
        await titlesBecome(consumer(el), ['Themed Machine Learning Engineer', 'Themed Computer Vision Engineer']);
        await expect(el).to.be.accessible();
        el.data = { broken: true } as unknown as JobsData;
        await waitUntil(() => consumer(el).shadowRoot!.querySelector('.message'));
        await expect(el).to.be.accessible();
      });
    }
  });
});
