/** npm entry `wallet-help/help`: registers `<wallet-help>` (and the `<wallet-checklist>` it shows); its search box answers with plain word matching until the engine's chunk has loaded. */
import { searchBeforeEngine } from './internal/search-engine.js';
import * as plain from './search/plain.js';

export * from './components/wallet-help/wallet-help.js';

searchBeforeEngine(plain);
