// The built script on pages nobody here controls: strict CSP, Trusted Types, three copies of the
// script, a hostile theme, Angular's zone.js, MooTools, a broken fetch wrapper, right-to-left, a
// phone, a reader's text spacing, forced colours, reduced motion and a dark preference, in
// Chromium and Firefox ESR; print in Chromium only.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { ENGINES, OTHER_VERSION, describeEachEngine, open, start, widgetTexts } from './support.mjs';

const TAGS = 'ml-role-card, ml-salary-compare, ml-skill-quiz';

/** What every page must show: each widget's real content, and nothing thrown or reported. */
async function assertWorking({ page, report }) {
  const [nlp, compact] = await widgetTexts(page, 'ml-role-card');
  assert.match(nlp, /Natural Language Processing Engineer/);
  assert.match(nlp, /\$130,000/);
  assert.match(compact, /Machine Learning Engineer/);
  const [chart, table] = await widgetTexts(page, 'ml-salary-compare');
  assert.match(chart, /Computer Vision Engineer.*\$158,303/);
  assert.match(table, /Machine Learning Research Scientist.*\$140,000/);
  const [quiz] = await widgetTexts(page, 'ml-skill-quiz');
  assert.ok(quiz.length > 20, 'the quiz shows nothing');
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.consoleErrors, []);
}

/** Computed style inside the first shadow root of `tag`, at `selector`. */
const styleIn = (page, tag, selector, property) =>
  page.$eval(tag, (el, [sel, prop]) => getComputedStyle(el.shadowRoot.querySelector(sel))[prop], [selector, property]);

describeEachEngine('', (env) => {
  test('strict CSP (no inline script or style): widgets render styled, no violation reported', async () => {
    const opened = await open(env, '/e2e/csp.html');
    await assertWorking(opened);
    assert.deepEqual(await opened.report.violations(), []);
    // The card's own stylesheet applied (adopted stylesheets are allowed by style-src 'self').
    assert.equal(await styleIn(opened.page, 'ml-role-card', '.base', 'borderTopStyle'), 'solid');
    await opened.context.close();
  });

  test("Trusted Types required, only lit-html and ml-career-widgets policies: widgets and JSON-LD, no violation", async () => {
    const opened = await open(env, '/e2e/trusted-types.html');
    await assertWorking(opened);
    assert.deepEqual(await opened.report.violations(), []);
    const jsonLd = await opened.page.$eval('ml-role-card script[type="application/ld+json"]', (el) => JSON.parse(el.textContent));
    assert.equal(jsonLd.name, 'Natural Language Processing Engineer');
    await opened.context.close();
  });

  test("Trusted Types allowing only Lit's policy: widgets render, the card writes no JSON-LD and warns once", async () => {
    const opened = await open(env, '/e2e/trusted-types-lit-only.html');
    // The browser reports the refused policy itself, Chromium as a console error and Firefox as a
    // page error; the card catches the refusal. Nothing else may be reported.
    const { errors, consoleErrors } = opened.report;
    const refusals = [...errors, ...consoleErrors];
    assert.equal(refusals.length, 1, refusals.join('\n'));
    assert.match(refusals[0], /Trusted ?Type.*polic|polic.*Trusted ?Type/i);
    assert.match(refusals[0], /ml-career-widgets|trusted-types lit-html/);
    errors.length = consoleErrors.length = 0;
    await assertWorking(opened);
    assert.equal(await opened.page.$('ml-role-card script[type="application/ld+json"]'), null);
    const warnings = opened.report.warnings.filter((w) => w.includes('ml-career-widgets'));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /structured-data: this page's Trusted Types policy does not allow the "ml-career-widgets" policy/);
    await opened.context.close();
  });

  test('an older version, then this one twice and as a module: no error, one warning per element', async () => {
    const opened = await open(env, '/e2e/twice.html');
    await assertWorking(opened);
    const warnings = opened.report.warnings.filter((w) => w.includes('ml-career-widgets'));
    assert.equal(warnings.length, 4, warnings.join('\n'));
    for (const tag of ['ml-role-card', 'ml-salary-compare', 'ml-skill-quiz', 'ml-jobs-data']) {
      assert.ok(warnings.some((w) => w.includes(`<${tag}> is already defined by version ${OTHER_VERSION}`)), tag);
    }
    await opened.context.close();
  });

  test('a hostile theme does not leak into the widgets', async () => {
    const opened = await open(env, '/e2e/hostile.html');
    await assertWorking(opened);
    const { page } = opened;
    assert.equal(await styleIn(page, 'ml-role-card', '.base', 'fontSize'), '16px');
    assert.equal(await styleIn(page, 'ml-role-card', '.base', 'lineHeight'), '24px');
    assert.equal(await styleIn(page, 'ml-role-card', '.base', 'textTransform'), 'none');
    assert.notEqual(await styleIn(page, 'ml-role-card', '.base', 'color'), 'rgb(255, 0, 170)');
    // Buttons, tables and SVG inside the widgets stay visible.
    const hidden = await page.$$eval(TAGS, (els) =>
      els.flatMap((el) =>
        [...el.shadowRoot.querySelectorAll('button, table, svg')]
          .filter((node) => !node.closest('[hidden]'))
          .filter((node) => getComputedStyle(node).display === 'none' || getComputedStyle(node).visibility === 'hidden')
          .map((node) => `${el.localName} ${node.localName}`),
      ),
    );
    assert.deepEqual(hidden, []);
    await opened.context.close();
  });

  test("Angular's zone.js: quizzes with their own questions start, from a JSON child and from src", async () => {
    const opened = await open(env, '/e2e/angular.html');
    await assertWorking(opened);
    const { page } = opened;
    const text = (selector) => page.$eval(selector, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
    await page.waitForFunction(() => !/Loading the quiz/.test(document.querySelector('#remote').shadowRoot.textContent));
    assert.match(await text('#own'), /Answer 1 question\./);
    assert.match(await text('#remote'), /Answer 2 questions\./);
    await page.$eval('#own', (el) => el.shadowRoot.querySelector('[part="start-button"]').click());
    await page.waitForFunction(() => /Which pace suits you\?/.test(document.querySelector('#own').shadowRoot.textContent));
    assert.deepEqual(opened.report.errors, []);
    await opened.context.close();
  });

  test("MooTools' Array.from and Event: problem lines apart, and a provider's locale reaches its card", async () => {
    const opened = await open(env, '/e2e/mootools.html');
    await assertWorking(opened);
    // Context events are the browser's own Event, not MooTools' DOMEvent.
    const [provided] = await widgetTexts(opened.page, '#provided');
    assert.match(provided, /99\.040\s\$/);
    const lines = await opened.page.$eval('ml-role-card[compact]', (el) =>
      [...el.shadowRoot.querySelectorAll('p[part="problem"]')].map((p) => p.textContent),
    );
    assert.equal(lines.length, 2, lines.join(' | '));
    assert.match(lines[0], /^theme="blue" is not light or dark/);
    assert.match(lines[1], /^basis="bogus"/);
    await opened.context.close();
  });

  test('a page fetch wrapper that loses the response: the quiz and the provider say the load failed', async () => {
    const opened = await open(env, '/e2e/fetch-wrapper.html');
    await assertWorking(opened);
    const { page } = opened;
    await page.waitForFunction(() => ['#remote', '#provided'].every((sel) => /no response/.test(document.querySelector(sel).shadowRoot.textContent)));
    const [[quiz], [card]] = await Promise.all([widgetTexts(page, '#remote'), widgetTexts(page, '#provided')]);
    assert.match(quiz, /This quiz cannot start: Could not load http:\/\/127\.0\.0\.1:\d+\/tests\/elements\/skill-quiz\/fixtures\/q\.json\.txt: this page's fetch gave no response\./);
    assert.match(card, /The job data could not be loaded: Could not load http:\/\/127\.0\.0\.1:\d+\/data\/jobs\.json: this page's fetch gave no response\./);
    // One warning each: the provider's and the quiz's.
    assert.equal(opened.report.warnings.filter((w) => w.includes('no response')).length, 2);
    assert.deepEqual(opened.report.errors, []);
    await opened.context.close();
  });

  test('dir="rtl": widgets lay out right to left', async () => {
    const opened = await open(env, '/e2e/rtl.html');
    const { page } = opened;
    assert.equal(await styleIn(page, 'ml-role-card', '.base', 'direction'), 'rtl');
    // The card's heading starts at the right edge of the card.
    const [card, heading] = await page.$eval('ml-role-card', (el) =>
      [el.shadowRoot.querySelector('.base'), el.shadowRoot.querySelector('.heading')].map((n) => n.getBoundingClientRect().right),
    );
    assert.ok(card - heading < 40, `heading ends ${card - heading}px before the card's right edge`);
    assert.deepEqual(opened.report.errors, []);
    await opened.context.close();
  });

  for (const path of ['/tests/e2e/pages/widgets.html', '/e2e/hostile.html']) {
    test(`a 320 px phone (${path}): no horizontal overflow, every control at least 24 × 24 px`, async () => {
      const opened = await open(env, path, { viewport: { width: 320, height: 640 } });
      const { page } = opened;
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `the page scrolls sideways by ${overflow}px`);
      // The quiz's question screen has the radios; a radio's target is its whole label.
      await page.$$eval('ml-skill-quiz', async (quizzes) => {
        for (const quiz of quizzes) {
          quiz.shadowRoot.querySelector('[part~="start-button"]').click();
          await quiz.updateComplete;
        }
      });
      const small = await page.$$eval(TAGS, (els) =>
        els.flatMap((el) =>
          [...el.shadowRoot.querySelectorAll('button, a, select, input:not(label input), label:has(input)')]
            .map((node) => [node, node.getBoundingClientRect()])
            .filter(([, r]) => r.width > 0 && (r.width < 24 || r.height < 24))
            .map(([node, r]) => `${el.localName} ${node.localName} "${node.textContent.trim()}" ${r.width}×${r.height}`),
        ),
      );
      assert.deepEqual(small, []);
      // Nothing reaches past the frame's padding, even under a theme's box-sizing !important.
      const outside = await page.$$eval(TAGS, (els) =>
        els.flatMap((el) => {
          const base = el.shadowRoot.querySelector('.base');
          const frame = base.getBoundingClientRect();
          const style = getComputedStyle(base);
          const left = frame.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
          const right = frame.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
          return [...base.querySelectorAll('*')]
            .filter((node) => !node.closest('.table-wrap, .visually-hidden'))
            .map((node) => [node, node.getBoundingClientRect()])
            .filter(([, r]) => r.width > 0 && (r.left < left - 1 || r.right > right + 1))
            .map(([node, r]) => `${el.localName} ${node.localName}.${node.className.baseVal ?? node.className} ${r.left}–${r.right} outside ${left}–${right}`);
        }),
      );
      assert.deepEqual(outside, []);
      await opened.context.close();
    });
  }

  test("a reader's text spacing (WCAG 1.4.12) reaches the widgets' text, and nothing spills at 320 px", async () => {
    const opened = await open(env, '/tests/e2e/pages/widgets.html', { viewport: { width: 320, height: 640 } });
    const { page } = opened;
    // What text-spacing bookmarklets and extensions inject: rules on the page, not in shadow roots.
    await page.addStyleTag({
      content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }',
    });
    const [hostSpacing, ...spacings] = await page.$eval('ml-salary-compare', (el) =>
      [el, ...el.shadowRoot.querySelectorAll('.caption, .bar-button .title, [part="view-button"]')].map((node) => getComputedStyle(node).letterSpacing),
    );
    assert.notEqual(hostSpacing, 'normal');
    assert.equal(spacings.length, 8, 'the caption, five bar titles and two toggles');
    assert.deepEqual(spacings, spacings.map(() => hostSpacing), 'text, and button text too, takes the reader\'s spacing');
    // Every element of every widget, headings included; only the zero-size colon keeps none.
    const unspaced = await page.$$eval(TAGS, (els) =>
      els.flatMap((el) => {
        const host = getComputedStyle(el).letterSpacing;
        return [...el.shadowRoot.querySelectorAll('*:not(style, .colon)')]
          .filter((node) => getComputedStyle(node).letterSpacing !== host)
          .map((node) => `${el.localName} ${node.localName}.${node.className.baseVal ?? node.className}`);
      }),
    );
    assert.deepEqual(unspaced, []);
    // The colon heard in each bar's name stays zero-size: an inherited spacing would widen it.
    const colons = await page.$eval('ml-salary-compare', (el) => [...el.shadowRoot.querySelectorAll('.colon')].map((c) => c.getBoundingClientRect().width));
    assert.equal(colons.length, 5);
    assert.deepEqual(colons, colons.map(() => 0));
    await assertWorking(opened);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `the page scrolls sideways by ${overflow}px`);
    // Text wider than its box would be cut off by the widget's frame (a narrow table scrolls in its own box).
    const spilled = await page.$$eval(TAGS, (els) =>
      els.flatMap((el) =>
        [...el.shadowRoot.querySelectorAll('.base *')]
          .filter((node) => !node.closest('.table-wrap, .visually-hidden') && node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0)
          .map((node) => `${el.localName} ${node.localName}.${node.className}`),
      ),
    );
    assert.deepEqual(spilled, []);
    await opened.context.close();
  });
});

// A browser per test: a Firefox holds its media preferences for good.
for (const engine of ENGINES) {
  describe(`${engine}, media features`, () => {
    /** Browsers started by the test running; stopped after it, also when it fails. */
    const started = [];
    afterEach(() => Promise.all(started.splice(0).map((env) => env.stop())));

    /** `path` with `media` in effect: Chromium emulates it per page, Firefox starts a browser with it. */
    async function openWith(path, media = {}) {
      const env = await start({ engine, media });
      started.push(env);
      return open(env, path, media);
    }

    /** Colours the forced palette gives system colour keywords, read from a probe the palette does not adjust. */
    const systemColours = (page, ...keywords) =>
      page.evaluate((names) => {
        const probe = document.body.appendChild(document.createElement('i'));
        probe.style.forcedColorAdjust = 'none';
        return names.map((name) => {
          probe.style.color = name;
          return getComputedStyle(probe).color;
        });
      }, keywords);

    test('forced colours: widgets render; the pressed toggle and the highlighted bar use the system palette', async () => {
      const opened = await openWith('/tests/e2e/pages/widgets.html', { forcedColors: 'active' });
      await assertWorking(opened);
      const [highlight, highlightText, canvas, canvasText] = await systemColours(opened.page, 'Highlight', 'HighlightText', 'Canvas', 'CanvasText');
      const compare = (selector, property) => styleIn(opened.page, 'ml-salary-compare', selector, property);
      // The pressed view toggle keeps looking pressed once forced colours drop author fills, in the reader's colours.
      assert.deepEqual(
        [await compare('[aria-pressed="true"]', 'backgroundColor'), await compare('[aria-pressed="true"]', 'color')],
        [highlight, highlightText],
      );
      assert.notEqual(await compare('[aria-pressed="false"]', 'backgroundColor'), highlight);
      // The highlighted bar is hollow, the others solid: an outline alone on a solid bar is too faint.
      assert.deepEqual(
        [await compare('.highlighted .fill', 'fill'), await compare('.highlighted .fill', 'stroke'), await compare('.item:not(.highlighted) .fill', 'fill')],
        [canvas, canvasText, canvasText],
      );
    });

    // Nothing of ours animates, but a page may animate our parts; under reduced motion our rule wins.
    test("reduced motion: a page's transitions on the widgets' parts stop, and run without it", async () => {
      const durations = async (media) => {
        const opened = await openWith('/tests/e2e/pages/widgets.html', media);
        await opened.page.addStyleTag({ content: ':is(ml-role-card, ml-salary-compare, ml-skill-quiz)::part(base) { transition: background-color 3s !important; }' });
        const found = await opened.page.$$eval(TAGS, (els) => els.map((el) => getComputedStyle(el.shadowRoot.querySelector('[part="base"]')).transitionDuration));
          return [...new Set(found)];
      };
      assert.deepEqual(await durations({}), ['3s']);
      assert.deepEqual(await durations({ reducedMotion: 'reduce' }), ['0s']);
    });

    test('a dark preference darkens every widget except one the page pins to theme="light"', async () => {
      const opened = await openWith('/tests/e2e/pages/widgets.html', { colorScheme: 'dark' });
      const surfaces = await opened.page.$$eval(TAGS, (els) => {
        els[0].setAttribute('theme', 'light');
        return els.map((el) => getComputedStyle(el.shadowRoot.querySelector('.base')).backgroundColor);
      });
      assert.deepEqual(surfaces, ['rgb(255, 255, 255)', ...Array(surfaces.length - 1).fill('rgb(22, 27, 34)')]);
    });
  });
}

// Print media cannot be emulated in Firefox over WebDriver BiDi.
describe('chromium, print', () => {
  let env;
  before(async () => (env = await start()));
  after(() => env.stop());

  test('print: a compact card prints its summary without the button that would do nothing on paper', async () => {
    const opened = await open(env, '/tests/e2e/pages/widgets.html');
    const toggleShown = () => opened.page.$eval('ml-role-card[compact]', (el) => getComputedStyle(el.shadowRoot.querySelector('[part="toggle"]')).display !== 'none');
    assert.equal(await toggleShown(), true);
    await opened.page.emulateMedia({ media: 'print' });
    assert.equal(await toggleShown(), false);
    const [, compact] = await widgetTexts(opened.page, 'ml-role-card');
    assert.match(compact, /Machine Learning Engineer.*\$114,121/);
    await opened.context.close();
  });
});
