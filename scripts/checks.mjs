// Shared by the Node-side test scripts (package-test.mjs, e2e.mjs, host-pages.mjs): named checks that
// count themselves for `npm test`, a free port, and waiting for something to become true. Also the one
// format in which every suite (these, the fuzzing, the browser tests' reporter) hands its count to
// scripts/test.mjs: `{ passed, failed, skipped }` in a file, and the line that says it.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Writes a suite's count for scripts/test.mjs. */
export function writeCounts(file, { passed, failed, skipped = 0 }) {
  writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
}

/** Reads and removes a count written by `writeCounts`; undefined when the suite wrote none (it crashed first). */
export function takeCounts(file) {
  if (!existsSync(file)) return undefined;
  const { passed = 0, failed = 0, skipped = 0 } = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(file);
  return { passed, failed, skipped };
}

/** "N passed, N failed" (", N skipped" when some were): the line every suite and the whole run end with. */
export const countLine = ({ passed, failed, skipped = 0 }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

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
      writeCounts(resultsFile, { passed, failed, skipped });
      console.log(`${label}: ${countLine({ passed, failed, skipped })}`);
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
