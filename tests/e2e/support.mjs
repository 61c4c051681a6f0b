// End-to-end harness: Debian's Chromium driven by playwright-core and Debian's Firefox ESR by
// puppeteer over WebDriver BiDi (no browser download), pages served from the project root on
// 127.0.0.1 at a free port, each loading dist/ml-widgets.min.js the way a blog does.
import { readFileSync } from 'node:fs';
import { after, before, describe } from 'node:test';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath } from '../../scripts/browsers.mjs';
import { serve } from '../../scripts/serve.mjs';

const { version: VERSION } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const BASE = readFileSync(new URL('./pages/widgets.html', import.meta.url), 'utf8');
const SCRIPT = '<script src="/dist/ml-widgets.min.js" defer></script>';

/** A quiz loading its author's questions from `src`. */
const REMOTE_QUIZ = '<ml-skill-quiz id="remote" src="/tests/elements/skill-quiz/fixtures/q.json.txt"></ml-skill-quiz>\n';

/** A quiz with its own questions in a JSON child, and the one loading them from `src`. */
const AUTHOR_QUIZZES =
  '<ml-skill-quiz id="own"><script type="application/json">' +
  '{"questions":[{"id":"pace","prompt":"Which pace suits you?","options":[{"label":"Ship every week","weights":{"ml-engineer":2}}]}]}' +
  `</script></ml-skill-quiz>\n${REMOTE_QUIZ}`;

/**
 * Variants of pages/widgets.html, served at /e2e/<name>.html: the same widgets on pages that
 * differ in one hostile way. The CSP variants are only meaningful with a real header.
 */
const VARIANTS = {
  csp: { headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" } },
  // Only the two policies the README names are allowed; the card writes JSON-LD through one.
  'trusted-types': {
    headers: {
      'content-security-policy': "require-trusted-types-for 'script'; trusted-types lit-html ml-career-widgets; script-src 'self'",
    },
    edit: (html) => html.replace('<ml-role-card job="nlp-engineer">', '<ml-role-card job="nlp-engineer" structured-data>'),
  },
  // A page that allows Lit's policy only: the card can write no JSON-LD, and says so once.
  'trusted-types-lit-only': {
    headers: { 'content-security-policy': "require-trusted-types-for 'script'; trusted-types lit-html; script-src 'self'" },
    edit: (html) => html.replace('<ml-role-card job="nlp-engineer">', '<ml-role-card job="nlp-engineer" structured-data>'),
  },
  rtl: { edit: (html) => html.replace('<html lang="en">', '<html lang="ar" dir="rtl">') },
  // Plugins each add the script: an older version first, then this one twice, once as a module.
  twice: {
    edit: (html) =>
      html.replace(
        SCRIPT,
        '<script src="/e2e/other-version.js"></script>\n' +
          '<script src="/dist/ml-widgets.min.js"></script>\n' +
          '<script src="/dist/ml-widgets.min.js?copy=2" defer></script>\n' +
          '<script type="module" src="/dist/ml-widgets.min.js?copy=3"></script>',
      ),
  },
  hostile: { edit: (html) => html.replace(SCRIPT, `<link rel="stylesheet" href="/tests/e2e/pages/hostile.css" />\n${SCRIPT}`) },
  // Scripts older or busier pages run first. Angular's zone.js runs pending promise callbacks as
  // soon as a custom element's callback returns, here the provider's, upgraded after the quizzes:
  // a quiz with its own questions waits on a promise for the code that reads them.
  angular: {
    edit: (html) =>
      html
        .replace(SCRIPT, `<script src="/node_modules/zone.js/bundles/zone.umd.min.js"></script>\n${SCRIPT}`)
        .replace('</main>', `${AUTHOR_QUIZZES}<ml-jobs-data locale="en-US"><ml-role-card job="robotics-engineer"></ml-role-card></ml-jobs-data>\n</main>`),
  },
  // MooTools (Joomla 3 and other older CMSs) replaces Array.from with one that ignores a map
  // function and, in its compatibility build, the global Event that Lit's context events extend.
  mootools: {
    edit: (html) =>
      html
        .replace(
          SCRIPT,
          '<script src="/node_modules/mootools/lib/mootools-core-1.5.2-server.js"></script>\n' +
            `<script src="/tests/e2e/pages/mootools-compat.js"></script>\n${SCRIPT}`,
        )
        .replace('<ml-role-card job="ml-engineer" compact>', '<ml-role-card job="ml-engineer" compact basis="bogus" theme="blue">')
        .replace('</main>', '<ml-jobs-data locale="de-DE"><ml-role-card job="robotics-engineer" id="provided"></ml-role-card></ml-jobs-data>\n</main>'),
  },
  // A page's fetch wrapper that forgets to return the response: every fetch resolves to undefined.
  'fetch-wrapper': {
    edit: (html) =>
      html
        .replace(SCRIPT, `<script src="/tests/e2e/pages/fetch-wrapper.js"></script>\n${SCRIPT}`)
        .replace(
          '</main>',
          `${REMOTE_QUIZ}<ml-jobs-data src="/data/jobs.json"><ml-role-card job="robotics-engineer" id="provided"></ml-role-card></ml-jobs-data>\n</main>`,
        ),
  },
};

export const VARIANT_PAGES = Object.keys(VARIANTS).map((name) => `/e2e/${name}.html`);

/** The built script as another version of the package would ship it. */
export const OTHER_VERSION = '0.0.9';
const otherVersion = () =>
  readFileSync(new URL('../../dist/ml-widgets.min.js', import.meta.url), 'utf8').replaceAll(`"${VERSION}"`, `"${OTHER_VERSION}"`);

function variantPage(path) {
  if (path === '/e2e/other-version.js') return { html: otherVersion(), headers: { 'content-type': 'text/javascript' } };
  const name = /^\/e2e\/([\w-]+)\.html$/.exec(path)?.[1];
  const variant = VARIANTS[name];
  if (!variant) return undefined;
  return { html: (variant.edit ?? ((html) => html))(BASE), headers: variant.headers ?? {} };
}

/**
 * Firefox preferences that stand in for the media emulation WebDriver BiDi lacks; they hold for
 * the whole browser, so a Firefox started with them serves only pages opened with the same.
 * Unasked features are pinned to the defaults playwright gives Chromium, not the machine's.
 */
const FIREFOX_MEDIA = {
  colorScheme: { light: { 'layout.css.prefers-color-scheme.content-override': 1 }, dark: { 'layout.css.prefers-color-scheme.content-override': 0 } },
  reducedMotion: { 'no-preference': { 'ui.prefersReducedMotion': 0 }, reduce: { 'ui.prefersReducedMotion': 1 } },
  forcedColors: { none: { 'browser.display.document_color_use': 0 }, active: { 'browser.display.document_color_use': 2 } },
};
const MEDIA_DEFAULTS = { colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' };

/** The Firefox preferences for `media`; a value this harness cannot set is an error, not ignored. */
function firefoxPrefs(media) {
  return Object.assign(
    {},
    ...Object.entries({ ...MEDIA_DEFAULTS, ...media }).map(([feature, value]) => {
      const prefs = FIREFOX_MEDIA[feature]?.[value];
      if (!prefs) throw new Error(`no Firefox preference for ${feature}: ${value}`);
      return prefs;
    }),
  );
}

/**
 * `engine` 'chromium' or 'firefox'; for Firefox, `media` ({ colorScheme, reducedMotion,
 * forcedColors }, as `open` takes them) is set when the browser starts. Print cannot be emulated
 * in Firefox over BiDi at all. `pages(path)` may answer paths of a suite's own generated pages
 * (as `serve` takes it), before the variants of widgets.html.
 */
export async function start({ engine = 'chromium', media = {}, pages } = {}) {
  const { server, url } = await serve({ pages: (path) => pages?.(path) ?? variantPage(path) });
  const browser =
    engine === 'firefox'
      ? await puppeteer.launch({
          browser: 'firefox',
          executablePath: firefoxPath,
          headless: true,
          extraPrefsFirefox: firefoxPrefs(media),
        })
      : await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  return {
    url,
    browser,
    engine,
    media,
    async stop() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Opens `path` in a fresh context and records what a host page would suffer: uncaught errors,
 * console errors and warnings, and CSP violations.
 */
export async function open(env, path, { viewport, colorScheme, reducedMotion, forcedColors } = {}) {
  const firefox = env.engine === 'firefox';
  const asked = { colorScheme, reducedMotion, forcedColors };
  if (firefox && Object.keys(asked).some((feature) => asked[feature] !== env.media[feature])) {
    throw new Error(`this Firefox started with media ${JSON.stringify(env.media)}; start one with ${JSON.stringify(asked)}`);
  }
  const size = viewport ?? { width: 1000, height: 800 };
  const context = firefox
    ? await env.browser.createBrowserContext()
    : await env.browser.newContext({ viewport: size, colorScheme, reducedMotion, forcedColors });
  const page = await context.newPage();
  if (firefox) await page.setViewport(size);
  const report = { errors: [], consoleErrors: [], warnings: [] };
  page.on('pageerror', (error) => report.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') report.consoleErrors.push(message.text());
    // 'warning' in playwright, 'warn' in puppeteer.
    if (message.type().startsWith('warn')) report.warnings.push(message.text());
  });
  const recordViolations = () => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
    );
  };
  await (firefox ? page.evaluateOnNewDocument(recordViolations) : page.addInitScript(recordViolations));
  await page.goto(`${env.url}${path}`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('ml-') && el.localName !== 'ml-jobs-data')
      .every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0),
  );
  report.violations = () => page.evaluate(() => window.__violations);
  return { page, context, report };
}

/** The engines every e2e page runs in. */
export const ENGINES = ['chromium', 'firefox'];

/**
 * A `describe` per engine around `tests(env, engine)`, with a browser (and `media` and `pages`, as
 * `start` takes them) started before them and stopped after; `env` is filled in once the browser is up.
 */
export function describeEachEngine(title, tests, { media, pages } = {}) {
  for (const engine of ENGINES) {
    describe(title ? `${engine}, ${title}` : engine, () => {
      const env = {};
      before(async () => Object.assign(env, await start({ engine, media, pages })));
      after(() => env.stop());
      tests(env, engine);
    });
  }
}

/** Makes every request `page` sends for a URL matching `pattern` fail, as if the reader went offline. */
export async function failRequests(env, page, pattern) {
  if (env.engine !== 'firefox') return page.route(pattern, (route) => route.abort('internetdisconnected'));
  await page.setRequestInterception(true);
  page.on('request', (request) => (pattern.test(request.url()) ? request.abort('internetdisconnected') : request.continue()));
}

/** The visible text of every widget's shadow root, for assertions on what a reader sees. */
export function widgetTexts(page, selector) {
  return page.$$eval(selector, (els) => els.map((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim()));
}
