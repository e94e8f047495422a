// Two builds from one source:
//  - dist/*.js: ES modules for bundlers, Lit external, types beside them, English pack as its own chunk;
//  - dist/cdn/wallet-help.js: the script-tag build as one minified ES module with Lit inside; the English
//    pack and search are the sibling files wallet-help.en.js and wallet-help.search.js, imported the
//    first time an element shows English or searches;
//  - dist/cdn/wallet-help.iife.js: the same for a classic <script>, as one file holding everything.
import typescript from '@rollup/plugin-typescript';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { fileURLToPath } from 'node:url';
import { validateContentFile } from './scripts/validate-content.mjs';
import { reportSizes } from './scripts/sizes.mjs';

const CONTENT_PACKS = ['content/zh-CN.json', 'content/en.json'];

/** Fails the build naming the pack file and the path of each bad field. */
function validateContent() {
  return {
    name: 'wallet-help-validate-content',
    async buildStart() {
      for (const file of CONTENT_PACKS) {
        this.addWatchFile(file);
        try {
          await validateContentFile(file);
        } catch (error) {
          this.error(error instanceof Error ? error.message : String(error));
        }
      }
    },
  };
}

/** Prints each written file's raw and gzip size. */
function printSizes() {
  return {
    name: 'wallet-help-print-sizes',
    writeBundle(options, bundle) {
      const dir = options.dir ?? options.file.replace(/\/[^/]+$/, '');
      reportSizes(Object.keys(bundle).filter((name) => name.endsWith('.js')).map((name) => `${dir}/${name}`));
    },
  };
}


// A second copy of the script-tag build on the same page (two tags, or both builds) must do nothing:
// the first copy already registered every element (defineElement skips them) and set
// window.WalletHelp (src/cdn.ts keeps it). One thing would fail: a second Lit asking Trusted Types
// for a second "lit-html" policy, which a strict CSP refuses (and reports). So the script-tag builds
// patch lit-html to ask only when no wallet-help copy came first; a copy that asked for nothing
// never renders, as its elements are never registered. Checked in test/script-tag/strict-csp.test.ts.
const LIT_POLICY = 's?s.createPolicy("lit-html",{createHTML:t=>t}):void 0';
const litPolicyOnce = {
  name: 'wallet-help-lit-policy-once',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    if (!code.includes(LIT_POLICY)) this.error('lit-html changed: update LIT_POLICY in rollup.config.mjs');
    // An own property only, as src/cdn.ts tells: `<a id="WalletHelp">` shows through window too.
    return { code: code.replace(LIT_POLICY, LIT_POLICY.replace('s?', 's&&!Object.hasOwn(globalThis,"WalletHelp")?')), map: null };
  },
};

// Chromium's explicit compile hint: every function of the entry runs on first render, so compile it
// while the script streams in (off the main thread) rather than lazily inside that first render.
const compileEagerly = {
  name: 'wallet-help-compile-hint',
  renderChunk: (code, chunk) => (chunk.isEntry ? `//# allFunctionsCalledOnLoad\n${code}` : null),
};

const json_ = () => json({ preferConst: true, compact: true });

// The guide's summary of its causes (causes.summary) is in content/*.json, where the content tests hold
// it to the guide, but no element shows it: the built packs leave it out (before the json plugin).
const unshownContent = {
  name: 'wallet-help-unshown-content',
  transform(code, id) {
    if (!/[\\/]content[\\/][\w-]+\.json$/.test(id)) return null;
    const pack = JSON.parse(code);
    delete pack.causes?.summary;
    return { code: JSON.stringify(pack), map: null };
  },
};

const npm = {
  input: { index: 'src/index.ts', faq: 'src/faq.ts', checklist: 'src/checklist.ts', help: 'src/help.ts', search: 'src/search.ts' },
  external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
  plugins: [
    validateContent(),
    unshownContent,
    json_(),
    typescript({ tsconfig: './tsconfig.build.json', outDir: 'dist', declarationDir: 'dist' }),
    printSizes(),
  ],
  output: {
    dir: 'dist',
    format: 'es',
    // One file per source module, at its path under src/ (the packs at dist/content/*.json.js), never a
    // hashed chunk: each element's registration stays in the one file package.json's sideEffects names.
    preserveModules: true,
    preserveModulesRoot: 'src',
  },
};

const cdnPlugins = (...extra) => [
  ...extra,
  litPolicyOnce,
  unshownContent,
  json_(),
  resolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: 'dist/cdn', outDir: 'dist/cdn' }),
  // Lit's own plugin: whitespace out of html`` and css`` templates, which terser leaves as strings.
  minifyHTML(),
  // A third pass and unused trailing parameters dropped (no code here reads a function's length): −22
  // bytes gzip in the classic build, which issue 12's hardening left at its 38 KB budget.
  terser({ ecma: 2022, module: true, compress: { passes: 3, keep_fargs: false }, format: { comments: false } }),
  compileEagerly,
  printSizes(),
];

const cdnModule = {
  input: 'src/cdn-module.ts',
  plugins: cdnPlugins(),
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'wallet-help.js',
    // The names src/ gives each sibling (new Sibling('wallet-help.search.js', …)).
    chunkFileNames: (chunk) => `wallet-help.${{ 'index-cache': 'search', 'vendor-content': 'vendor' }[chunk.name] ?? chunk.name}.js`,
  },
};

// The classic build holds every sibling in its one file: src/internal/one-file.classic.ts in the place of
// one-file.ts tells the code so (ONE_FILE), and what only files fetched apart need is left out.
const oneFile = {
  name: 'wallet-help-one-file',
  resolveId: (source, importer) =>
    importer && /(^|\/)one-file\.js$/.test(source) ? fileURLToPath(new URL('src/internal/one-file.classic.ts', import.meta.url)) : null,
};

const cdnClassic = {
  input: 'src/cdn-classic.ts',
  plugins: cdnPlugins(oneFile),
  output: { file: 'dist/cdn/wallet-help.iife.js', format: 'iife', inlineDynamicImports: true },
};

export default [npm, cdnModule, cdnClassic];
