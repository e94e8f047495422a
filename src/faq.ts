/** npm entry `wallet-help/faq`: registers `<wallet-faq>`; its search box answers with plain word matching until the engine's chunk has loaded. */
import { searchBeforeEngine } from './internal/search-engine.js';
import * as plain from './search/plain.js';

export * from './components/wallet-faq/wallet-faq.js';

searchBeforeEngine(plain);
