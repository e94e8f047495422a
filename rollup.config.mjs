// Three builds from one source:
//  - dist/*.js: ES modules for bundlers, Lit external, types beside them, one file per source module
//    (the packs at dist/content/*.json.js);
//  - dist/cdn/wallet-help.js: the script-tag build as one minified ES module with Lit inside; the
//    English and Traditional Chinese packs, search, vendor content, accent colours and structured data
//    are sibling files beside it (wallet-help.en.js, wallet-help.zh-TW.js, wallet-help.zh-HK.js,
//    wallet-help.search.js, …), each imported when first needed (search, English and the page's own
//    language also at idle);
//  - dist/cdn/wallet-help.iife.js: the same for a classic <script>, as one file holding everything.
import typescript from '@rollup/plugin-typescript';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { fileURLToPath } from 'node:url';
import { validateContentFile } from './scripts/validate-content.mjs';
import { reportSizes } from './scripts/sizes.mjs';

const CONTENT_PACKS = ['content/zh-CN.json', 'content/en.json', 'content/zh-TW.json', 'content/zh-HK.json'];

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
// for a second "lit-html" policy, which a strict CSP refuses (and reports). Lit has no option for
// this: lit-html.js asks `globalThis.trustedTypes` for its policy as it loads, with nothing to read
// first, and the script-tag builds hold Lit inside them, so a copy can't skip loading it. So these
// builds patch lit-html to ask only when no wallet-help copy came first; a copy that asked for
// nothing never renders, as its elements are never registered. Checked in
// test/script-tag/strict-csp.test.ts. The build fails if LIT_POLICY is not there exactly once, or if
// lit-html.js was never patched.
const LIT_POLICY = 's?s.createPolicy("lit-html",{createHTML:t=>t}):void 0';
// An own property only, as src/cdn.ts tells: `<a id="WalletHelp">` shows through window too.
const LIT_POLICY_ONCE = LIT_POLICY.replace('s?', 's&&!Object.hasOwn(globalThis,"WalletHelp")?');
const LIT_CHANGED =
  'lit-html changed: find its createPolicy("lit-html", …) in node_modules/lit-html/lit-html.js, put that text in ' +
  'LIT_POLICY (rollup.config.mjs) and run test/script-tag/strict-csp.test.ts';
function litPolicyOnce() {
  let patched = false;
  return {
    name: 'wallet-help-lit-policy-once',
    buildStart() {
      patched = false;
    },
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const parts = code.split(LIT_POLICY);
      if (parts.length !== 2) this.error(`${LIT_CHANGED} (LIT_POLICY is there ${parts.length - 1} times, not once).`);
      patched = true;
      return { code: parts.join(LIT_POLICY_ONCE), map: null };
    },
    buildEnd(error) {
      if (!error && !patched) {
        this.error(
          'lit-html changed: no module lit-html/lit-html.js was bundled, so its Trusted Types policy was not patched: ' +
            'point litPolicyOnce (rollup.config.mjs) at the module that now calls createPolicy("lit-html", …) ' +
            'and run test/script-tag/strict-csp.test.ts',
        );
      }
    },
  };
}

// Chromium's explicit compile hint: every function of the entry runs on first render, so compile it
// while the script streams in (off the main thread) rather than lazily inside that first render.
const compileEagerly = {
  name: 'wallet-help-compile-hint',
  renderChunk: (code, chunk) => (chunk.isEntry ? `//# allFunctionsCalledOnLoad\n${code}` : null),
};

// Each JSON file as a module whose top-level fields are named `const` exports, so a build holds only
// the fields its code imports (src/internal/packs.ts picks them).
const jsonFieldsAsExports = () => json({ preferConst: true, compact: true });

// The guide's summary of its causes (causes.summary) is in content/*.json, where the content tests hold
// it to the guide, but no element shows it: the built packs leave it out (before the json plugin, as
// `causes` is one export). A pack without it fails the build: then this step has nothing to do.
const unshownContent = {
  name: 'wallet-help-unshown-content',
  transform(code, id) {
    if (!/[\\/]content[\\/][\w-]+\.json$/.test(id)) return null;
    const pack = JSON.parse(code);
    if (!Array.isArray(pack.causes?.summary)) {
      this.error('no causes.summary: take unshownContent (which leaves it out) out of rollup.config.mjs.');
    }
    delete pack.causes.summary;
    return { code: JSON.stringify(pack), map: null };
  },
};

// Build-time flags: a module that some builds swap for another, so that code asking `if (FLAG)` leaves
// out of those builds what they never need. The flag must be known while bundling for that, so each
// build picks its file by resolving imports: one that resolves to `file` gets `replacement` where
// `swap` is set. A build fails if it ended without its own file or with the other one.
function swapModule(file, replacement, { swap }) {
  const [from, to] = [file, replacement].map((name) => fileURLToPath(new URL(name, import.meta.url)));
  const [wanted, unwanted] = swap ? [to, from] : [from, to];
  return {
    name: `wallet-help-swap-${file.split('/').pop()}`,
    async resolveId(source, importer, options) {
      if (!swap || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === from ? to : resolved;
    },
    buildEnd(error) {
      if (error) return;
      const ids = new Set(this.getModuleIds());
      if (!ids.has(wanted) || ids.has(unwanted)) {
        this.error(`this build must hold ${wanted} and not ${unwanted}: see swapModule in rollup.config.mjs.`);
      }
    },
  };
}

// The classic build holds every sibling in its one file: src/internal/one-file.classic.ts in the place of
// one-file.ts tells the code so (ONE_FILE), and what only files fetched apart need is left out.
const oneFile = ({ classic }) => swapModule('src/internal/one-file.ts', 'src/internal/one-file.classic.ts', { swap: classic });

// The script-tag builds (dist/cdn/) have no API for some of what the npm package offers (a prebuilt
// search index): src/internal/script-tag.cdn.ts in the place of script-tag.ts tells the code so
// (SCRIPT_TAG).
const scriptTag = swapModule('src/internal/script-tag.ts', 'src/internal/script-tag.cdn.ts', { swap: true });

const npm = {
  input: { index: 'src/index.ts', faq: 'src/faq.ts', checklist: 'src/checklist.ts', help: 'src/help.ts', search: 'src/search.ts' },
  external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
  plugins: [
    validateContent(),
    oneFile({ classic: false }),
    unshownContent,
    jsonFieldsAsExports(),
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
  // First: it resolves every import (through the plugins after it, oneFile's swap included).
  scriptTag,
  ...extra,
  litPolicyOnce(),
  unshownContent,
  jsonFieldsAsExports(),
  resolve({ browser: true }),
  typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationDir: 'dist/cdn', outDir: 'dist/cdn' }),
  // Lit's own plugin: whitespace out of html`` and css`` templates, which terser leaves as strings.
  minifyHTML({ options: { minifyOptions: { removeAttributeQuotes: true, collapseBooleanAttributes: true } } }),
  // A third pass and unused trailing parameters dropped (no code here reads a function's length): −22
  // bytes gzip in the classic build, which issue 12's hardening left at its 38 KB budget. `var`s hoisted
  // and function expressions that use no `this` written as arrows (none here is called with `new`):
  // −39 bytes there and −19 in wallet-help.js (issue 14). Left off, measured: `unsafe` (−28 more, but
  // it writes String(x) as ""+x, which throws for a Symbol a page passes as a query or error code) and
  // `booleans_as_integers` (−51, but events' detail.open and aria-expanded would say 1 for true).
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 3, keep_fargs: false, hoist_vars: true, unsafe_arrows: true },
    format: { comments: false },
  }),
  compileEagerly,
  printSizes(),
];

const cdnModule = {
  input: 'src/cdn-module.ts',
  plugins: cdnPlugins(oneFile({ classic: false })),
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: 'wallet-help.js',
    // The names src/ gives each sibling (new Sibling('wallet-help.search.js', …)).
    chunkFileNames: (chunk) => `wallet-help.${{ 'index-cache': 'search', 'vendor-content': 'vendor' }[chunk.name] ?? chunk.name}.js`,
  },
};

const cdnClassic = {
  input: 'src/cdn-classic.ts',
  plugins: cdnPlugins(oneFile({ classic: true })),
  output: { file: 'dist/cdn/wallet-help.iife.js', format: 'iife', inlineDynamicImports: true },
};

export default [npm, cdnModule, cdnClassic];
