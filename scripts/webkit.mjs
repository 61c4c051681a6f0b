// Debian's WebKitGTK (package webkit2gtk-driver: WebKitWebDriver and MiniBrowser), the engine of
// Safari, drawn on a private Xvfb display (package xvfb): it has no headless mode.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { constants } from 'node:os';

/** Debian's multiarch directory for this machine ("x86_64-linux-gnu" on x64). */
const TRIPLETS = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' };
const triplet = TRIPLETS[process.arch] ?? `${process.arch}-linux-gnu`;

export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.MINIBROWSER_PATH || `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`;
export const xvfbPath = process.env.XVFB_PATH || '/usr/bin/Xvfb';

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

/** Rejects when `child` fails to start or exits, naming it and what it wrote to stderr. */
function whenFailed(child, name) {
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  return new Promise((_, reject) => {
    child.on('error', (error) => reject(new Error(`${name} could not start: ${error.message}`)));
    child.on('exit', (code, signal) => reject(new Error(`${name} exited (${signal ?? code}): ${stderr.trim()}`)));
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd); resolves to ":N". */
function startXvfb() {
  const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = new Promise((resolve) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
  });
  return { xvfb, display: Promise.race([display, whenFailed(xvfb, 'Xvfb')]) };
}

/** Resolves once the driver on `port` answers /status; each try gives up after a second. */
async function answered(port) {
  for (let tries = 0; tries < 100; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/**
 * Starts Xvfb and WebKitWebDriver on a free port, both ended when this process exits, also on
 * SIGTERM or SIGHUP (a CI timeout), which would otherwise leave them and the browser running.
 * Resolves to the driver's port once it answers; rejects with the reason when either fails.
 */
export async function startWebKitDriver() {
  const { xvfb, display } = startXvfb();
  const children = [xvfb];
  process.once('exit', () => children.forEach((child) => child.kill()));
  for (const signal of ['SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(128 + constants.signals[signal]));
  const port = await freePort();
  // GTK prefers Wayland when a desktop session offers it: keep MiniBrowser on the Xvfb display.
  const { WAYLAND_DISPLAY: _wayland, ...env } = process.env;
  const driver = spawn(webkitDriverPath, [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...env, DISPLAY: await display, GDK_BACKEND: 'x11' },
  });
  children.push(driver);
  await Promise.race([answered(port), whenFailed(driver, 'WebKitWebDriver')]);
  return { port };
}
