/**
 * Script-tag entry (dist/cdn/wallet-help.js and .iife.js): registers every element
 * and sets `window.WalletHelp`. Loading it twice keeps the first copy and never throws.
 */
import './components/wallet-faq/wallet-faq.js';
import { VERSION } from './version.js';

export interface WalletHelpGlobal {
  /** The version of the wallet-help build that set the global. */
  readonly version: string;
}

declare global {
  interface Window {
    WalletHelp?: WalletHelpGlobal;
  }
}

if (!window.WalletHelp) {
  window.WalletHelp = Object.freeze({ version: VERSION });
}
