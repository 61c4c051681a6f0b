// The benchmark's pages, generated from the dataset so ours, the static floor and the peers
// show the same content. Served from memory at /bench/<name>.html beside the project's files.
import { readFileSync } from 'node:fs';

const ROOT = new URL('..', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8'));
const { jobs, skillTags } = read('data/jobs.json');
const quiz = read('data/quiz.json');

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const money = (n) => `$${n.toLocaleString('en-US')}`;

/** First in <head>: records long tasks from the start, for the "interactive" mark. */
const OBSERVE = `<script>
window.__longTasks = [];
new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries())).observe({ entryTypes: ['longtask'] });
</script>`;

/**
 * Last in <body>: marks `window.__rendered` one frame after `ready` resolves, and
 * `window.__interactive` when the last long task before then has ended (an approximation of
 * time to interactive).
 */
const MEASURE = (ready) => `<script>
Promise.resolve(${ready}).then(() => requestAnimationFrame(() => setTimeout(() => {
  window.__rendered = performance.now();
  const lastTask = window.__longTasks.reduce((end, t) => Math.max(end, t.startTime + t.duration), 0);
  window.__interactive = Math.max(window.__rendered, lastTask);
})));
</script>`;

const page = (title, body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${OBSERVE}${head}</head><body>${body}</body></html>`;

/** The one-tag script a blog uses; or one element's entry bundled alone, as an app's bundler makes it. */
const OURS = '<script src="/dist/ml-widgets.min.js"></script>';
const ALONE = (entry) => `<script type="module" src="/bench/${entry}"></script>`;
const ourReady = (selector) =>
  `customElements.whenDefined('${selector}').then(() => Promise.all([...document.querySelectorAll('${selector}')].map((el) => el.updateComplete)))`;

/** The card as plain HTML with the same sections and text ours renders (skill tags, range, notes, education). */
function staticCard(job) {
  const list = (items) => `<ul>${items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`;
  const { median: m, range, top, article } = job.salary;
  const tags = [...new Set(job.skills.flatMap((s) => s.tags))].map((tag) => skillTags.find((t) => t.id === tag)?.label ?? tag);
  const education = job.education;
  return `<article><h3>${escape(job.title)}</h3><p>${escape(job.summary)}</p>
<section><h4>Salary</h4><p>Median <strong>${money(m.amount)}</strong> (${escape(m.source ?? 'source not named')}${m.date ? `, ${escape(m.date)}` : ''})</p>
${range ? `<p>Range: ${money(range.min)}–${money(range.max)}</p>` : ''}${top ? `<p>Top earners: ${escape(top.qualifier ?? '')} ${money(top.amount)}</p>` : ''}
${article.amount !== m.amount ? `<p>The article's closing summary gives a different figure: ${money(article.amount)}.</p>` : ''}</section>
${job.responsibilities.map((r) => `<h4>${escape(r.title)}</h4>${list(r.items)}`).join('')}
<section><h4>Skills</h4>${list(tags)}${list(job.skills.map((s) => s.text))}</section>
${job.requirements.length ? `<section><h4>Requirements</h4>${list(job.requirements)}</section>` : ''}
${education ? `<section><h4>Education</h4>${education.intro ? `<p>${escape(education.intro)}</p>` : ''}<dl>${education.paths.map((p) => `<dt>${escape(p.title)}</dt><dd>${escape(p.text)}</dd>`).join('')}</dl></section>` : ''}</article>`;
}

function staticCompare() {
  const rows = [...jobs].sort((a, b) => b.salary.median.amount - a.salary.median.amount);
  return `<table><caption>Median salaries</caption><thead><tr><th scope="col">Role</th><th scope="col">Median</th></tr></thead><tbody>${rows
    .map((job) => `<tr><th scope="row">${escape(job.title)}</th><td>${money(job.salary.median.amount)}</td></tr>`)
    .join('')}</tbody></table>`;
}

const nth = (i) => jobs[i % jobs.length].id;

export const SCENARIOS = {
  cards: (n) => ({
    ours: page(`${n} cards`, Array.from({ length: n }, (_, i) => `<ml-role-card job="${nth(i)}"></ml-role-card>`).join('') + OURS + MEASURE(ourReady('ml-role-card'))),
    static: page(`${n} static cards`, Array.from({ length: n }, (_, i) => staticCard(jobs[i % jobs.length])).join('') + MEASURE('null')),
  }),
  compare: (n, script = OURS) => ({
    ours: page(`${n} comparisons`, '<ml-salary-compare></ml-salary-compare>'.repeat(n) + script + MEASURE(ourReady('ml-salary-compare'))),
    static: page(`${n} static tables`, staticCompare().repeat(n) + MEASURE('null')),
  }),
  quiz: (script = OURS) => ({
    ours: page('quiz', '<ml-skill-quiz></ml-skill-quiz>' + script + MEASURE(ourReady('ml-skill-quiz'))),
  }),
};

/** The same 5-bar comparison drawn by Chart.js on a canvas. */
export const CHARTJS = page(
  'Chart.js',
  `<div style="max-width:40rem"><canvas id="c" aria-label="Median salaries"></canvas></div>
<script src="/node_modules/chart.js/dist/chart.umd.min.js"></script>
<script>
const jobs = ${JSON.stringify([...jobs].sort((a, b) => b.salary.median.amount - a.salary.median.amount).map((j) => [j.title, j.salary.median.amount]))};
new Chart(document.getElementById('c'), { type: 'bar', data: { labels: jobs.map((j) => j[0]), datasets: [{ label: 'Median salary (USD)', data: jobs.map((j) => j[1]) }] }, options: { indexAxis: 'y', animation: false } });
</script>${MEASURE('null')}`,
);

/** The same quiz (data/quiz.json) in SurveyJS: survey-core + survey-js-ui + its CSS. */
export const SURVEYJS = page(
  'SurveyJS',
  `<div id="s"></div>
<script src="/node_modules/survey-core/survey.core.min.js"></script>
<script src="/node_modules/survey-js-ui/survey-js-ui.min.js"></script>
<script>
const json = { title: 'Which ML role fits you?', questionsOnPageMode: 'questionPerPage', pages: [{ elements: ${JSON.stringify(
    quiz.questions.map((q) => ({ type: 'radiogroup', name: q.id, title: q.prompt, isRequired: true, choices: q.options.map((o, i) => ({ value: i, text: o.label })) })),
  )} }] };
const model = new Survey.Model(json);
SurveyUI.renderSurvey(model, document.getElementById('s'));
window.__ready = new Promise((resolve) => {
  const check = () => (document.querySelector('.sd-question') ? resolve() : requestAnimationFrame(check));
  check();
});
</script>${MEASURE('window.__ready')}`,
  '<link rel="stylesheet" href="/node_modules/survey-core/survey-core.fontless.min.css">',
);

/**
 * Every page by its path, plus the element bundles (`alone`: entry → code) the "alone" pages load.
 * A module script runs after parsing, so those pages wait for the element to be defined.
 */
export function benchPages(alone) {
  const pages = {};
  for (const [entry, code] of Object.entries(alone)) pages[`/bench/${entry}`] = code;
  const put = (name, html) => (pages[`/bench/${name}`] = html);
  for (const n of [1, 10, 100]) {
    const { ours, static: floor } = SCENARIOS.cards(n);
    put(`cards-${n}.html`, ours);
    put(`static-cards-${n}.html`, floor);
  }
  for (const n of [1, 10]) {
    const { ours, static: floor } = SCENARIOS.compare(n);
    put(`compare-${n}.html`, ours);
    put(`static-compare-${n}.html`, floor);
  }
  put('compare-1-alone.html', SCENARIOS.compare(1, ALONE('ml-salary-compare.js')).ours);
  put('quiz.html', SCENARIOS.quiz().ours);
  put('quiz-alone.html', SCENARIOS.quiz(ALONE('ml-skill-quiz.js')).ours);
  put('chartjs.html', CHARTJS);
  put('surveyjs.html', SURVEYJS);
  return pages;
}
