#!/usr/bin/env node
// Runs the tachometer benchmarks in bench/ in Debian's headless Chromium and prints their medians.
//
//   npm run bench                          every bench/*.tachometer.json
//   npm run bench -- faq                   only bench/faq.tachometer.json
//   npm run bench -- faq --sample-size 20 --timeout 0   a quicker run (overrides the config)
//
// A new benchmark is a new bench/NAME.tachometer.json (plus its pages); TARGETS below may
// name the ratios to report for it. A benchmark may also have bench/NAME/node.mjs, run first
// (e.g. to bundle its pages and measure the same thing in Node; it gets --samples N from
// --sample-size), and bench/NAME/report.mjs, whose report(results) replaces the table below.
// Exits non-zero only when a build or tachometer fails, never because of the timings.
// Raw results go to bench/results/NAME.json (gitignored).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
const resultsDir = path.join(benchDir, 'results');
const CHROMIUM = '/usr/bin/chromium';
const CHROMEDRIVER = process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver';

/** Ratios worth a line under a benchmark's table: median(name) / median(vs) should stay <= max. */
const TARGETS = {
  faq: [
    { name: 'wallet-faq', vs: 'details', max: 2 },
    { name: 'wallet-faq', vs: 'shoelace', max: 1 },
  ],
  'first-search': [{ name: 'warm', vs: 'cold', max: 1 }],
  help: [{ name: 'ready', vs: 'plain', max: 2 }],
};

const { names, sampleSize, timeout } = parseArgs(process.argv.slice(2));
const configs = names.length > 0 ? names.map((name) => configPath(name)) : allConfigs();
if (configs.length === 0) fail('no bench/*.tachometer.json found');

ensureBrowser();
ensureBuild();
mkdirSync(resultsDir, { recursive: true });

const environment = describeMachine();
let failed = false;
for (const config of configs) {
  const name = path.basename(config, '.tachometer.json');
  const jsonFile = path.join(resultsDir, `${name}.json`);
  const nodeRun = path.join(benchDir, name, 'node.mjs');
  if (existsSync(nodeRun)) {
    console.log(`\n== ${name}: node ${path.relative(root, nodeRun)}\n`);
    const samples = sampleSize !== undefined ? ['--samples', String(sampleSize)] : [];
    const run = spawnSync(process.execPath, [nodeRun, ...samples], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) {
      console.error(`\n${name}: ${path.relative(root, nodeRun)} failed (exit ${run.status ?? run.signal})`);
      failed = true;
      continue;
    }
  }
  const runConfig = sampleSize !== undefined || timeout !== undefined ? overriddenConfig(config, name) : config;
  console.log(`\n== ${name}: tachometer --config ${path.relative(root, runConfig)}\n`);
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
  const table = existsSync(custom) ? (await import(pathToFileURL(custom).href)).report(results) : report(name, results);
  console.log(`\n${table}\n${environment}\n`);
}
process.exit(failed ? 1 : 0);

function parseArgs(args) {
  const parsed = { names: [], sampleSize: undefined, timeout: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.split('=', 2);
    const value = () => inline ?? args[++i];
    if (flag === '--sample-size' || flag === '-n') parsed.sampleSize = Number(value());
    else if (flag === '--timeout') parsed.timeout = Number(value());
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run bench -- [NAME...] [--sample-size N] [--timeout MINUTES]');
      process.exit(0);
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
    else parsed.names.push(arg);
  }
  if (parsed.sampleSize !== undefined && !(parsed.sampleSize >= 2)) fail('--sample-size needs a number >= 2');
  if (parsed.timeout !== undefined && !(parsed.timeout >= 0)) fail('--timeout needs a number of minutes >= 0');
  return parsed;
}

function configPath(name) {
  const file = path.join(benchDir, `${name}.tachometer.json`);
  if (!existsSync(file)) fail(`no benchmark "${name}" (expected ${path.relative(root, file)})`);
  return file;
}

function allConfigs() {
  return readdirSync(benchDir)
    .filter((file) => file.endsWith('.tachometer.json'))
    .sort()
    .map((file) => path.join(benchDir, file));
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

/** A copy of the config with --sample-size/--timeout applied (tachometer refuses both with --config). */
function overriddenConfig(file, name) {
  const dir = path.dirname(file);
  const config = JSON.parse(readFileSync(file, 'utf8'));
  delete config.$schema;
  config.root = path.resolve(dir, config.root ?? '.');
  if (sampleSize !== undefined) config.sampleSize = sampleSize;
  if (timeout !== undefined) config.timeout = timeout;
  const absolute = (item) => {
    if (typeof item.url === 'string' && !/^https?:/.test(item.url)) item.url = path.resolve(dir, item.url);
    for (const expanded of item.expand ?? []) absolute(expanded);
  };
  config.benchmarks.forEach(absolute);
  const out = path.join(resultsDir, `${name}.run.tachometer.json`);
  writeFileSync(out, JSON.stringify(config, null, 2));
  return out;
}

function report(name, results) {
  const rows = results.benchmarks.map((benchmark) => ({
    name: benchmark.name,
    samples: benchmark.samples,
    median: median(benchmark.samples),
    ci: medianCI(benchmark.samples),
    mean: benchmark.mean,
  }));
  const byName = new Map(rows.map((row) => [row.name, row]));
  const ms = (value) => `${value.toFixed(2)} ms`;
  const lines = [
    `### ${name}`,
    '',
    '| benchmark | samples | median | 95% CI of median | 95% CI of mean (tachometer) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.samples.length} | ${ms(row.median)} | ${ms(row.ci[0])} – ${ms(row.ci[1])} | ${ms(row.mean.low)} – ${ms(row.mean.high)} |`,
    ),
  ];
  const targets = (TARGETS[name] ?? []).filter(({ name: a, vs }) => byName.has(a) && byName.has(vs));
  if (targets.length > 0) {
    lines.push('', '| ratio of medians | measured (95% CI) | target | met |', '| --- | ---: | ---: | --- |');
    for (const { name: a, vs, max } of targets) {
      const [low, high] = ratioCI(byName.get(a).samples, byName.get(vs).samples);
      const ratio = byName.get(a).median / byName.get(vs).median;
      const met = ratio <= max ? 'yes' : 'no';
      lines.push(`| ${a} / ${vs} | ${ratio.toFixed(2)}× (${low.toFixed(2)}–${high.toFixed(2)}) | ≤ ${max}× | ${met} |`);
    }
  }
  return lines.join('\n');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Distribution-free 95% interval for the median: the samples of rank n/2 − 0.98√n and 1 + n/2 + 0.98√n. */
function medianCI(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const half = (1.96 * Math.sqrt(n)) / 2;
  const lowRank = Math.max(1, Math.floor(n / 2 - half));
  const highRank = Math.min(n, Math.ceil(n / 2 + 1 + half));
  return [sorted[lowRank - 1], sorted[highRank - 1]];
}

/** Percentile-bootstrap 95% interval for median(a) / median(b), with a fixed seed. */
function ratioCI(a, b, rounds = 2000) {
  let seed = 0x9e3779b9;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const resample = (values) => values.map(() => values[Math.floor(random() * values.length)]);
  const ratios = [];
  for (let i = 0; i < rounds; i++) ratios.push(median(resample(a)) / median(resample(b)));
  ratios.sort((x, y) => x - y);
  return [ratios[Math.floor(rounds * 0.025)], ratios[Math.ceil(rounds * 0.975) - 1]];
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
