// Runs the browser tests (web-test-runner) in the engines named by BROWSERS (default: all three).
// WebKitGTK's MiniBrowser has no headless mode: its WebDriver server runs under a virtual display.
// Extra arguments go to wtr, e.g. `npm run test:browsers -- --files test/wallet-faq/*.test.ts`.
import { spawn } from 'node:child_process';
import { selectedBrowsers, startWebKitDriver } from './browsers.mjs';

const browsers = selectedBrowsers();
const env = { ...process.env, BROWSERS: browsers.join(',') };
let driver;
if (browsers.includes('webkit')) {
  driver = await startWebKitDriver();
  env.WEBKIT_DRIVER_PORT = String(driver.port);
}

// Ctrl-C: exit, which stops the driver (startWebKitDriver stops it on exit).
process.on('SIGINT', () => process.exit(130));

const wtr = spawn('npx', ['wtr', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
wtr.on('exit', (code) => {
  driver?.stop();
  process.exit(code ?? 1);
});
