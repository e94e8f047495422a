/** npm entry `wallet-help/checklist`: registers `<wallet-checklist>`. */
export * from './components/wallet-checklist/wallet-checklist.js';
