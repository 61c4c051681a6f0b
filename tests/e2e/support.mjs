// End-to-end harness: Debian's Chromium driven by playwright-core (no browser download), pages
// served from the project root on 127.0.0.1 at a free port, each loading dist/ml-widgets.min.js
// the way a blog does.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/browsers.mjs';
import { serve } from '../../scripts/serve.mjs';

/** Response headers per fixture page: the CSP pages are only meaningful with a real header. */
const PAGE_HEADERS = {
  '/tests/e2e/pages/csp.html': {
    'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'",
  },
  '/tests/e2e/pages/trusted-types.html': {
    'content-security-policy': "require-trusted-types-for 'script'; script-src 'self'",
  },
};

export async function start() {
  const { server, url } = await serve({ headers: (path) => PAGE_HEADERS[path] ?? {} });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  return {
    url,
    browser,
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
  const context = await env.browser.newContext({
    viewport: viewport ?? { width: 1000, height: 800 },
    colorScheme,
    reducedMotion,
    forcedColors,
  });
  const page = await context.newPage();
  const report = { errors: [], consoleErrors: [], warnings: [] };
  page.on('pageerror', (error) => report.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') report.consoleErrors.push(message.text());
    if (message.type() === 'warning') report.warnings.push(message.text());
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
    );
  });
  await page.goto(`${env.url}${path}`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('ml-') && el.localName !== 'ml-jobs-data')
      .every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0),
  );
  report.violations = () => page.evaluate(() => window.__violations);
  return { page, context, report };
}

/** The visible text of every widget's shadow root, for assertions on what a reader sees. */
export function widgetTexts(page, selector) {
  return page.$$eval(selector, (els) => els.map((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim()));
}
