import type { TopicId } from '../content/types.js';

/** Detail of `wallet-faq-toggle`: which question the user opened or closed. */
export interface WalletFaqToggleDetail {
  topic: TopicId;
  open: boolean;
}

/** Detail of `wallet-help-search`: what the user searched for and the topics found, best first. */
export interface WalletHelpSearchDetail {
  query: string;
  results: TopicId[];
}

/** Detail of `wallet-checklist-change`: the step the user ticked or unticked, and the progress after it. */
export interface WalletChecklistChangeDetail {
  topic: TopicId;
  step: string;
  checked: boolean;
  done: number;
  total: number;
}

/** Detail of `wallet-checklist-complete`: the user ticked the last step of a topic. */
export interface WalletChecklistCompleteDetail {
  topic: TopicId;
}

/**
 * Every event the library fires, by name, with its detail. Elements add theirs by
 * declaration merging: `declare module '../../internal/events.js' { interface WalletHelpEventMap { … } }`.
 */
export interface WalletHelpEventMap {
  'wallet-faq-toggle': WalletFaqToggleDetail;
  'wallet-help-search': WalletHelpSearchDetail;
  'wallet-checklist-change': WalletChecklistChangeDetail;
  'wallet-checklist-complete': WalletChecklistCompleteDetail;
}

type WalletHelpCustomEvents = { [K in keyof WalletHelpEventMap]: CustomEvent<WalletHelpEventMap[K]> };

declare global {
  // Types `addEventListener('wallet-faq-toggle', (event) => event.detail.topic)` on any element.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends WalletHelpCustomEvents {}
}
