/**
 * Script-tag entry (dist/cdn/wallet-help.js and .iife.js): registers every element
 * and sets `window.WalletHelp`. Loading it twice keeps the first copy and never throws.
 */
import './components/wallet-faq/wallet-faq.js';
import './components/wallet-checklist/wallet-checklist.js';
import './components/wallet-help/wallet-help.js';
import { packLangFor } from './content/locale.js';
import type { PackLang } from './content/types.js';
import type { SupportInfo } from './internal/contact.js';
import { langFor } from './internal/locale-controller.js';
import { DEFAULT_LANG, idlePacks, loadedPacks, packIfLoaded, vendorContent } from './internal/packs.js';
import { own } from './internal/own.js';
import { configurePage } from './internal/page-config.js';
import { searchEngine, searchSibling } from './internal/search-engine.js';
import { loadAtIdle } from './internal/siblings.js';
import type { Theme } from './internal/theme.js';
import type { TopicId } from './content/types.js';
import type { SearchResult } from './search/index.js';
import { VERSION } from './version.js';

export interface GlobalSearchOptions {
  /** Language of the results (`zh-CN`, `zh-TW`, `zh-HK` or `en`, any tag read as `lang` is); by default the page's, as the elements pick it. */
  lang?: string;
  /** At most this many results. */
  limit?: number;
}

export interface OpenOptions {
  /** The topic to show. */
  topic?: TopicId;
  /**
   * Your error code, as text or a number: its topic (your `errorMap` first, then the built-in codes),
   * or home when unknown.
   */
  errorCode?: string | number;
  /** `zh-CN`, `zh-TW`, `zh-HK` or `en` for this panel (any tag read as `lang` is: `zh-Hant`, `zh-MO`, `en-GB`…). */
  lang?: string;
}

export interface ConfigureOptions {
  /** Your error codes → topic ids, over the built-in map. */
  errorMap?: Record<string, TopicId>;
  /** How to reach your support, for every panel and checklist without its own `support`. */
  support?: SupportInfo;
  /** Language, theme and accent of every element without its own `lang`, `theme` or `accent` attribute. */
  lang?: string;
  theme?: Theme;
  accent?: string;
  /**
   * Your content: a partial pack, or a list (one per language, picked by its `lang`, zh-CN by
   * default), that adds topics or overrides texts everywhere on the page. A rejected pack fires
   * `wallet-help-error` on `document` and logs the bad fields; the built-in guide stays.
   */
  content?: unknown;
}

export interface WalletHelpGlobal {
  /** The version of the wallet-help build that set the global. */
  readonly version: string;
  /**
   * The guide's topics for `query`, best first, as `<wallet-faq searchable>` ranks them: a query in
   * any language finds the topic, shown in the results' language. Waits for search to load (it is in
   * memory once the page is idle); where it can't be loaded, plain word matching answers. Never
   * rejects; `[]` only when nothing matches.
   */
  search(query: string, options?: GlobalSearchOptions): Promise<SearchResult[]>;
  /**
   * Resolves once search, English and the page's language (`<html lang>`, else the browser's) are in
   * memory, or have failed to load (the console says which). Never rejects. (A Traditional Chinese pack
   * is loaded only where the page reads it: `search(query, { lang: 'zh-HK' })` waits for it.)
   */
  ready(): Promise<void>;
  /**
   * Opens the help panel: the page's `<wallet-help>`, or one created in `<body>` (without a launcher)
   * the first time. Never throws.
   */
  open(options?: OpenOptions): void;
  /** Closes the help panel. */
  close(): void;
  /** Sets, for the whole page, what `ConfigureOptions` lists; later calls merge into earlier ones. */
  configure(options: ConfigureOptions): void;
}

declare global {
  interface Window {
    WalletHelp?: WalletHelpGlobal;
  }
}

/** Search, English and `lang`'s pack in memory, or failed to load (the console says which). */
function loaded(lang: PackLang): Promise<void> {
  return Promise.all([searchSibling, ...idlePacks(lang)].map((sibling) => sibling.load())).then(() => undefined);
}

function ready(): Promise<void> {
  return loaded(langFor(document.documentElement));
}

async function search(query: string, options?: GlobalSearchOptions): Promise<SearchResult[]> {
  try {
    options = own(options, 'the search options');
    const lang: PackLang = options.lang ? packLangFor(options.lang) : langFor(document.documentElement);
    await loaded(lang);
    const pack = packIfLoaded(lang) ?? packIfLoaded(DEFAULT_LANG)!;
    const limit = options.limit === undefined ? Infinity : Math.max(0, Number(options.limit) || 0);
    return searchEngine()?.indexFor(pack, loadedPacks()).search(String(query ?? ''), { limit }) ?? [];
  } catch (error) {
    console.error('wallet-help: WalletHelp.search failed; returning no results.', error);
    return [];
  }
}

function open(options?: OpenOptions): void {
  try {
    options = own(options, 'the open options');
    let panel = document.querySelector('wallet-help');
    if (!panel) {
      panel = document.createElement('wallet-help');
      panel.setAttribute('launcher', 'none');
      document.body.append(panel);
    }
    if (options.lang) panel.setAttribute('lang', options.lang);
    panel.show({ topic: options.topic, errorCode: options.errorCode });
  } catch (error) {
    console.error('wallet-help: WalletHelp.open failed.', error);
  }
}

function close(): void {
  document.querySelector('wallet-help')?.hide();
}

function configure(options?: ConfigureOptions): void {
  try {
    // Own fields only, and the ones given: a later call merges into the earlier ones.
    const { content, ...changes } = own(options, 'the configure options');
    if (content !== undefined) {
      void vendorContent.whenLoaded(({ applyVendorContent }) => void applyVendorContent(content, document, 'WalletHelp.configure({ content })')).load();
    }
    // Every element on the page without an attribute of its own follows at once, and those added later.
    configurePage(Object.fromEntries(Object.entries(changes).filter((change) => change[1])));
  } catch (error) {
    console.error('wallet-help: WalletHelp.configure failed.', error);
  }
}

// A second copy on the page (another tag, or both builds) keeps the first one's global and elements.
// Only an own property of window is an earlier copy's: an element with the id or name WalletHelp
// (`<a id="WalletHelp">`, which markup sanitizers let through) shows through window as well, from its
// prototype chain (named access), and the assignment below puts ours over it.
const earlier = Object.hasOwn(window, 'WalletHelp') && window.WalletHelp;
if (!earlier) {
  window.WalletHelp = Object.freeze({ version: VERSION, search, ready, open, close, configure });
  // WalletHelp can open any topic and search at any moment: once the page is idle, search, English
  // and the page's own language are in memory, so help never waits for the network (the moment it's
  // needed is often the moment the network is gone). A Traditional pack only where the page reads it.
  loadAtIdle([searchSibling, ...idlePacks(langFor(document.documentElement))]);
} else if (earlier.version !== VERSION) {
  console.warn(`wallet-help: version ${earlier.version} is already on this page; this copy (${VERSION}) does nothing.`);
}
