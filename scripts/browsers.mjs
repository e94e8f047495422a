// The one place that says how each engine starts on this machine (Debian's browsers; see the README),
// for the browser tests (web-test-runner.config.mjs, scripts/run-browser-tests.mjs), the end-to-end
// tests (scripts/e2e.mjs) and the host pages (scripts/host-pages.mjs).
import { spawn } from 'node:child_process';
import { freePort } from './checks.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines named by BROWSERS (default: all three), checked and installed if missing. */
export function selectedBrowsers() {
  const names = (process.env.BROWSERS ?? ENGINES.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!ENGINES.includes(name)) throw new Error(`BROWSERS: unknown browser "${name}" (use ${ENGINES.join(', ')})`);
  }
  ensureBrowsers(names);
  return names;
}

/** puppeteer's launch options for Chromium. The network flags stop it calling hosts this network refuses. */
export const CHROMIUM = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // window.gc(), for the tests that check a removed element can be collected (Chromium only).
    '--js-flags=--expose-gc',
  ],
};

/** puppeteer's launch options for Firefox ESR (over WebDriver BiDi). */
export const FIREFOX = {
  browser: 'firefox',
  executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  headless: true,
};

/** WebDriver capabilities for WebKitGTK's MiniBrowser; no `browserName`, which the driver fails to match. */
export const WEBKIT_CAPABILITIES = {
  'webkitgtk:browserOptions': {
    binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    args: ['--automation'],
  },
};

/**
 * Starts WebKitWebDriver on a free port under a virtual display (MiniBrowser has no headless mode), in
 * its own process group so that `stop()` ends xvfb-run, the driver and the browsers it started. It is
 * stopped when this process exits too. Resolves once the driver answers /status (within 30 s).
 */
export async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', '--host=127.0.0.1', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    process.off('exit', stop);
    // The whole group, even once xvfb-run has gone: a browser the driver started may outlive it.
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  try {
    const end = Date.now() + 30_000;
    for (;;) {
      if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}`);
      const ready = await fetch(`http://127.0.0.1:${port}/status`).then((response) => response.ok, () => false);
      if (ready) break;
      if (Date.now() > end) throw new Error('WebKitWebDriver did not start within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } catch (error) {
    stop();
    throw error;
  }
  return { port, stop };
}

/** A webdriverio session in WebKitGTK, with its own driver; `close()` ends both. */
export async function startWebKit() {
  const { remote } = await import('webdriverio');
  const driver = await startWebKitDriver();
  let browser;
  try {
    browser = await remote({ hostname: '127.0.0.1', port: driver.port, path: '/', logLevel: 'error', capabilities: WEBKIT_CAPABILITIES });
  } catch (error) {
    driver.stop();
    throw error;
  }
  return {
    browser,
    close: async () => {
      await browser.deleteSession().catch(() => undefined);
      driver.stop();
    },
  };
}
