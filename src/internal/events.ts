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

/** How a `<wallet-help>` panel was opened. */
export type WalletHelpTrigger = 'launcher' | 'api' | 'attribute';

/** Detail of `wallet-help-open`. */
export interface WalletHelpOpenDetail {
  topic?: TopicId;
  errorCode?: string;
  trigger: WalletHelpTrigger;
}

/** Detail of `wallet-help-request-close`: what asked to close (cancel the event to keep it open). */
export interface WalletHelpRequestCloseDetail {
  trigger: 'escape' | 'close-button' | 'api';
}

/** Detail of `wallet-help-navigate`: views are `home` or a topic id. */
export interface WalletHelpNavigateDetail {
  from: string;
  to: string;
}

/** Detail of `wallet-help-feedback`. */
export interface WalletHelpFeedbackDetail {
  topic: TopicId;
  helpful: boolean;
}

/** Detail of `wallet-help-contact`: the support channel the user followed. */
export interface WalletHelpContactDetail {
  channel: 'phone' | 'email' | 'url';
}

/** Detail of `wallet-help-error`: vendor content that was rejected, and where. */
export interface WalletHelpErrorDetail {
  /**
   * `invalid-content` (the pack failed validation); for `content-src`: `fetch-failed`, `fetch-timeout`
   * (no whole answer within 10 s), `too-large` (over 512 KB) or `invalid-json`.
   */
  reason: 'invalid-content' | 'invalid-json' | 'fetch-failed' | 'fetch-timeout' | 'too-large';
  /**
   * The first bad field's path in the pack (`topics[0].answer`; `[1].topics[0].answer` in a list of
   * packs; `(the pack)` when it could not be read as data), or the `content-src` URL that failed.
   */
  path: string;
}

/**
 * Every event the library fires, by name, with its detail: `emit` (wallet-help-element.ts) takes only
 * these names, and the global map below types them for `addEventListener`.
 */
export interface WalletHelpEventMap {
  'wallet-faq-toggle': WalletFaqToggleDetail;
  'wallet-help-search': WalletHelpSearchDetail;
  'wallet-checklist-change': WalletChecklistChangeDetail;
  'wallet-checklist-complete': WalletChecklistCompleteDetail;
  'wallet-help-open': WalletHelpOpenDetail;
  'wallet-help-request-close': WalletHelpRequestCloseDetail;
  'wallet-help-close': Record<string, never>;
  'wallet-help-navigate': WalletHelpNavigateDetail;
  'wallet-help-feedback': WalletHelpFeedbackDetail;
  'wallet-help-contact': WalletHelpContactDetail;
  'wallet-help-error': WalletHelpErrorDetail;
}

type WalletHelpCustomEvents = { [K in keyof WalletHelpEventMap]: CustomEvent<WalletHelpEventMap[K]> };

declare global {
  // Types `addEventListener('wallet-faq-toggle', (event) => event.detail.topic)` on any element.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends WalletHelpCustomEvents {}
}
