// Shared by the wallet-faq tests: what a user sees, read from the shadow root.
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import type { ContentPack } from '../../src/content/types.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';

export const zh = zhJson as ContentPack;
export const en = enJson as ContentPack;

export const questionButtons = (el: WalletFaq) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="button"]'),
];

export const questionTexts = (el: WalletFaq) => questionButtons(el).map((button) => button.textContent!.trim());

export const openTopics = (el: WalletFaq) =>
  questionButtons(el)
    .filter((button) => button.getAttribute('aria-expanded') === 'true')
    .map((button) => button.id.replace('wallet-faq-', ''));

export const panelFor = (el: WalletFaq, topic: string) =>
  el.shadowRoot!.getElementById(questionButtons(el).find((b) => b.id === `wallet-faq-${topic}`)!.getAttribute('aria-controls')!)!;
