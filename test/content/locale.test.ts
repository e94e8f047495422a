import { expect } from '@open-wc/testing';
import { isSupportedLangTag, packLangFor } from '../../src/content/locale.js';

describe('packLangFor', () => {
  it('reads Simplified Chinese tags as zh-CN', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-SG', 'zh-Hans-CN']) expect(packLangFor(tag), tag).to.equal('zh-CN');
  });

  it('ignores case and accepts underscores', () => {
    for (const tag of ['ZH-cn', 'zh_CN', 'zh_hans_cn', 'EN', 'en_us', ' en-GB ']) {
      expect(packLangFor(tag), tag).to.equal(tag.trim().toLowerCase().startsWith('en') ? 'en' : 'zh-CN');
    }
  });

  it('reads English and every English region as en', () => {
    for (const tag of ['en', 'en-US', 'en-GB', 'en-IN', 'en-Latn-US']) expect(packLangFor(tag), tag).to.equal('en');
  });

  it('gives Traditional Chinese readers the Chinese pack, the closest one shipped', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-TW', 'zh-MO']) expect(packLangFor(tag), tag).to.equal('zh-CN');
  });

  it('passes over what is not a tag (a page’s configure({ lang: {} })), never throwing', () => {
    for (const value of [{}, 7, true, [{}, 'en'], [['en']]] as unknown[]) {
      expect(packLangFor(value as string), JSON.stringify(value)).to.equal(JSON.stringify(value) === '[{},"en"]' ? 'en' : 'zh-CN');
    }
  });

  it('falls back to the guide’s own language for anything else', () => {
    for (const tag of ['fr', 'de-DE', 'ja', 'eng', 'english', 'x-klingon', '*']) expect(packLangFor(tag), tag).to.equal('zh-CN');
  });

  it('falls back to zh-CN when no tag is given', () => {
    expect(packLangFor(undefined)).to.equal('zh-CN');
    expect(packLangFor(null)).to.equal('zh-CN');
    expect(packLangFor('')).to.equal('zh-CN');
    expect(packLangFor([])).to.equal('zh-CN');
    expect(packLangFor([null, undefined, '', '  '])).to.equal('zh-CN');
  });

  it('decides by the first non-empty tag in a list', () => {
    expect(packLangFor(['', null, 'en-US', 'zh-CN'])).to.equal('en');
    expect(packLangFor([undefined, 'zh-TW', 'en'])).to.equal('zh-CN');
    expect(packLangFor(['fr-FR', 'en-US'])).to.equal('zh-CN');
  });

  it('takes navigator.languages as it is', () => {
    expect(['zh-CN', 'en']).to.include(packLangFor(navigator.languages));
  });
});

describe('isSupportedLangTag', () => {
  it('accepts tags a shipped pack can serve', () => {
    for (const tag of ['en', 'en-GB', 'EN_us', 'zh', 'zh-CN', 'zh-Hant', 'zh_TW']) expect(isSupportedLangTag(tag), tag).to.equal(true);
  });

  it('rejects other languages and empty values', () => {
    for (const tag of ['fr', 'ja-JP', 'eng', '', '  ', null, undefined]) expect(isSupportedLangTag(tag), String(tag)).to.equal(false);
  });

  it('lets a caller pick the first supported tag', () => {
    expect(packLangFor(['fr-FR', 'en-US', 'zh-CN'].filter(isSupportedLangTag))).to.equal('en');
  });
});
