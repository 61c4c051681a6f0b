// The README's "React 19 and Vue 3" recipes in apps built the way their authors build them: each
// source bundled by esbuild, the widget's entry imported by the package name (resolved through
// its own exports), React's and Vue's development builds (which warn about misuse), and what the
// app's handler received asserted from the text the framework renders.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { it, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compileScript, parse } from 'vue/compiler-sfc';
import { describeEachEngine, open } from './support.mjs';

const source = (path) => readFile(new URL(path, import.meta.url), 'utf8');

/**
 * A stand-in for @vitejs/plugin-vue: compiles a `.vue` file's `<script setup>` and template with
 * `options.template.compilerOptions`, passed where that plugin passes them (to the template's
 * parse and compile), and defines Vue's feature flags as it does.
 */
function vue(options = {}) {
  return {
    name: 'vue',
    setup(bundler) {
      bundler.initialOptions.define = {
        ...bundler.initialOptions.define,
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      };
      bundler.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
        const compilerOptions = options.template?.compilerOptions;
        const { descriptor, errors } = parse(await readFile(path, 'utf8'), { filename: path, templateParseOptions: compilerOptions });
        if (errors.length) throw errors[0];
        const { content } = compileScript(descriptor, { id: 'app', inlineTemplate: true, templateOptions: { compilerOptions } });
        return { contents: content, loader: 'js', resolveDir: dirname(path) };
      });
    },
  };
}

/** `entry` (relative to this file) bundled as an app's bundler would, in development mode. */
async function bundle(entry, plugins = []) {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    jsx: 'automatic',
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins,
    logLevel: 'silent',
  });
  return outputFiles[0].text;
}

const page = (title, script) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8" /><title>${title}</title>` +
  `<script type="module" src="${script}"></script></head>\n<body><div id="root"></div></body>\n</html>\n`;

const JS = { 'content-type': 'text/javascript; charset=utf-8' };
const PAGES = {
  '/frameworks/react.html': { html: page('The quiz in a React 19 app', '/frameworks/react.js') },
  '/frameworks/react.js': { html: await bundle('./pages/react-quiz.jsx'), headers: JS },
  '/frameworks/vue.html': { html: page('The comparison in a Vue 3 app', '/frameworks/vue.js') },
  // The README's vite.config.js line, with this file's `vue` in the plugin's place.
  '/frameworks/vue.js': {
    html: await bundle('./pages/vue-compare.js', [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ml-') } } })]),
    headers: JS,
  },
};

/** The fenced code blocks of the README's "React 19 and Vue 3" section, in order. */
async function recipes() {
  const readme = await source('../../README.md');
  const section = readme.slice(readme.indexOf('### React 19 and Vue 3'), readme.indexOf('### Theming'));
  return [...section.matchAll(/```\w+\n([\s\S]*?)```/g)].map((match) => match[1].trim());
}

test("the README's React and Vue recipes are the ones tested here and in tests/types/react.tsx", async () => {
  const [jsx, tsx, viteConfig, template] = await recipes();
  const [react, types, vueApp, self] = await Promise.all(
    ['./pages/react-quiz.jsx', '../types/react.tsx', './pages/SalaryCompare.vue', './frameworks.test.mjs'].map(source),
  );
  // The React app's tag is the README's, with a handler React renders from instead of console.log.
  assert.match(jsx, /^import 'ml-career-widgets\/ml-skill-quiz\.js';\n/);
  assert.ok(react.includes("import 'ml-career-widgets/ml-skill-quiz.js';"), 'react-quiz.jsx does not import the entry as the README does');
  const tag = (handler) => `<ml-skill-quiz persist="blog" onml-quiz-complete={(e) => ${handler}(e.detail.topJob)} />`;
  assert.ok(jsx.includes(tag('console.log')), 'the README changed its React tag');
  assert.ok(react.includes(tag('record')), "react-quiz.jsx's tag is not the README's");
  assert.ok(types.includes(tsx), 'the TSX declaration is not verbatim in tests/types/react.tsx');
  assert.ok(self.includes(viteConfig.replace(/^\/\/ vite\.config\.js\n/, '').replace(/;$/, '')), 'the vite.config.js line is not the one used here');
  assert.ok(vueApp.includes(template), 'the Vue template line is not in SalaryCompare.vue');
});

/** Waits until `fn(arg)` is truthy in the page, in either driver; everything here takes far less than `timeout`. */
const waitFor = (env, page, fn, arg, timeout = 5000) =>
  env.engine === 'firefox' ? page.waitForFunction(fn, { timeout }, arg) : page.waitForFunction(fn, arg, { timeout });

/** Clicks, with the mouse as a reader does, the `nth` match of `selector` in `host`'s shadow root. */
async function clickIn(page, host, selector, nth = 0) {
  const { x, y } = await page.evaluate(
    ([host, selector, nth]) => {
      const target = document.querySelector(host).shadowRoot.querySelectorAll(selector)[nth];
      target.scrollIntoView({ block: 'center' });
      const box = target.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    [host, selector, nth],
  );
  await page.mouse.click(x, y);
}

const text = (page, selector) => page.$eval(selector, (el) => el.textContent.replace(/\s+/g, ' ').trim());
const shadowText = (page, selector) => page.$eval(selector, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim());

/** The text of `selector`, which the framework renders from what the app's handler received. */
async function rendered(env, page, selector) {
  try {
    await waitFor(env, page, (selector) => document.querySelector(selector), selector, 2000);
  } catch {
    assert.fail(`nothing rendered ${selector}: the app's handler never ran`);
  }
  return text(page, selector);
}

/** The prompt of the quiz's current question; null once it shows its result. */
const prompt = (page) => page.$eval('ml-skill-quiz', (quiz) => quiz.shadowRoot.querySelector('fieldset legend')?.textContent.trim() ?? null);

async function clean(report) {
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.consoleErrors, []);
  // React's and Vue's development builds warn here about tags and props they mishandle.
  assert.deepEqual(report.warnings, []);
  assert.deepEqual(await report.violations(), []);
}

describeEachEngine(
  'the README recipes for React 19 and Vue 3',
  (env) => {
    it('React 19: persist reaches the quiz, onml-quiz-complete gets the topJob, and a re-render leaves the quiz as it was', async () => {
      const { page, context, report } = await open(env, '/frameworks/react.html');
      await waitFor(env, page, () => document.querySelector('ml-skill-quiz')?.shadowRoot?.querySelector('[part="start-button"]'));
      // React 19 sets a prop the element defines as a property: `persist` is no attribute.
      assert.deepEqual(await page.$eval('ml-skill-quiz', (quiz) => [quiz.persist, quiz.getAttribute('persist')]), ['blog', null]);

      await clickIn(page, 'ml-skill-quiz', '[part="start-button"]');
      // The third option of every question adds up to the NLP engineer (data/quiz.json).
      for (let question = 0, asked; (asked = await prompt(page)); question++) {
        await clickIn(page, 'ml-skill-quiz', 'input[type="radio"]', 2);
        await waitFor(env, page, () => !document.querySelector('ml-skill-quiz').shadowRoot.querySelector('[part="next-button"]').disabled);
        if (question === 1) {
          // React re-renders the app mid-quiz, with a new handler: same element, same question and answer.
          await page.evaluate(() => (window.quizBefore = document.querySelector('ml-skill-quiz')));
          await page.click('#rerender');
          await waitFor(env, page, () => document.querySelector('#renders').textContent === 'Re-rendered 1 times');
          assert.ok(await page.evaluate(() => document.querySelector('ml-skill-quiz') === window.quizBefore), 'React replaced the element');
          assert.equal(await prompt(page), asked);
          assert.equal(await page.$eval('ml-skill-quiz', (quiz) => quiz.shadowRoot.querySelectorAll('input[type="radio"]')[2].checked), true);
          assert.equal(await page.$eval('ml-skill-quiz', (quiz) => quiz.persist), 'blog');
        }
        await clickIn(page, 'ml-skill-quiz', '[part="next-button"]');
        await waitFor(env, page, (before) => document.querySelector('ml-skill-quiz').shadowRoot.querySelector('fieldset legend')?.textContent.trim() !== before, asked);
      }

      // The handler React holds after the re-render ran once (the first one was removed).
      assert.equal(await rendered(env, page, '#top-job'), 'Your top job: nlp-engineer');
      assert.match(await shadowText(page, 'ml-skill-quiz'), /Your best match: Natural Language Processing Engineer/);
      // persist="blog" stored the result where the README says.
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('ml-skill-quiz:blog')));
      assert.equal(stored.result.topJob, 'nlp-engineer');

      // Another re-render after the result: the quiz keeps it, and React does not call the handler again.
      await page.click('#rerender');
      await waitFor(env, page, () => document.querySelector('#renders').textContent === 'Re-rendered 2 times');
      assert.match(await shadowText(page, 'ml-skill-quiz'), /Your best match: Natural Language Processing Engineer/);
      assert.equal(await text(page, '#top-job'), 'Your top job: nlp-engineer');
      await clean(report);
      await context.close();
    });

    it('Vue 3: with isCustomElement, @ml-job-select calls onSelect with { job, amount, basis }', async () => {
      const { page, context, report } = await open(env, '/frameworks/vue.html');
      await waitFor(env, page, () => document.querySelector('ml-salary-compare')?.shadowRoot?.querySelector('[part="bar-button"]'));
      const titles = await page.$eval('ml-salary-compare', (el) =>
        [...el.shadowRoot.querySelectorAll('[part="bar-button"] .title')].map((title) => title.textContent.replace(/:$/, '')),
      );
      // The two jobs the attribute names, highest median first (data/jobs.json: 130,000 and 114,121).
      assert.deepEqual(titles, ['Natural Language Processing Engineer', 'Machine Learning Engineer']);
      await clickIn(page, 'ml-salary-compare', '[part="bar-button"]', 0);
      // The NLP engineer's median in data/jobs.json.
      assert.equal(await rendered(env, page, '#selected'), 'Selected: nlp-engineer, 130000, median');
      await clean(report);
      await context.close();
    });
  },
  { pages: (path) => PAGES[path] },
);
