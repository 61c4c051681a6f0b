// Makes sure Debian's Chromium, Firefox ESR and WebKitGTK (with Xvfb) are there before the browser tests run.
// As root with apt-get it installs the missing ones; otherwise it says what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { missingBrowsers } from './browsers.mjs';

const missing = missingBrowsers();
if (missing.length > 0) {
  const packages = [...new Set(missing.map(([name]) => name))].join(' ');
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `Browser tests need Debian's ${packages} (not found at ${missing.map(([, p]) => p).join(', ')}).\n` +
        `Install with: sudo apt-get install -y ${packages}  (or set CHROME_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH / MINIBROWSER_PATH / XVFB_PATH).`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian's ${packages} for the browser tests…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, {
    stdio: 'inherit',
  });
  if (missingBrowsers().length > 0) {
    console.error(`apt-get finished but ${packages} is still missing.`);
    process.exit(1);
  }
}
