import { defineElement } from '../../internal/define.js';
import { WalletFaq } from './wallet-faq.component.js';

export { WalletFaq } from './wallet-faq.component.js';
export type { FaqExpand } from './wallet-faq.component.js';
export type { WalletFaqToggleDetail } from '../../internal/events.js';

defineElement('wallet-faq', WalletFaq);

declare global {
  interface HTMLElementTagNameMap {
    'wallet-faq': WalletFaq;
  }
}
