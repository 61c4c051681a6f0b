import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, chromiumPath, firefoxPath, runsEngine } from './scripts/browsers.mjs';
import { writeSlices } from './scripts/data-slices.mjs';
import { startWebKitDriver, webkitCapabilities } from './scripts/webkit.mjs';

// The widgets import the slices of data/jobs.json they show; write them before serving.
writeSlices();

// BROWSERS=chromium (or firefox, or webkit) runs one engine while developing; CI runs all three.

/** WebDriver's launcher names a browser after its capabilities, and MiniBrowser's are unnamed. */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }
}

const browsers = [
  runsEngine('chromium') &&
    chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } }),
  runsEngine('firefox') &&
    puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } }),
  runsEngine('webkit') &&
    new WebKitLauncher({ hostname: '127.0.0.1', port: (await startWebKitDriver()).port, logLevel: 'error', capabilities: webkitCapabilities }),
].filter(Boolean);

/**
 * `executeServerCommand('shift-tab')`: Shift+Tab in every launcher. The sendKeys command cannot
 * hold a key down over WebDriver; webdriverio's keys() holds a modifier for the keys after it.
 */
const shiftTab = {
  name: 'shift-tab',
  async executeCommand({ command, session }) {
    if (command !== 'shift-tab') return undefined;
    if (session.browser.type === 'webdriver') {
      await session.browser.sendKeys(session.id, ['Shift', 'Tab']);
    } else {
      const { keyboard } = session.browser.getPage(session.id);
      await keyboard.down('Shift');
      await keyboard.press('Tab');
      await keyboard.up('Shift');
    }
    return true;
  },
};

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // The tsconfig keeps class fields from shadowing the reactive properties Lit defines (useDefineForClassFields: false).
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2021', tsconfig: 'tsconfig.json' }), shiftTab],
  browsers,
  // Chromium stalls requestAnimationFrame (and so fixture()) in a second, unfocused page.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  // Lit's development build says so once per test file: noise, not a finding.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
