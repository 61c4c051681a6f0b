import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromiumArgs, chromiumPath, firefoxPath } from './scripts/browsers.mjs';
import { writeSlices } from './scripts/data-slices.mjs';

// The widgets import the slices of data/jobs.json they show; write them before serving.
writeSlices();

// BROWSERS=chromium (or firefox) runs one engine while developing; CI runs both.
const only = process.env.BROWSERS;

const browsers = [
  (!only || only === 'chromium') &&
    chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } }),
  (!only || only === 'firefox') &&
    puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } }),
].filter(Boolean);

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // The tsconfig keeps class fields from shadowing the reactive properties Lit defines (useDefineForClassFields: false).
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  browsers,
  // Chromium stalls requestAnimationFrame (and so fixture()) in a second, unfocused page.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  // Lit's development build says so once per test file: noise, not a finding.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
