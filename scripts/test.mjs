// `npm test`: lint, type check, build (which validates the content packs), size budget, browser tests,
// the fuzzing of content packs in Node (scripts/fuzz.mjs), the package test (scripts/package-test.mjs), the end-to-end tests (scripts/e2e.mjs) and the host-page
// suite (scripts/host-pages.mjs).
// Every step runs even when an earlier one fails, so one run shows everything that is wrong;
// the last line is the whole run's count: "N passed, N failed" (", N skipped" when some were).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { countLine, takeCounts } from './checks.mjs';

const steps = [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['type check', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['size budget', 'npm', ['run', '--silent', 'size']],
];

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  if (run(command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
}

/** Runs a suite that writes its count to `results` (scripts/checks.mjs's format); its tests count one each. */
function counted(label, script, results, what) {
  console.log(`\n▶ ${label}`);
  rmSync(results, { force: true });
  const ok = run('node', [script]);
  const counts = takeCounts(results);
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
    if (counts.failed > 0) failures.push(`${counts.failed} ${what}(s)`);
  }
  // A run that failed without recording a failing test (it crashed, or exited non-zero anyway).
  if (!ok && !counts?.failed) {
    failed += 1;
    failures.push(`${what} run`);
  }
}

counted('browser tests', 'scripts/run-browser-tests.mjs', '.wtr-results.json', 'browser test');
// Content packs fuzzed in Node (fast-check): validator, vendor merge and search never throw or accept blank text.
counted('fuzzing', 'scripts/fuzz.mjs', '.fuzz-results.json', 'fuzz property');
// The package as users get it (npm pack, install into a fresh project, bundle and render); after the build above.
counted('package', 'scripts/package-test.mjs', '.package-results.json', 'package check');
// End-to-end: the demo wallet driven from outside the page in the three engines.
counted('end-to-end', 'scripts/e2e.mjs', '.e2e-results.json', 'end-to-end test');
// The script-tag build on pages like the vendors' (CSS frameworks, rem tricks, RTL, tab bars…) in the three engines.
counted('host pages', 'scripts/host-pages.mjs', '.host-pages-results.json', 'host-page check');

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
// .ci/run reads this line: "N passed, N failed" first, then ", N skipped" when some were.
console.log(countLine({ passed, failed, skipped }));
process.exit(failed ? 1 : 0);
