import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/wallet-checklist/wallet-checklist.js';
import type { WalletChecklist } from '../../src/components/wallet-checklist/wallet-checklist.js';
import type { WalletChecklistChangeDetail } from '../../src/internal/events.js';
import { forgetStoredIds } from '../../src/internal/stored-ids.js';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import twJson from '../../content/zh-TW.json';
import hkJson from '../../content/zh-HK.json';
import type { ContentPack } from '../../src/content/types.js';
import { captureConsole } from '../helpers/console.js';

const zh = zhJson as ContentPack;
const en = enJson as ContentPack;
const tw = twJson as ContentPack;
const hk = hkJson as ContentPack;
const THEMES = ['light', 'dark'] as const;
const KEY = 'wallet-help:checklist:transaction-failed';
const steps = (pack: ContentPack, id = 'transaction-failed') => pack.topics.find((topic) => topic.id === id)!.checklist;

const boxes = (el: WalletChecklist) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const labels = (el: WalletChecklist) => [...el.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());
const ticked = (el: WalletChecklist) => boxes(el).filter((box) => box.checked).map((box) => box.dataset['step']);
const part = (el: WalletChecklist, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const progress = (el: WalletChecklist) => part(el, 'progress')!.textContent!.trim();
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? '[]') as string[];

async function checklist(template = html`<wallet-checklist topic="transaction-failed"></wallet-checklist>`) {
  return fixture<WalletChecklist>(template);
}

/** Ticks step `index` as a user does: a click on its checkbox. */
async function tick(el: WalletChecklist, index: number) {
  boxes(el)[index]!.click();
  await el.updateComplete;
}

describe('<wallet-checklist>', () => {
  beforeEach(() => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    localStorage.clear();
    sessionStorage.clear();
    forgetStoredIds();
  });
  afterEach(() => {
    document.documentElement.removeAttribute('lang');
    localStorage.clear();
    sessionStorage.clear();
  });

  describe('content', () => {
    it('shows the failed-payment steps of the guide as checkboxes in a group named by the question', async () => {
      const el = await checklist();
      expect(labels(el)).to.deep.equal(steps(zh).map((step) => step.text));
      const group = el.shadowRoot!.querySelector('fieldset')!;
      expect(group.querySelector('legend')!.textContent!.trim()).to.equal(zh.topics.find((t) => t.id === 'transaction-failed')!.question);
      for (const box of boxes(el)) {
        expect(box.type).to.equal('checkbox');
        expect(el.shadowRoot!.querySelector(`label[for="${box.id}"]`)).to.not.equal(null);
      }
      expect(ticked(el)).to.deep.equal([]);
    });

    it('shows each step’s sentence from the guide beside it, and describes the checkbox with it', async () => {
      const el = await checklist();
      const details = [...el.shadowRoot!.querySelectorAll('[part~="detail"]')].map((detail) => detail.textContent!.trim());
      expect(details).to.deep.equal(steps(zh).map((step) => step.detail));
      for (const box of boxes(el)) expect(el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)).to.not.equal(null);
    });

    it('leaves the sentences out when compact', async () => {
      const el = await checklist(html`<wallet-checklist topic="transaction-failed" compact></wallet-checklist>`);
      expect(el.shadowRoot!.querySelector('[part~="detail"]')).to.equal(null);
      expect(boxes(el).every((box) => !box.hasAttribute('aria-describedby'))).to.equal(true);
    });

    it('shows English steps with lang="en"', async () => {
      const el = await checklist(html`<wallet-checklist topic="transaction-failed" lang="en"></wallet-checklist>`);
      await waitUntil(() => labels(el)[0] === steps(en)[0]!.text, 'English steps');
      expect(labels(el)).to.deep.equal(steps(en).map((step) => step.text));
    });

    for (const [lang, pack, tag] of [
      ['zh-HK', hk, 'zh-HK'],
      ['zh-TW', tw, 'zh-Hant'],
    ] as const) {
      it(`shows every topic's steps, details and closing advice in ${lang}'s Traditional Chinese with lang="${tag}", marked ${lang}, and passes axe`, async () => {
        for (const topic of pack.topics) {
          const el = await checklist(html`<wallet-checklist topic=${topic.id} lang=${tag}></wallet-checklist>`);
          await waitUntil(() => labels(el).join() === topic.checklist.map((step) => step.text).join(), `${lang} steps of ${topic.id}`);
          expect(el.shadowRoot!.querySelector('legend')!.textContent!.trim()).to.equal(topic.question);
          const details = [...el.shadowRoot!.querySelectorAll('[part~="detail"]')].map((detail) => detail.textContent!.trim());
          expect(details).to.deep.equal(topic.checklist.map((step) => step.detail));
          expect([...el.shadowRoot!.children].filter((child) => child.localName !== 'style').map((child) => child.getAttribute('lang'))).to.include(lang);
          for (let index = 0; index < topic.checklist.length; index++) await tick(el, index);
          expect(part(el, 'complete')!.textContent).to.include(pack.ui.checklistStuck);
          expect(part(el, 'contact')!.textContent).to.include(pack.ui.contactAdvice);
          expect(part(el, 'complete')!.closest('[lang]')!.getAttribute('lang')).to.equal(lang);
          await expect(el).to.be.accessible();
        }
      });
    }

    it('gives every checkbox and the reset button a target of at least 24 px', async () => {
      const el = await checklist();
      for (const target of [...boxes(el), part(el, 'reset')!]) {
        const box = target.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      }
    });
  });

  describe('ticking', () => {
    it('toggles a step with Space and counts progress, politely', async () => {
      const el = await checklist();
      const total = steps(zh).length;
      expect(progress(el)).to.equal(`已完成 0 / ${total}`);
      expect(part(el, 'progress')!.getAttribute('role')).to.equal('status');
      boxes(el)[0]!.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([steps(zh)[0]!.id]);
      expect(progress(el)).to.equal(`已完成 1 / ${total}`);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([]);
    });

    it('fires wallet-checklist-change for each tick, with the progress', async () => {
      const el = await checklist();
      const events: WalletChecklistChangeDetail[] = [];
      el.addEventListener('wallet-checklist-change', (event) => events.push(event.detail));
      await tick(el, 1);
      await tick(el, 3);
      await tick(el, 1);
      const [second, fourth] = [steps(zh)[1]!.id, steps(zh)[3]!.id];
      const total = steps(zh).length;
      await waitUntil(() => events.length === 3, 'three events');
      expect(events).to.deep.equal([
        { topic: 'transaction-failed', step: second, checked: true, done: 1, total },
        { topic: 'transaction-failed', step: fourth, checked: true, done: 2, total },
        { topic: 'transaction-failed', step: second, checked: false, done: 1, total },
      ]);
    });

    it('shows "Still not working?" with the guide’s contact advice and fires wallet-checklist-complete when all are ticked', async () => {
      const el = await checklist();
      const completed: string[] = [];
      el.addEventListener('wallet-checklist-complete', (event) => completed.push(event.detail.topic));
      for (let index = 0; index < steps(zh).length; index++) {
        expect(part(el, 'complete')).to.equal(null);
        await tick(el, index);
      }
      await waitUntil(() => completed.length === 1, 'complete event');
      expect(completed).to.deep.equal(['transaction-failed']);
      expect(part(el, 'complete')!.textContent).to.include(zh.ui.checklistStuck);
      expect(part(el, 'contact')!.textContent).to.include(zh.ui.contactAdvice);
      expect(part(el, 'complete')!.querySelector('a')).to.equal(null);
    });

    it('starts over with the reset button, keeping focus in the list', async () => {
      const el = await checklist();
      await tick(el, 0);
      await tick(el, 2);
      part(el, 'reset')!.click();
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([]);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[0]);
    });
  });

  describe('support details', () => {
    it('links the vendor’s phone, email and website once every step is ticked', async () => {
      const el = await checklist(html`<wallet-checklist topic="login-failed"></wallet-checklist>`);
      el.support = { label: '示例钱包客服', phone: '+86 400-123-4567', email: 'help@wallet.example', url: 'https://wallet.example/help', hours: '每天 9:00–21:00' };
      for (let index = 0; index < steps(zh, 'login-failed').length; index++) await tick(el, index);
      const links = [...part(el, 'complete')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['tel:+864001234567', 'mailto:help@wallet.example', 'https://wallet.example/help']);
      expect(part(el, 'contact')!.textContent).to.include('示例钱包客服').and.include('每天 9:00–21:00');
      await expect(el).to.be.accessible();
    });

    it('makes no link of anything but tel, mailto and http(s), and says so once', async () => {
      await captureConsole('warn', async (warnings) => {
        const el = await checklist(html`<wallet-checklist topic="login-failed"></wallet-checklist>`);
        el.support = { phone: 'call us', email: 'not-an-email', url: 'javascript:alert(1)' };
        for (let index = 0; index < steps(zh, 'login-failed').length; index++) await tick(el, index);
        expect(part(el, 'complete')!.querySelector('a')).to.equal(null);
        expect(part(el, 'contact')!.textContent).to.include('javascript:alert(1)');
        expect(warnings.about('support.url')).to.have.length(1);
        expect(warnings.about('support.phone')).to.have.length(1);
      });
    });
  });

  describe('remembering progress', () => {
    it('keeps ticks by step id under wallet-help:checklist:<topic>, across re-creating the element', async () => {
      const first = await checklist();
      await tick(first, 0);
      await tick(first, 2);
      expect(stored()).to.have.members([steps(zh)[0]!.id, steps(zh)[2]!.id]);
      fixtureCleanup();
      const again = await checklist();
      expect(ticked(again)).to.deep.equal([steps(zh)[0]!.id, steps(zh)[2]!.id]);
    });

    it('keeps the ticks when the language changes', async () => {
      const el = await checklist();
      await tick(el, 1);
      el.setAttribute('lang', 'en');
      await waitUntil(() => labels(el)[0] === steps(en)[0]!.text, 'English steps');
      expect(ticked(el)).to.deep.equal([steps(en)[1]!.id]);
    });

    it('drops only the ticks of steps the pack no longer has', async () => {
      localStorage.setItem(KEY, JSON.stringify([steps(zh)[1]!.id, 'a-step-removed-since']));
      const el = await checklist();
      expect(ticked(el)).to.deep.equal([steps(zh)[1]!.id]);
      expect(progress(el)).to.equal(`已完成 1 / ${steps(zh).length}`);
      await tick(el, 0);
      expect(stored()).to.have.members([steps(zh)[0]!.id, steps(zh)[1]!.id]);
    });

    it('keeps two checklists of the same topic on one page in step', async () => {
      const [a, b] = await Promise.all([checklist(), checklist()]);
      await tick(a, 3);
      await b.updateComplete;
      expect(ticked(b)).to.deep.equal([steps(zh)[3]!.id]);
      await tick(b, 3);
      await a.updateComplete;
      expect(ticked(a)).to.deep.equal([]);
    });

    it('follows another tab: a storage event for its key', async () => {
      const el = await checklist();
      const ids = [steps(zh)[4]!.id];
      localStorage.setItem(KEY, JSON.stringify(ids));
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: JSON.stringify(ids), storageArea: localStorage }));
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal(ids);
    });

    it('keeps session progress in sessionStorage, and none in no storage at all', async () => {
      const session = await checklist(html`<wallet-checklist topic="transaction-failed" storage="session"></wallet-checklist>`);
      await tick(session, 0);
      expect(JSON.parse(sessionStorage.getItem(KEY)!)).to.deep.equal([steps(zh)[0]!.id]);
      expect(localStorage.getItem(KEY)).to.equal(null);
      const none = await checklist(html`<wallet-checklist topic="security" storage="none"></wallet-checklist>`);
      await tick(none, 0);
      expect(localStorage.length + sessionStorage.length).to.equal(1);
      expect(ticked(none)).to.deep.equal([steps(zh, 'security')[0]!.id]);
    });

    it('starts afresh, with one warning, when storage holds something that is not a list of ids', async () => {
      await captureConsole('warn', async (warnings) => {
        localStorage.setItem(KEY, '{not json');
        const el = await checklist();
        expect(ticked(el)).to.deep.equal([]);
        await tick(el, 0);
        expect(stored()).to.deep.equal([steps(zh)[0]!.id]);
        expect(warnings.about(KEY)).to.have.length(1);
        localStorage.setItem('wallet-help:checklist:security', JSON.stringify({ steps: 3 }));
        await checklist(html`<wallet-checklist topic="security"></wallet-checklist>`);
        expect(warnings.about('wallet-help:checklist:security')).to.have.length(1);
      });
    });

    for (const [what, breakStorage] of [
      [
        'getItem and setItem throw',
        () => {
          const { getItem, setItem } = Storage.prototype;
          Storage.prototype.getItem = () => {
            throw new DOMException('blocked', 'SecurityError');
          };
          Storage.prototype.setItem = () => {
            throw new DOMException('full', 'QuotaExceededError');
          };
          return () => Object.assign(Storage.prototype, { getItem, setItem });
        },
      ],
    ] as const) {
      // Where reading window.localStorage itself throws (sandboxed frames, blocked cookies):
      // test/script-tag/checklist-page.test.ts, in a real sandboxed frame.
      it(`keeps working in memory, with one warning, when ${what}`, async () => {
        const restore = breakStorage();
        try {
          await captureConsole('warn', async (warnings) => {
            const el = await checklist();
            await tick(el, 0);
            await tick(el, 1);
            expect(ticked(el)).to.deep.equal([steps(zh)[0]!.id, steps(zh)[1]!.id]);
            const other = await checklist();
            expect(ticked(other)).to.deep.equal([steps(zh)[0]!.id, steps(zh)[1]!.id]);
            expect(warnings.messages.filter((message) => message.includes('wallet-help')), warnings.messages.join(' | ')).to.have.length(1);
          });
        } finally {
          restore();
        }
      });
    }
  });

  describe('an unknown or missing topic', () => {
    for (const [what, template] of [
      ['unknown', html`<wallet-checklist topic="nope"></wallet-checklist>`],
      ['missing', html`<wallet-checklist></wallet-checklist>`],
    ] as const) {
      it(`lists the valid topics and warns once (${what})`, async () => {
        await captureConsole('warn', async (warnings) => {
          const el = await checklist(template);
          el.requestUpdate();
          await el.updateComplete;
          const message = part(el, 'unknown')!;
          expect(message.textContent).to.include(zh.ui.checklistUnknown);
          for (const topic of zh.topics) expect(message.textContent).to.include(topic.id);
          expect(warnings.about('wallet-checklist')).to.have.length(1);
          await expect(el).to.be.accessible();
        });
      });
    }

    it('shows the steps once a valid topic is set', async () => {
      await captureConsole('warn', async () => {
        const el = await checklist(html`<wallet-checklist></wallet-checklist>`);
        el.topic = 'security';
        await el.updateComplete;
        expect(labels(el)).to.deep.equal(steps(zh, 'security').map((step) => step.text));
      });
    });
  });

  describe('accessibility', () => {
    for (const theme of THEMES) {
      it(`passes axe with none, some and all steps ticked (${theme})`, async () => {
        const el = await checklist(html`<wallet-checklist topic="update-issues" theme=${theme}></wallet-checklist>`);
        await expect(el).to.be.accessible();
        await tick(el, 0);
        await expect(el).to.be.accessible();
        for (let index = 1; index < steps(zh, 'update-issues').length; index++) await tick(el, index);
        expect(part(el, 'complete')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });
});
