import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isSupportedLangTag, packLangFor } from '../content/locale.js';
import { DEFAULT_LANG, idlePacks, loadPack, onPacksChanged, packIfLoaded } from './packs.js';
import { pageConfig } from './page-config.js';
import { loadAtIdle } from './siblings.js';
import type { ContentPack, PackLang } from '../content/types.js';

type LocaleHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** The nearest `lang` on the element or an ancestor, crossing shadow roots to their hosts. */
export function declaredLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * The pack language for `element`: its own `lang`, else `WalletHelp.configure`'s, else the nearest
 * ancestor's; a declared lang decides, even an unsupported one (it reads the guide's own zh-CN);
 * else the browser's list is searched for the first language we have, so fr-FR, en-US reads English.
 */
export function langFor(element: Element): PackLang {
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  const own = element.getAttribute('lang')?.trim();
  return packLangFor(own || pageConfig.lang || declaredLang(element) || browser.filter(isSupportedLangTag));
}

// One observer for every element: `lang` changes anywhere make each controller re-resolve.
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;
let observedRoots = new WeakSet<Node>();

function notifyAll(): void {
  for (const controller of controllers) controller.resolve();
}

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(notifyAll);
  observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang'] });
}

let stopPacks: (() => void) | undefined;

function register(controller: LocaleController, host: Element): void {
  if (controllers.size === 0) {
    window.addEventListener('languagechange', notifyAll);
    stopPacks = onPacksChanged(notifyAll);
  }
  controllers.add(controller);
  observe(document.documentElement);
  // Elements inside another shadow root: the document observer cannot see `lang` changes there.
  const root = host.getRootNode();
  if (root instanceof ShadowRoot) observe(root);
}

function unregister(controller: LocaleController): void {
  controllers.delete(controller);
  if (controllers.size > 0) return;
  window.removeEventListener('languagechange', notifyAll);
  stopPacks?.();
  observer?.disconnect();
  observedRoots = new WeakSet();
}

/**
 * The element's language and content pack. The language is the nearest `lang` (element,
 * ancestors, `<html>`), else the browser's; the pack is available synchronously (zh-CN while
 * English loads, then a re-render), and the rendered root is marked with the pack's `lang`.
 */
export class LocaleController implements ReactiveController {
  #host: LocaleHost;
  /** The language the element asks for (its pack may still be loading). Read only: the controller sets it. */
  lang: PackLang = DEFAULT_LANG;
  /** The pack to render now; never missing. Read only: the controller sets it. */
  pack: ContentPack = packIfLoaded(DEFAULT_LANG)!;

  constructor(host: LocaleHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    register(this, this.#host);
    this.resolve();
    // The page may switch to English at any moment, and search finds topics by its words; a
    // Traditional pack only where this element reads it.
    loadAtIdle(idlePacks(this.lang));
  }

  hostDisconnected(): void {
    unregister(this);
  }

  // WalletHelp.configure({ lang }) re-renders every element (page-config.ts): each looks again. That
  // runs at every render (a search box's keystrokes too): a few attribute reads up the tree, which a
  // configure counter would spare for 20 bytes gzip of the classic build, measured and left so.
  hostUpdate(): void {
    this.resolve();
  }

  hostUpdated(): void {
    // Screen readers pronounce the content in the pack's language, whatever the host says.
    for (const child of this.#host.renderRoot.children) {
      if (child.getAttribute('lang') !== this.pack.lang) child.setAttribute('lang', this.pack.lang);
    }
  }

  /** Re-reads the language and, if it changed, switches packs and re-renders. */
  resolve(): void {
    const lang = langFor(this.#host);
    // Same language and pack: nothing to do (a vendor pack merged in is a new pack object).
    if (lang === this.lang && this.pack === (packIfLoaded(lang) ?? this.pack)) return;
    this.lang = lang;
    const ready = packIfLoaded(lang);
    if (ready) {
      this.#setPack(ready);
      return;
    }
    void loadPack(lang).then((pack) => {
      if (this.lang === lang) this.#setPack(pack);
    });
  }

  #setPack(pack: ContentPack): void {
    if (pack === this.pack) return;
    this.pack = pack;
    this.#host.requestUpdate();
  }
}
