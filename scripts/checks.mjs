// Shared by the Node-side test scripts (package-test.mjs, e2e.mjs, host-pages.mjs): named checks that
// count themselves for `npm test`, a free port, and waiting for something to become true.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Thrown by a check that cannot run here (a missing baseline, an engine without the feature): counted apart. */
export class Skip extends Error {}

/** Checks that print one line each and write their counts to `resultsFile` for scripts/test.mjs. */
export function createChecks(resultsFile, { traceLines = Infinity } = {}) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  return {
    async check(name, body) {
      try {
        await body();
        passed += 1;
        console.log(`  ✓ ${name}`);
      } catch (error) {
        if (error instanceof Skip) {
          skipped += 1;
          console.log(`  - ${name} (skipped: ${error.message})`);
          return;
        }
        failed += 1;
        console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, traceLines).join('\n    ')}`);
      }
    },
    /** Writes the counts, prints the summary line and exits non-zero when a check failed. */
    finish(label) {
      writeFileSync(resultsFile, JSON.stringify({ passed, failed, skipped }));
      console.log(`${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
      process.exit(failed ? 1 : 0);
    },
  };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves to `probe()`'s first truthy value; a probe that throws (a page navigating) is tried again. */
export async function until(probe, what, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch {
      // not there yet; try again
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
