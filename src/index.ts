/**
 * npm entry: the element classes, the content model and its helpers.
 * Importing this module registers nothing; import `wallet-help/faq` (etc.) to register an element.
 */
export { WalletFaq } from './components/wallet-faq/wallet-faq.component.js';
export { WalletChecklist } from './components/wallet-checklist/wallet-checklist.component.js';
export { WalletHelp } from './components/wallet-help/wallet-help.component.js';
export type { SupportInfo } from './internal/contact.js';
export type { StorageKind } from './internal/stored-ids.js';
export { validatePack, formatPackErrors } from './content/validate.js';
export type { PackError, PackResult } from './content/validate.js';
export { topicForErrorCode, errorCodeTable } from './content/error-codes.js';
export { packLangFor } from './content/locale.js';
export { loadPack } from './internal/packs.js';
export { BUILT_IN_TOPIC_IDS } from './content/types.js';
export type * from './content/types.js';
export type { WalletHelpEventMap } from './internal/events.js';
export { VERSION } from './version.js';
