// What vendors' pages and backends really hand the panel: error codes as numbers, a polluted
// Object.prototype, objects whose getters throw, queries full of `$`, odd support URLs, a content-src
// that never answers or never ends (issue 12).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/wallet-help/wallet-help.js';
import '../../src/components/wallet-faq/wallet-faq.js';
import '../../src/cdn.js';
import type { WalletHelp } from '../../src/components/wallet-help/wallet-help.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletHelpErrorDetail } from '../../src/internal/events.js';
import { clearVendorContent } from '../../src/internal/packs.js';
import { searchStatus } from '../../src/internal/search-controller.js';
import zhJson from '../../content/zh-CN.json';
import type { ContentPack } from '../../src/content/types.js';
import { captureConsole } from '../helpers/console.js';

const zh = zhJson as ContentPack;
const question = (id: string) => zh.topics.find((topic) => topic.id === id)!.question;
const root = (el: WalletHelp) => el.shadowRoot!;
const title = (el: WalletHelp) => root(el).querySelector('#title')?.textContent?.trim();
const links = (el: WalletHelp) => [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="contact-link"]')];

async function opened(el: WalletHelp) {
  await waitUntil(() => root(el).querySelector('dialog')?.open, 'panel open', { timeout: 5000 });
  await el.updateComplete;
}

const panel = () => fixture<WalletHelp>(html`<wallet-help launcher="none"></wallet-help>`);

/** Replaces console.error with a recorder until `restore()`. */

/** Object.prototype as another script's bug leaves it, until `restore()`. */
function pollute(fields: Record<string, unknown>) {
  for (const [key, value] of Object.entries(fields)) {
    Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true, enumerable: false });
  }
  return { restore: () => Object.keys(fields).forEach((key) => delete (Object.prototype as Record<string, unknown>)[key]) };
}

describe('careless and hostile input', () => {
  beforeEach(() => document.documentElement.setAttribute('lang', 'zh-CN'));
  afterEach(() => {
    document.querySelector('wallet-help')?.remove();
    document.documentElement.removeAttribute('lang');
  });

  describe('error codes that are numbers', () => {
    it('opens the panel when the backend sends the error code as a number', async () => {
      const el = await panel();
      el.errorMap = { 4012: 'account-locked' };
      el.show({ errorCode: 4012 });
      await opened(el);
      expect(title(el)).to.equal(question('account-locked'));
    });

    it('opens the mapped topic from WalletHelp.open({ errorCode: 4012 }) and WalletHelp.configure’s errorMap', async () => {
      window.WalletHelp!.configure({ errorMap: { 4012: 'transaction-failed' } });
      const opening = oneEvent(document, 'wallet-help-open');
      window.WalletHelp!.open({ errorCode: 4012 });
      expect((await opening).detail).to.deep.equal({ topic: 'transaction-failed', errorCode: '4012', trigger: 'api' });
      const el = document.querySelector('wallet-help') as WalletHelp;
      await opened(el);
      expect(title(el)).to.equal(question('transaction-failed'));
      window.WalletHelp!.configure({ errorMap: {} });
    });

    it('opens on a number set as the errorCode property', async () => {
      const el = await panel();
      el.errorMap = { 7: 'security' };
      el.errorCode = 7;
      el.open = true;
      await opened(el);
      expect(title(el)).to.equal(question('security'));
    });

    it('opens home, with one warning naming it, for an unknown number or something that is no code', async () => {
      await captureConsole('warn', async (warnings) => {
        const el = await panel();
        el.show({ errorCode: 999 });
        await opened(el);
        expect(title(el)).to.equal(zh.ui.helpTitle);
        expect(warnings.about('unknown error code "999"')).to.have.length(1);
        el.show({ errorCode: { code: 1 } as unknown as string });
        await el.updateComplete;
        expect(title(el)).to.equal(zh.ui.helpTitle);
        expect(warnings.about('unknown error code "[object Object]"')).to.have.length(1);
        el.show({ errorCode: Object.create(null) as string, topic: 42 as unknown as string });
        await el.updateComplete;
        expect(el.open).to.equal(true);
        expect(title(el)).to.equal(zh.ui.helpTitle);
        expect(warnings.about('unknown topic "42"')).to.have.length(1);
      });
    });
  });

  describe('a polluted Object.prototype', () => {
    it('reads no inherited url, errorCode, topic or lang as the vendor’s', async () => {
      const el = await panel();
      el.support = { phone: '95188' };
      const polluted = pollute({ url: 'https://evil.example/', errorCode: 'account_locked', topic: 'security', lang: 'en', hours: '24/7 at evil.example' });
      try {
        el.show({});
        await opened(el);
        expect(title(el)).to.equal(zh.ui.helpTitle);
        el.show('complaint');
        await el.updateComplete;
        expect(links(el).map((link) => link.getAttribute('href'))).to.deep.equal(['tel:95188']);
        expect(root(el).textContent).not.to.include('evil.example');
      } finally {
        polluted.restore();
      }
    });

    it('reads no inherited option through WalletHelp.open and WalletHelp.configure', async () => {
      const polluted = pollute({ url: 'https://evil.example/', errorCode: 'account_locked', lang: 'en', support: { url: 'https://evil.example/' }, theme: 'dark', accent: 'red' });
      try {
        window.WalletHelp!.configure({ support: { phone: '95188' } });
        window.WalletHelp!.open({ topic: 'complaint' });
        const el = document.querySelector('wallet-help') as WalletHelp;
        await opened(el);
        expect(title(el)).to.equal(question('complaint'));
        expect(el.hasAttribute('lang')).to.equal(false);
        expect(links(el).map((link) => link.getAttribute('href'))).to.deep.equal(['tel:95188']);
        expect(root(el).textContent).not.to.include('evil.example');
        window.WalletHelp!.open({});
        await el.updateComplete;
        expect(title(el)).to.equal(zh.ui.helpTitle);
      } finally {
        polluted.restore();
        window.WalletHelp!.configure({ support: {} });
      }
    });
  });

  describe('support and errorMap that cannot be read', () => {
    it('shows the guide’s advice when support’s getters throw, with one console.error, and the panel keeps working', async () => {
      await captureConsole('error', async (errors) => {
        const el = await panel();
        el.support = {
          get phone(): string {
            throw new Error('a getter that throws');
          },
        };
        el.show('complaint');
        await opened(el);
        expect(title(el)).to.equal(question('complaint'));
        expect(root(el).textContent).to.include(zh.ui.contactAdvice);
        expect(errors.messages.filter((message) => message.includes('support could not be read'))).to.have.length.greaterThan(0);
      });
    });

    it('opens the built-in code’s topic when the errorMap is a Proxy that throws', async () => {
      await captureConsole('error', async (errors) => {
        const el = await panel();
        el.errorMap = new Proxy({}, {
          ownKeys() {
            throw new Error('a Proxy that throws');
          },
        });
        el.show({ errorCode: 'payment_failed' });
        await opened(el);
        expect(title(el)).to.equal(question('transaction-failed'));
        expect(errors.messages.filter((message) => message.includes('errorMap could not be read'))).to.have.length(1);
      });
    });
  });

  describe('support links', () => {
    async function contact(url: string) {
      let el!: WalletHelp;
      const warnings = await captureConsole('warn', async () => {
        el = await panel();
        el.support = { url };
        el.show('complaint');
        await opened(el);
      });
      const [link] = links(el);
      return { href: link?.getAttribute('href'), text: link?.textContent?.trim(), shown: root(el).querySelector('.contact-list')!.textContent!, warned: warnings.about('support.url').length };
    }

    it('shows where a website link really goes: its host', async () => {
      expect(await contact('https://help.wallet.example/contact?from=app')).to.include({ href: 'https://help.wallet.example/contact?from=app', text: 'help.wallet.example' });
      expect(await contact('https://bank.example@evil.example/login')).to.include({ href: 'https://bank.example@evil.example/login', text: 'evil.example' });
      expect(await contact('mailto:help@wallet.example')).to.include({ href: 'mailto:help@wallet.example', text: 'help@wallet.example' });
    });

    for (const url of ['https:evil.example/x', 'https:/evil.example/x', '//evil.example/x', 'https://wallet.example\\@evil.example/', 'https://wallet.exa\tmple/', 'https://wallet.example/\u0000', 'javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,hi']) {
      it(`makes no link of ${JSON.stringify(url)}, shows it as text and says so`, async () => {
        const shown = await contact(url);
        expect(shown.href).to.equal(undefined);
        expect(shown.shown).to.include(url.trim());
        expect(shown.warned).to.equal(1);
      });
    }
  });

  describe('what the user types', () => {
    const queries = ['zzqx $& zzqx', 'zzqx $` zzqx', "zzqx $' zzqx", 'zzqx $1 $$ zzqx', "$'$`$&"];

    it('puts queries with $ patterns into the “nothing found” line as typed', () => {
      for (const query of queries) expect(searchStatus(zh.ui, 0, query)).to.equal(zh.ui.searchEmpty.split('{query}').join(query));
    });

    it('echoes at most 200 characters of a query, with an ellipsis', () => {
      const query = 'zq'.repeat(1000);
      expect(searchStatus(zh.ui, 0, query)).to.equal(zh.ui.searchEmpty.split('{query}').join(`${query.slice(0, 200)}…`));
    });

    it('shows the panel’s “nothing found” line with the query as typed, and its box takes 200 characters', async () => {
      const el = await panel();
      el.show();
      await opened(el);
      const field = root(el).querySelector<HTMLInputElement>('#search')!;
      expect(field.maxLength).to.equal(200);
      for (const query of queries) {
        await waitUntil(async () => {
          field.value = query;
          field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await el.updateComplete;
          return root(el).querySelector('.status')!.textContent === zh.ui.searchEmpty.split('{query}').join(query);
        }, `the line for ${query}`);
      }
    });

    it('shows the FAQ’s “nothing found” line with the query as typed, and at most 200 characters of it in its box', async () => {
      const faq = await fixture<WalletFaq>(html`<wallet-faq searchable></wallet-faq>`);
      const status = () => faq.shadowRoot!.querySelector('[part~="search-status"]')!.textContent;
      for (const query of queries) {
        faq.query = query;
        await waitUntil(() => status() === zh.ui.searchEmpty.split('{query}').join(query), `the line for ${query}`);
      }
      faq.query = 'zq'.repeat(1000);
      await waitUntil(() => status() === zh.ui.searchEmpty.split('{query}').join(`${'zq'.repeat(100)}…`), 'the line for a long query');
      const field = faq.shadowRoot!.querySelector('input')!;
      expect(field.maxLength).to.equal(200);
      expect(field.value).to.have.length(200);
    });
  });

  describe('content-src limits', () => {
    const realFetch = window.fetch;
    const realTimeout = AbortSignal.timeout;
    afterEach(() => {
      window.fetch = realFetch;
      AbortSignal.timeout = realTimeout;
      clearVendorContent();
    });

    async function failure(url: string) {
      const el = document.createElement('wallet-help');
      el.setAttribute('launcher', 'none');
      const failed = oneEvent(el, 'wallet-help-error');
      el.setAttribute('content-src', url);
      const errors = await captureConsole('error', async () => {
        document.body.append(el);
        await failed;
      });
      expect(errors.messages).to.have.length(1);
      return (await failed).detail;
    }

    it('gives up on a content-src that never answers after 10 s: wallet-help-error fetch-timeout', async () => {
      // A clock of our own: the 10 s pass when the test says.
      const asked: number[] = [];
      const clocks: AbortController[] = [];
      AbortSignal.timeout = (ms: number) => {
        asked.push(ms);
        clocks.push(new AbortController());
        return clocks.at(-1)!.signal;
      };
      // A server that never answers: only the signal ends the wait.
      window.fetch = (_input, init) => new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
      const failing = failure('/never-answers.json');
      await waitUntil(() => clocks.length === 1, 'the fetch started');
      expect(asked).to.deep.equal([10_000]);
      clocks[0]!.abort(new DOMException('signal timed out', 'TimeoutError'));
      expect(await failing).to.deep.equal({ reason: 'fetch-timeout', path: '/never-answers.json' } satisfies WalletHelpErrorDetail);
    });

    it('rejects a content-src body over 4 MB: wallet-help-error too-large', async () => {
      window.fetch = async () => new Response(JSON.stringify({ title: 'x'.repeat(4 * 1024 * 1024) }));
      expect(await failure('/too-large.json')).to.deep.equal({ reason: 'too-large', path: '/too-large.json' });
    });

    it('rejects a content-src whose Content-Length is over 4 MB, without reading it', async () => {
      let pulled = 0;
      const endless = new ReadableStream({ pull: (controller) => void (pulled++, controller.enqueue(new Uint8Array(1024))) }, { highWaterMark: 0 });
      window.fetch = async () => new Response(endless, { headers: { 'content-length': String(4 * 1024 * 1024 + 1) } });
      expect(await failure('/says-too-large.json')).to.deep.equal({ reason: 'too-large', path: '/says-too-large.json' });
      expect(pulled).to.equal(0);
    });

    it('fetches no content-src that is not http(s) (javascript:, data:, blob:): wallet-help-error fetch-failed', async () => {
      const fetched: unknown[] = [];
      window.fetch = async (input) => {
        fetched.push(input);
        return new Response('{}');
      };
      for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:application/json,{}', 'blob:https://evil.example/x']) {
        expect(await failure(url), url).to.deep.equal({ reason: 'fetch-failed', path: url });
      }
      expect(fetched).to.deep.equal([]);
    });

    it('applies a content-src of 512 KB or less', async () => {
      const faq = await fixture<WalletFaq>(html`<wallet-faq></wallet-faq>`);
      window.fetch = async () => new Response(JSON.stringify({ lang: 'zh-CN', topics: [{ id: 'security', question: '怎样让示例钱包更安全？' }] }));
      const el = document.createElement('wallet-help');
      el.setAttribute('launcher', 'none');
      el.setAttribute('content-src', '/small.json');
      document.body.append(el);
      await waitUntil(() => faq.shadowRoot!.textContent!.includes('怎样让示例钱包更安全？'), 'the vendor’s question');
    });
  });
});
