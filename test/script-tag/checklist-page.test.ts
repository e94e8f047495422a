// <wallet-checklist> from the built script-tag bundles (`npm run build` first), in frames: a plain
// page that is reloaded, the same checklist in another document, and a sandboxed page where storage throws.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import zhJson from '../../content/zh-CN.json';
import type { ContentPack } from '../../src/content/types.js';
import '../../src/components/wallet-checklist/wallet-checklist.js';
import type { WalletChecklist } from '../../src/components/wallet-checklist/wallet-checklist.js';
import { frameReport } from '../helpers/frame-report.js';

const zh = zhJson as ContentPack;
const steps = zh.topics.find((topic) => topic.id === 'transaction-failed')!.checklist;

function frame(src: string): HTMLIFrameElement {
  const element = document.createElement('iframe');
  element.src = src;
  document.body.append(element);
  return element;
}

async function checklistIn(element: HTMLIFrameElement): Promise<WalletChecklist> {
  await waitUntil(() => element.contentDocument?.querySelector('wallet-checklist')?.shadowRoot?.querySelector('input'), 'checklist rendered', {
    timeout: 10_000,
  });
  const checklist = element.contentDocument!.querySelector('wallet-checklist') as WalletChecklist;
  await checklist.updateComplete;
  return checklist;
}

const boxesOf = (checklist: WalletChecklist) => [...checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

describe('<wallet-checklist> from the script tag', function () {
  this.timeout(30_000);
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((element) => element.remove());
    localStorage.removeItem('wallet-help:checklist:transaction-failed');
  });

  it('shows the failed-payment steps, and two ticked steps are still ticked after a reload', async () => {
    const page = frame('/test/fixtures/checklist/page.html');
    const checklist = await checklistIn(page);
    const labels = [...checklist.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());
    expect(labels).to.deep.equal(steps.map((step) => step.text));
    boxesOf(checklist)[0]!.click();
    boxesOf(checklist)[2]!.click();
    await checklist.updateComplete;

    page.contentWindow!.location.reload();
    await waitUntil(() => page.contentDocument?.readyState === 'complete' && page.contentDocument.querySelector('wallet-checklist') !== checklist);
    const reloaded = await checklistIn(page);
    expect(reloaded).to.not.equal(checklist);
    expect(boxesOf(reloaded).map((box) => box.checked)).to.deep.equal(steps.map((_, index) => index === 0 || index === 2));
  });

  it('stays in step with the same checklist in another document (a real storage event)', async () => {
    const here = await fixture<WalletChecklist>(html`<wallet-checklist topic="transaction-failed"></wallet-checklist>`);
    const there = await checklistIn(frame('/test/fixtures/checklist/page.html'));
    boxesOf(there)[3]!.click();
    await waitUntil(() => boxesOf(here)[3]!.checked, 'tick from the other document', { timeout: 5000 });
    boxesOf(here)[3]!.click();
    await waitUntil(() => !boxesOf(there)[3]!.checked, 'untick from this document', { timeout: 5000 });
  });

  it('still works where localStorage is blocked (a sandboxed frame), with one warning', async () => {
    const report = await frameReport<{ storageThrows: boolean; errors: string[]; warnings: string[]; ticked: string[]; progress: string }>(
      '/test/fixtures/checklist/sandboxed.html',
      'wallet-checklist-sandboxed',
      { sandbox: 'allow-scripts' },
    );
    expect(report.storageThrows, 'storage is blocked in the frame').to.equal(true);
    expect(report.errors).to.deep.equal([]);
    expect(report.ticked).to.deep.equal([steps[0]!.id, steps[1]!.id]);
    expect(report.progress).to.equal(`已完成 2 / ${steps.length}`);
    expect(report.warnings).to.have.length(1);
  });
});
