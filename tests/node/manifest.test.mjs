// custom-elements.json is generated from JSDoc at build time; this fails when a public attribute,
// event or part that the contract names is missing from it, and when the README's generated API
// reference or its size tables are stale.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elements, undocumented, updatedReadme, withSizes } from '../../scripts/docs.mjs';
import { floor, measure, sizeTables } from '../../scripts/size.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const byTag = Object.fromEntries(elements(manifest).map((element) => [element.tagName, element]));

const COMMON = ['locale', 'heading-level', 'theme'];
/** The public API the contract names (README, each element's section), element by element; the quiz's locale too. */
const CONTRACT = {
  'ml-role-card': {
    attributes: ['job', 'sections', 'basis', 'compact', 'structured-data', ...COMMON],
    events: ['ml-toggle'],
  },
  'ml-salary-compare': {
    attributes: ['jobs', 'basis', 'sort', 'highlight', 'view', ...COMMON],
    events: ['ml-job-select'],
  },
  'ml-skill-quiz': {
    attributes: ['src', 'persist', ...COMMON],
    events: ['ml-quiz-start', 'ml-quiz-answer', 'ml-quiz-complete', 'ml-quiz-reset'],
    members: ['result', 'reset'],
  },
  'ml-jobs-data': { attributes: ['src', 'locale'], members: ['data'] },
};

test('package.json names the manifest', () => {
  assert.equal(JSON.parse(read('package.json')).customElements, 'custom-elements.json');
});

for (const [tag, api] of Object.entries(CONTRACT)) {
  test(`the manifest documents every public attribute, event and member of <${tag}>`, () => {
    const element = byTag[tag];
    assert.ok(element, `<${tag}> is not in custom-elements.json`);
    const attributes = (element.attributes ?? []).map((a) => a.name);
    const events = (element.events ?? []).map((e) => e.name);
    const members = (element.members ?? []).map((m) => m.name);
    for (const name of api.attributes) assert.ok(attributes.includes(name), `attribute ${name} missing`);
    for (const name of api.events ?? []) assert.ok(events.includes(name), `event ${name} missing`);
    for (const name of api.members ?? []) assert.ok(members.includes(name), `member ${name} missing`);
    for (const attribute of element.attributes ?? []) assert.ok(attribute.description, `attribute ${attribute.name} has no description`);
    for (const event of element.events ?? []) assert.ok(event.description, `event ${event.name} has no description`);
    // <ml-jobs-data> renders nothing of its own (a slot in display: contents): no parts, no tokens.
    if (tag !== 'ml-jobs-data') assert.ok((element.cssParts ?? []).length > 0, 'no CSS parts documented');
    for (const name of ['--ml-font-family', '--ml-text-color', '--ml-surface', '--ml-border-color', '--ml-accent', '--ml-radius']) {
      if (tag !== 'ml-jobs-data') assert.ok((element.cssProperties ?? []).some((p) => p.name === name), `${name} missing`);
    }
  });
}

test("the README's API tables are generated from the current manifest, one block per element", () => {
  assert.deepEqual(undocumented(read('README.md'), manifest), []);
  assert.equal(updatedReadme(read('README.md'), manifest), read('README.md'), 'run `npm run docs`');
});

test("the README's size tables are those of the current build", async () => {
  const readme = read('README.md');
  const block = (text) => /<!-- SIZES -->[\s\S]*?<!-- \/SIZES -->/.exec(text)?.[0] ?? '';
  const written = block(readme);
  const current = block(withSizes(readme, sizeTables(await measure(), await floor())));
  assert.ok(written, 'README.md has no size block');
  // The same rows; each figure within 0.1 kB, as gzip and brotli may differ by a few bytes
  // between the zlib versions of two Node releases.
  const shape = (text) => text.replace(/\d+\.\d kB/g, 'N kB');
  const figures = (text) => [...text.matchAll(/(\d+\.\d) kB/g)].map((match) => Number(match[1]));
  assert.equal(shape(written), shape(current), 'run `npm run docs`');
  const [old, now] = [figures(written), figures(current)];
  assert.ok(old.every((n, i) => Math.abs(n - now[i]) < 0.15), `run \`npm run docs\`: ${old} against ${now}`);
});
