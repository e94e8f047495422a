// The prebuilt search index (src/search/prebuilt.ts, written by `npx wallet-help index`): read, it
// answers exactly as the index the engine builds in the page; stale, damaged, another version's or not
// an index at all, it is refused with one `wallet-help:` warning and search still answers, as built.
import { expect } from '@open-wc/testing';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import queriesJson from './queries.json';
import offTopicJson from './off-topic.json';
import type { ContentPack } from '../../src/content/types.js';
import { createSearchIndex, readIndex, writeIndex, type IndexHeader } from '../../src/search.js';

const zh = zhJson as ContentPack;
const en = enJson as ContentPack;
const queries = queriesJson as Record<'zh-CN' | 'en', Array<{ q: string }>>;
const offTopic = offTopicJson as unknown as Record<'zh-CN' | 'en', string[]>;
/** A language's labelled and off-topic queries, asked with its pack primary (as test/search/relevance.test.ts does). */
const all = (lang: 'zh-CN' | 'en') => queries[lang].map((query) => query.q).concat(offTopic[lang]);
/** Every 8th query of both, where what is tested is the refusal (each query is searched twice over). */
const some = [...all('zh-CN'), ...all('en')].filter((_, at) => at % 8 === 0);

/** The file as a vendor serves it, as the page fetches it: an ArrayBuffer. */
const written = writeIndex([zh, en]);
const file = (): ArrayBuffer => written.slice().buffer;

/** The file with its header (JSON after "WHSI" and its length) changed by `change`, the sections' bytes as they were. */
function withHeader(change: (header: IndexHeader) => unknown): ArrayBuffer {
  const view = new DataView(written.buffer);
  const length = view.getUint32(4, true);
  const header = new TextEncoder().encode(JSON.stringify(change(JSON.parse(new TextDecoder().decode(written.subarray(8, 8 + length))) as IndexHeader)));
  const padded = new Uint8Array(Math.ceil((header.length + 8) / 4) * 4 - 8).fill(32);
  padded.set(header);
  const out = new Uint8Array(8 + padded.length + written.length - 8 - length);
  out.set(written.subarray(0, 4));
  new DataView(out.buffer).setUint32(4, padded.length, true);
  out.set(padded, 8);
  out.set(written.subarray(8 + length), 8 + padded.length);
  return out.buffer;
}

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

  it('reads the bytes as a view at any offset of a larger buffer (a Node Buffer from its pool), without a warning', () => {
    const larger = new Uint8Array(written.length + 3);
    larger.set(written, 1);
    const prebuilt = readIndex(larger.subarray(1, 1 + written.length));
    expect(warnings(() => expectSameAsBuilt(zh, en, prebuilt))).to.deep.equal([]);
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
    ['another version of wallet-help', () => withHeader((header) => ({ ...header, version: '0.0.1' })), /it was built by wallet-help 0\.0\.1, and this is /],
    ['not an index', () => ({ hello: 'world' }), /it is not a wallet-help search index/],
    ['null', () => null, /it is not a wallet-help search index/],
    ['text', () => new TextDecoder().decode(written), /it is not a wallet-help search index/],
    ['other bytes', () => new TextEncoder().encode('{"format":"wallet-help search index"}').buffer, /it is not a wallet-help search index/],
    [
      'a header that is not JSON',
      () => {
        const bytes = new Uint8Array(file());
        bytes[8] = 0x7d; // its first "{" made "}"
        return bytes.buffer;
      },
      /it is damaged/,
    ],
    ['a section without its length', () => withHeader((header) => ({ ...header, packs: header.packs.map(({ bytes: _, ...rest }) => rest) })), /it is damaged/],
    [
      'postings changed by hand',
      () => {
        const bytes = new Uint8Array(file());
        bytes[bytes.length - 40]! ^= 1;
        return bytes.buffer;
      },
      /it is damaged/,
    ],
    ['a term dropped', () => withHeader((header) => ({ ...header, packs: header.packs.map((section) => ({ ...section, terms: section.terms.slice(section.terms.indexOf('\n') + 1) })) })), /it is damaged/],
    ['a file cut short', () => file().slice(0, written.length - 4), /it is damaged/],
    ['a file with bytes added', () => new Uint8Array([...written, 0, 0, 0, 0]).buffer, /it is damaged/],
    [
      'a getter that throws',
      () => ({
        get format(): string {
          throw new Error('no');
        },
      }),
      /it is not a wallet-help search index/,
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
