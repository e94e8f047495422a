// `npm test`: lint, type check, build (which validates the content packs), size budget, browser tests,
// the package test (scripts/package-test.mjs) and the end-to-end tests (scripts/e2e.mjs).
// Every step runs even when an earlier one fails, so one run shows everything that is wrong;
// the last line is the whole run's count: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = '.wtr-results.json';
const steps = [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['type check', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['size budget', 'npm', ['run', '--silent', 'size']],
];

let passed = 0;
let failed = 0;
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

console.log('\n▶ browser tests');
rmSync(RESULTS, { force: true });
const browsersOk = run('node', ['scripts/run-browser-tests.mjs']);
if (existsSync(RESULTS)) {
  const totals = JSON.parse(readFileSync(RESULTS, 'utf8'));
  passed += totals.passed;
  failed += totals.failed;
  if (totals.failed) failures.push(`${totals.failed} browser test(s)`);
}
if (!browsersOk && !failures.some((f) => f.includes('browser test'))) {
  failed += 1;
  failures.push('browser test run');
}

// The package as users get it (npm pack, install into a fresh project, bundle and render); after
// the build above. Its checks count one each.
console.log('\n▶ package');
const PACKAGE_RESULTS = '.package-results.json';
rmSync(PACKAGE_RESULTS, { force: true });
const packageOk = run('node', ['scripts/package-test.mjs']);
if (existsSync(PACKAGE_RESULTS)) {
  const totals = JSON.parse(readFileSync(PACKAGE_RESULTS, 'utf8'));
  passed += totals.passed;
  failed += totals.failed;
  if (totals.failed) failures.push(`${totals.failed} package check(s)`);
} else if (!packageOk) {
  failed += 1;
  failures.push('package test run');
}

// End-to-end: the demo wallet driven from outside the page in the three engines (scripts/e2e.mjs).
console.log('\n▶ end-to-end');
const E2E_RESULTS = '.e2e-results.json';
rmSync(E2E_RESULTS, { force: true });
const e2eOk = run('node', ['scripts/e2e.mjs']);
if (existsSync(E2E_RESULTS)) {
  const totals = JSON.parse(readFileSync(E2E_RESULTS, 'utf8'));
  passed += totals.passed;
  failed += totals.failed;
  if (totals.failed) failures.push(`${totals.failed} end-to-end test(s)`);
} else if (!e2eOk) {
  failed += 1;
  failures.push('end-to-end run');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
