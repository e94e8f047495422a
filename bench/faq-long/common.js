// Shared by the long-content benchmarks (bench/faq-long.tachometer.json): a vendor pack of 1,000
// zh-CN topics (pack.mjs), shown after the guide's six.
// Setup (untimed): fetch the guide's two packs, generate the vendor pack, and for <wallet-faq>
// hand it to WalletHelp.configure({ content }) (validated and merged in the vendor sibling) and wait
// until search answers from the merged pack.
import { vendorPack } from './pack.mjs';

async function json(path) {
  const response = await fetch(new URL(path, import.meta.url));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

/** The guide's zh-CN pack, and the vendor's pack of 1,000 topics (plain data, as a vendor would pass it). */
export async function loadPacks() {
  const [zh, en] = await Promise.all([json('../../content/zh-CN.json'), json('../../content/en.json')]);
  return { guide: zh, vendor: vendorPack(zh, en) };
}

/**
 * Loads the script-tag build, gives it the vendor pack and resolves once the merged pack (guide +
 * vendor) is in use: search finds the last vendor topic. Its index is built by then, as it would be
 * once the page has been idle.
 */
export async function withVendorPack(vendor) {
  await import('../../dist/cdn/wallet-help.js');
  window.WalletHelp.configure({ content: vendor });
  const last = vendor.topics.at(-1);
  for (let tries = 0; tries < 200; tries++) {
    const [first] = await window.WalletHelp.search(last.question, { lang: 'zh-CN', limit: 1 });
    if (first?.topic === last.id) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  fail('the vendor pack was not applied (see the console)');
}

/** Records the failure where tachometer's log shows it, and throws: no measure, so the run fails. */
export function fail(message) {
  document.title = message;
  throw new Error(message);
}

/** Resolves after the next frame has been produced (rAF, then a task queued from it runs after rendering). */
export function nextPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(undefined);
    }),
  );
}

/** Waits until every Lit element at or under `root` (shadow roots included) has finished updating. */
export { settled } from '../faq/common.js';

/** Lets the page finish loading and settle before a timer starts. */
export const quiet = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The question buttons of a <wallet-faq>. */
export const questionsOf = (faq) => [...faq.shadowRoot.querySelectorAll('[part~="button"]')];
