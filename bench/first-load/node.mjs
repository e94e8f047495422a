// Run by `npm run bench -- first-load` before tachometer: (1) builds, once, the module build as it was
// before issue 10 into bench/first-load/before/ (gitignored), for comparison; (2) loads page.html in
// Chromium for each kind of page and build, and prints what it downloads (gzip sizes of our files)
// before the FAQ's first render and by the time the page is idle.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serve } from '../common/serve.mjs';
import { sizeOf } from '../../scripts/sizes.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
/** The last commit before issue 10: the panel's views, search and English fetched on first use. */
const BEFORE = '3b6162b';

function buildBefore() {
  const out = path.join(here, 'before');
  if (existsSync(path.join(out, 'wallet-help.js'))) return;
  console.log(`first-load: building the module build of ${BEFORE} into bench/first-load/before/`);
  const tree = mkdtempSync(path.join(os.tmpdir(), 'wallet-help-before-'));
  const git = (...args) => spawnSync('git', args, { cwd: root, stdio: 'inherit' });
  git('worktree', 'add', '--detach', tree, BEFORE);
  try {
    symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'));
    const built = spawnSync('npx', ['rollup', '-c', '--silent'], { cwd: tree, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('building the earlier commit failed');
    cpSync(path.join(tree, 'dist/cdn'), out, { recursive: true, filter: (file) => !file.endsWith('.iife.js') });
  } finally {
    git('worktree', 'remove', '--force', tree);
  }
}


buildBefore();
const site = await serve();
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const KINDS = { faq: '`<wallet-faq>` only', launcher: '`<wallet-faq>` + `<wallet-help>` launcher', search: '`<wallet-faq searchable>`' };
const BUILDS = { module: 'module build', classic: 'classic build', before: `module build before issue 10 (${BEFORE})` };
const kb = (bytes) => (bytes / 1024).toFixed(1);
const name = (file) => file.replace(/^.*\//, '');
const lines = [
  '| page | build | before the first render: files, KB gzip | by idle: files, KB gzip |',
  '| --- | --- | --- | --- |',
];
try {
  for (const [kind, page] of Object.entries(KINDS)) {
    for (const [build, label] of Object.entries(BUILDS)) {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.goto(`${site.origin}/bench/first-load/page.html?build=${build}&kind=${kind}`);
      await tab.waitForFunction(() => window.report, { timeout: 30_000 });
      const report = await tab.evaluate(() => window.report);
      await context.close();
      const describe = (files) => {
        const total = files.reduce((sum, file) => sum + sizeOf(path.join(root, file.path)).gzip, 0);
        return `${files.map((file) => name(file.path)).join(' + ')}: **${kb(total)}**`;
      };
      const first = report.files.filter((file) => file.end <= report.firstRender);
      lines.push(`| ${page} | ${label} | ${describe(first)} | ${describe(report.files)} |`);
    }
  }
} finally {
  await browser.close();
  site.server.close();
}
console.log(`\n### What a page downloads (Chromium, localhost, gzip -9 sizes of the files)\n\n${lines.join('\n')}\n`);
