// Vendor packs that are objects, not data: getters that throw, Proxies, revoked Proxies, cycles,
// nesting deeper than any engine's stack. Each is rejected with one console.error and a
// wallet-help-error, nothing reaches the page's error handlers, and the built-in guide stays
// (issue 12, finding 4).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/wallet-help/wallet-help.js';
import '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletHelp } from '../../src/components/wallet-help/wallet-help.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import { clearVendorContent } from '../../src/internal/packs.js';
import { applyVendorContent } from '../../src/internal/vendor-content.js';
import { mergeVendorPack } from '../../src/content/vendor.js';
import zhJson from '../../content/zh-CN.json';
import type { ContentPack } from '../../src/content/types.js';
import { cardBindingTopic } from './vendor-topic.js';
import { recordConsole } from '../helpers/console.js';
import { recordPageErrors } from '../helpers/page-errors.js';

const zh = zhJson as ContentPack;
const questions = (faq: WalletFaq) => [...faq.shadowRoot!.querySelectorAll('[part~="button"]')].map((button) => button.textContent!.trim());


function throwingGetter(): unknown {
  const topic = cardBindingTopic();
  Object.defineProperty(topic, 'question', { enumerable: true, get: () => { throw new Error('question getter threw'); } });
  return { lang: 'zh-CN', topics: [topic] };
}

function deeplyNested(): unknown {
  let value: unknown = '底';
  for (let depth = 0; depth < 200_000; depth++) value = [value];
  return { lang: 'zh-CN', topics: [{ ...cardBindingTopic(), keywords: value }] };
}

function cycle(): unknown {
  const pack: Record<string, unknown> = { lang: 'zh-CN', topics: [cardBindingTopic()] };
  (pack['topics'] as unknown[]).push(pack);
  return pack;
}

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

const throwingProxy = () => new Proxy({ lang: 'zh-CN', topics: [cardBindingTopic()] }, { get: () => { throw new Error('get trap threw'); }, ownKeys: () => { throw new Error('ownKeys trap threw'); } });

/** A thrown value whose own conversion to text throws too. */
const hostileThrow = () => ({ lang: 'zh-CN', get topics(): unknown { throw { toString() { throw new Error('toString threw'); } }; } });

const UNREADABLE: Array<[string, () => unknown]> = [
  ['a getter that throws', throwingGetter],
  ['a Proxy whose traps throw', throwingProxy],
  ['a revoked Proxy', revoked],
  ['a list holding a revoked Proxy', () => [revoked()]],
  ['a cycle', cycle],
  ['nesting deeper than the stack', deeplyNested],
  ['a throw of something that cannot be made text', hostileThrow],
];

/** Records console.error and every error that reaches the page (kept from failing the run), until `restore()`. */
function recordTrouble() {
  const consoleErrors = recordConsole('error');
  const page = recordPageErrors({ quiet: true });
  return {
    messages: consoleErrors.messages,
    pageErrors: page.errors,
    restore() {
      consoleErrors.restore();
      page.restore();
    },
  };
}

/** A task later: a rejection nobody handled has reached the page's handlers by then. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('vendor content that cannot be read as data', () => {
  beforeEach(() => document.documentElement.setAttribute('lang', 'zh-CN'));
  afterEach(() => {
    clearVendorContent();
    document.documentElement.removeAttribute('lang');
  });

  for (const [what, make] of UNREADABLE) {
    it(`rejects ${what} through .content: one console.error, no page error, the built-in guide stays`, async () => {
      const trouble = recordTrouble();
      try {
        const container = await fixture<HTMLDivElement>(html`<div><wallet-help launcher="none"></wallet-help><wallet-faq searchable></wallet-faq></div>`);
        const help = container.querySelector('wallet-help') as WalletHelp;
        const faq = container.querySelector('wallet-faq') as WalletFaq;
        const failed = oneEvent(help, 'wallet-help-error');
        help.content = make();
        expect((await failed).detail.reason).to.equal('invalid-content');
        await settle();
        expect(trouble.pageErrors).to.deep.equal([]);
        expect(trouble.messages).to.have.length(1);
        // Read or not (an engine may copy nesting deeper than another's stack), it is rejected.
        expect(trouble.messages[0]).to.match(/^wallet-help: the content property (could not be read as data|was rejected:)/);
        expect(questions(faq)).to.deep.equal(zh.topics.map((topic) => topic.question));
        faq.query = '登录';
        await waitUntil(() => questions(faq).length < zh.topics.length, 'search still works');
        help.show({ topic: 'security' });
        await waitUntil(() => help.shadowRoot!.querySelector('dialog')?.open, 'the panel opens');
        help.hide();
        await settle();
        expect(trouble.pageErrors).to.deep.equal([]);
      } finally {
        trouble.restore();
      }
    });
  }

  it('reads each field of a Proxy once, and shows what it read then, not what it says later', async () => {
    const trouble = recordTrouble();
    try {
      const faq = await fixture<WalletFaq>(html`<wallet-faq searchable></wallet-faq>`);
      let reads = 0;
      let question = '银行卡绑定不上怎么办？';
      const topic = new Proxy(cardBindingTopic(), {
        get(target, key, receiver) {
          if (key === 'question') {
            reads++;
            return question;
          }
          return Reflect.get(target, key, receiver);
        },
        getOwnPropertyDescriptor(target, key) {
          const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
          if (key === 'question') reads++;
          return descriptor && key === 'question' ? { ...descriptor, value: question } : descriptor;
        },
      });
      expect(await applyVendorContent({ lang: 'zh-CN', topics: [topic] }, faq, 'the test')).to.equal(true);
      const readsWhenApplied = reads;
      expect(readsWhenApplied).to.be.at.most(2);
      question = '';
      await waitUntil(() => questions(faq).includes('银行卡绑定不上怎么办？'), 'the question as it was read');
      faq.query = '绑卡';
      await waitUntil(() => questions(faq).length === 1, 'search finds it');
      expect(reads).to.equal(readsWhenApplied);
      expect(trouble.pageErrors).to.deep.equal([]);
    } finally {
      trouble.restore();
    }
  });

  it('still applies a pack of objects without a prototype, with a getter that answers', async () => {
    const faq = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
    const topic = Object.assign(Object.create(null) as object, cardBindingTopic());
    Object.defineProperty(topic, 'question', { enumerable: true, get: () => '银行卡绑定不上怎么办？' });
    expect(await applyVendorContent({ lang: 'zh-CN', topics: [topic] }, faq, 'the test')).to.equal(true);
    await waitUntil(() => questions(faq).includes('银行卡绑定不上怎么办？'), 'the vendor’s question');
  });

  it('names a lang that cannot be made text instead of throwing', () => {
    const result = mergeVendorPack(zh, JSON.parse('{"lang": {"toString": 1}}'));
    expect(result).to.deep.equal({ ok: false, errors: [{ path: 'lang', message: 'is {"toString":1}, but this pack is for zh-CN' }] });
  });
});
