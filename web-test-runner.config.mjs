// Browser tests in Chromium, Firefox ESR and WebKitGTK, from Debian's packages (started as scripts/browsers.mjs says).
// BROWSERS=chromium (or firefox, webkit, comma-separated) runs a subset; see README.
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupJson from '@rollup/plugin-json';
import { resultsReporter } from './scripts/wtr-results-reporter.mjs';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { STRICT_CSP, STRICT_CSP_WITH_STRUCTURED_DATA } from './scripts/csp.mjs';
import { networkSwitch } from './scripts/network-switch.mjs';
import { forcedColorsCommand } from './scripts/forced-colors.mjs';
import { CHROMIUM, FIREFOX, WEBKIT_CAPABILITIES, selectedBrowsers } from './scripts/browsers.mjs';

const json = fromRollup(rollupJson);
const WEBKIT_DRIVER_PORT = Number(process.env.WEBKIT_DRIVER_PORT ?? 4444);

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: CHROMIUM }),
  firefox: () => puppeteerLauncher({ launchOptions: FIREFOX }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: WEBKIT_DRIVER_PORT,
      path: '/',
      logLevel: 'error',
      capabilities: WEBKIT_CAPABILITIES,
    }),
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  browsers: selectedBrowsers().map((name) => launchers[name]()),
  concurrentBrowsers: 1,
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  mimeTypes: { '**/content/*.json': 'js', '**/test/search/*.json': 'js' },
  middleware: [
    // /net/<key>/… : pages whose network a test cuts and restores (scripts/network-switch.mjs).
    networkSwitch,
    // Pages under test/fixtures/csp*/ are served under the strict policies the README promises.
    function strictCsp(context, next) {
      if (context.path.startsWith('/test/fixtures/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
      if (context.path.startsWith('/test/fixtures/csp-structured-data/')) {
        context.set('Content-Security-Policy', STRICT_CSP_WITH_STRUCTURED_DATA);
      }
      return next();
    },
  ],
  plugins: [
    // JSON imported by modules; test/fixtures/ is served as it is (fetched as data by the pages).
    json({ include: ['content/*.json', 'test/search/*.json'] }),
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: './tsconfig.json' }),
    // Forced colours in Chromium (scripts/forced-colors.mjs).
    forcedColorsCommand(),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), resultsReporter('.wtr-results.json')],
};
