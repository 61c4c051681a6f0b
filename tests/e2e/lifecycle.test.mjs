// Pages that add and remove widgets constantly, hold many of them, set random attributes, or
// bring data with markup in it; in Chromium and Firefox ESR.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine, open } from './support.mjs';

/** Listeners on window and document, counted by the DevTools protocol. */
async function globalListeners(page, context) {
  const cdp = await context.newCDPSession(page);
  let count = 0;
  for (const expression of ['window', 'document', 'document.documentElement']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    count += listeners.length;
  }
  await cdp.detach();
  return count;
}

/** Counts timers that are scheduled and not yet run or cleared. */
function countTimers() {
  const pending = new Set();
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  window.setTimeout = (fn, ...rest) => {
    const id = st((...a) => (pending.delete(id), typeof fn === 'function' && fn(...a)), ...rest);
    pending.add(id);
    return id;
  };
  window.clearTimeout = (id) => (pending.delete(id), ct(id));
  window.setInterval = (...args) => {
    const id = si(...args);
    pending.add(id);
    return id;
  };
  window.clearInterval = (id) => (pending.delete(id), ci(id));
  window.__pendingTimers = () => pending.size;
}

describeEachEngine('', (env, engine) => {
  test(`200 attach/detach cycles of every widget: no error, no growth in ${engine === 'chromium' ? 'listeners or ' : ''}timers`, async () => {
    const { page, context, report } = await open(env, '/tests/e2e/pages/widgets.html');
    await page.evaluate(countTimers);
    const cycle = (n) =>
      page.evaluate(async (n) => {
        const widgets = [...document.querySelectorAll('ml-role-card, ml-salary-compare, ml-skill-quiz')];
        for (let i = 0; i < n; i++) {
          for (const el of widgets) {
            const parent = el.parentNode;
            const next = el.nextSibling;
            el.remove();
            parent.insertBefore(el, next);
          }
          await Promise.all(widgets.map((el) => el.updateComplete));
        }
        await new Promise((r) => setTimeout(r, 50));
      }, n);
    await cycle(5);
    // Listeners are counted by the DevTools protocol, which Firefox over BiDi does not speak.
    const listeners = () => (engine === 'chromium' ? globalListeners(page, context) : null);
    const listenersBefore = await listeners();
    const timersBefore = await page.evaluate(() => window.__pendingTimers());
    await cycle(200);
    assert.equal(await listeners(), listenersBefore, 'listeners grew');
    assert.ok((await page.evaluate(() => window.__pendingTimers())) <= timersBefore, 'timers grew');
    assert.deepEqual(report.errors, []);
    await context.close();
  });

  test('a quiz detached mid-run keeps its state when attached again', async () => {
    const { page, context, report } = await open(env, '/tests/e2e/pages/widgets.html');
    const state = await page.evaluate(async () => {
      const quiz = document.querySelector('ml-skill-quiz');
      const root = quiz.shadowRoot;
      const button = (label) => [...root.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(label));
      button('Start')?.click();
      await quiz.updateComplete;
      root.querySelector('input[type=radio], [role=radio]').click();
      await quiz.updateComplete;
      button('Next').click();
      await quiz.updateComplete;
      const before = root.textContent.match(/Question \d+ of \d+/)?.[0];
      const parent = quiz.parentNode;
      quiz.remove();
      await new Promise((r) => setTimeout(r, 20));
      parent.append(quiz);
      await quiz.updateComplete;
      return [before, root.textContent.match(/Question \d+ of \d+/)?.[0]];
    });
    assert.equal(state[0], state[1]);
    assert.match(state[1], /Question 2 of/);
    assert.deepEqual(report.errors, []);
    await context.close();
  });

  test('50 cards, 10 comparisons and 5 quizzes on one page stay independent', async () => {
    const { page, context, report } = await open(env, '/tests/e2e/pages/widgets.html');
    const result = await page.evaluate(async () => {
      const main = document.querySelector('main');
      main.innerHTML =
        '<ml-role-card job="robotics-engineer"></ml-role-card>'.repeat(50) +
        '<ml-salary-compare></ml-salary-compare>'.repeat(10) +
        '<ml-skill-quiz></ml-skill-quiz>'.repeat(5);
      const all = [...main.children];
      await Promise.all(all.map((el) => el.updateComplete));
      const cards = main.querySelectorAll('ml-role-card');
      cards[3].setAttribute('job', 'nlp-engineer');
      await cards[3].updateComplete;
      const quizzes = [...main.querySelectorAll('ml-skill-quiz')];
      const events = [];
      for (const q of quizzes) q.addEventListener('ml-quiz-answer', (e) => events.push(quizzes.indexOf(e.target)));
      const root = quizzes[2].shadowRoot;
      [...root.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith('Start'))?.click();
      await quizzes[2].updateComplete;
      root.querySelector('input[type=radio], [role=radio]').click();
      await quizzes[2].updateComplete;
      const checked = quizzes.map((q) => q.shadowRoot.querySelectorAll('input:checked, [role=radio][aria-checked=true]').length);
      return {
        titles: [...cards].map((c) => c.shadowRoot.querySelector('.heading')?.textContent.trim()),
        rendered: all.filter((el) => el.shadowRoot.textContent.trim().length > 0).length,
        events,
        checked,
      };
    });
    assert.equal(result.rendered, 65);
    assert.equal(result.titles.filter((t) => t === 'Robotics Engineer').length, 49);
    assert.equal(result.titles[3], 'Natural Language Processing Engineer');
    assert.deepEqual(result.events, [2]);
    assert.deepEqual(result.checked, [0, 0, 1, 0, 0]);
    assert.deepEqual(report.errors, []);
    await context.close();
  });

  test('attribute and property fuzzing before and after first render: no exception, content or a clear message', async () => {
    const { page, context, report } = await open(env, '/tests/e2e/pages/widgets.html');
    const empty = await page.evaluate(async () => {
      let seed = 42;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const values = [
        '', ' ', '0', '-1', '7', '3.5', 'NaN', 'true', 'null', 'undefined', '<img src=x onerror=window.__xss=1>',
        'ml-engineer', 'nlp-engineer,,unknown', 'dark', 'light', 'table', 'chart', 'asc', 'none', 'article',
        'de-DE', 'en_US', '💥🚀 ünïcödé', 'x'.repeat(5000), ',,,,', 'summary,salary,bogus', '{"questions":[]}',
      ];
      const ATTRS = {
        'ml-role-card': ['job', 'sections', 'basis', 'locale', 'heading-level', 'theme', 'compact', 'structured-data'],
        'ml-salary-compare': ['jobs', 'basis', 'locale', 'heading-level', 'theme', 'sort', 'highlight', 'view'],
        'ml-skill-quiz': ['persist', 'heading-level', 'theme', 'locale'],
      };
      const pick = (list) => list[Math.floor(random() * list.length)];
      const main = document.querySelector('main');
      const problems = [];
      for (let round = 0; round < 60; round++) {
        for (const [tag, attrs] of Object.entries(ATTRS)) {
          const el = document.createElement(tag);
          for (const a of attrs) if (random() < 0.6) el.setAttribute(a, pick(values));
          main.append(el);
          await el.updateComplete;
          for (const a of attrs) if (random() < 0.5) el.setAttribute(a, pick(values));
          await el.updateComplete;
          // Frameworks set properties, not attributes: non-strings must not throw either.
          for (const a of attrs) {
            const property = a.replace(/-(\w)/g, (_, c) => c.toUpperCase());
            if (random() < 0.3) el[property] = pick([2, 0, -1, [], ['nlp-engineer'], {}, true, null, undefined, NaN]);
          }
          await el.updateComplete;
          if (el.shadowRoot.textContent.trim().length === 0) problems.push(`${tag} ${el.outerHTML.slice(0, 200)}`);
          el.remove();
        }
      }
      return { problems, xss: window.__xss ?? null };
    });
    assert.deepEqual(empty.problems, [], 'a widget rendered nothing');
    assert.equal(empty.xss, null);
    assert.deepEqual(report.errors, []);
    await context.close();
  });

  test('data strings with markup are rendered as text', async () => {
    const { page, context, report } = await open(env, '/tests/e2e/pages/widgets.html');
    const shown = await page.evaluate(async () => {
      const data = await (await fetch('/data/jobs.json')).json();
      data.jobs[0].title = '<img src=x onerror="window.__xss=1">Evil <b>Engineer</b>';
      const main = document.querySelector('main');
      main.innerHTML = '<ml-jobs-data><ml-role-card job="ml-engineer"></ml-role-card><ml-salary-compare></ml-salary-compare></ml-jobs-data>';
      const provider = main.firstElementChild;
      provider.data = data;
      const widgets = [...provider.children];
      await new Promise((r) => setTimeout(r, 100));
      await Promise.all(widgets.map((el) => el.updateComplete));
      return {
        texts: widgets.map((el) => el.shadowRoot.textContent),
        images: widgets.map((el) => el.shadowRoot.querySelectorAll('img, b').length),
        xss: window.__xss ?? null,
      };
    });
    for (const text of shown.texts) assert.ok(text.includes('<img src=x onerror="window.__xss=1">Evil <b>Engineer</b>'));
    assert.deepEqual(shown.images, [0, 0]);
    assert.equal(shown.xss, null);
    assert.deepEqual(report.errors, []);
    await context.close();
  });
});
