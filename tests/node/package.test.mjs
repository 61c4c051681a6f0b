// The package's shape as users meet it: exports resolving in Node and in a bundler, the tarball's
// file list, and an element entry bundled alone carrying no other element's code.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BUDGETS, bundleChunks, bundleEntry, measure, overBudget } from '../../scripts/size.mjs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const quiz = JSON.parse(readFileSync(new URL('../../data/quiz.json', import.meta.url), 'utf8'));

test('every export target exists in the tarball, with types for the JavaScript entries', () => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
  const files = new Set(packed[0].files.map((f) => f.path));
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    for (const file of targets) assert.ok(files.has(file.replace(/^\.\//, '')), `${subpath} → ${file} is not packed`);
  }
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target !== 'string') assert.ok(target.types, `${subpath} has no types`);
  }
  // Only what users need: no sources, tests, demo or tooling.
  const unexpected = [...files].filter((f) => !/^(dist\/|data\/|bin\/|custom-elements\.json$|package\.json$|README\.md$|LICENSE$)/.test(f));
  assert.deepEqual(unexpected, []);
  assert.ok(files.has('dist/ml-widgets.min.js') && files.has('data/jobs.schema.json'));
});

test('the one-tag script imports every element entry (it lists them itself, not through index.ts)', () => {
  const script = readFileSync(new URL('../../src/script.ts', import.meta.url), 'utf8');
  const entries = readdirSync(new URL('../../src/', import.meta.url)).filter((file) => /^ml-.*\.ts$/.test(file));
  assert.equal(entries.length, 4);
  for (const entry of entries) assert.ok(script.includes(`import './${entry.replace(/\.ts$/, '.js')}';`), entry);
  // The quiz's on-demand module is evaluated before the quiz is defined (zone.js; see the entry).
  assert.ok(script.indexOf("import './elements/skill-quiz/author-questions.js';") < script.indexOf("import './ml-skill-quiz.js';"));
});

test('every export resolves by the package name to a file that exists', () => {
  for (const subpath of Object.keys(pkg.exports)) {
    const name = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    const resolved = fileURLToPath(import.meta.resolve(name));
    assert.ok(existsSync(resolved), `${name} → ${resolved}`);
  }
});

test('the package entries import in Node by their public names', async () => {
  const data = await import('ml-career-widgets/data');
  assert.equal(data.jobs.length, 5);
  assert.equal(typeof data.getJob, 'function');
});

test('a bundle of ml-role-card.js alone holds no quiz, no comparison and no provider code', async () => {
  const code = await bundleEntry('ml-role-card.js');
  assert.ok(code.includes('ml-role-card'));
  // The provider's tag quoted as its definition names it: the card's locale line mentions `<ml-jobs-data> locale`.
  for (const foreign of ['ml-skill-quiz', 'ml-salary-compare', '"ml-jobs-data"', '<ml-jobs-data>: both', quiz.questions[0].prompt]) {
    assert.ok(!code.includes(foreign), `${foreign} is in the card's bundle`);
  }
});

test('an element entry bundled alone carries only the data that element shows; the provider none', async () => {
  const data = JSON.parse(readFileSync(new URL('../../data/jobs.json', import.meta.url), 'utf8'));
  const nlp = data.jobs.find((job) => job.id === 'nlp-engineer');
  const responsibility = nlp.responsibilities[0].items[0];
  const skill = nlp.skills[0].text;
  const card = await bundleEntry('ml-role-card.js');
  const compare = await bundleEntry('ml-salary-compare.js');
  const quizAlone = await bundleEntry('ml-skill-quiz.js');
  const provider = await bundleEntry('ml-jobs-data.js');
  assert.ok(card.includes(responsibility) && card.includes(skill));
  assert.ok(compare.includes(nlp.title) && !compare.includes(nlp.summary) && !compare.includes(responsibility));
  assert.ok(quizAlone.includes(nlp.summary) && !quizAlone.includes(skill) && !quizAlone.includes(responsibility));
  assert.ok(!provider.includes(nlp.title), 'the provider bundles job data');
  // No widget shows the market-growth claims, the essential-skills section or the article's
  // salary sentences (the figures are shown from their fields); no widget bundle carries them.
  const unshown = [data.marketGrowth[0].text, data.essentialSkills[0].text, data.jobs[0].salary.median.text];
  for (const code of [card, compare, quizAlone, readFileSync(new URL('../../dist/ml-widgets.min.js', import.meta.url), 'utf8')]) {
    for (const text of unshown) assert.ok(!code.includes(text), `${text.slice(0, 40)}… is bundled`);
  }
});

test('loaded as unbundled ES modules, an element entry fetches only its own slice of the data', () => {
  /** Every module `entry` in dist/esm reaches through static imports and re-exports. */
  const reach = (entry, seen = new Set()) => {
    const file = new URL(`../../dist/esm/${entry}`, import.meta.url);
    if (seen.has(file.href)) return seen;
    seen.add(file.href);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^'"]*?['"](\.[^'"]+)['"]/gm)) {
      reach(new URL(spec, file).href.split('/dist/esm/')[1], seen);
    }
    return seen;
  };
  const slicesOf = (entry) => [...reach(entry)].map((href) => /generated\/(\w+)\.json/.exec(href)?.[1]).filter(Boolean).sort();
  assert.deepEqual(slicesOf('ml-role-card.js'), ['roles']);
  assert.deepEqual(slicesOf('ml-salary-compare.js'), ['salaries']);
  assert.deepEqual(slicesOf('ml-skill-quiz.js'), ['skills']);
  assert.deepEqual(slicesOf('ml-jobs-data.js'), []);
});

test('the size check measures every budgeted entry, and flags a bundle or its on-demand code over budget', async () => {
  const rows = await measure();
  assert.deepEqual(rows.map((row) => row.name.replace(/ alone$/, '')), Object.keys(BUDGETS));
  assert.deepEqual(overBudget(rows), []);
  const grown = { ...rows[1], gzip: rows[1].budget + 1 };
  assert.deepEqual(overBudget([rows[0], grown]), [grown]);
  const quiz = rows.find((row) => row.name === 'ml-skill-quiz.js alone');
  assert.ok(quiz.onDemand > 0, 'the quiz has code it loads on demand');
  const lazier = { ...quiz, onDemand: quiz.onDemandBudget + 1 };
  const unbudgeted = { ...rows[1], onDemand: 1 };
  assert.deepEqual(overBudget([lazier, unbudgeted]), [lazier, unbudgeted]);
});

test('the size check counts every chunk a page loads at once, and only import() targets as on demand', async () => {
  // A shared module makes the bundler split: the entry's own chunk is then a stub.
  const dir = mkdtempSync(join(tmpdir(), 'size-'));
  writeFileSync(join(dir, 'shared.js'), "export const shared = 'SHARED_' + 'x'.repeat(50);\n");
  writeFileSync(join(dir, 'lazy.js'), "import { shared } from './shared.js';\nexport const lazy = shared + 'LAZY';\n");
  writeFileSync(join(dir, 'entry.js'), "import { shared } from './shared.js';\nexport const now = shared;\nexport const later = () => import('./lazy.js');\n");
  const { initial, later } = await bundleChunks(join(dir, 'entry.js'));
  assert.equal(initial.length, 2);
  assert.ok(initial.join('').includes('SHARED_'), 'the shared chunk loads at once');
  assert.deepEqual([later.length, later[0].includes('LAZY'), later[0].includes('SHARED_')], [1, true, false]);
  rmSync(dir, { recursive: true });
});

test('the one-tag script carries a banner with name, version and licence, and no import or export', () => {
  const script = readFileSync(new URL('../../dist/ml-widgets.min.js', import.meta.url), 'utf8');
  assert.match(script, new RegExp(`^/\\*! ml-career-widgets ${pkg.version.replace(/\./g, '\\.')} \\| MIT`));
  assert.doesNotMatch(script, /^\s*(import|export)\s/m);
});

test('the one-tag script is plain ASCII, so a page or server in another charset reads it the same', () => {
  // A classic script is decoded in the page's charset when the server names none (an old blog in
  // windows-1252 would show "â€¦" for "…"); ES modules are always UTF-8.
  const script = readFileSync(new URL('../../dist/ml-widgets.min.js', import.meta.url));
  const outside = [...script].filter((byte) => byte > 0x7f).length;
  assert.equal(outside, 0, `${outside} bytes outside ASCII`);
});

test("the README's import map is the one the e2e page proves in both engines", () => {
  const importMap = (text) => JSON.parse(text.match(/<script type="importmap">([\s\S]*?)<\/script>/)[1]);
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const page = readFileSync(new URL('../e2e/pages/esm-quiz.html', import.meta.url), 'utf8');
  assert.deepEqual(importMap(readme), importMap(page));
});
