// Shared by the script-tag tests that cut the network (offline.test.ts, traditional.test.ts): a fixture
// page under the strict CSP, in an iframe, with a network of its own (scripts/network-switch.mjs), loaded
// through /net/<key>/ so the test can cut or thin that network; and what the tests read of it.
import { expect, waitUntil } from '@open-wc/testing';
import type { ContentPack, TopicId } from '../../src/content/types.js';
import type { WalletHelp } from '../../src/components/wallet-help/wallet-help.js';
import type { WalletHelpGlobal } from '../../src/cdn.js';

export type NetworkState = 'online' | 'offline' | 'entry-only' | 'entry-then-offline';
/** What the fixture page records of itself (test/fixtures/csp/*.html). */
export interface Seen {
  errors: string[];
  rejections: string[];
  consoleErrors: string[];
  violations: string[];
}
export type PageWindow = Window & { WalletHelp: WalletHelpGlobal; seen: Seen };
export type Build = 'module' | 'classic';

export interface Page {
  win: PageWindow;
  /** Switches this page's network. */
  network(state: NetworkState): Promise<void>;
  /** Where the page's files are, e.g. http://localhost:8000/net/k123/dist/cdn/ */
  cdn: string;
}

/** Opens test/fixtures/csp/`fixture`-`build`.html on a network of its own, starting in `state`. */
export async function openPage(fixture: 'traditional' | 'offline', build: Build, state: NetworkState): Promise<Page> {
  const key = `k${Math.random().toString(36).slice(2)}`;
  const network = async (next: NetworkState) => {
    await fetch(`/net-control/${key}/${next}`);
  };
  await network(state);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 640px; border: 0';
  frame.src = `/net/${key}/test/fixtures/csp/${fixture}-${build}.html`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await waitUntil(() => win.WalletHelp && win.customElements.get('wallet-help'), 'the script tag ran', { timeout: 10_000 });
  return { win, network, cdn: new URL(`/net/${key}/dist/cdn/`, location.href).href };
}

export const topicOf = (pack: ContentPack, id: TopicId) => pack.topics.find((topic) => topic.id === id)!;
export const panelOf = (win: Window) => win.document.querySelector('wallet-help') as WalletHelp | null;
export const dialogOf = (win: Window) => panelOf(win)?.shadowRoot?.querySelector('dialog');
export const titleOf = (win: Window) => panelOf(win)?.shadowRoot?.querySelector('#title')?.textContent?.trim();

export function expectNothingThrown(seen: Seen): void {
  expect(seen.errors, 'page errors').to.deep.equal([]);
  expect(seen.rejections, 'unhandled rejections').to.deep.equal([]);
  expect(seen.violations, 'CSP violations').to.deep.equal([]);
}
