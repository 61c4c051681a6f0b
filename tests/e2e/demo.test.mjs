// The demo pages as a newcomer opens them after `npm start`, in Chromium and Firefox ESR.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEachEngine, open, widgetTexts } from './support.mjs';

describeEachEngine('', (env, engine) => {
  test('the demo article loads without errors, and its switches reach every widget', async () => {
    const { page, context, report } = await open(env, '/demo/');
    const firefox = engine === 'firefox';
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.consoleErrors, []);
    assert.equal((await widgetTexts(page, 'ml-role-card:not([hidden])')).length, 5);
    // playwright's selectOption, puppeteer's select.
    const select = (selector, value) => (firefox ? page.select(selector, value) : page.selectOption(selector, value));
    await select('#locale', 'de-DE');
    await page.waitForFunction(() => document.querySelector('ml-role-card').shadowRoot.textContent.includes('114.121'));
    const [chart] = await widgetTexts(page, 'ml-salary-compare');
    assert.match(chart, /158\.303\s\$/);
    await select('#theme', 'dark');
    assert.deepEqual(
      await page.$$eval('ml-role-card, ml-salary-compare, ml-skill-quiz', (els) => [...new Set(els.map((el) => el.getAttribute('theme')))]),
      ['dark'],
    );
    // A reader's action shows up in the event log.
    if (firefox) await page.click('ml-role-card >>> [part="toggle"]');
    else await page.locator('ml-role-card').first().getByRole('button', { name: /Show more/ }).click();
    await page.waitForFunction(() => document.querySelector('#log li')?.textContent.includes('ml-toggle'));
    // Choosing a role in the first chart shows its card below, and says so politely.
    await page.$eval('#salaries', (chart) => chart.shadowRoot.querySelectorAll('[part="bar-button"]')[1].click());
    await page.waitForFunction(() => !document.getElementById('chosen').hidden);
    assert.match((await widgetTexts(page, '#chosen'))[0], /^Natural Language Processing Engineer/);
    assert.equal(await page.$eval('#chosen-hint', (hint) => hint.textContent), 'The card of the role you chose is below.');
    await context.close();
  });

  test('the gallery (with its deliberate bad input) throws nothing', async () => {
    const { page, context, report } = await open(env, '/demo/gallery.html');
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.consoleErrors, []);
    // The built script's widgets name each invalid attribute where an author previewing the page sees it.
    const problems = (selector) =>
      page.$eval(selector, (el) => [...el.shadowRoot.querySelectorAll('[part="problem"]')].map((line) => line.textContent.trim()));
    assert.deepEqual(await problems('ml-role-card[basis="mean"]'), [
      'theme="blue" is not light or dark; following the reader\'s preference.',
      'basis="mean" is not one of median, article; using "median".',
      'sections: ignoring pay; the sections are summary, salary, responsibilities, skills, requirements, education.',
    ]);
    assert.deepEqual(
      (await problems('ml-salary-compare[view="pie"]')).map((line) => line.split(/[=:]/)[0]),
      ['view', 'jobs', 'highlight'],
    );
    await context.close();
  });
});
