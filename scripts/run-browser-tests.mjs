// Runs the browser tests (web-test-runner) in the engines named by BROWSERS (default: all three).
// WebKitGTK's MiniBrowser has no headless mode: its WebDriver server runs under a virtual display.
// Extra arguments go to wtr, e.g. `npm run test:browsers -- --files test/wallet-faq/*.test.ts`.
import { spawn } from 'node:child_process';
import { freePort } from './checks.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const browsers = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((b) => b.trim()).filter(Boolean);
ensureBrowsers(browsers);

async function waitForDriver(port, child) {
  for (let i = 0; i < 150; i += 1) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('WebKitWebDriver did not start within 30 s');
}

const env = { ...process.env, BROWSERS: browsers.join(',') };
let driver;
if (browsers.includes('webkit')) {
  const port = await freePort();
  env.WEBKIT_DRIVER_PORT = String(port);
  driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', '--host=127.0.0.1', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  await waitForDriver(port, driver);
}

const stopDriver = () => {
  if (driver && driver.exitCode === null) {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
};
process.on('SIGINT', () => {
  stopDriver();
  process.exit(130);
});

const wtr = spawn('npx', ['wtr', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
wtr.on('exit', (code) => {
  stopDriver();
  process.exit(code ?? 1);
});
