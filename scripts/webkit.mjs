// Debian's WebKitGTK (package webkit2gtk-driver: WebKitWebDriver and MiniBrowser), the engine of
// Safari, drawn on a private Xvfb display (package xvfb): it has no headless mode.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const xvfbPath = '/usr/bin/Xvfb';

/** WebDriver capabilities that start MiniBrowser under automation. */
export const webkitCapabilities = {
  'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves to that display, ":N". */
function startXvfb() {
  const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it gave a display`)));
  });
  return { xvfb, display };
}

/**
 * Starts Xvfb and WebKitWebDriver on a free port, both ended when this process exits; resolves
 * to the driver's port for a WebDriver client once it answers.
 */
export async function startWebKitDriver() {
  const { xvfb, display } = startXvfb();
  const port = await freePort();
  const driver = spawn(webkitDriverPath, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: await display } });
  process.once('exit', () => {
    driver.kill();
    xvfb.kill();
  });
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return { port };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}
