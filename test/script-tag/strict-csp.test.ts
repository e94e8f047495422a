// The script-tag builds on plain pages served under the strict Content-Security-Policy
// (scripts/csp.mjs; the test server adds it to test/fixtures/csp/). Needs `npm run build` first.
import { expect } from '@open-wc/testing';
import { frameReport } from '../helpers/frame-report.js';
import zh from '../../content/zh-CN.json';
import en from '../../content/en.json';
import type { ContentPack } from '../../src/content/types.js';

interface CspReport {
  violations: string[];
  errors: string[];
  questions: string[][];
  firstExpanded: string | null;
  resources: string[];
  /** Everything the page fetched once idle, without a search or an open panel. */
  resourcesAtIdle: string[];
  structuredData: Array<{ '@type': string; mainEntity: Array<{ name: string }> }>;
  origin: string;
  walletHelpVersion: string | null;
}

const loadReport = (page: string) => frameReport<CspReport>(`/test/fixtures/${page}`, 'wallet-help-csp-report');

interface SearchReport {
  violations: string[];
  errors: string[];
  immediate: { promise: boolean; topics: string[] };
  traditional: Array<{ topic: string; snippet: string; matches: Array<[number, number]> }>;
  english: Array<{ topic: string; snippet: string }>;
  crossLanguage: string[];
  everything: string[];
  awkward: string[];
  firstQuestion: string;
  marks: string[];
  resources: string[];
}

const loadSearchReport = (page: string) => frameReport<SearchReport>(`/test/fixtures/${page}`, 'wallet-help-search-report');

const questionsOf = (pack: unknown) => (pack as ContentPack).topics.map((topic) => topic.question);

describe('the script-tag build on a page with a strict Content-Security-Policy', function () {
  this.timeout(30_000);

  it('shows the six questions verbatim and opens an answer, with no policy violation', async () => {
    const report = await loadReport('csp/module.html');
    expect(report.violations, 'CSP violations').to.deep.equal([]);
    expect(report.errors, 'page errors').to.deep.equal([]);
    expect(report.questions[0]).to.deep.equal(questionsOf(zh));
    expect(report.questions[1]).to.deep.equal(questionsOf(en));
    expect(report.firstExpanded).to.equal('true');
    expect(report.walletHelpVersion).to.match(/^\d+\.\d+\.\d+/);
  });

  it('requests nothing but its own files from the page origin; by idle, search and English are in memory', async () => {
    const report = await loadReport('csp/module.html');
    const foreign = report.resourcesAtIdle.filter((url) => !url.startsWith(report.origin));
    expect(foreign, 'requests to other origins').to.deep.equal([]);
    const own = report.resourcesAtIdle
      .map((url) => new URL(url).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server')) // the test server's own reload socket
      .sort();
    // Help needs nothing else from the network once the page is idle; content and JSON-LD code only where used.
    // The page sets an accent: its colour maths (wallet-help.accent.js) comes with it.
    expect(own).to.deep.equal([
      '/dist/cdn/wallet-help.accent.js',
      '/dist/cdn/wallet-help.en.js',
      '/dist/cdn/wallet-help.js',
      '/dist/cdn/wallet-help.search.js',
      '/test/fixtures/csp/probe.js',
    ]);
  });

  it('works from a classic script tag, loaded twice beside the module build, without throwing', async () => {
    const report = await loadReport('csp/classic.html');
    expect(report.violations, 'CSP violations').to.deep.equal([]);
    expect(report.errors, 'page errors').to.deep.equal([]);
    expect(report.questions[0]).to.deep.equal(questionsOf(en));
    expect(report.walletHelpVersion).to.match(/^\d+\.\d+\.\d+/);
  });

  it('adds schema.org FAQPage JSON-LD when the page allows the "wallet-help" policy', async () => {
    const report = await loadReport('csp-structured-data/index.html');
    expect(report.violations, 'CSP violations').to.deep.equal([]);
    expect(report.errors, 'page errors').to.deep.equal([]);
    expect(report.structuredData).to.have.length(1);
    expect(report.structuredData[0]!['@type']).to.equal('FAQPage');
    const [login, locked] = (zh as unknown as ContentPack).topics.filter((t) => ['login-failed', 'account-locked'].includes(t.id));
    expect(report.structuredData[0]!.mainEntity.map((q) => q.name)).to.deep.equal([login!.question, locked!.question]);
  });

  describe('WalletHelp.search and <wallet-faq searchable>', () => {
    const zhPack = zh as unknown as ContentPack;
    const enPack = en as unknown as ContentPack;
    const questionOf = (pack: ContentPack, id: string) => pack.topics.find((topic) => topic.id === id)!.question;

    for (const [build, page] of [
      ['module', 'csp/search-module.html'],
      ['classic', 'csp/search-classic.html'],
    ] as const) {
      it(`ranks the guide's topics for what users type (${build} build)`, async () => {
        const report = await loadSearchReport(page);
        expect(report.violations, 'CSP violations').to.deep.equal([]);
        expect(report.errors, 'page errors').to.deep.equal([]);
        expect(report.traditional[0]!.topic).to.equal('account-locked');
        const [first] = report.traditional;
        expect(first!.matches.map(([start, end]) => first!.snippet.slice(start, end))).to.deep.equal(['被锁定', '账户']);
        expect(report.english).to.have.length.at.most(2);
        expect(report.english[0]).to.deep.equal({ topic: 'account-locked', snippet: questionOf(enPack, 'account-locked') });
        expect(report.crossLanguage[0]).to.equal('account-locked');
        expect(report.everything).to.deep.equal(zhPack.topics.map((topic) => topic.id));
        expect(report.awkward).to.deep.equal(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
        expect(report.firstQuestion).to.equal(questionOf(zhPack, 'login-failed'));
        expect(report.marks).to.deep.equal(['登录']);
      });
    }

    for (const [build, page] of [
      ['module', 'csp/search-module.html'],
      ['classic', 'csp/search-classic.html'],
    ] as const) {
      it(`returns a promise that waits for search, from the first call right after the tag (${build} build)`, async () => {
        const report = await loadSearchReport(page);
        expect(report.immediate.promise).to.equal(true);
        expect(report.immediate.topics[0]).to.equal('account-locked');
      });
    }
  });
});
