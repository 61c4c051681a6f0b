// Where Debian's browsers are; CHROME_PATH / FIREFOX_PATH override.
import { existsSync } from 'node:fs';
import { miniBrowserPath, webkitDriverPath, xvfbPath } from './webkit.mjs';

/** Whether the component tests run `engine`: BROWSERS names one engine, or none for all three. */
export const runsEngine = (engine) => !process.env.BROWSERS || process.env.BROWSERS === engine;

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Flags Chromium needs as root on these machines with no network but the registries. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * The Debian packages the tests need that are not installed, with the file each lacks. The e2e
 * tests use Chromium and Firefox whatever BROWSERS says; WebKit only runs the component tests,
 * so BROWSERS=chromium (or firefox) does without it.
 */
export const missingBrowsers = () => {
  return [
    ['chromium', chromiumPath],
    ['firefox-esr', firefoxPath],
    // WebKitGTK's driver brings MiniBrowser (libwebkit2gtk-4.1-0); Xvfb gives it a display.
    ...(runsEngine('webkit')
      ? [
          ['webkit2gtk-driver', webkitDriverPath],
          ['webkit2gtk-driver', miniBrowserPath],
          ['xvfb', xvfbPath],
        ]
      : []),
  ].filter(([, path]) => !existsSync(path));
};
