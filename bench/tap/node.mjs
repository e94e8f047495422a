// `npm run bench -- tap`: a tap on the launcher, and a keystroke in either search box, to the next
// painted frame, with real input dispatched through Chromium (CDP), in each CPU profile the runner
// asks for (--cpu 1: this machine; --cpu 4: main thread slowed 4×, a low-end phone). Node-only:
// tachometer's pages can't dispatch trusted input, so this loads bench/tap/page.html in Debian's
// headless Chromium through puppeteer-core, one fresh browser context (a fresh page, empty storage)
// per sample, the cases interleaved as tachometer does, and prints a table with the targets of
// bench/tap/targets.json for this profile (absolute medians) and whether each is met.
//
//   node bench/tap/node.mjs [--cpu 1|4] [--samples N] [--cases tap,panel-key]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serve } from '../common/serve.mjs';
import { median, medianCI, ratioCI } from '../common/stats.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CASES = ['tap', 'tap-plain', 'panel-key', 'panel-ime', 'faq-key', 'faq-ime'];
const LABELS = {
  tap: 'tap on the launcher → panel painted (`<wallet-help>`, account_locked)',
  'tap-plain': 'floor: tap on a plain button → bare `<dialog>`, same text, painted',
  'panel-key': 'panel search "ap" + key P → list painted',
  'panel-ime': 'panel search "密码" + IME commits 错误 → list painted',
  'faq-key': '`<wallet-faq searchable>` "ap" + key P → list painted',
  'faq-ime': '`<wallet-faq searchable>` "密码" + IME commits 错误 → list painted',
};

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const cpu = Number(option('--cpu', '1'));
const samples = Number(option('--samples', '20'));
const cases = option('--cases', CASES.join(',')).split(',');
for (const each of cases) if (!CASES.includes(each)) throw new Error(`unknown case ${each}; cases: ${CASES.join(', ')}`);


/** One sample: a fresh context, the page readied, the input dispatched, the page's figure read. */
async function sample(browser, origin, kase) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 412, height: 823 }); // a common Android phone, in CSS pixels
    const cdp = await page.createCDPSession();
    if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/bench/tap/page.html?case=${kase}`);
    await page.waitForFunction(() => window.target || window.result, { timeout: 60_000, polling: 100 });
    const target = await page.evaluate(() => window.target);
    if (!target) throw new Error(`${kase}: ${JSON.stringify(await page.evaluate(() => window.result))} ${errors.join('; ')}`);
    if (target.kind === 'tap') {
      const box = await page.evaluate(({ host, selector }) => {
        const scope = host ? document.querySelector(host).shadowRoot : document;
        const rect = scope.querySelector(selector).getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }, target);
      await page.evaluate(() => (window.armed = true));
      // A press and a release where a finger would land, through the browser's input pipeline
      // (hit test, pointer events, click), as Input.dispatchMouseEvent sends them.
      await page.mouse.click(box.x, box.y);
    } else if (target.kind === 'key') {
      await page.evaluate(() => (window.armed = true));
      await page.keyboard.press('p');
    } else {
      // An input method: the pinyin composes in the box (input events marked isComposing, which the
      // search skips), then the chosen characters are committed.
      await cdp.send('Input.imeSetComposition', { text: 'cuowu', selectionStart: 5, selectionEnd: 5 });
      await page.evaluate(() => (window.armed = true));
      await cdp.send('Input.insertText', { text: '错误' });
    }
    await page.waitForFunction(() => window.result, { timeout: 60_000, polling: 50 });
    const result = await page.evaluate(() => window.result);
    if (result.error || !(result.ms >= 0)) throw new Error(`${kase}: ${result.error ?? 'no figure'} ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

const load = os.loadavg().map((value) => value.toFixed(1)).join(' / ');
const site = await serve();
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const results = Object.fromEntries(cases.map((each) => [each, []]));
try {
  for (let i = 0; i < samples; i++) for (const kase of cases) results[kase].push(await sample(browser, site.origin, kase));
} finally {
  await browser.close();
  site.server.close();
}

const targets = JSON.parse(readFileSync(path.join(here, 'targets.json'), 'utf8')).filter((target) => (target.cpu ?? 1) === cpu);
const profile = cpu === 1 ? 'cpu 1 (unthrottled)' : `cpu ${cpu} (throttled ${cpu}×, low-end phone)`;
const lines = [
  `### tap, ${profile}`,
  '',
  '| case | samples | median | 95% CI of median | target | met |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
];
for (const kase of cases) {
  const ms = results[kase].map((result) => result.ms);
  const [low, high] = medianCI(ms);
  const target = targets.find((each) => each.name === kase);
  const value = median(ms);
  lines.push(
    `| ${kase}: ${LABELS[kase]} | ${ms.length} | ${value.toFixed(1)} ms | ${low.toFixed(1)} – ${high.toFixed(1)} ms | ${target ? `≤ ${target.maxMs} ms` : ''} | ${target ? (value <= target.maxMs ? 'yes' : 'no') : ''} |`,
  );
}
if (results.tap?.length && results['tap-plain']?.length) {
  const [tap, plain] = [results.tap, results['tap-plain']].map((each) => each.map((result) => result.ms));
  const [low, high] = ratioCI(tap, plain);
  lines.push('', `tap / tap-plain: ${(median(tap) / median(plain)).toFixed(2)}× (ratio of medians; 95% CI ${low.toFixed(2)}–${high.toFixed(2)})`);
}
lines.push('', `Load average at start ${load} (1 / 5 / 15 min); viewport 412 × 823; input: CDP Input.dispatchMouseEvent (press, release), dispatchKeyEvent, imeSetComposition + insertText.`);
console.log(lines.join('\n'));
// The raw samples, as scripts/bench.mjs keeps tachometer's (gitignored).
const resultsDir = path.join(here, '..', 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, `tap.cpu${cpu}.json`), JSON.stringify({ cpu, load, date: new Date().toISOString(), results }, null, 1));
