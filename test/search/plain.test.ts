// Plain word matching: what search answers with while the engine file is missing (offline before
// idle, a CDN with only wallet-help.js). Simpler than the engine, but never empty-handed for words
// the guide contains.
import { expect } from '@open-wc/testing';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import type { ContentPack } from '../../src/content/types.js';
import { indexFor } from '../../src/search/plain.js';

const zh = zhJson as ContentPack;
const en = enJson as ContentPack;
const chinese = indexFor(zh, [zh, en]);
const topicsOf = (query: string, limit?: number) => chinese.search(query, { limit }).map((result) => result.topic);

describe('plain word matching (search without its engine)', () => {
  it('finds a failed payment for 扣了钱没到账', () => {
    expect(topicsOf('扣了钱没到账')[0]).to.equal('transaction-failed');
  });

  it('finds the locked account for 账户被锁 and for English words, through the English pack', () => {
    expect(topicsOf('账户被锁')[0]).to.equal('account-locked');
    expect(topicsOf('locked account')[0]).to.equal('account-locked');
    expect(topicsOf('ＬＯＣＫＥＤ')[0], 'case and full width fold').to.equal('account-locked');
  });

  it('shows results in the primary pack’s language, its question as the snippet', () => {
    const [first] = indexFor(en, [zh, en]).search('锁定');
    expect(first!.topic).to.equal('account-locked');
    expect(first!.snippet).to.equal('How do I recover a locked account?');
    expect(first!.matches).to.deep.equal([]);
  });

  it('gives every topic in guide order for a blank query, nothing for words the guide lacks', () => {
    expect(topicsOf('   ')).to.deep.equal(zh.topics.map((topic) => topic.id));
    expect(topicsOf('zzqx')).to.deep.equal([]);
    expect(topicsOf('登录', 1)).to.have.length(1);
  });

  it('never throws on awkward text', () => {
    for (const query of ['x'.repeat(10000), '💳🔒😡', '\u0000\u0007', '.*+?^${}()|[]\\', '\ud800', undefined as unknown as string]) {
      expect(chinese.search(query)).to.be.an('array');
    }
  });
});
