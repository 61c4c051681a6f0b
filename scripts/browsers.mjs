// Where Debian's browsers are; CHROME_PATH / FIREFOX_PATH override.
import { existsSync } from 'node:fs';

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

export const missingBrowsers = () =>
  [
    ['chromium', chromiumPath],
    ['firefox-esr', firefoxPath],
  ].filter(([, path]) => !existsSync(path));
