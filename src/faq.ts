/** npm entry `wallet-help/faq`: registers `<wallet-faq>`. */
export * from './components/wallet-faq/wallet-faq.js';
