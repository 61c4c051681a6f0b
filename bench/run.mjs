// `npm run bench`: cold-load, interaction and memory figures for the built script against a
// static-HTML floor and against peers (Chart.js, SurveyJS), all in one run of Debian's Chromium.
// Writes BENCHMARKS.md. Timings are medians over RUNS cold loads (default 15), each in a fresh
// browser context (empty cache); pages are loaded round-robin so machine noise hits all alike.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/browsers.mjs';
import { serve } from '../scripts/serve.mjs';
import { bundleEntry, measure } from '../scripts/size.mjs';
import { benchPages } from './pages.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const ROOT = new URL('..', import.meta.url);
if (!existsSync(new URL('dist/ml-widgets.min.js', ROOT))) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quartiles = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.round(q * (s.length - 1)))];
  return [at(0.25), at(0.75)];
};

const alone = Object.fromEntries(
  await Promise.all(['ml-salary-compare.js', 'ml-skill-quiz.js'].map(async (entry) => [entry, await bundleEntry(entry)])),
);
const html = benchPages(alone);
// Short names ('cards-1.html') for the tables, paths for the browser.
const pages = Object.fromEntries(
  Object.keys(html)
    .filter((path) => path.endsWith('.html'))
    .map((path) => [path.slice('/bench/'.length), path]),
);
const TYPE = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8' };
const { server, url } = await serve({
  pages: (path) => html[path] && { html: html[path], headers: { 'content-type': TYPE[path.split('.').pop()] } },
});
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });

/** One cold load: time to rendered and to interactive (ms since navigation start), JS+CSS gzip bytes. */
async function load(path) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    if (/\.(js|css)(\?|$)/.test(response.url())) bodies.push(response.body().then((b) => gzipSync(b, { level: 9 }).length));
  });
  await page.goto(url + path);
  await page.waitForFunction(() => window.__interactive !== undefined, null, { timeout: 60_000 });
  const [rendered, interactive] = await page.evaluate(() => [window.__rendered, window.__interactive]);
  const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  return { page, context, rendered, interactive, bytes };
}

const loads = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
for (let run = 0; run < RUNS; run++) {
  for (const [name, path] of Object.entries(pages)) {
    const { context, ...result } = await load(path);
    loads[name].push(result);
    await context.close();
  }
  process.stdout.write(`run ${run + 1}/${RUNS}\r`);
}
const stat = (name, key) => {
  const xs = loads[name].map((r) => r[key]);
  return { median: median(xs), iqr: quartiles(xs), bytes: loads[name][0].bytes };
};

/** Median of `measure(page)` over RUNS repetitions on one loaded page. */
async function interaction(path, measure) {
  const { page, context } = await load(path);
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await page.evaluate(measure, i));
  await context.close();
  return { median: median(times), iqr: quartiles(times) };
}

// A job attribute change until the card has re-rendered and a frame has passed.
const cardChange = await interaction(pages['cards-1.html'], async (i) => {
  const card = document.querySelector('ml-role-card');
  const ids = ['nlp-engineer', 'robotics-engineer'];
  const start = performance.now();
  card.setAttribute('job', ids[i % 2]);
  await card.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  return performance.now() - start;
});

// A click on an option and on Next until the next question is painted.
const quizAnswer = await interaction(pages['quiz.html'], async () => {
  const quiz = document.querySelector('ml-skill-quiz');
  const root = quiz.shadowRoot;
  const next = () => root.querySelector('[part~="next-button"]');
  // From the intro, or from the last question (whose button finishes), start a fresh run.
  if (!next() || next().textContent.trim() !== 'Next') {
    quiz.reset();
    await quiz.updateComplete;
    root.querySelector('[part~="start-button"]').click();
    await quiz.updateComplete;
  }
  const heading = () => root.querySelector('#heading')?.textContent;
  const before = heading();
  const start = performance.now();
  root.querySelector('input[type=radio]').click();
  await quiz.updateComplete;
  next().click();
  await quiz.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const elapsed = performance.now() - start;
  if (heading() === before) throw new Error('the quiz did not move to the next question');
  return elapsed;
});

/** JS heap after garbage collection, on a loaded page. */
async function heap(path) {
  const { page, context } = await load(path);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return usedSize;
}
const heapOurs = await heap(pages['cards-100.html']);
const heapStatic = await heap(pages['static-cards-100.html']);
const version = browser.version();
await browser.close();
server.close();

const ms = (x) => `${x.toFixed(0)} ms`;
const spread = (s) => `${s.iqr[0].toFixed(0)}–${s.iqr[1].toFixed(0)}`;
const kB = (b) => `${(b / 1000).toFixed(1)} kB`;
// Two decimals for a size against its target: just under it would otherwise read as equal.
const exact = (b) => `${(b / 1000).toFixed(2)} kB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const lines = [];
const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);

lines.push('# Benchmarks', '');
lines.push(
  `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Chromium ${version} (headless, Debian), ` +
    `Node ${process.version}. Medians of ${RUNS} cold loads each (fresh browser context), interquartile range beside them. ` +
    'Times are from navigation start until one frame after every widget has rendered ("rendered"), and until the ' +
    'last long task has ended ("interactive"). Bytes are the JS and CSS the page loads, gzip -9. ' +
    'The machine is shared and noisy: compare figures within one run only.',
  '',
);
lines.push('## Time to rendered against the static-HTML floor (same content, no JavaScript)', '');
row('Scenario', 'ours rendered', 'IQR', 'static floor', 'IQR', 'ratio ours/static', 'JS+CSS (gzip)');
row('---', '---', '---', '---', '---', '---', '---');
for (const [label, ours, floor] of [
  ['1 card', 'cards-1.html', 'static-cards-1.html'],
  ['10 cards', 'cards-10.html', 'static-cards-10.html'],
  ['100 cards', 'cards-100.html', 'static-cards-100.html'],
  ['1 comparison', 'compare-1.html', 'static-compare-1.html'],
  ['10 comparisons', 'compare-10.html', 'static-compare-10.html'],
]) {
  const a = stat(ours, 'rendered');
  const b = stat(floor, 'rendered');
  row(label, ms(a.median), spread(a), ms(b.median), spread(b), ratio(a.median, b.median), kB(a.bytes));
}
lines.push('', '## Side by side with peers doing the same job', '');
row('Job', 'library', 'JS+CSS (gzip)', 'rendered', 'IQR', 'interactive', 'IQR');
row('---', '---', '---', '---', '---', '---', '---');
const peerRows = [
  ['5-bar salary comparison', 'ml-salary-compare (one-tag script, all elements)', 'compare-1.html'],
  ['5-bar salary comparison', 'ml-salary-compare.js bundled alone', 'compare-1-alone.html'],
  ['5-bar salary comparison', 'Chart.js 4.6', 'chartjs.html'],
  ['9-question quiz', 'ml-skill-quiz (one-tag script, all elements)', 'quiz.html'],
  ['9-question quiz', 'ml-skill-quiz.js bundled alone', 'quiz-alone.html'],
  ['9-question quiz', 'SurveyJS 2.5 (core + UI + CSS)', 'surveyjs.html'],
];
for (const [job, library, name] of peerRows) {
  const r = stat(name, 'rendered');
  const i = stat(name, 'interactive');
  row(job, library, kB(r.bytes), ms(r.median), spread(r), ms(i.median), spread(i));
}
const cmp = (ours, peer) => {
  const [a, b] = [stat(ours, 'rendered'), stat(peer, 'rendered')];
  const [ai, bi] = [stat(ours, 'interactive'), stat(peer, 'interactive')];
  return `bytes ${ratio(a.bytes, b.bytes)}, rendered ${ratio(a.median, b.median)}, interactive ${ratio(ai.median, bi.median)}`;
};
lines.push('', `Ours / Chart.js: one-tag script ${cmp('compare-1.html', 'chartjs.html')}; bundled alone ${cmp('compare-1-alone.html', 'chartjs.html')}.`, '');
lines.push(`Ours / SurveyJS: one-tag script ${cmp('quiz.html', 'surveyjs.html')}; bundled alone ${cmp('quiz-alone.html', 'surveyjs.html')}.`, '');
lines.push('## Interaction and memory', '');
row('Measure', 'median', 'IQR');
row('---', '---', '---');
row('`job` attribute change → card re-rendered and painted', ms(cardChange.median), spread(cardChange));
row('quiz option click + Next → next question painted', ms(quizAnswer.median), spread(quizAnswer));
row('JS heap after 100 cards (after GC)', kB(heapOurs), '');
row('JS heap of the same 100 cards as static HTML', kB(heapStatic), '');
lines.push('');

lines.push('## Targets', '');
const target = (text, ok, detail) => lines.push(`- ${ok ? 'Met' : '**Missed**'}: ${text} (${detail}).`);
const cards = [stat('cards-100.html', 'rendered').median, stat('static-cards-100.html', 'rendered').median];
target('100 cards render within 2× the static floor', cards[0] <= 2 * cards[1], `${ratio(cards[0], cards[1])}`);
for (const [what, ours, peer] of [
  ['chart (one-tag script)', 'compare-1.html', 'chartjs.html'],
  ['chart (bundled alone)', 'compare-1-alone.html', 'chartjs.html'],
  ['quiz (one-tag script)', 'quiz.html', 'surveyjs.html'],
  ['quiz (bundled alone)', 'quiz-alone.html', 'surveyjs.html'],
]) {
  const [a, b] = [stat(ours, 'rendered'), stat(peer, 'rendered')];
  target(`our ${what} loads at most a quarter of its peer's bytes`, a.bytes <= b.bytes / 4, `${ratio(a.bytes, b.bytes)}`);
  target(`our ${what} renders no slower than its peer`, a.median <= b.median, `${ratio(a.median, b.median)}`);
}
// The size budgets' targets, from the same measure the build prints.
for (const size of await measure()) {
  const name = size.name.startsWith('dist/') ? `\`${size.name}\`` : `\`${size.name.replace(/ alone$/, '')}\` bundled alone`;
  const over = size.gzip - size.target;
  target(`${name} at most ${kB(size.target)} gzip`, over <= 0, over > 0 ? `${exact(size.gzip)}, ${exact(over)} over` : exact(size.gzip));
}
// Hand-written reading of the figures, kept beside the script.
const analysis = new URL('bench/analysis.md', ROOT);
if (existsSync(analysis)) lines.push('', readFileSync(analysis, 'utf8').trim());

const results = lines.join('\n');
writeFileSync(new URL('BENCHMARKS.md', ROOT), `${results}\n`);
console.log(results);
