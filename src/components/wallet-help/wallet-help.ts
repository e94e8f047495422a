import { defineElement } from '../../internal/define.js';
import { WalletHelp } from './wallet-help.component.js';
// The panel shows a topic's steps as a <wallet-checklist>: registered with <wallet-help>, whatever else the page imports.
import '../wallet-checklist/wallet-checklist.js';

export { WalletHelp } from './wallet-help.component.js';
export type { LauncherPosition, PanelPlacement, ShowOptions } from './wallet-help.component.js';
export type {
  WalletHelpOpenDetail,
  WalletHelpRequestCloseDetail,
  WalletHelpNavigateDetail,
  WalletHelpFeedbackDetail,
  WalletHelpContactDetail,
} from '../../internal/events.js';

defineElement('wallet-help', WalletHelp);

declare global {
  interface HTMLElementTagNameMap {
    'wallet-help': WalletHelp;
  }
}
