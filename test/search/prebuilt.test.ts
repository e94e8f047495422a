// The prebuilt search index (src/search/prebuilt.ts, written by `npx wallet-help index`): read, it
// answers exactly as the index the engine builds in the page; stale, damaged, another version's or not
// an index at all, it is refused with one `wallet-help:` warning and search still answers, as built.
import { expect } from '@open-wc/testing';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import queriesJson from './queries.json';
import offTopicJson from './off-topic.json';
import type { ContentPack } from '../../src/content/types.js';
import { createSearchIndex, readIndex, writeIndex, type IndexFile } from '../../src/search.js';

const zh = zhJson as ContentPack;
const en = enJson as ContentPack;
const queries = queriesJson as Record<'zh-CN' | 'en', Array<{ q: string }>>;
const offTopic = offTopicJson as unknown as Record<'zh-CN' | 'en', string[]>;
/** A language's labelled and off-topic queries, asked with its pack primary (as test/search/relevance.test.ts does). */
const all = (lang: 'zh-CN' | 'en') => queries[lang].map((query) => query.q).concat(offTopic[lang]);
/** Every 8th query of both, where what is tested is the refusal (each query is searched twice over). */
const some = [...all('zh-CN'), ...all('en')].filter((_, at) => at % 8 === 0);

/** The file as a vendor serves it: JSON text, parsed in the page. */
const written = JSON.stringify(writeIndex([zh, en]));
const file = (): IndexFile => JSON.parse(written) as IndexFile;

/** Every query's results and highlights through `prebuilt`, next to the index built in the page. */
function expectSameAsBuilt(pack: ContentPack, other: ContentPack, prebuilt: ReturnType<typeof readIndex>, list = some) {
  const read = createSearchIndex(pack, { secondary: [other], prebuilt });
  const built = createSearchIndex(pack, { secondary: [other] });
  for (const query of list) {
    expect(read.search(query), query).to.deep.equal(built.search(query));
    expect(read.highlight(pack.topics[0]!.answer[0]!, query), query).to.deep.equal(built.highlight(pack.topics[0]!.answer[0]!, query));
  }
}

/** console.warn's calls while `run` runs. */
function warnings(run: () => void): string[] {
  const said: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void said.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return said;
}

describe('prebuilt search index', () => {
  it('answers every labelled and off-topic query exactly as the index built in the page, with Chinese primary, without a warning', () => {
    const prebuilt = readIndex(file());
    expect(warnings(() => expectSameAsBuilt(zh, en, prebuilt, all('zh-CN')))).to.deep.equal([]);
  });

  it('answers every labelled and off-topic query exactly as the index built in the page, with English primary, without a warning', () => {
    const prebuilt = readIndex(file());
    expect(warnings(() => expectSameAsBuilt(en, zh, prebuilt, all('en')))).to.deep.equal([]);
  });

  it('reads a pack alone, and packs whose topics are in another order than the primary pack', () => {
    const prebuilt = readIndex(file());
    const reordered = { ...en, topics: [...en.topics].reverse() };
    const refile = readIndex(writeIndex([zh, reordered]));
    expect(
      warnings(() => {
        expectSameAsBuilt(zh, en, prebuilt);
        expect(createSearchIndex(zh, { prebuilt }).search('转账失败')).to.deep.equal(createSearchIndex(zh).search('转账失败'));
        expectSameAsBuilt(zh, reordered, refile);
        expectSameAsBuilt(reordered, zh, refile);
      }),
    ).to.deep.equal([]);
  });

  it('refuses an index of other content (a question changed since) with one warning, and answers from the packs as they are', () => {
    const changed: ContentPack = { ...zh, topics: zh.topics.map((topic, at) => (at === 0 ? { ...topic, question: '火星文字怎么输入' } : topic)) };
    const prebuilt = readIndex(file());
    const said = warnings(() => {
      expectSameAsBuilt(changed, en, prebuilt);
      expectSameAsBuilt(en, changed, prebuilt);
    });
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^wallet-help: the prebuilt search index was not used: it holds no index of the zh-CN pack as it is now/);
    expect(createSearchIndex(changed, { secondary: [en], prebuilt }).search('火星文字')[0]?.topic).to.equal(zh.topics[0]!.id);
  });

  const refused: Array<[string, () => unknown, RegExp]> = [
    ['another version of wallet-help', () => ({ ...file(), version: '0.0.1' }), /it was built by wallet-help 0\.0\.1, and this is /],
    ['not an index', () => ({ hello: 'world' }), /it is not a wallet-help search index/],
    ['null', () => null, /it is not a wallet-help search index/],
    ['text', () => written, /it is not a wallet-help search index/],
    ['a section without its postings', () => ({ ...file(), packs: file().packs.map(({ postings: _, ...rest }) => rest) }), /it is damaged/],
    [
      'postings changed by hand',
      () => ({ ...file(), packs: file().packs.map((section) => ({ ...section, postings: section.postings.replace(/[A-Z]/, 'z') })) }),
      /it is damaged/,
    ],
    ['a term dropped', () => ({ ...file(), packs: file().packs.map((section) => ({ ...section, terms: section.terms.slice(1) })) }), /it is damaged/],
    ['lengths cut short', () => ({ ...file(), packs: file().packs.map((section) => ({ ...section, lengths: section.lengths.slice(0, 5) })) }), /it is damaged/],
    [
      'a getter that throws',
      () => ({
        get format(): string {
          throw new Error('no');
        },
      }),
      /it is damaged/,
    ],
  ];
  for (const [what, make, why] of refused) {
    it(`refuses ${what} with one warning, never throws, and search answers as built`, () => {
      const prebuilt = readIndex(make());
      const said = warnings(() => expectSameAsBuilt(zh, en, prebuilt));
      expect(said).to.have.length(1);
      expect(said[0]).to.match(/^wallet-help: the prebuilt search index was not used: /);
      expect(said[0]).to.match(why);
      expect(said[0]).to.include('npx wallet-help index');
    });
  }
});
