import { expect } from '@open-wc/testing';
import { fetchJson, parseJson, resolveUrl } from '../../src/shared/read-json.js';

describe('shared: reading JSON', () => {
  it('parses JSON, and names the WordPress cause when paragraph tags broke it', () => {
    expect(parseJson('{"questions":[]}', 'the JSON')).to.deep.equal({ ok: true, value: { questions: [] } });
    const broken = parseJson('{"questions": [</p>\n<p>{"id": "a"}]}', 'the JSON inside <ml-skill-quiz>');
    expect(!broken.ok && broken.error)
      .to.match(/^the JSON inside <ml-skill-quiz> is not valid JSON \([\s\S]+\)\. It contains paragraph tags/)
      .and.include('WordPress’s classic editor')
      .and.include('one line')
      .and.include('Custom HTML block');
    const curly = parseJson('{“questions”: []}', 'x');
    expect(!curly.ok && curly.error).to.include('curly quotes');
    const plain = parseJson('{questions}', 'x');
    expect(!plain.ok && plain.error).to.match(/^x is not valid JSON \(.+\)\.$/);
    const served = parseJson('<!doctype html><p>Not found</p>', 'the response', false);
    expect(!served.ok && served.error).to.match(/^the response is not valid JSON \(.+\)\.$/);
  });

  it('resolves URLs against the page and names one that is not a URL', () => {
    expect(resolveUrl('q.json')).to.deep.equal({ ok: true, url: new URL('q.json', document.baseURI).href });
    expect(resolveUrl('http://[::1/x.json')).to.deep.equal({ ok: false, error: 'Could not load http://[::1/x.json: it is not a valid URL.' });
  });

  it('fetches JSON and names the URL and status when it fails', async () => {
    const missing = new URL('./fixtures/missing.json', import.meta.url).href;
    const result = await fetchJson(missing);
    expect(result).to.deep.equal({ ok: false, error: `Could not load ${missing}: HTTP 404 Not Found.` });
    // The test server turns *.json into JS modules, so the good fixture ends in .txt.
    const good = await fetchJson(new URL('./fixtures/ok.json.txt', import.meta.url).href);
    expect(good).to.deep.equal({ ok: true, value: { ok: 1 } });
  });

  it('names a connection that breaks while the body arrives as a network error', async () => {
    const originalFetch = window.fetch;
    const asked: string[] = [];
    window.fetch = async (input: RequestInfo | URL) => {
      asked.push(String(input));
      return new Response(new ReadableStream({ start: (controller) => controller.error(new TypeError('connection reset')) }));
    };
    try {
      const result = await fetchJson('https://example.test/q.json');
      expect(asked).to.deep.equal(['https://example.test/q.json']);
      // Browsers word the reading error their own way ("Failed to fetch", "connection reset").
      expect(!result.ok && result.error).to.match(/^Could not load https:\/\/example\.test\/q\.json: network error \(.+\)\.$/);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it("never rejects when a page's fetch wrapper resolves to nothing or rejects with a string or a symbol", async () => {
    const originalFetch = window.fetch;
    try {
      window.fetch = (async () => undefined) as unknown as typeof fetch;
      expect(await fetchJson('https://example.test/q.json')).to.deep.equal({
        ok: false,
        error: "Could not load https://example.test/q.json: this page's fetch gave no response.",
      });
      window.fetch = (() => Promise.reject('offline')) as unknown as typeof fetch;
      expect(await fetchJson('https://example.test/q.json')).to.deep.equal({
        ok: false,
        error: 'Could not load https://example.test/q.json: network error (offline).',
      });
      window.fetch = (() => Promise.reject(Symbol('offline'))) as unknown as typeof fetch;
      expect(await fetchJson('https://example.test/q.json')).to.deep.equal({
        ok: false,
        error: 'Could not load https://example.test/q.json: network error (Symbol(offline)).',
      });
    } finally {
      window.fetch = originalFetch;
    }
  });
});
