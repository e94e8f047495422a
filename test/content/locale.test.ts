import { expect } from '@open-wc/testing';
import { isSupportedLangTag, packLangFor } from '../../src/content/locale.js';

describe('packLangFor', () => {
  it('reads Simplified Chinese tags as zh-CN', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-SG', 'zh-Hans-CN', 'zh-Hans-SG']) expect(packLangFor(tag), tag).to.equal('zh-CN');
  });

  it('ignores case and accepts underscores', () => {
    const cases: [string, string][] = [
      ['ZH-cn', 'zh-CN'],
      ['zh_CN', 'zh-CN'],
      ['zh_hans_cn', 'zh-CN'],
      ['EN', 'en'],
      ['en_us', 'en'],
      [' en-GB ', 'en'],
      ['ZH-tw', 'zh-TW'],
      ['zh_hant_tw', 'zh-TW'],
      ['ZH_HANT', 'zh-TW'],
      ['zh_hk', 'zh-HK'],
      ['Zh-Hant-Mo', 'zh-HK'],
      [' zh-HK ', 'zh-HK'],
    ];
    for (const [tag, lang] of cases) expect(packLangFor(tag), tag).to.equal(lang);
  });

  it('reads Taiwan and Traditional script as zh-TW', () => {
    for (const tag of ['zh-TW', 'zh-Hant', 'zh-Hant-TW', 'zh-Hant-CN', 'zh-Hant-SG', 'zh-TW-u-nu-hanidec']) {
      expect(packLangFor(tag), tag).to.equal('zh-TW');
    }
  });

  it('reads Hong Kong and Macau as zh-HK', () => {
    for (const tag of ['zh-HK', 'zh-MO', 'zh-Hant-HK', 'zh-Hant-MO']) expect(packLangFor(tag), tag).to.equal('zh-HK');
  });

  it('lets the script subtag win over the region: Simplified in Hong Kong, Macau or Taiwan reads zh-CN', () => {
    for (const tag of ['zh-Hans-HK', 'zh-Hans-MO', 'zh-Hans-TW', 'zh_hans_hk']) expect(packLangFor(tag), tag).to.equal('zh-CN');
  });

  it('matches whole subtags only', () => {
    for (const tag of ['zh-Hantx', 'zh-TWN', 'zh-HKG', 'zhtw', 'zh-hk1', 'tw', 'hk']) {
      expect(packLangFor(tag), tag).to.equal('zh-CN');
    }
  });

  it('reads English and every English region as en', () => {
    for (const tag of ['en', 'en-US', 'en-GB', 'en-IN', 'en-Latn-US']) expect(packLangFor(tag), tag).to.equal('en');
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
    expect(packLangFor([undefined, 'zh-TW', 'en'])).to.equal('zh-TW');
    expect(packLangFor(['', 'zh-HK', 'zh-CN'])).to.equal('zh-HK');
    expect(packLangFor(['fr-FR', 'en-US'])).to.equal('zh-CN');
  });

  it('takes navigator.languages as it is', () => {
    expect(['zh-CN', 'zh-TW', 'zh-HK', 'en']).to.include(packLangFor(navigator.languages));
  });
});

describe('isSupportedLangTag', () => {
  it('accepts tags a shipped pack can serve', () => {
    for (const tag of ['en', 'en-GB', 'EN_us', 'zh', 'zh-CN', 'zh-Hant', 'zh_TW', 'zh-HK', 'zh-Hant-MO']) {
      expect(isSupportedLangTag(tag), tag).to.equal(true);
    }
  });

  it('rejects other languages and empty values', () => {
    for (const tag of ['fr', 'ja-JP', 'eng', '', '  ', null, undefined]) expect(isSupportedLangTag(tag), String(tag)).to.equal(false);
  });

  it('lets a caller pick the first supported tag', () => {
    expect(packLangFor(['fr-FR', 'en-US', 'zh-CN'].filter(isSupportedLangTag))).to.equal('en');
    expect(packLangFor(['fr-FR', 'zh-HK', 'en-US'].filter(isSupportedLangTag))).to.equal('zh-HK');
  });
});
