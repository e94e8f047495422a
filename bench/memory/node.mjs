// Memory: what 1,000 open/close cycles of the panel and 1,000 re-renders of the FAQ leave behind,
// after forced garbage collection, in Debian's headless Chromium driven over CDP (puppeteer-core).
//
//   node bench/memory/node.mjs [--samples N] [--cpu N] [--cycles N] [--diff] [--only panel|faq]
//                             [--missing wallet-help.search.js]
//
// --samples N: fresh pages per scenario and profile (default 1; the table shows the worst sample);
// --cpu N: only that CPU throttling rate (default: both 1 and 4, the issue's two profiles);
// --cycles N: cycles per scenario (default 1000); --diff: also a heap snapshot before and after, and
// the object counts that grew most (by constructor), detached DOM nodes included; --missing FILE:
// the server answers 404 for dist/cdn/FILE (a sibling that can't be loaded: a CDN without it, or
// offline before idle).
//
// Each page (bench/memory/page.html, the script-tag module build from dist/cdn) warms up first: the
// first cycles of every kind done (panel opened and closed, FAQ rendered, searched, content merged),
// search and English loaded, the page idle. Then: GC, the baseline; the cycles; idle, GC, the
// measure. Targets (issue 14): JS heap growth < 1 MB, DOM nodes back to the baseline, no listener
// left on `window` or on `document` (counted apart, with DOMDebugger.getEventListeners).
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { serve } from '../common/serve.mjs';

const HEAP_LIMIT = 1_000_000;
const WARM_UP = Number(process.env.WARM_UP ?? 60);

const options = parseArgs(process.argv.slice(2));
const SCENARIOS = {
  panel: '`<wallet-help>`: open (launcher / `WalletHelp.open({ errorCode })`), topic and Back every 3rd, search typed every 4th, close (Escape / close button)',
  faq: '`<wallet-faq searchable structured-data>`: topics / lang / query / `configure({ content })` + query / removed and a new one added, by turns',
};

function parseArgs(args) {
  const parsed = { samples: 1, cpus: [1, 4], cycles: 1000, diff: false };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split('=', 2);
    const value = () => Number(inline ?? args[++i]);
    if (flag === '--samples') parsed.samples = value();
    else if (flag === '--cpu') parsed.cpus = [value()];
    else if (flag === '--cycles') parsed.cycles = value();
    else if (flag === '--diff') parsed.diff = true;
    else if (flag === '--only') parsed.only = inline ?? args[++i];
    else if (flag === '--missing') parsed.missing = inline ?? args[++i];
    else {
      console.error(`memory: unknown option ${args[i]}\nusage: node bench/memory/node.mjs [--samples N] [--cpu N] [--cycles N] [--diff] [--only panel|faq] [--missing FILE]`);
      process.exit(2);
    }
  }
  for (const [name, number] of [['samples', parsed.samples], ['cycles', parsed.cycles], ...parsed.cpus.map((cpu) => ['cpu', cpu])]) {
    if (!(number >= 1)) {
      console.error(`memory: --${name} needs a number >= 1`);
      process.exit(2);
    }
  }
  return parsed;
}


/** Garbage collection, several times over: one pass can leave what a finalizer or weak callback freed only for the next. */
async function collect(cdp) {
  for (let i = 0; i < 5; i++) await cdp.send('HeapProfiler.collectGarbage');
}

/** The listeners on `window` and on `document`, by type. */
async function listenersOn(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'memory-bench' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  return listeners.map((listener) => listener.type).sort();
}

async function measure(cdp) {
  await collect(cdp);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((each) => each.name === name)?.value;
  const window = await listenersOn(cdp, 'window');
  const document = await listenersOn(cdp, 'document');
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'memory-bench' });
  return { heap: metric('JSHeapUsedSize'), nodes: metric('Nodes'), all: metric('JSEventListeners'), window, document };
}

/** A heap snapshot's objects counted by type and constructor name, and its detached DOM nodes. */
async function snapshot(cdp) {
  await collect(cdp);
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot: { meta }, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = meta.node_fields;
  const types = meta.node_types[0];
  const [TYPE, NAME, SIZE, DETACHED] = ['type', 'name', 'self_size', 'detachedness'].map((field) => fields.indexOf(field));
  const counts = new Map();
  for (let at = 0; at < nodes.length; at += fields.length) {
    const type = types[nodes[at + TYPE]];
    if (type === 'synthetic') continue;
    // Strings, numbers, compiled code and V8's hidden objects by kind only: their names are their contents.
    const name = /string|number|code|hidden/.test(type) ? '(all)' : strings[nodes[at + NAME]].slice(0, 60);
    const key = `${DETACHED >= 0 && nodes[at + DETACHED] === 2 ? 'DETACHED ' : ''}${type} ${name}`;
    const entry = counts.get(key) ?? { count: 0, size: 0 };
    entry.count += 1;
    entry.size += nodes[at + SIZE];
    counts.set(key, entry);
  }
  return counts;
}

function printDiff(label, before, after) {
  const rows = [];
  for (const [key, entry] of after) {
    const was = before.get(key) ?? { count: 0, size: 0 };
    if (entry.count !== was.count) rows.push({ key, count: entry.count - was.count, size: entry.size - was.size });
  }
  for (const [key, was] of before) if (!after.has(key)) rows.push({ key, count: -was.count, size: -was.size });
  rows.sort((a, b) => b.size - a.size || b.count - a.count);
  console.log(`\n${label}: heap snapshot diff, largest growth first (count, self size)`);
  for (const row of rows.slice(0, 25)) console.log(`  ${String(row.count).padStart(6)} ${String(row.size).padStart(9)}  ${row.key}`);
  const detached = rows.filter((row) => row.key.startsWith('DETACHED') && row.count > 0);
  console.log(`  detached DOM objects added: ${detached.reduce((sum, row) => sum + row.count, 0)}`);
}

const idle = () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 200), { timeout: 2000 }));

async function run(browser, origin, scenario, cpu) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    await page.goto(`${origin}/bench/memory/page.html?scenario=${scenario}`);
    await page.waitForFunction(() => window.pageReady, { timeout: 120_000 }).catch((error) => {
      throw new Error(`${scenario}: the page did not get ready (${errors.join('; ') || error.message})`);
    });
    const cycle = async (i) => {
      const how = await page.evaluate((at) => window.cycle(at), i);
      for (let presses = 0; how === 'escape'; presses++) {
        if (presses === 3) throw new Error(`${scenario}: Escape pressed 3 times did not close the panel (cycle ${i})`);
        await page.keyboard.press('Escape');
        if (await page.evaluate(() => window.panelClosed())) break;
      }
    };
    for (let i = 0; i < WARM_UP; i++) await cycle(i);
    await page.evaluate(idle);
    const before = await measure(cdp);
    const heapBefore = options.diff ? await snapshot(cdp) : undefined;
    const started = Date.now();
    for (let i = WARM_UP; i < WARM_UP + options.cycles; i++) await cycle(i);
    const seconds = (Date.now() - started) / 1000;
    await page.evaluate(idle);
    const after = await measure(cdp);
    if (options.diff) printDiff(`${scenario}, cpu ${cpu}`, heapBefore, await snapshot(cdp));
    if (errors.length) console.log(`${scenario}, cpu ${cpu}: the page said:\n  ${[...new Set(errors)].join('\n  ')}`);
    return { before, after, seconds };
  } finally {
    await context.close();
  }
}

const mb = (bytes) => (bytes / 1_048_576).toFixed(2);
const signed = (bytes) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1024).toFixed(0)} KB`;
const listed = (types) => (types.length ? `${types.length} (${[...new Set(types)].map((type) => `${type}×${types.filter((each) => each === type).length}`).join(', ')})` : '0');

const load = os.loadavg()[0].toFixed(2);
const site = await serve({ missing: options.missing });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const version = await browser.version();
let allMet = true;
try {
  for (const cpu of options.cpus) {
    const lines = [
      '| scenario | cycles | JS heap before → after (MB) | growth (< 1 MB) | DOM nodes before → after | listeners on window before → after | on document before → after | all JS listeners before → after | met |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ];
    for (const scenario of Object.keys(SCENARIOS).filter((name) => !options.only || name === options.only)) {
      const samples = [];
      for (let sample = 0; sample < options.samples; sample++) samples.push(await run(browser, site.origin, scenario, cpu));
      // The worst sample: the largest heap growth (the others are checked for the met column too).
      const worst = samples.reduce((a, b) => (b.after.heap - b.before.heap > a.after.heap - a.before.heap ? b : a));
      const ok = (sample) => ({
        heap: sample.after.heap - sample.before.heap < HEAP_LIMIT,
        nodes: sample.after.nodes <= sample.before.nodes,
        window: sample.after.window.length <= sample.before.window.length,
        document: sample.after.document.length <= sample.before.document.length,
      });
      const checks = samples.map(ok);
      const failed = ['heap', 'nodes', 'window', 'document'].filter((check) => checks.some((each) => !each[check]));
      if (failed.length) allMet = false;
      const { before, after } = worst;
      lines.push(
        `| ${scenario} | ${options.cycles} | ${mb(before.heap)} → ${mb(after.heap)} | ${signed(after.heap - before.heap)} | ${before.nodes} → ${after.nodes} | ` +
          `${listed(before.window)} → ${listed(after.window)} | ${listed(before.document)} → ${listed(after.document)} | ${before.all} → ${after.all} | ` +
          `${failed.length ? `**no** (${failed.join(', ')})` : 'yes'} |`,
      );
      console.log(`memory: ${scenario}, cpu ${cpu}: ${samples.map((each) => `${each.seconds.toFixed(0)} s`).join(', ')} for the cycles`);
    }
    console.log(`\n### Memory, CPU ${cpu === 1 ? 'unthrottled' : `throttled ${cpu}x`} (${options.samples > 1 ? `worst of ${options.samples} pages` : 'one page'} per scenario)\n`);
    for (const [scenario, what] of Object.entries(SCENARIOS)) console.log(`- ${scenario}: ${what}`);
    console.log(`\n${lines.join('\n')}\n`);
  }
} finally {
  await browser.close();
  site.server.close();
}
console.log(`${version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}; load average ${load} at start, ${os.loadavg()[0].toFixed(2)} at end.`);
console.log(`Targets: heap growth < 1 MB, DOM nodes back to the baseline, no more listeners on window nor on document: ${allMet ? 'all met' : 'NOT all met'}.`);
