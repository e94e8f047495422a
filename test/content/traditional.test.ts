// The Traditional Chinese packs (content/zh-TW.json, content/zh-HK.json) are made from zh-CN by
// scripts/traditional-packs.mjs: opencc-js, then each region's reviewed overrides. These tests run that
// same conversion and hold the committed packs to it (so they can't drift from zh-CN), check them like
// the other packs, and check their words: each concept of the guide in the region's own word, no
// Mainland (or other region's) form anywhere, and no Simplified character left.
import { expect } from '@open-wc/testing';
import { Locale } from 'opencc-js';
import zhJson from '../../content/zh-CN.json';
import twJson from '../../content/zh-TW.json';
import hkJson from '../../content/zh-HK.json';
import { converterFor, traditionalPack, type RegionOverrides, type TraditionalLang } from '../../scripts/traditional-packs.mjs';
import type { ContentPack } from '../../src/content/types.js';
import { formatPackErrors, validatePack } from '../../src/content/validate.js';

/** The pack files hold the whole guide: its title, introduction and closing too. */
type GuidePack = Required<ContentPack>;
const zh = zhJson as GuidePack;
const packs: Record<TraditionalLang, GuidePack> = { 'zh-TW': twJson as GuidePack, 'zh-HK': hkJson as GuidePack };
const LANGS = Object.keys(packs) as TraditionalLang[];

async function overridesOf(lang: TraditionalLang): Promise<RegionOverrides> {
  const response = await fetch(new URL(`../../content/source/${lang}.overrides.json`, import.meta.url));
  expect(response.ok, `${lang} overrides are served`).to.equal(true);
  return (await response.json()) as RegionOverrides;
}

/** Every string of a value with its path, e.g. `topics[0].answer[1]`. */
function stringsIn(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** The text people read: every string but ids, links, error codes and the search-only keywords and synonyms. */
const NOT_SHOWN = /(^lang$|\.id$|\.errorCodes\[|\.related\[|^causes\.items\[\d+\]\.topics\[|\.keywords\[|^synonyms\[)/;
const shownText = (pack: ContentPack): Map<string, string> => new Map(stringsIn(pack).filter(([path]) => !NOT_SHOWN.test(path)));

const count = (text: string, pattern: RegExp): number => text.match(new RegExp(pattern.source, 'gu'))?.length ?? 0;

describe('the Traditional Chinese packs', () => {
  for (const lang of LANGS) {
    const pack = packs[lang];

    describe(lang, () => {
      it('are exactly what scripts/traditional-packs.mjs makes from zh-CN now (npm run content:traditional)', async () => {
        const made = traditionalPack(zh, lang, await overridesOf(lang), converterFor(lang));
        const committed = new Map(stringsIn(pack));
        const stale = stringsIn(made).filter(([path, text]) => committed.get(path) !== text).map(([path, text]) => `${path}: ${text}`);
        expect(stale, `content/${lang}.json is stale (run npm run content:traditional); it should read`).to.deep.equal([]);
        expect(pack).to.deep.equal(made);
      });

      it('give a reason for every override', async () => {
        const overrides = await overridesOf(lang);
        const reasons = [...(overrides.phrases ?? []), ...Object.values(overrides.keywords ?? {}), ...(overrides.synonyms ?? [])].map(
          (entry) => entry.why,
        );
        expect(reasons.length).to.be.above(0);
        for (const why of reasons) expect(why, JSON.stringify(overrides)).to.be.a('string').and.match(/\S{3}/);
      });

      it('pass the validator and declare their language', () => {
        const result = validatePack(pack);
        expect(result.ok, result.ok ? '' : formatPackErrors(result.errors, `content/${lang}.json`)).to.equal(true);
        expect(pack.lang).to.equal(lang);
      });

      it('keep zh-CN’s shape, ids, error codes and links, so saved progress and error codes carry over', () => {
        const skeleton = (value: GuidePack) => ({
          topics: value.topics.map((topic) => ({
            id: topic.id,
            answer: topic.answer.length,
            steps: topic.checklist.map((step) => step.id),
            errorCodes: topic.errorCodes,
            related: topic.related,
          })),
          causes: value.causes.items.map((cause) => [cause.id, cause.topics, cause.sentences.length]),
          summary: value.causes.summary!.length,
          intro: value.intro.paragraphs.length,
          ui: Object.keys(value.ui).sort(),
          synonyms: value.synonyms.length,
        });
        expect(skeleton(pack)).to.deep.equal(skeleton(zh));
      });

      it('keep every placeholder of the UI strings', () => {
        const placeholders = (text: string) => text.match(/\{\w+\}/g) ?? [];
        for (const [key, text] of Object.entries(zh.ui)) {
          expect(placeholders(pack.ui[key as keyof typeof pack.ui]), key).to.deep.equal(placeholders(text));
        }
      });

      it('quote each checklist step’s detail from its own answer, as zh-CN does', () => {
        for (const topic of pack.topics) {
          for (const step of topic.checklist) {
            expect(topic.answer.some((paragraph) => paragraph.includes(step.detail)), `${topic.id}/${step.id}`).to.equal(true);
          }
        }
      });

      it('keep zh-CN’s search words, converted, and add the region’s own', () => {
        for (const [index, topic] of pack.topics.entries()) {
          expect(topic.keywords.length, topic.id).to.be.at.least(zh.topics[index]!.keywords.length - 2);
          expect(new Set(topic.keywords).size, `${topic.id} has no keyword twice`).to.equal(topic.keywords.length);
        }
      });
    });
  }
});

/**
 * Each concept of the guide, the Mainland word zh-CN uses for it, and the word each region uses. Wherever
 * a zh-CN string has the Mainland word n times, the same string of the regional pack has the region's
 * word at least n times (the shown text, string by string). The words were chosen by how each region's
 * wallets, banks and phones say them; content/source/<lang>.overrides.json gives each choice's reason.
 */
const CONCEPTS: { concept: string; zhCN: RegExp; 'zh-TW': RegExp; 'zh-HK': RegExp }[] = [
  { concept: 'network', zhCN: /网络/, 'zh-TW': /網路/, 'zh-HK': /網絡/ },
  { concept: 'connection', zhCN: /连接|链接/, 'zh-TW': /連線/, 'zh-HK': /連接/ },
  { concept: 'information, details', zhCN: /信息/, 'zh-TW': /資訊|訊息/, 'zh-HK': /資料|訊息/ },
  { concept: 'app', zhCN: /(?<!响)应用(?!程序|管理)/, 'zh-TW': /App/, 'zh-HK': /App/ },
  { concept: 'application program', zhCN: /应用程序|应用管理/, 'zh-TW': /應用程式/, 'zh-HK': /應用程式/ },
  { concept: 'account (holding money)', zhCN: /账户/, 'zh-TW': /帳戶/, 'zh-HK': /賬戶/ },
  { concept: 'account (signing in)', zhCN: /账号/, 'zh-TW': /帳號/, 'zh-HK': /賬號/ },
  { concept: 'transfer', zhCN: /转账/, 'zh-TW': /轉帳/, 'zh-HK': /轉賬/ },
  { concept: 'SMS', zhCN: /短信/, 'zh-TW': /簡訊/, 'zh-HK': /短訊/ },
  { concept: 'sign in', zhCN: /登录/, 'zh-TW': /登入/, 'zh-HK': /登入/ },
  { concept: 'mobile data', zhCN: /移动数据/, 'zh-TW': /行動數據/, 'zh-HK': /流動數據/ },
  { concept: 'customer service', zhCN: /客服/, 'zh-TW': /客服/, 'zh-HK': /客服/ },
  { concept: 'customer service (in full)', zhCN: /客户服务/, 'zh-TW': /客戶服務/, 'zh-HK': /客戶服務/ },
  { concept: 'mobile phone', zhCN: /手机/, 'zh-TW': /手機/, 'zh-HK': /手機/ },
  { concept: 'phone number', zhCN: /手机号/, 'zh-TW': /手機號碼/, 'zh-HK': /手機號碼/ },
  { concept: 'password', zhCN: /密码/, 'zh-TW': /密碼/, 'zh-HK': /密碼/ },
  { concept: 'verification code', zhCN: /验证码/, 'zh-TW': /驗證碼/, 'zh-HK': /驗證碼/ },
  { concept: 'update', zhCN: /更新/, 'zh-TW': /更新/, 'zh-HK': /更新/ },
  { concept: 'user', zhCN: /用户/, 'zh-TW': /使用者/, 'zh-HK': /用戶/ },
  { concept: 'server', zhCN: /服务器/, 'zh-TW': /伺服器/, 'zh-HK': /伺服器/ },
  { concept: 'device', zhCN: /设备/, 'zh-TW': /裝置/, 'zh-HK': /裝置/ },
  { concept: 'settings', zhCN: /设置/, 'zh-TW': /設定/, 'zh-HK': /設定/ },
  { concept: 'cache', zhCN: /缓存/, 'zh-TW': /快取/, 'zh-HK': /快取/ },
  { concept: 'search', zhCN: /搜索/, 'zh-TW': /搜尋/, 'zh-HK': /搜尋/ },
  { concept: 'email', zhCN: /邮箱/, 'zh-TW': /電子郵件/, 'zh-HK': /電郵/ },
  { concept: 'digital wallet', zhCN: /数字钱包/, 'zh-TW': /數位錢包/, 'zh-HK': /電子錢包/ },
  { concept: 'contact', zhCN: /联系/, 'zh-TW': /聯絡/, 'zh-HK': /聯絡/ },
  { concept: 'social media', zhCN: /社交媒体/, 'zh-TW': /社群媒體/, 'zh-HK': /社交媒體/ },
  { concept: 'official channels', zhCN: /渠道/, 'zh-TW': /管道/, 'zh-HK': /渠道/ },
  { concept: 'feedback', zhCN: /反馈/, 'zh-TW': /回饋/, 'zh-HK': /意見/ },
  { concept: 'Wi-Fi', zhCN: /Wi-Fi/, 'zh-TW': /Wi-Fi/, 'zh-HK': /Wi-Fi/ },
];

/**
 * Forms that must appear nowhere in a region's pack, search words included: the Mainland's words (in
 * Traditional characters, where a converter leaves them: Simplified ones are caught below anyway) and
 * the other region's. Only words of this guide's concepts, each a word the region says differently; not
 * words both use (Hong Kong says 使用者 too, Taiwan 設置 for installing), nor zh-CN's own typing slips
 * kept as search words (登陸).
 */
const NEVER: Record<TraditionalLang, RegExp[]> = {
  'zh-TW': [
    /網絡/, // network: Mainland and Hong Kong
    /信息/, // information: Mainland (Taiwan 資訊, 訊息)
    /短信|短訊/, // SMS: Mainland, Hong Kong (Taiwan 簡訊)
    /軟件/, // software: Mainland and Hong Kong (Taiwan 軟體)
    /登錄/, // sign in: Mainland (Taiwan 登入)
    /賬/, // accounts: Taiwan writes 帳 (帳戶, 帳號, 轉帳)
    /用戶|户/, // user: Taiwan 使用者; 户 is the Mainland character
    /移動數據|流動數據/, // mobile data: Mainland, Hong Kong (Taiwan 行動數據)
    /服務器|緩存|加載|設備|程序/, // server, cache, loading, device, program: Mainland (伺服器, 快取, 載入, 裝置, 程式)
    /數字錢包|數字化|數碼/, // digital: Mainland 數字, Hong Kong 數碼 (Taiwan 數位)
    /郵箱|電郵/, // email: Mainland, Hong Kong (Taiwan 電子郵件)
    /聯繫|反饋|社交媒體|渠道|擁堵|響應|激活|搜索|鏈接|支持/, // Mainland: 聯絡, 回饋, 社群媒體, 管道, 壅塞, 回應, 啟用, 搜尋, 連結, 支援
    /(?<![響回])應用(?!程式)/, // an app: App or 應用程式, not 應用 alone (回應用戶 is 回應 + 用戶) — except as a search synonym
    /全域性性/, // opencc's doubled 性 (全局性 → 全域性性)
    /[“”]/, // quotes: 「」
  ],
  'zh-HK': [
    /網路/, // network: Taiwan (Hong Kong 網絡)
    /軟體/, // software: Taiwan (Hong Kong 軟件)
    /簡訊|短信/, // SMS: Taiwan, Mainland (Hong Kong 短訊)
    /帳/, // accounts: Taiwan's 帳 (Hong Kong 賬戶, 賬號, 轉賬)
    /户/, // the Mainland character (Hong Kong 戶)
    /登錄/, // sign in: Mainland (Hong Kong 登入)
    /信息/, // information: Mainland (Hong Kong 資料, 訊息)
    /移動數據|行動數據/, // mobile data: Mainland, Taiwan (Hong Kong 流動數據)
    /服務器|緩存|加載|設備|程序|設置/, // Mainland: 伺服器, 快取, 載入, 裝置, 程式, 設定
    /數字錢包|數字化|數位/, // digital: Mainland 數字, Taiwan 數位
    /郵箱/, // email: Mainland (Hong Kong 電郵)
    /聯繫|反饋|擁堵|響應|激活|搜索|鏈接|支持/, // Mainland: 聯絡, 意見, 擠塞, 回應, 啟用, 搜尋, 連接, 支援
    /作業系統|社群媒體|管道|使用者/, // Taiwan: 操作系統, 社交媒體, 渠道, 用戶
    /(?<![響回])應用(?!程式)/, // an app: App or 應用程式 (回應用戶 is 回應 + 用戶) — except as a search synonym
    /[啓説着峯泄]/, // one form of each: Hong Kong's input methods write 啟 說 著 峰 洩 (see the overrides)
    /[“”]/, // quotes: 「」
  ],
};

/** The app synonym group keeps 應用 so people who type it still find the app topics. */
const withoutAppSynonym = (pack: ContentPack): ContentPack => ({
  ...pack,
  synonyms: pack.synonyms?.map((group) => group.filter((term) => term !== '應用')),
});

/**
 * Characters that opencc's Simplified → Traditional table changes (STCharacters), less those Taiwan's or
 * Hong Kong's variant table writes (峰 in Taiwan, where the table has 峯; 台, 户 in Hong Kong's glyph
 * list): what is left is Simplified only. 户 is forbidden above all the same (it is also the Mainland's).
 */
function simplifiedOnly(): Set<string> {
  const entries = (groups: readonly (readonly unknown[])[]): [string, string][] =>
    groups
      .flatMap((group) => group.filter((dict): dict is string => typeof dict === 'string'))
      .flatMap((dict) => dict.split('|').map((entry) => entry.split(' ') as [string, string]));
  const stCharacters = entries(Locale.from.cn!).filter(([from]) => [...from].length === 1);
  const regional = new Set([...entries(Locale.to.tw!), ...entries(Locale.to.hk!)].map(([, to]) => to));
  return new Set(stCharacters.filter(([from, to]) => from !== to && !regional.has(from)).map(([from]) => from));
}

describe('the Traditional Chinese packs’ words', () => {
  const cnText = shownText(zh);

  for (const lang of LANGS) {
    const pack = packs[lang];

    it(`${lang}: says each concept of the guide the region’s way wherever zh-CN says it`, () => {
      const text = shownText(pack);
      let checked = 0;
      for (const { concept, zhCN, [lang]: regional } of CONCEPTS) {
        for (const [path, cn] of cnText) {
          const wanted = count(cn, zhCN);
          if (wanted === 0) continue;
          checked += 1;
          expect(count(text.get(path)!, regional), `${concept} at ${path}: ${text.get(path)}`).to.be.at.least(wanted);
        }
      }
      // Every concept of the table occurs in the guide: a concept that matched nothing checks nothing.
      for (const { concept, zhCN } of CONCEPTS) {
        expect([...cnText.values()].some((cn) => zhCN.test(cn)), `${concept} occurs in zh-CN`).to.equal(true);
      }
      expect(checked).to.be.above(100);
    });

    it(`${lang}: uses no Mainland or other-region form anywhere, search words included`, () => {
      const all = stringsIn(withoutAppSynonym(pack));
      for (const pattern of NEVER[lang]) {
        const found = all.filter(([, text]) => pattern.test(text));
        expect(found.map(([path, text]) => `${path}: ${text}`), `${pattern}`).to.deep.equal([]);
      }
    });

    it(`${lang}: has no Simplified-only character left`, () => {
      const simplified = simplifiedOnly();
      expect(simplified.size, 'opencc’s table is loaded').to.be.above(2000);
      // The table knows these pairs: a Simplified character would be caught, not missed.
      expect(['网', '软', '录', '账'].every((character) => simplified.has(character))).to.equal(true);
      const left = stringsIn(pack).flatMap(([path, text]) => [...text].filter((c) => simplified.has(c)).map((c) => `${c} in ${path}`));
      expect(left.join(', ')).to.equal('');
    });
  }

  it('the regional keywords hold the Cantonese people type in Hong Kong', () => {
    const keywordsOf = (id: string) => packs['zh-HK'].topics.find((topic) => topic.id === id)!.keywords;
    expect(keywordsOf('login-failed')).to.include('登入唔到');
    expect(keywordsOf('transaction-failed')).to.include.members(['俾錢', '唔見咗錢']);
    expect(keywordsOf('update-issues')).to.include('彈App');
  });
});
