// Code an element entry imports only on demand: the quiz's reader of an author's own questions.
// Run from dist/esm (as an app or a CDN serves it), where it is a chunk of its own; in Chromium
// and Firefox ESR.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine, failRequests, open } from './support.mjs';

const PAGE = '/tests/e2e/pages/esm-quiz.html';
const CHUNK = /\/author-questions\.js$/;
const QUESTIONS = {
  questions: [
    { id: 'pace', prompt: 'Which pace suits you?', options: [{ label: 'Weekly', weights: { 'ml-engineer': 1 } }] },
    { id: 'medium', prompt: 'Pictures or words?', options: [{ label: 'Pictures', weights: { 'computer-vision-engineer': 1 } }] },
  ],
};

/** Adds a quiz with the author's questions to the page; resolves to its text once it left "Loading". */
async function addAuthorQuiz(page) {
  await page.evaluate((json) => {
    const quiz = document.createElement('ml-skill-quiz');
    quiz.id = 'author';
    quiz.innerHTML = `<script type="application/json">${json}</script>`;
    document.querySelector('main').append(quiz);
  }, JSON.stringify(QUESTIONS));
  await page.waitForFunction(() => {
    const text = document.querySelector('#author').shadowRoot?.textContent ?? '';
    return text.trim() && !text.includes('Loading the quiz');
  });
  return page.evaluate(() => document.querySelector('#author').shadowRoot.textContent.replace(/\s+/g, ' '));
}

describeEachEngine('', (env) => {
  test("the built-in quiz never fetches the author-questions code; a quiz with its own questions does", async () => {
    const { page, context, report } = await open(env, PAGE);
    // Every script the page fetched since navigation, by the Resource Timing API.
    const fetched = () =>
      page.evaluate((chunk) => performance.getEntriesByType('resource').filter((entry) => new RegExp(chunk).test(entry.name)).length, CHUNK.source);
    const builtIn = await page.evaluate(() => document.querySelector('#built-in').shadowRoot.textContent);
    assert.match(builtIn, /Answer 9 questions/);
    assert.equal(await fetched(), 0);
    assert.match(await addAuthorQuiz(page), /Answer 2 questions/);
    assert.equal(await fetched(), 1);
    assert.deepEqual([report.errors, report.consoleErrors, report.warnings], [[], [], []]);
    await context.close();
  });

  test('when that code cannot be fetched, the quiz says so, logs one warning and the page keeps working', async () => {
    const { page, context, report } = await open(env, PAGE);
    await failRequests(env, page, CHUNK);
    const text = await addAuthorQuiz(page);
    assert.match(text, /This quiz cannot start: The code that reads this quiz's questions could not be loaded/);
    assert.equal(report.warnings.filter((message) => message.includes('ml-career-widgets')).length, 1);
    assert.deepEqual(report.consoleErrors.filter((message) => message.includes('ml-career-widgets')), []);
    assert.deepEqual(report.errors, []);
    // The built-in quiz beside it still runs.
    await page.evaluate(() => document.querySelector('#built-in').shadowRoot.querySelector('[part="start-button"]').click());
    await page.waitForFunction(() => document.querySelector('#built-in').shadowRoot.querySelector('fieldset'));
    await context.close();
  });

  test("updateComplete waits for that code: an author quiz's stored progress is back when it resolves", async () => {
    const { page, context, report } = await open(env, PAGE);
    const shown = await page.evaluate(async (json) => {
      localStorage.setItem('ml-skill-quiz:own', JSON.stringify({ ids: ['pace', 'medium'], index: 1, answers: [0, null], result: null }));
      const quiz = document.createElement('ml-skill-quiz');
      quiz.setAttribute('persist', 'own');
      quiz.innerHTML = `<script type="application/json">${json}</script>`;
      document.querySelector('main').append(quiz);
      await quiz.updateComplete;
      return quiz.shadowRoot.querySelector('[part="progress-text"]')?.textContent;
    }, JSON.stringify(QUESTIONS));
    assert.equal(shown, 'Question 2 of 2');
    assert.deepEqual([report.errors, report.consoleErrors, report.warnings], [[], [], []]);
    await context.close();
  });

  test('updateComplete also waits for questions that arrive after the quiz rendered', async () => {
    const { page, context, report } = await open(env, PAGE);
    const shown = await page.evaluate(async (json) => {
      const quiz = document.querySelector('#built-in');
      quiz.insertAdjacentHTML('beforeend', `<script type="application/json">${json}</script>`);
      // The quiz's MutationObserver starts the read only after this call; the code is not loaded yet.
      await quiz.updateComplete;
      return quiz.shadowRoot.textContent.replace(/\s+/g, ' ');
    }, JSON.stringify(QUESTIONS));
    assert.match(shown, /Answer 2 questions/);
    assert.deepEqual([report.errors, report.consoleErrors, report.warnings], [[], [], []]);
    await context.close();
  });
});
