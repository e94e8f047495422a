import { defineElement } from '../../internal/define.js';
import { WalletChecklist } from './wallet-checklist.component.js';

export { WalletChecklist } from './wallet-checklist.component.js';
export type { StorageKind } from '../../internal/stored-ids.js';
export type { SupportInfo } from '../../internal/contact.js';
export type { WalletChecklistChangeDetail, WalletChecklistCompleteDetail } from '../../internal/events.js';

defineElement('wallet-checklist', WalletChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'wallet-checklist': WalletChecklist;
  }
}
