#!/usr/bin/env node
// The package as a user gets it: `npm pack`, then in a fresh temporary project
//   (a) `npm install` the tarball; each of its five entries, imported alone in a tiny app, is bundled
//       with esbuild, Vite, webpack and rollup (each honouring package.json `sideEffects` by default)
//       and rendered in Chromium, checking what the README says the entry does;
//   (b) the README's React 19 and Vue 3 snippets, built with Vite, render and talk to the elements;
//   (c) serve dist/cdn/wallet-help.js from the installed package on a plain page: all three elements render.
// Prints the tarball's size and one line per check; writes the counts to .package-results.json for `npm test`.
//
//   node scripts/package-test.mjs          (run by `npm test`, after the build)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { parseAst } from 'rollup/parseAst';
import { build as esbuild } from 'esbuild';
import { createLogger, build as vite } from 'vite';
import webpack from 'webpack';
import puppeteer from 'puppeteer-core';
import ts from 'typescript';
import { CHROMIUM } from './browsers.mjs';
import { createChecks } from './checks.mjs';

const started = Date.now();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(root, '.package-results.json');
const ALLOWED = [/^bin\/wallet-help\.mjs$/, /^dist\//, /^custom-elements\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^package\.json$/];
const SNIPPETS = path.join(root, 'test/package/snippets');
const REQUIRED = ['dist/index.js', 'dist/faq.js', 'dist/cdn/wallet-help.js', 'custom-elements.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
const TAGS = ['wallet-faq', 'wallet-checklist', 'wallet-help'];
const ENTRIES = ['index', 'faq', 'checklist', 'help', 'search'];

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

/** A page that loads `script`; `<pre id="out">` is where the apps print what they saw. */
const page_ = (script, body = '<pre id="out"></pre>') =>
  `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><link rel="icon" href="data:,"><title>app</title><body>${body}${script}</body></html>\n`;

// What the apps share: which of our tags are registered right after the imports, and a way to print.
const PRELUDE = [
  `const registered = ${JSON.stringify(TAGS)}.filter((tag) => customElements.get(tag));`,
  "const print = (report) => { document.getElementById('out').textContent = JSON.stringify({ registered, ...report }); };",
].join('\n');

/**
 * One tiny app per entry, importing that entry alone (search also takes a pack from the root entry,
 * where the package exposes `loadPack`), and the check of what the README says the entry does.
 */
const APPS = [
  {
    entry: 'wallet-help',
    says: 'registers nothing; validatePack and topicForErrorCode work; the page can register WalletFaq itself',
    main: [
      "import { WalletFaq, validatePack, topicForErrorCode, loadPack } from 'wallet-help';",
      PRELUDE,
      "loadPack('zh-CN').then((pack) => {",
      "  const report = { valid: validatePack(pack).ok, emptyValid: validatePack({}).ok, topic: topicForErrorCode(pack, ' PAYMENT_FAILED ') };",
      "  customElements.define('wallet-faq', WalletFaq);",
      "  document.body.append(document.createElement('wallet-faq'));",
      '  print(report);',
      '});',
    ],
    async expect(page, report) {
      if (report.registered.length) throw new Error(`importing wallet-help registered ${report.registered.join(', ')}`);
      if (report.valid !== true || report.emptyValid !== false) throw new Error(`validatePack: ${JSON.stringify(report)}`);
      if (report.topic !== 'transaction-failed') throw new Error(`topicForErrorCode gave ${report.topic}`);
      await until(page, 'the six questions', () => document.querySelector('wallet-faq')?.shadowRoot?.querySelectorAll('button[aria-expanded]').length === 6);
    },
  },
  {
    entry: 'wallet-help/faq',
    says: '<wallet-faq> shows the six questions (and the English ones with lang="en")',
    main: [
      "import 'wallet-help/faq';",
      PRELUDE,
      "const english = Object.assign(document.createElement('wallet-faq'), { lang: 'en' });",
      "document.body.append(document.createElement('wallet-faq'), english);",
      'print({});',
    ],
    async expect(page, report) {
      expectRegistered(report, ['wallet-faq']);
      await until(page, 'the six questions', () => document.querySelector('wallet-faq:not([lang])')?.shadowRoot?.querySelectorAll('button[aria-expanded]').length === 6);
      await until(page, 'the six questions in English', () => {
        const buttons = document.querySelector('wallet-faq[lang="en"]')?.shadowRoot?.querySelectorAll('button[aria-expanded]') ?? [];
        return buttons.length === 6 && /sign in/.test(buttons[0].textContent);
      });
    },
  },
  {
    entry: 'wallet-help/checklist',
    says: '<wallet-checklist topic="transaction-failed"> shows its steps as checkboxes; a click ticks one',
    main: [
      "import 'wallet-help/checklist';",
      PRELUDE,
      "const checklist = document.createElement('wallet-checklist');",
      "checklist.setAttribute('topic', 'transaction-failed');",
      'document.body.append(checklist);',
      'print({});',
    ],
    async expect(page, report) {
      expectRegistered(report, ['wallet-checklist']);
      await until(page, 'six steps as checkboxes', () => document.querySelector('wallet-checklist')?.shadowRoot?.querySelectorAll('input[type="checkbox"]').length === 6);
      await tickFirstStep(page, await page.evaluateHandle(() => document.querySelector('wallet-checklist').shadowRoot));
    },
  },
  {
    entry: 'wallet-help/help',
    says: "registers <wallet-help> and <wallet-checklist>; show('transaction-failed') opens the panel, whose steps tick; offline after idle, English and search still work",
    main: [
      "import 'wallet-help/help';",
      PRELUDE,
      "document.body.append(document.createElement('wallet-help'));",
      'print({});',
    ],
    async expect(page, report) {
      await until(page, 'the launcher', () => document.querySelector('wallet-help')?.shadowRoot?.querySelector('[part~="launcher"]'));
      await page.evaluate(() => document.querySelector('wallet-help').show('transaction-failed'));
      await until(page, "the panel's steps as checkboxes", () => {
        const shadow = document.querySelector('wallet-help').shadowRoot.querySelector('dialog[open] wallet-checklist')?.shadowRoot;
        return shadow?.querySelectorAll('input[type="checkbox"]').length > 0;
      });
      await tickFirstStep(page, await page.evaluateHandle(() => document.querySelector('wallet-help').shadowRoot.querySelector('dialog[open] wallet-checklist').shadowRoot));
      expectRegistered(report, ['wallet-checklist', 'wallet-help']);
      // Then the network drops: the bundler's chunks (English, search) were fetched at idle, unasked.
      await page.evaluate(() => document.querySelector('wallet-help').hide());
      await page.waitForNetworkIdle({ idleTime: 500, timeout: 15000 });
      await page.setOfflineMode(true);
      await page.evaluate(() => {
        const help = document.querySelector('wallet-help');
        help.setAttribute('lang', 'en');
        help.show();
      });
      await until(page, 'the panel in English, searching Traditional characters offline', async () => {
        const root = document.querySelector('wallet-help').shadowRoot;
        const field = root.querySelector('dialog[open] #search');
        if (!field || root.querySelector('#title').textContent.trim() !== 'Help center') return false;
        if (field.value !== '帳戶被鎖了') {
          field.value = '帳戶被鎖了';
          field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
        }
        return root.querySelector('.topic')?.textContent.trim() === 'How do I recover a locked account?';
      });
      await page.setOfflineMode(false);
    },
  },
  {
    entry: 'wallet-help/search',
    says: "createSearchIndex(pack) finds '扣了钱没到账' under transaction-failed; registers nothing",
    main: [
      "import { createSearchIndex } from 'wallet-help/search';",
      "import { loadPack } from 'wallet-help';",
      PRELUDE,
      "loadPack('zh-CN').then((pack) => print({ results: createSearchIndex(pack).search('扣了钱没到账').map((result) => result.topic) }));",
    ],
    async expect(page, report) {
      expectRegistered(report, []);
      if (report.results?.[0] !== 'transaction-failed') throw new Error(`search found ${JSON.stringify(report.results)}`);
    },
  },
];

function expectRegistered(report, tags) {
  if (report.registered.join() !== tags.join()) throw new Error(`registered [${report.registered.join(', ')}], expected [${tags.join(', ')}]`);
}

/** Waits for `predicate` to hold in the page; fails naming `what` it waited for. */
async function until(page, what, predicate, ...args) {
  try {
    await page.waitForFunction(predicate, { timeout: 15000 }, ...args);
  } catch (error) {
    throw new Error(`never saw ${what} (${error.message})`);
  }
}

/** Clicks the first checkbox in `shadow` (a handle to a checklist's shadow root); waits for the tick and the new progress text. */
async function tickFirstStep(page, shadow) {
  const progress = () => page.evaluate((root) => root.querySelector('[part~="progress"]').textContent, shadow);
  const before = await progress();
  const box = await page.evaluateHandle((root) => root.querySelector('input[type="checkbox"]'), shadow);
  await box.click();
  const ticked = (root, before) => root.querySelector('input[type="checkbox"]').checked && root.querySelector('[part~="progress"]').textContent !== before;
  await until(page, `a click tick a step (progress was "${before}")`, ticked, shadow, before);
}

/**
 * Each bundler as an app would use it, with its defaults for a production build (all of them honour
 * `sideEffects`); builds `dir/main.js` (and, for Vite, `dir/index.html`) into `out`, which then holds
 * index.html. Resolves to the warnings the bundler printed.
 */
const BUNDLERS = {
  async esbuild(dir, out) {
    const result = await esbuild({
      absWorkingDir: dir,
      entryPoints: [path.join(dir, 'main.js')],
      bundle: true,
      format: 'esm',
      minify: true,
      outdir: out,
      logLevel: 'silent',
    });
    writeFileSync(path.join(out, 'index.html'), page_('<script type="module" src="./main.js"></script>'));
    return result.warnings.map((warning) => warning.text);
  },
  async vite(dir, out, config = {}) {
    const warnings = [];
    const logger = createLogger('warn');
    logger.warn = logger.warnOnce = (message) => warnings.push(message);
    await vite({
      root: dir,
      configFile: false,
      base: './',
      logLevel: 'warn',
      customLogger: logger,
      build: { outDir: out, emptyOutDir: true },
      ...config,
    });
    return warnings;
  },
  async webpack(dir, out) {
    const compiler = webpack({ mode: 'production', context: dir, entry: './main.js', output: { path: out, filename: 'main.js' } });
    const stats = await new Promise((resolve, reject) =>
      compiler.run((error, result) => compiler.close(() => (error ? reject(error) : resolve(result)))),
    );
    const { errors, warnings } = stats.toJson({ all: false, errors: true, warnings: true });
    if (errors.length) throw new Error(errors.map((error) => error.message).join('\n'));
    writeFileSync(path.join(out, 'index.html'), page_('<script src="./main.js"></script>'));
    return warnings.map((warning) => warning.message);
  },
  async rollup(dir, out) {
    const warnings = [];
    const bundle = await rollup({
      input: path.join(dir, 'main.js'),
      plugins: [nodeResolve({ browser: true, rootDir: dir })],
      onwarn: (warning) => warnings.push(warning.message),
    });
    await bundle.write({ dir: out, format: 'es' });
    await bundle.close();
    writeFileSync(path.join(out, 'index.html'), page_('<script type="module" src="./main.js"></script>'));
    return warnings;
  },
};

/** The npm build's modules (not the script-tag build) of the installed package, as `dist/...` paths. */
function npmModules(installed) {
  return readdirSync(path.join(installed, 'dist'), { recursive: true })
    .map((file) => `dist/${file.split(path.sep).join('/')}`)
    .filter((file) => file.endsWith('.js') && !file.startsWith('dist/cdn/'))
    .sort();
}

/** The specifiers `code` imports statically (import and export-from declarations) and dynamically (import calls). */
function importsOf(code) {
  const statics = parseAst(code)
    .body.filter((node) => node.source)
    .map((node) => node.source.value);
  const dynamics = [...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1]);
  return { statics, dynamics };
}

const EFFECT_CALL = /\b(?:customElements\.define|defineElement|addEventListener)\s*\(/;

/**
 * What runs when the module is evaluated, beyond declaring: top-level statements that are not imports,
 * exports or declarations, and registrations or listeners called from an initializer or a static block.
 */
function topLevelEffects(code) {
  const effects = [];
  const source = (node) => code.slice(node.start, node.end);
  const excerpt = (node) => source(node).replace(/\s+/g, ' ').slice(0, 80);
  const calls = (node) => node && !/Function|Class/.test(node.type) && EFFECT_CALL.test(source(node));
  for (const statement of parseAst(code).body) {
    const node = /^Export(Named|Default)Declaration$/.test(statement.type) && statement.declaration ? statement.declaration : statement;
    if (/^(ImportDeclaration|ExportNamedDeclaration|ExportAllDeclaration|FunctionDeclaration)$/.test(node.type)) continue;
    if (node.type === 'VariableDeclaration') {
      for (const { init } of node.declarations) if (calls(init)) effects.push(excerpt(init));
    } else if (node.type === 'ClassDeclaration') {
      for (const member of node.body.body) if ((member.type === 'StaticBlock' || member.static) && EFFECT_CALL.test(source(member))) effects.push(excerpt(member));
    } else if (statement.type === 'ExportDefaultDeclaration') {
      if (calls(node)) effects.push(excerpt(node));
    } else {
      effects.push(excerpt(node));
    }
  }
  return effects;
}

/** Opens `url` in a fresh browser context (its own storage); fails on page errors, console errors and 404s. */
async function visit(url, body) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  try {
    await page.goto(url);
    await body(page);
    if (errors.length) throw new Error(errors.join('\n'));
  } catch (error) {
    if (errors.length && !String(error.message).includes(errors[0])) error.message += `\n${errors.join('\n')}`;
    throw error;
  } finally {
    await context.close();
  }
}

const work = mkdtempSync(path.join(os.tmpdir(), 'wallet-help-package-'));
const project = path.join(work, 'project');
let browser;
let site;
console.log('package: npm pack, install into a fresh project, use it');
try {
  let tarball;
  await check('npm pack holds only bin/wallet-help.mjs, dist/, custom-elements.json, README.md, LICENSE and CHANGELOG.md', () => {
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
    mkdirSync(project, { recursive: true });
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'vendor-app', private: true, type: 'module' }));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, 'react@19', 'react-dom@19', 'vue@3'], project);
    writeFileSync(
      path.join(project, 'script-tag.html'),
      page_(
        '<script type="module" src="/node_modules/wallet-help/dist/cdn/wallet-help.js"></script>',
        '<wallet-faq></wallet-faq><wallet-checklist topic="transaction-failed"></wallet-checklist><wallet-help></wallet-help>',
      ),
    );
  });

  const installed = path.join(project, 'node_modules/wallet-help');
  await check('`npx wallet-help index` writes a prebuilt search index that wallet-help/search reads, with the same results as building', () => {
    for (const lang of ['zh-CN', 'en']) writeFileSync(path.join(project, `${lang}.json`), readFileSync(path.join(root, `content/${lang}.json`)));
    const said = run('npx', ['--no-install', 'wallet-help', 'index', 'zh-CN.json', 'en.json', '-o', 'packs.index.bin'], project);
    if (!/^wallet-help: wrote packs\.index\.bin/.test(said)) throw new Error(`the CLI said: ${said}`);
    writeFileSync(
      path.join(project, 'prebuilt.mjs'),
      [
        "import { readFileSync } from 'node:fs';",
        "import { createSearchIndex, readIndex } from 'wallet-help/search';",
        "const [zh, en] = ['zh-CN.json', 'en.json'].map((name) => JSON.parse(readFileSync(name, 'utf8')));",
        "const file = readFileSync('packs.index.bin');",
        "let warned = 0; console.warn = () => warned++;",
        'const prebuilt = readIndex(file);',
        "const queries = ['转账失败', '密码对的登不上', 'login failed', 'app keeps crashing'];",
        'for (const [pack, other] of [[zh, en], [en, zh]]) {',
        '  const read = createSearchIndex(pack, { secondary: [other], prebuilt });',
        '  const built = createSearchIndex(pack, { secondary: [other] });',
        "  for (const q of queries) if (JSON.stringify(read.search(q)) !== JSON.stringify(built.search(q))) throw new Error(`differs for ${q}`);",
        '}',
        "if (warned) throw new Error('the index was refused');",
        "console.log('same');",
      ].join('\n'),
    );
    const out = run(process.execPath, ['prebuilt.mjs'], project);
    if (out.trim() !== 'same') throw new Error(out);
  });

  await check('the npm build mirrors src/: an unhashed module per source file with its .d.ts, the packs as dist/content/*.json.js', () => {
    const modules = npmModules(installed);
    const sourceOf = (file) => (/^dist\/content\/[^/]+\.json\.js$/.test(file) ? file.replace(/^dist\/(.*)\.js$/, '$1') : file.replace(/^dist\/(.*)\.js$/, 'src/$1.ts'));
    const orphans = modules.filter((file) => !existsSync(path.join(root, sourceOf(file))));
    if (orphans.length) throw new Error(`no source file for ${orphans.join(', ')} (a chunk?)`);
    const untyped = modules.filter((file) => !file.endsWith('.json.js') && !existsSync(path.join(installed, file.replace(/\.js$/, '.d.ts'))));
    if (untyped.length) throw new Error(`no .d.ts beside ${untyped.join(', ')}`);
    const wanted = [...ENTRIES.map((name) => `dist/${name}.js`), ...TAGS.map((tag) => `dist/components/${tag}/${tag}.js`), 'dist/content/zh-CN.json.js', 'dist/content/en.json.js'];
    const missing = wanted.filter((file) => !modules.includes(file));
    if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
    console.log(`    ${modules.length} modules`);
  });

  await check('the English pack is a module of its own, loaded by import() only; the Chinese one is imported statically', () => {
    const importers = { static: [], dynamic: [] };
    for (const file of npmModules(installed)) {
      const { statics, dynamics } = importsOf(readFileSync(path.join(installed, file), 'utf8'));
      const target = (specifier) => path.posix.join(path.posix.dirname(file), specifier);
      for (const [kind, list] of [['static', statics], ['dynamic', dynamics]]) {
        for (const specifier of list) if (specifier.startsWith('.')) importers[kind].push(`${file} -> ${target(specifier)}`);
      }
    }
    const english = 'dist/internal/packs.js -> dist/content/en.json.js';
    if (!importers.dynamic.includes(english)) throw new Error(`no ${english} by import()`);
    const eager = importers.static.filter((edge) => edge.endsWith('-> dist/content/en.json.js'));
    if (eager.length) throw new Error(`imported statically: ${eager.join(', ')}`);
    if (!importers.static.includes('dist/internal/packs.js -> dist/content/zh-CN.json.js')) throw new Error('packs.js does not import zh-CN.json.js');
  });

  await check('sideEffects names every module with a top-level effect (the registrations and the entries importing them), and only existing files', () => {
    const { sideEffects } = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
    const patterns = sideEffects.map((glob) => new RegExp(`^${glob.replace(/^\.\//, '').replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`));
    const listed = (file) => patterns.some((pattern) => pattern.test(file));
    const gone = sideEffects.filter((glob) => !glob.includes('*') && !existsSync(path.join(installed, glob)));
    if (gone.length) throw new Error(`sideEffects names missing files: ${gone.join(', ')}`);
    const problems = [];
    for (const file of npmModules(installed)) {
      const code = readFileSync(path.join(installed, file), 'utf8');
      const effects = topLevelEffects(code);
      if (effects.length && !listed(file)) problems.push(`${file} is not in sideEffects but runs: ${effects.join(' | ')}`);
      if (listed(file) && !effects.length && !importsOf(code).statics.some((specifier) => specifier.startsWith('.') && listed(path.posix.join(path.posix.dirname(file), specifier)))) {
        problems.push(`${file} is in sideEffects but has no effect and imports no module that has`);
      }
    }
    for (const tag of TAGS) {
      const file = `dist/components/${tag}/${tag}.js`;
      if (!topLevelEffects(readFileSync(path.join(installed, file), 'utf8')).some((effect) => effect.includes(`defineElement('${tag}'`))) problems.push(`${file} does not register <${tag}>`);
    }
    if (problems.length) throw new Error(problems.join('\n'));
  });

  await check("an app's TypeScript sees each entry's types through the exports map", () => {
    const file = path.join(project, 'types-app.ts');
    writeFileSync(
      file,
      [
        "import { loadPack, topicForErrorCode, validatePack, WalletFaq, type ContentPack } from 'wallet-help';",
        "import { WalletChecklist } from 'wallet-help/checklist';",
        "import 'wallet-help/faq';",
        "import { WalletHelp } from 'wallet-help/help';",
        "import { createSearchIndex, type SearchResult } from 'wallet-help/search';",
        '',
        "const faq: WalletFaq = document.createElement('wallet-faq');",
        "const checklist: WalletChecklist = document.createElement('wallet-checklist');",
        "const help: WalletHelp = document.createElement('wallet-help');",
        "help.show('transaction-failed');",
        '// @ts-expect-error: show() takes a topic id or options',
        'help.show(42);',
        "const pack: ContentPack = await loadPack('zh-CN');",
        "const topic: string | undefined = topicForErrorCode(pack, 'payment_failed');",
        "const results: SearchResult[] = createSearchIndex(pack).search('扣了钱没到账');",
        'export { faq, checklist, topic, results, validatePack };',
        '',
      ].join('\n'),
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    if (diagnostics.length) throw new Error(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (name) => name, getCurrentDirectory: () => project, getNewLine: () => '\n' }));
  });

  site = await serve(project);
  browser = await puppeteer.launch(CHROMIUM);

  for (const app of APPS) {
    const slug = app.entry.replace(/^wallet-help\/?/, '') || 'root';
    const dir = path.join(project, 'apps', slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'main.js'), `${app.main.join('\n')}\n`);
    writeFileSync(path.join(dir, 'index.html'), page_('<script type="module" src="./main.js"></script>'));
    for (const [bundler, bundle] of Object.entries(BUNDLERS)) {
      await check(`'${app.entry}' alone, bundled with ${bundler}: ${app.says}`, async () => {
        const out = path.join(project, 'out', `${slug}-${bundler}`);
        const warnings = await bundle(dir, out);
        for (const warning of warnings) console.log(`    ${bundler} warned: ${warning.split('\n')[0]}`);
        await visit(`${site.origin}/out/${slug}-${bundler}/index.html`, async (page) => {
          await until(page, 'the app print its report', () => document.getElementById('out')?.textContent);
          await app.expect(page, JSON.parse(await page.$eval('#out', (out) => out.textContent)));
        });
      });
    }
  }

  await check('the README shows the React 19 and Vue 3 snippets exactly as they are tested', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const file of ['react-app.jsx', 'vue-app.js']) {
      if (!readme.includes(readFileSync(path.join(SNIPPETS, file), 'utf8').trim())) throw new Error(`README lacks test/package/snippets/${file}`);
    }
  });

  await check('builds the React 19 and Vue 3 snippets with Vite against the installed package', async () => {
    for (const [name, file] of [['react', 'react-app.jsx'], ['vue', 'vue-app.js']]) {
      const dir = path.join(project, 'apps', name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, file), readFileSync(path.join(SNIPPETS, file)));
      writeFileSync(path.join(dir, 'index.html'), page_(`<script type="module" src="./${file}"></script>`, '<div id="root"></div>'));
      // Vite compiles JSX with React's automatic runtime by itself. Vue compiles the template in the browser:
      // the build with the compiler, as Vue's docs say for in-DOM templates.
      const vue = {
        resolve: { alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }] },
        define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
      };
      const warnings = await BUNDLERS.vite(dir, path.join(project, 'out', name), name === 'vue' ? vue : {});
      for (const warning of warnings) console.log(`    vite warned: ${warning.split('\n')[0]}`);
    }
  });

  for (const name of ['react', 'vue']) {
    await check(`the ${name === 'react' ? 'React 19' : 'Vue 3'} snippet renders, passes support as a property and hears wallet-help-open`, () =>
      visit(`${site.origin}/out/${name}/index.html`, async (page) => {
        const logs = [];
        page.on('console', (message) => logs.push(message.text()));
        await until(
          page,
          'two questions and the launcher',
          () =>
            document.querySelector('wallet-faq')?.shadowRoot?.querySelectorAll('button[aria-expanded]').length === 2 &&
            document.querySelector('wallet-help')?.shadowRoot?.querySelector('[part~="launcher"]'),
        );
        const support = await page.evaluate(() => document.querySelector('wallet-help').support);
        if (support?.phone !== '95188') throw new Error(`support is ${JSON.stringify(support)}, not the object`);
        await page.evaluate(() => document.querySelector('wallet-help').shadowRoot.querySelector('[part~="launcher"]').click());
        await until(page, 'the dialog open', () => document.querySelector('wallet-help')?.shadowRoot?.querySelector('dialog')?.open);
        for (let i = 0; i < 50 && !logs.includes('help opened on transaction-failed'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
        if (!logs.includes('help opened on transaction-failed')) throw new Error(`no wallet-help-open heard; console: ${logs.join(' | ')}`);
      }),
    );
  }

  await check("the tarball's dist/cdn/wallet-help.js renders all three elements on a plain page", () =>
    visit(`${site.origin}/script-tag.html`, async (page) => {
      await until(
        page,
        'the three elements',
        () =>
          document.querySelector('wallet-faq')?.shadowRoot?.querySelectorAll('button[aria-expanded]').length === 6 &&
          document.querySelector('wallet-checklist')?.shadowRoot?.querySelectorAll('input[type="checkbox"]').length === 6 &&
          document.querySelector('wallet-help')?.shadowRoot?.querySelector('[part~="launcher"]'),
      );
      await page.evaluate(() => window.WalletHelp.open({ errorCode: 'account_locked' }));
      await until(page, 'the dialog open', () => document.querySelector('wallet-help')?.shadowRoot?.querySelector('dialog')?.open);
    }),
  );
} finally {
  await browser?.close();
  site?.server.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(`    ${((Date.now() - started) / 1000).toFixed(0)} s`);
finish('package');
