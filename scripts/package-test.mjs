#!/usr/bin/env node
// The package as a user gets it: `npm pack`, then in a fresh temporary project
//   (a) `npm install` the tarball, bundle `import 'wallet-help/faq'` with rollup, render it in Chromium;
//   (b) serve dist/cdn/wallet-help.js from the installed package on a plain page: all three elements render.
// Prints the tarball's size and one line per check; writes the counts to .package-results.json for `npm test`.
//
//   node scripts/package-test.mjs          (run by `npm test`, after the build)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import puppeteer from 'puppeteer-core';
import { createChecks } from './checks.mjs';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(root, '.package-results.json');
const ALLOWED = [/^dist\//, /^custom-elements\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^package\.json$/];
const SNIPPETS = path.join(root, 'test/package/snippets');
const REQUIRED = ['dist/index.js', 'dist/faq.js', 'dist/cdn/wallet-help.js', 'custom-elements.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];

const { check, finish } = createChecks(RESULTS);

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr || result.stdout}`);
  return result.stdout;
}

/** Serves `dir` on a free port; resolves to its origin. */
function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const file = path.join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (!file.startsWith(dir)) return response.writeHead(403).end();
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

const work = mkdtempSync(path.join(os.tmpdir(), 'wallet-help-package-'));
const project = path.join(work, 'project');
let browser;
let site;
console.log('package: npm pack, install into a fresh project, use it');
try {
  let tarball;
  await check('npm pack holds only dist/, custom-elements.json, README.md, LICENSE and CHANGELOG.md', () => {
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
    tarball = path.join(work, packed.filename);
    const files = packed.files.map((file) => file.path);
    const stray = files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
    if (stray.length) throw new Error(`unexpected files: ${stray.join(', ')}`);
    const missing = REQUIRED.filter((file) => !files.includes(file));
    if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
    console.log(`    ${packed.filename}: ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked, ${files.length} files`);
  });

  await check('installs into a fresh project', () => {
    run('mkdir', ['-p', project]);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'vendor-app', private: true, type: 'module' }));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project);
  });

  await check("bundles import 'wallet-help/faq' with rollup", async () => {
    writeFileSync(path.join(project, 'main.js'), "import 'wallet-help/faq';\ndocument.body.append(document.createElement('wallet-faq'));\n");
    const bundle = await rollup({ input: path.join(project, 'main.js'), plugins: [nodeResolve({ browser: true, rootDir: project })] });
    await bundle.write({ dir: path.join(project, 'out'), format: 'es' });
    await bundle.close();
    writeFileSync(
      path.join(project, 'bundled.html'),
      '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body><script type="module" src="/out/main.js"></script></body></html>',
    );
    writeFileSync(
      path.join(project, 'script-tag.html'),
      [
        '<!doctype html><html lang="zh-CN"><meta charset="utf-8">',
        '<script type="module" src="/node_modules/wallet-help/dist/cdn/wallet-help.js"></script>',
        '<body><wallet-faq></wallet-faq><wallet-checklist topic="transaction-failed"></wallet-checklist><wallet-help></wallet-help></body></html>',
      ].join('\n'),
    );
  });

  await check('the README shows the React 19 and Vue 3 snippets exactly as they are tested', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const file of ['react-app.jsx', 'vue-app.js']) {
      if (!readme.includes(readFileSync(path.join(SNIPPETS, file), 'utf8').trim())) throw new Error(`README lacks test/package/snippets/${file}`);
    }
  });

  await check('builds the React 19 and Vue 3 snippets against the installed package', async () => {
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', 'react@19', 'react-dom@19', 'vue@3'], project);
    for (const [name, file] of [['react', 'react-app.jsx'], ['vue', 'vue-app.js']]) {
      writeFileSync(path.join(project, file), readFileSync(path.join(SNIPPETS, file)));
      await build({
        absWorkingDir: project,
        entryPoints: [path.join(project, file)],
        bundle: true,
        format: 'esm',
        outfile: path.join(project, 'out', `${name}.js`),
        jsx: 'automatic',
        logLevel: 'error',
        // Vue compiles the template in the browser: the build with the compiler, as Vue's docs say for in-DOM templates.
        alias: name === 'vue' ? { vue: 'vue/dist/vue.esm-bundler.js' } : {},
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
      });
      writeFileSync(
        path.join(project, `${name}.html`),
        `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body><div id="root"></div><script type="module" src="/out/${name}.js"></script></body></html>`,
      );
    }
  });

  site = await serve(project);
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });

  const rendered = async (page, expression) => {
    await page.waitForFunction(expression, { timeout: 15000 });
  };

  await check('the bundled <wallet-faq> renders the six questions in Chromium', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}/bundled.html`);
    await rendered(page, () => document.querySelector('wallet-faq')?.shadowRoot?.querySelectorAll('button[aria-expanded]').length === 6);
    if (errors.length) throw new Error(errors.join('\n'));
    await page.close();
  });

  await check("the tarball's dist/cdn/wallet-help.js renders all three elements on a plain page", async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}/script-tag.html`);
    await rendered(
      page,
      () =>
        document.querySelector('wallet-faq')?.shadowRoot?.querySelectorAll('button[aria-expanded]').length === 6 &&
        document.querySelector('wallet-checklist')?.shadowRoot?.querySelectorAll('input[type="checkbox"]').length === 6 &&
        document.querySelector('wallet-help')?.shadowRoot?.querySelector('[part~="launcher"]'),
    );
    await page.evaluate(() => window.WalletHelp.open({ errorCode: 'account_locked' }));
    await rendered(page, () => document.querySelector('wallet-help')?.shadowRoot?.querySelector('dialog')?.open);
    if (errors.length) throw new Error(errors.join('\n'));
    await page.close();
  });
  for (const name of ['react', 'vue']) {
    await check(`the ${name === 'react' ? 'React 19' : 'Vue 3'} snippet renders, passes support as a property and hears wallet-help-open`, async () => {
      const page = await browser.newPage();
      const errors = [];
      const logs = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => logs.push(message.text()));
      await page.goto(`${site.origin}/${name}.html`);
      await rendered(
        page,
        () =>
          document.querySelector('wallet-faq')?.shadowRoot?.querySelectorAll('button[aria-expanded]').length === 2 &&
          document.querySelector('wallet-help')?.shadowRoot?.querySelector('[part~="launcher"]'),
      );
      const support = await page.evaluate(() => document.querySelector('wallet-help').support);
      if (support?.phone !== '95188') throw new Error(`support is ${JSON.stringify(support)}, not the object`);
      await page.evaluate(() => document.querySelector('wallet-help').shadowRoot.querySelector('[part~="launcher"]').click());
      await rendered(page, () => document.querySelector('wallet-help')?.shadowRoot?.querySelector('dialog')?.open);
      await page.waitForFunction(() => true);
      for (let i = 0; i < 50 && !logs.includes('help opened on transaction-failed'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      if (!logs.includes('help opened on transaction-failed')) throw new Error(`no wallet-help-open heard; console: ${logs.join(' | ')}`);
      if (errors.length) throw new Error(errors.join('\n'));
      await page.close();
    });
  }
} finally {
  await browser?.close();
  site?.server.close();
  rmSync(work, { recursive: true, force: true });
}

finish('package');
