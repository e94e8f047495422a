/** npm entry `wallet-help/help`: registers `<wallet-help>` (and the `<wallet-checklist>` it shows). */
export * from './components/wallet-help/wallet-help.js';
