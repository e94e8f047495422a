// The demo page as a visitor uses it (built bundle, `npm run build` first): typing 密码对的登不上 into
// the playground's search box puts the login question first, with the matched word highlighted.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import zhJson from '../../content/zh-CN.json';
import type { ContentPack } from '../../src/content/types.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';

const zh = zhJson as ContentPack;

async function openDemo(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px';
  frame.src = '/demo/index.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('the demo page', function () {
  this.timeout(20_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('puts the login question first for 密码对的登不上, highlighted', async () => {
    const demo = await openDemo();
    const faq = demo.getElementById('playground-faq') as WalletFaq;
    await waitUntil(() => faq.shadowRoot?.querySelector('input'), 'search box');
    const field = faq.shadowRoot!.querySelector('input')!;
    field.focus();
    // Typed as an input method commits Chinese: one text insertion.
    await sendKeys({ type: '密码对的登不上' }).catch(() => undefined);
    if (field.value !== '密码对的登不上') {
      field.value = '密码对的登不上';
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    }
    const login = zh.topics.find((topic) => topic.id === 'login-failed')!.question;
    const first = () => faq.shadowRoot!.querySelector('button[aria-expanded]');
    await waitUntil(() => first()?.textContent!.trim() === login, 'login question first');
    expect([...first()!.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal(['登录']);
  });

  it('shows a vendor-built list from WalletHelp.search for 帳戶被鎖了', async () => {
    const demo = await openDemo();
    const field = demo.getElementById('own-query') as HTMLInputElement;
    const list = demo.getElementById('own-results')!;
    await waitUntil(() => list.children.length > 0, 'results for the empty query');
    field.value = '帳戶被鎖了';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => list.querySelector('li mark'), 'highlighted results for 帳戶被鎖了');
    expect(list.querySelector('li code')!.textContent).to.equal('account-locked');
    expect(list.querySelector('li mark')).to.not.equal(null);
  });
});
