// The index cache (src/search/index-cache.ts) behind every search box and WalletHelp.search: one
// index per language. Keyed by pack, it kept every index ever built when vendor content was merged
// again and again, each a new pack (bench/memory: +16 MB heap in 100 FAQ re-renders).
import { expect } from '@open-wc/testing';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import type { ContentPack } from '../../src/content/types.js';
import { indexFor } from '../../src/search/index-cache.js';

const zh = zhJson as ContentPack;
const en = enJson as ContentPack;
/** A pack as vendor content merged over the built-in one makes it: a new object each time. */
const merged = (pack: ContentPack, question: string): ContentPack => ({
  ...pack,
  topics: pack.topics.map((topic) => (topic.id === 'login-failed' ? { ...topic, question } : topic)),
});

describe('search index cache', () => {
  it('answers the same pack from the same index, and builds again once another pack has loaded', () => {
    const pack = merged(zh, '为什么登录不了示例钱包？');
    const index = indexFor(pack, [pack]);
    expect(indexFor(pack, [pack])).to.equal(index);
    expect(indexFor(pack, [pack, en]), 'English has loaded: its words find topics too').not.to.equal(index);
  });

  it('keeps one index per language: a pack replaced by a newer merge lets its index go', () => {
    const first = merged(zh, '为什么登录不了第一版钱包？');
    const second = merged(zh, '为什么登录不了第二版钱包？');
    const firstIndex = indexFor(first, [first, en]);
    const secondIndex = indexFor(second, [second, en]);
    expect(secondIndex).not.to.equal(firstIndex);
    expect(secondIndex.search('第二版')[0]?.topic).to.equal('login-failed');
    // Asked for the first pack again, the cache no longer holds its index: it builds a new one.
    expect(indexFor(first, [first, en]), 'the replaced pack’s index was let go').not.to.equal(firstIndex);
  });

  it('keeps the other language’s index while one language’s pack is replaced', () => {
    const english = indexFor(en, [zh, en]);
    const chinese = merged(zh, '为什么登录不了第三版钱包？');
    indexFor(chinese, [chinese, en]);
    expect(indexFor(en, [zh, en])).to.equal(english);
  });
});
