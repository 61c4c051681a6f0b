// axe-core, served from the same origin (an injected inline script would break the CSP pages),
// on every fixture page in light and dark (the page's preference and the widgets' theme), in
// Chromium and Firefox ESR: no serious or critical violation inside a widget, and no repeated
// landmark name.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { VARIANT_PAGES, describeEachEngine, open, start } from './support.mjs';

// Injecting axe needs a TrustedScriptURL under Trusted Types; that page holds the same widgets.
const PAGES = [
  '/tests/e2e/pages/widgets.html',
  ...VARIANT_PAGES.filter((path) => !path.includes('trusted-types')),
  // Real pages with several widgets of a kind.
  '/demo/',
  '/demo/gallery.html',
];

for (const theme of ['light', 'dark']) {
  // A Firefox gets its preference when it starts (see support.mjs).
  const media = theme === 'dark' ? { colorScheme: 'dark' } : {};
  describeEachEngine(theme, (env) => {
    for (const path of PAGES) {
      test(`axe: ${path} in ${theme}`, async () => {
        const { page, context } = await open(env, path, media);
        await page.evaluate(async (theme) => {
          const widgets = [...document.querySelectorAll('ml-role-card, ml-salary-compare, ml-skill-quiz')];
          for (const el of widgets) el.setAttribute('theme', theme);
          // Open the compact card and start the quiz, so their second screens are audited too.
          for (const el of widgets) {
            await el.updateComplete;
            const button = [...el.shadowRoot.querySelectorAll('button')].find((b) => /^(Show more|Start)/.test(b.textContent.trim()));
            button?.click();
            await el.updateComplete;
          }
        }, theme);
        await page.addScriptTag({ url: '/node_modules/axe-core/axe.min.js' });
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, { resultTypes: ['violations'] });
          return result.violations
            // Serious and critical, plus landmark-unique: several widgets on one page must not
            // repeat a landmark name.
            .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'landmark-unique')
            .flatMap((v) =>
              v.nodes
                .filter((n) => Array.isArray(n.target[0]) || /^ml-/.test(String(n.target[0])))
                .map((n) => `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${n.failureSummary}`),
            );
        });
        assert.deepEqual(violations, []);
        await context.close();
      });
    }
  }, { media });
}

describe('chromium, accessibility tree', () => {
  let env;
  before(async () => (env = await start()));
  after(() => env.stop());

  // axe checks rules; what a screen reader says comes from the browser's own accessibility tree.
  test("Chromium's accessibility tree: a bar is named 'role: amount', the quiz's step is said once", async () => {
    const { page, context } = await open(env, '/tests/e2e/pages/widgets.html');
    await page.evaluate(async () => {
      const quiz = document.querySelector('ml-skill-quiz');
      quiz.shadowRoot.querySelector('[part="start-button"]').click();
      const table = document.querySelector('ml-salary-compare[view="table"]');
      table.setAttribute('highlight', 'ml-engineer');
      await Promise.all([quiz.updateComplete, table.updateComplete]);
    });
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const named = (role) => nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value ?? '');
    const buttons = named('button');
    assert.ok(buttons.includes('Robotics Engineer: $99,040'), buttons.join(' | '));
    assert.ok(buttons.includes('Natural Language Processing Engineer: $130,000 (highlighted) Range: $95,000–$180,000'), buttons.join(' | '));
    assert.ok(buttons.includes('Machine Learning Engineer (highlighted)'), buttons.join(' | '));
    assert.deepEqual(buttons.filter((name) => / :/.test(name)), []);
    // "Question 1 of 9" is text; the bar beside it only draws it and is not a second progressbar.
    assert.deepEqual(named('progressbar'), []);
    await context.close();
  });
});
