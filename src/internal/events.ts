import type { TopicId } from '../content/types.js';

/** Detail of `wallet-faq-toggle`: which question the user opened or closed. */
export interface WalletFaqToggleDetail {
  topic: TopicId;
  open: boolean;
}

/**
 * Every event the library fires, by name, with its detail. Elements add theirs by
 * declaration merging: `declare module '../../internal/events.js' { interface WalletHelpEventMap { … } }`.
 */
export interface WalletHelpEventMap {
  'wallet-faq-toggle': WalletFaqToggleDetail;
}

type WalletHelpCustomEvents = { [K in keyof WalletHelpEventMap]: CustomEvent<WalletHelpEventMap[K]> };

declare global {
  // Types `addEventListener('wallet-faq-toggle', (event) => event.detail.topic)` on any element.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends WalletHelpCustomEvents {}
}
