#!/usr/bin/env node
// Runs the benchmarks in bench/ in Debian's headless Chromium, in two CPU profiles, and prints
// their medians and whether each target is met.
//
//   npm run bench                          every benchmark, unthrottled then throttled 4×
//   npm run bench -- faq                   only bench/faq
//   npm run bench -- faq --cpu 4           only the low-end phone profile (--cpu 1: only unthrottled)
//   npm run bench -- faq --sample-size 20 --timeout 0   a quicker run (overrides the config)
//
// Profiles: `cpu 1` is this machine as it is; `cpu 4` slows Chromium's main thread 4× (CDP
// Emulation.setCPUThrottlingRate, through tachometer's `cpuThrottlingRate`), as Lighthouse's mobile
// preset does, for a low-end Android phone.
//
// A benchmark is bench/NAME.tachometer.json (plus its pages) and/or bench/NAME/node.mjs:
// - with a tachometer config, node.mjs (if any) runs once first, before either profile (e.g. to
//   bundle its pages, or to measure the same thing in Node; it gets --samples N from --sample-size);
// - without one, node.mjs is the benchmark: it runs once per profile with --cpu N (and --samples N)
//   and prints its own table.
// bench/NAME/report.mjs, if any, exports report(results, { cpu }) whose text replaces the table below.
// bench/NAME/targets.json lists the targets printed under the table, each for one profile (`cpu`,
// default 1): a ratio of medians `{ "name", "vs", "max" }` or an absolute median `{ "name", "maxMs" }`.
// Exits non-zero only when a build, node.mjs or tachometer fails, never because of the timings.
// Raw results go to bench/results/NAME.cpuN.json (gitignored).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, medianCI, ratioCI } from '../bench/common/stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
const resultsDir = path.join(benchDir, 'results');
const CHROMIUM = '/usr/bin/chromium';
const CHROMEDRIVER = process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver';

const PROFILES = [1, 4];

const { names, sampleSize, timeout, cpus } = parseArgs(process.argv.slice(2));
const benchmarks = names.length > 0 ? names.map((name) => benchmarkNamed(name)) : allBenchmarks();
if (benchmarks.length === 0) fail('no benchmark found in bench/');

ensureBrowser();
ensureBuild();
mkdirSync(resultsDir, { recursive: true });

const environment = describeMachine();
let failed = false;
/** Every target's line, for the summary at the end. */
const verdicts = [];
for (const name of benchmarks) {
  const config = path.join(benchDir, `${name}.tachometer.json`);
  const nodeRun = path.join(benchDir, name, 'node.mjs');
  const samples = sampleSize !== undefined ? ['--samples', String(sampleSize)] : [];
  const node = (extra) => {
    const run = spawnSync(process.execPath, [nodeRun, ...samples, ...extra], { cwd: root, stdio: 'inherit' });
    if (run.status === 0) return true;
    console.error(`\n${name}: ${path.relative(root, nodeRun)} failed (exit ${run.status ?? run.signal})`);
    failed = true;
    return false;
  };
  if (!existsSync(config)) {
    for (const cpu of cpus) {
      console.log(`\n== ${name}, ${profileName(cpu)}: node ${path.relative(root, nodeRun)} --cpu ${cpu}\n`);
      node(['--cpu', String(cpu)]);
    }
    console.log(`\n${environment}\n`);
    continue;
  }
  if (existsSync(nodeRun)) {
    console.log(`\n== ${name}: node ${path.relative(root, nodeRun)}\n`);
    if (!node([])) continue;
  }
  for (const cpu of cpus) {
    const jsonFile = path.join(resultsDir, `${name}.cpu${cpu}.json`);
    const runConfig = configForRun(config, name, cpu);
    console.log(`\n== ${name}, ${profileName(cpu)}: tachometer --config ${path.relative(root, runConfig)}\n`);
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/tachometer/bin/tach.js'), '--config', runConfig, '--json-file', jsonFile],
      {
        cwd: root,
        stdio: 'inherit',
        // Selenium Manager would otherwise look up driver versions and send usage stats over the
        // network; the driver is on PATH (bench/chromedriver), so it has nothing to fetch.
        env: { ...process.env, SE_OFFLINE: 'true', SE_AVOID_STATS: 'true' },
      },
    );
    if (run.status !== 0) {
      console.error(`\n${name}: tachometer failed (exit ${run.status ?? run.signal})`);
      failed = true;
      continue;
    }
    const results = JSON.parse(readFileSync(jsonFile, 'utf8'));
    const custom = path.join(benchDir, name, 'report.mjs');
    const table = existsSync(custom)
      ? (await import(pathToFileURL(custom).href)).report(results, { cpu })
      : report(name, results, cpu);
    const targets = targetLines(name, results, cpu);
    verdicts.push(...targets.rows.map((row) => `| ${name} | ${row}`));
    console.log(`\n${table}\n${targets.text}\n${environment}\n`);
  }
}
if (verdicts.length > 0) {
  console.log(
    ['### targets', '', '| benchmark | profile | measured | target | met |', '| --- | --- | ---: | ---: | --- |', ...verdicts].join('\n'),
  );
}
process.exit(failed ? 1 : 0);

function parseArgs(args) {
  const parsed = { names: [], sampleSize: undefined, timeout: undefined, cpus: PROFILES };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.split('=', 2);
    const value = () => inline ?? args[++i];
    if (flag === '--sample-size' || flag === '-n') parsed.sampleSize = Number(value());
    else if (flag === '--timeout') parsed.timeout = Number(value());
    else if (flag === '--cpu') parsed.cpus = [Number(value())];
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run bench -- [NAME...] [--cpu 1|4] [--sample-size N] [--timeout MINUTES]');
      process.exit(0);
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
    else parsed.names.push(arg);
  }
  if (parsed.sampleSize !== undefined && !(parsed.sampleSize >= 2)) fail('--sample-size needs a number >= 2');
  if (parsed.timeout !== undefined && !(parsed.timeout >= 0)) fail('--timeout needs a number of minutes >= 0');
  if (!(parsed.cpus[0] >= 1)) fail('--cpu needs a slowdown factor >= 1 (1: unthrottled, 4: a low-end phone)');
  return parsed;
}

function benchmarkNamed(name) {
  const isBenchmark = existsSync(path.join(benchDir, `${name}.tachometer.json`)) || existsSync(path.join(benchDir, name, 'node.mjs'));
  if (!isBenchmark) fail(`no benchmark "${name}" (expected bench/${name}.tachometer.json or bench/${name}/node.mjs)`);
  return name;
}

function allBenchmarks() {
  const names = new Set();
  for (const entry of readdirSync(benchDir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.tachometer.json')) names.add(entry.name.slice(0, -'.tachometer.json'.length));
    else if (entry.isDirectory() && existsSync(path.join(benchDir, entry.name, 'node.mjs'))) names.add(entry.name);
  }
  return [...names].sort();
}

function profileName(cpu) {
  return cpu === 1 ? 'cpu 1 (unthrottled)' : `cpu ${cpu} (throttled ${cpu}×, low-end phone)`;
}

/** Chromium and its driver come from Debian's packages; install them when missing (root only). */
function ensureBrowser() {
  if (existsSync(CHROMIUM) && existsSync(CHROMEDRIVER)) return;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) fail(`${CHROMIUM} or ${CHROMEDRIVER} is missing: apt-get install chromium chromium-driver`);
  console.log('Installing Debian\'s chromium and chromium-driver (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'chromium-driver']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) fail(`apt-get ${args.join(' ')} failed`);
  }
  if (!existsSync(CHROMIUM) || !existsSync(CHROMEDRIVER)) fail(`still no ${CHROMIUM} or ${CHROMEDRIVER} after apt-get`);
}

/** The pages load the script-tag build; build it when it is not there. */
function ensureBuild() {
  if (existsSync(path.join(root, 'dist/cdn/wallet-help.js'))) return;
  console.log('dist/cdn/wallet-help.js is missing: npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('npm run build failed');
}

/**
 * A copy of the config for one run, with the profile's CPU throttling and --sample-size/--timeout
 * applied (tachometer refuses the last two beside --config), its paths made absolute.
 */
function configForRun(file, name, cpu) {
  const dir = path.dirname(file);
  const config = JSON.parse(readFileSync(file, 'utf8'));
  delete config.$schema;
  config.root = path.resolve(dir, config.root ?? '.');
  if (sampleSize !== undefined) config.sampleSize = sampleSize;
  if (timeout !== undefined) config.timeout = timeout;
  const absolute = (item) => {
    if (typeof item.url === 'string' && !/^https?:/.test(item.url)) item.url = path.resolve(dir, item.url);
    if (cpu !== 1 && item.browser) item.browser = { ...item.browser, cpuThrottlingRate: cpu };
    for (const expanded of item.expand ?? []) absolute(expanded);
  };
  config.benchmarks.forEach(absolute);
  const out = path.join(resultsDir, `${name}.cpu${cpu}.tachometer.json`);
  writeFileSync(out, JSON.stringify(config, null, 2));
  return out;
}

/** The lines of bench/NAME/targets.json for this profile, measured: a table, and its rows for the summary. */
function targetLines(name, results, cpu) {
  const file = path.join(benchDir, name, 'targets.json');
  const targets = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).filter((target) => (target.cpu ?? 1) === cpu) : [];
  const samplesOf = new Map(results.benchmarks.map((benchmark) => [benchmark.name, benchmark.samples]));
  const rows = [];
  for (const target of targets) {
    const a = samplesOf.get(target.name);
    const b = target.vs === undefined ? undefined : samplesOf.get(target.vs);
    if (!a || (target.vs !== undefined && !b)) {
      rows.push(`${profileName(cpu)} | ${target.name}${target.vs ? ` / ${target.vs}` : ''}: not measured in this run | | no |`);
      continue;
    }
    if (b) {
      const [low, high] = ratioCI(a, b);
      const ratio = median(a) / median(b);
      rows.push(
        `${profileName(cpu)} | ${target.name} / ${target.vs}: ${ratio.toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)}) | ≤ ${target.max}× | ${ratio <= target.max ? 'yes' : 'no'} |`,
      );
    } else {
      const value = median(a);
      const [low, high] = medianCI(a);
      rows.push(
        `${profileName(cpu)} | ${target.name}: ${value.toFixed(1)} ms (${low.toFixed(1)}–${high.toFixed(1)}) | ≤ ${target.maxMs} ms | ${value <= target.maxMs ? 'yes' : 'no'} |`,
      );
    }
  }
  if (rows.length === 0) return { text: '', rows };
  const text = ['', '| profile | measured: median or ratio of medians (95% CI) | target | met |', '| --- | ---: | ---: | --- |', ...rows.map((row) => `| ${row}`)].join('\n');
  return { text: `${text}\n`, rows };
}

function report(name, results, cpu) {
  const rows = results.benchmarks.map((benchmark) => ({
    name: benchmark.name,
    samples: benchmark.samples,
    median: median(benchmark.samples),
    ci: medianCI(benchmark.samples),
    mean: benchmark.mean,
  }));
  const ms = (value) => `${value.toFixed(2)} ms`;
  const lines = [
    `### ${name}, ${profileName(cpu)}`,
    '',
    '| benchmark | samples | median | 95% CI of median | 95% CI of mean (tachometer) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.samples.length} | ${ms(row.median)} | ${ms(row.ci[0])} – ${ms(row.ci[1])} | ${ms(row.mean.low)} – ${ms(row.mean.high)} |`,
    ),
  ];
  return lines.join('\n');
}

function describeMachine() {
  const cpu = /model name\s*:\s*(.*)/.exec(safeRead('/proc/cpuinfo'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const memKiB = Number(/MemTotal:\s*(\d+)/.exec(safeRead('/proc/meminfo'))?.[1] ?? 0);
  const chromium = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'unknown';
  return [
    `Machine: ${os.availableParallelism()} CPUs (nproc), ${cpu}, ${(memKiB / 1024 / 1024).toFixed(1)} GiB memory`,
    `Browser: ${chromium}, headless, driven by chromedriver through tachometer`,
    `Date: ${new Date().toISOString()}; load average at start ${os.loadavg().map((load) => load.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`,
    `Command: npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  ].join('\n');
}

function safeRead(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}
