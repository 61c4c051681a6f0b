// Screenshots of each widget in light and dark for the README, taken from the built script in
// Debian's Chromium: `npm run build && node scripts/screenshots.mjs` writes docs/*.png.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './browsers.mjs';
import { serve } from './serve.mjs';

const SHOTS = {
  'role-card': '<ml-role-card job="nlp-engineer"></ml-role-card>',
  'role-card-compact': '<ml-role-card job="computer-vision-engineer" compact></ml-role-card>',
  'salary-compare': '<ml-salary-compare highlight="nlp-engineer"></ml-salary-compare>',
  'skill-quiz': '<ml-skill-quiz></ml-skill-quiz>',
};

const { server, url } = await serve();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
for (const theme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 720, height: 900 }, deviceScaleFactor: 1, colorScheme: theme });
  for (const [name, markup] of Object.entries(SHOTS)) {
    await page.goto(`${url}/demo/blank.html`);
    await page.evaluate(
      ([markup, theme]) => {
        document.body.style.background = theme === 'dark' ? '#0d1117' : '#fbfaf7';
        document.body.innerHTML = `<div style="padding:16px">${markup}</div>`;
        document.body.firstElementChild.firstElementChild.setAttribute('theme', theme);
      },
      [markup, theme],
    );
    const widget = page.locator('body > div > *');
    await widget.evaluate(async (el) => {
      await el.updateComplete;
      // The quiz's first question shows more than its intro.
      el.shadowRoot.querySelector('[part~="start-button"]')?.click();
      await el.updateComplete;
    });
    await page.locator('body > div').screenshot({ path: `docs/${name}-${theme}.png` });
  }
  await page.close();
}
// The demo article as a newcomer first sees it.
const demo = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
await demo.goto(`${url}/demo/`);
await demo.waitForFunction(() => document.querySelector('ml-role-card')?.shadowRoot?.childElementCount > 0);
await demo.screenshot({ path: 'docs/demo.png' });
await browser.close();
server.close();
console.log('docs/*.png written');
