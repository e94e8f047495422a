// The attack suite: every payload of payloads.ts placed into every input of the script-tag build
// (content packs, ids, attributes, support, the URL hash, search boxes, stored progress), on a page
// with no CSP and on one under the strict CSP, in each engine. attack-probe.ts drives each case in a
// frame and reports what it saw; this file judges. Needs `npm run build` first.
import { expect } from '@open-wc/testing';
import { frameReport } from '../helpers/frame-report.js';
import { attackPack } from './attack-pack.js';
import { PACK_PAYLOADS, PAYLOADS } from './payloads.js';

interface AttackReport {
  scenario: string;
  strict: boolean;
  pwned: boolean;
  tags: string[];
  onAttributes: string[];
  badLinks: string[];
  strangeLinks: string[];
  dishonestLinks: string[];
  urlAttributes: string[];
  blankQuestions: string[];
  inlineScripts: string[];
  links: number;
  hrefs: string[];
  elapsed: number;
  violations: string[];
  errors: string[];
  foreignRequests: string[];
  consoleErrors: number;
  errorEvents: string[];
  shown: number;
  notShown: string[];
  statusMismatches: string[];
  elements: number;
  extra?: Record<string, unknown>;
}

/**
 * Checks that fail today because of a finding of issue 12 that is being fixed elsewhere, by
 * `<case>: <check>` (the same on both pages unless the key starts with `strict ` or `plain `).
 * Such a check is reported as pending with its finding; once it passes it fails, asking for its
 * line here to go: the mark comes off with the fix. A string names a bug this suite found that is
 * not in the issue yet (it may pass in engines that don't show it).
 */
const KNOWN_FAILURES: Record<string, number | string> = {
};

const PAGES = { plain: 'security/attack.html', strict: 'csp/attack.html' } as const;
type Page = keyof typeof PAGES;

/** Loads the attack page for `scenario` in a frame and resolves to its probe's report. */
function attack(page: Page, scenario: string): Promise<AttackReport> {
  return frameReport<AttackReport>(`/test/fixtures/${PAGES[page]}?case=${scenario}`, 'wallet-help-attack-report', { seconds: 90, style: 'width: 800px; height: 600px' });
}

const started = new Map<string, Promise<AttackReport>>();

/**
 * The report of `scenario` on `page`; asking for one page's starts the other page's too, so the two
 * frames run side by side (most of a case is waiting for renders, timers and idle callbacks).
 */
function reportFor(page: Page, scenario: string): Promise<AttackReport> {
  for (const each of Object.keys(PAGES) as Page[]) {
    const key = `${each} ${scenario}`;
    if (!started.has(key) && !(each !== 'plain' && CASES.find((c) => c.name === scenario)?.plainOnly)) {
      const promise = attack(each, scenario);
      promise.catch(() => undefined);
      started.set(key, promise);
    }
  }
  return started.get(`${page} ${scenario}`)!;
}

/** `it`, or, for a known failure, a pending test that names its finding (and fails once it passes). */
function check(page: Page, scenario: string, name: string, assert: () => void): void {
  const key = KNOWN_FAILURES[`${page} ${scenario}: ${name}`] !== undefined ? `${page} ${scenario}: ${name}` : `${scenario}: ${name}`;
  const finding = KNOWN_FAILURES[key];
  if (finding === undefined) {
    it(name, assert);
    return;
  }
  const label = typeof finding === 'number' ? `issue 12, finding ${finding}` : finding;
  it(`${name} [known failure: ${label}]`, function () {
    try {
      assert();
    } catch (error) {
      console.warn(`known failure (${label}), ${page} page, ${scenario}: ${(error as Error).message}`);
      this.skip();
    }
    // A finding's mark comes off with its fix; a new bug's may pass in an engine that doesn't show it.
    if (typeof finding === 'number') throw new Error(`${label} no longer fails here: remove "${key}" from KNOWN_FAILURES`);
  });
}

interface Case {
  name: string;
  what: string;
  /** Checks of this case beyond the ones every case has. */
  checks?: Record<string, (report: AttackReport) => void>;
  plainOnly?: true;
}

const showsEveryPayload = (report: AttackReport) => {
  expect(report.notShown, 'payloads not found as text').to.deep.equal([]);
  expect(report.shown).to.equal(PACK_PAYLOADS.length);
};

const CASES: Case[] = [
  { name: 'configure-content', what: 'WalletHelp.configure({ content })', checks: { 'shows every payload as text': showsEveryPayload } },
  { name: 'content-property', what: "<wallet-help>'s content property", checks: { 'shows every payload as text': showsEveryPayload } },
  { name: 'content-src', what: 'content-src', checks: { 'shows every payload as text': showsEveryPayload } },
  { name: 'attributes', what: 'every attribute of the three elements' },
  {
    name: 'ids',
    what: 'topic ids, error codes, errorMap and ids in packs',
    checks: {
      'reports every pack with a bad id': (report) => expect(report.errorEvents.length).to.be.at.least(report.extra!['invalidPacks'] as number),
    },
  },
  {
    name: 'support',
    what: 'support (label, phone, email, url, hours) and the page-wide lang, theme and accent',
    checks: { 'shows the host each link goes to': (report) => expect(report.dishonestLinks, 'links whose text shows another host').to.deep.equal([]) },
  },
  { name: 'hash', what: 'the URL hash' },
  {
    name: 'search',
    what: "what users type in the FAQ's and the panel's search boxes",
    checks: {
      'quotes the query as typed when nothing is found': (report) => expect(report.statusMismatches, 'status lines').to.deep.equal([]),
    },
  },
  {
    name: 'storage',
    what: 'poisoned localStorage and sessionStorage',
    checks: { 'leaves Object.prototype alone': (report) => expect(report.extra!['prototypePolluted']).to.equal(false) },
  },
  {
    name: 'wrong-types',
    what: 'options of the wrong type (a numeric error code)',
    checks: { 'opens the panel for a numeric error code': (report) => expect(report.extra!['panelOpenAfterNumericCode']).to.equal(true) },
  },
  {
    name: 'prototype-ids',
    what: 'ids named after Object.prototype keys (constructor, __proto__)',
    checks: { 'still finds topics': (report) => expect(report.extra!['searchFindsPassword']).to.equal(true) },
  },
  {
    name: 'json-ld',
    what: 'questions in JSON-LD, serialized and parsed again',
    plainOnly: true,
    checks: {
      'keeps JSON-LD one inert script when the page is serialized and parsed again': (report) => {
        expect(report.extra!['jsonLd']).to.equal(1);
        expect(report.extra!['reparsedScripts'], 'scripts after parsing again').to.equal(1);
        expect(report.extra!['reparsedJsonLd'], 'JSON-LD scripts that are still JSON').to.equal(1);
      },
    },
  },
  {
    name: 'throwing-getters',
    what: 'content, support and errorMap that throw when read',
    checks: { 'still opens the panel': (report) => expect(report.extra!['panelShows']).to.equal(true) },
  },
  {
    name: 'clobbered',
    what: '<a id="WalletHelp"> and <form id="WalletHelp"> on the page',
    checks: {
      'keeps WalletHelp working': (report) => {
        expect(String(report.extra!['version'])).to.match(/^\d+\.\d+\.\d+/);
        expect(report.extra!['canOpen']).to.equal(true);
      },
    },
  },
  {
    name: 'polluted',
    what: 'an Object.prototype polluted with option names',
    checks: {
      'makes no link from inherited properties': (report) => {
        expect(report.hrefs.filter((href) => href.includes('polluted')), 'links from Object.prototype').to.deep.equal([]);
        expect(report.hrefs, 'the configured phone').to.include('tel:+15550199');
      },
    },
  },
  {
    name: 'blank-question',
    what: 'questions of zero-width and bidi characters only',
    checks: { 'shows no blank question': (report) => expect(report.blankQuestions).to.deep.equal([]) },
  },
];

describe('the attack suite', function () {
  this.timeout(120_000);

  it('loads through content-src the pack it builds (run `node test/security/write-pack.mjs` after changing the payloads)', async () => {
    const served = await (await fetch('/test/fixtures/security/attack-pack.json')).json();
    expect(served).to.deep.equal(JSON.parse(JSON.stringify([attackPack('zh-CN', 3), attackPack('en', 4)])));
    expect(PAYLOADS.length).to.be.at.least(80);
  });

  for (const page of Object.keys(PAGES) as Page[]) {
    describe(page === 'plain' ? 'on a page with no CSP' : 'on a page under the strict CSP', () => {
      let clean: AttackReport;

      describe('a clean render', () => {
        before(async () => {
          clean = await reportFor(page, 'clean');
        });

        it('renders every state the attacks reach: answers, search marks, the panel, contact links', () => {
          expect(clean.errors, 'page errors').to.deep.equal([]);
          expect(clean.violations, 'CSP violations').to.deep.equal([]);
          expect(clean.tags).to.include.members(['dialog', 'mark', 'a', 'fieldset', 'input', 'code', 'wallet-checklist']);
          expect(clean.links).to.be.above(0);
          expect(clean.badLinks).to.deep.equal([]);
        });
      });

      for (const { name, what, checks = {}, plainOnly } of CASES) {
        if (plainOnly && page !== 'plain') continue;
        describe(`payloads in ${what}`, () => {
          let report: AttackReport;
          before(async () => {
            report = await reportFor(page, name);
            console.log(`attack suite, ${page} page, ${name}: ${report.elapsed} ms`);
          });

          check(page, name, 'runs none of them', () => {
            expect(report.pwned, 'a payload ran in the page').to.equal(false);
            expect((window as { __pwned?: unknown }).__pwned, 'a payload ran in a nested frame').to.equal(undefined);
          });
          check(page, name, 'adds no element a clean render does not have', () => {
            expect(report.tags.filter((tag) => !clean.tags.includes(tag)), 'elements in shadow roots').to.deep.equal([]);
            expect(report.inlineScripts, 'inline scripts in the page').to.deep.equal([]);
          });
          check(page, name, 'sets no event-handler attribute', () => expect(report.onAttributes).to.deep.equal([]));
          check(page, name, 'links only to http(s), mailto and tel, only from the contact block', () => {
            expect(report.badLinks, 'links of other schemes').to.deep.equal([]);
            expect(report.strangeLinks, 'links outside the contact block').to.deep.equal([]);
            expect(report.urlAttributes, 'src, action, data… attributes').to.deep.equal([]);
          });
          check(page, name, 'violates no CSP directive', () => expect(report.violations).to.deep.equal([]));
          check(page, name, 'requests nothing from another origin', () => expect(report.foreignRequests).to.deep.equal([]));
          check(page, name, 'throws nothing into the page', () => expect(report.errors).to.deep.equal([]));
          for (const [label, assert] of Object.entries(checks)) check(page, name, label, () => assert(report));
        });
      }
    });
  }
});
