import { html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController } from '../../internal/locale-controller.js';
import { media, pageStyle } from '../../internal/theme.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { WalletHelpElement } from '../../internal/wallet-help-element.js';
import { topicForErrorCode } from '../../content/error-codes.js';
import type { TopicId } from '../../content/types.js';
import type { SupportInfo } from '../../internal/contact.js';
import { own } from '../../internal/own.js';
import type { WalletHelpOpenDetail, WalletHelpTrigger } from '../../internal/events.js';
import { idlePacks, vendorContent } from '../../internal/packs.js';
import { pageConfig, setting } from '../../internal/page-config.js';
import { SearchController, searchStyles } from '../../internal/search-controller.js';
import { searchSibling } from '../../internal/search-engine.js';
import { loadAtIdle, retryFailed, whenIdle } from '../../internal/siblings.js';
import { styles } from './wallet-help.styles.js';
import { HOME, renderPanel, topicOf, viewStyles } from './wallet-help.views.js';
import { DialogController } from '../../internal/dialog-controller.js';
import { readIds } from '../../internal/stored-ids.js';

export type LauncherPosition = 'bottom-end' | 'bottom-start' | 'none';
export type PanelPlacement = 'end' | 'center' | 'bottom';

/** What to open: a topic, or an error code that leads to one. */
export interface ShowOptions {
  topic?: TopicId;
  /** As text or a number: many backends send their codes as numbers. */
  errorCode?: string | number;
}

/**
 * An error code or topic id as text: backends send codes as numbers too, and anything else is read as
 * `String()` reads it (an unknown code then opens home, with its warning), or as none.
 */
function asText(value: unknown): string {
  try {
    return String(value ?? '').trim();
  } catch {
    return '';
  }
}

/** Whether the page around `element` reads right to left (the element's own text never does). */
const inRtlPage = (element: Element): boolean => pageStyle(element).direction === 'rtl';

/** A phone or tablet: focusing a text field there pops the on-screen keyboard over the panel. */
const touchScreen = (): boolean | undefined => media('(hover: none) and (pointer: coarse)')?.matches;

/**
 * @tagname wallet-help
 * @summary The help panel a wallet opens on its error screen: the answer for an error code or
 * topic, its steps, and how to reach support, as a modal dialog.
 *
 * @attr lang - Language of the content (`zh-CN`, `zh-TW`, `zh-HK` or `en`), as on `<wallet-faq>`.
 *
 * @event {CustomEvent<WalletHelpOpenDetail>} wallet-help-open - The panel opened: `{ topic, errorCode, trigger }`.
 * @event {CustomEvent<WalletHelpRequestCloseDetail>} wallet-help-request-close - The user asked to
 * close (Escape, the close button): cancel it to keep the panel open.
 * @event wallet-help-close - The panel closed.
 * @event {CustomEvent<WalletHelpNavigateDetail>} wallet-help-navigate - The user moved between views: `{ from, to }` (`home` or a topic id).
 * @event {CustomEvent<WalletHelpFeedbackDetail>} wallet-help-feedback - "Was this helpful?" answered: `{ topic, helpful }`.
 * @event {CustomEvent<WalletHelpErrorDetail>} wallet-help-error - Vendor content was rejected: `{ reason, path }`.
 * @event {CustomEvent<WalletHelpSearchDetail>} wallet-help-search - The user searched on the home view: `{ query, results }`, sent once typing pauses (or on Enter), as `<wallet-faq>` sends it.
 * @event {CustomEvent<WalletHelpContactDetail>} wallet-help-contact - The user followed a support link: `{ channel }`.
 *
 * @csspart launcher - The button that opens the panel.
 * @csspart panel - The dialog.
 * @csspart header - The panel's bar: back, title, close.
 * @csspart title - The heading of the current view.
 * @csspart back - The Back button.
 * @csspart close - The close button.
 * @csspart body - The scrolling content of the current view.
 * @csspart search-input - The home view's search field.
 * @csspart mark - A highlighted match in a search result.
 *
 * @cssproperty --wallet-help-accent - Brand color (prefer the `accent` attribute).
 * @cssproperty --wallet-help-surface - Background color.
 * @cssproperty --wallet-help-text - Text color.
 * @cssproperty --wallet-help-muted - Secondary text color.
 * @cssproperty --wallet-help-border - Border color.
 * @cssproperty --wallet-help-radius - Corner radius. Default `8px`.
 * @cssproperty --wallet-help-font-family - Font; defaults to the page's.
 * @cssproperty --wallet-help-font-size - Base font size. Default `medium`: the reader's default size (16px unless they chose larger), whatever the page's rem.
 * @cssproperty --wallet-help-spacing - Base padding. Default `1em`.
 * @cssproperty --wallet-help-launcher-offset - The launcher's distance from the bottom of the viewport, to lift it above the page's own bottom bar. Default `16px`.
 */
export class WalletHelp extends WalletHelpElement {
  static override styles = [themeStyles, styles, searchStyles, viewStyles];

  static override properties: PropertyDeclarations = {
    open: { type: Boolean, reflect: true },
    topic: {},
    errorCode: { attribute: 'error-code' },
    launcher: {},
    placement: { reflect: true },
    errorMap: { attribute: false },
    support: { attribute: false },
    content: { attribute: false },
    contentSrc: { attribute: 'content-src' },
  };

  /** Whether the panel is open. Setting it opens or closes the panel without asking the page. */
  open = false;

  /** The topic to open on (when no error code is given). */
  topic?: TopicId;

  /** The vendor's error code to open on (text or a number): its topic, or home with one warning when unknown. */
  errorCode?: string | number;

  /** Where the launcher button sits: `bottom-end` (default), `bottom-start`, or `none`. */
  launcher: LauncherPosition = 'bottom-end';

  /** `end` (side drawer, default), `center` (modal) or `bottom` (sheet); under 600 px always a sheet. */
  placement: PanelPlacement = 'end';

  /** The vendor's error codes → topic ids, over the built-in map (and over `WalletHelp.configure`'s). */
  errorMap?: Record<string, TopicId>;

  /**
   * How to reach support: `{ label, phone, email, url, hours }`; without it, `WalletHelp.configure`'s,
   * else the guide's advice.
   */
  support?: SupportInfo;

  /**
   * Your content: a partial pack (or a list, one per language) that adds topics or overrides texts,
   * for every element on the page. Validated like the built-in packs; a rejected one fires
   * `wallet-help-error`, logs the bad fields and leaves the built-in guide.
   */
  content?: unknown;

  /** The URL of a JSON content pack (as `content`), fetched once. */
  contentSrc?: string;

  /**
   * The text in the home view's search box.
   * @internal
   */
  query = '';

  #locale = new LocaleController(this);
  #search = new SearchController(this, () => this.#locale.pack);
  #dialog = new DialogController(this, () => this.#focusView());
  /** The topic shown, or none for the home view (a vendor topic may be called `home`). */
  #view?: TopicId;
  #history: Array<TopicId | undefined> = [];
  #pending?: ShowOptions & { trigger: WalletHelpTrigger };
  #announce?: WalletHelpOpenDetail;
  #feedback = new Map<TopicId, boolean>();
  #rtlPage = false;

  /** Opens the panel on `topic`, on `{ topic, errorCode }`, or on the home view. */
  show(what?: TopicId | ShowOptions): void {
    // Own fields only: a polluted Object.prototype.errorCode must not pick the topic.
    const options = typeof what === 'object' ? own(what, 'the show options') : { topic: what };
    this.#pending = { topic: options.topic, errorCode: options.errorCode, trigger: 'api' };
    if (this.open) this.#openOn(this.#pending);
    this.open = true;
  }

  /** Closes the panel (the page's own call: not asked through `wallet-help-request-close`). */
  hide(): void {
    this.open = false;
  }

  toggle(): void {
    if (this.open) this.hide();
    else this.show();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#rtlPage = inRtlPage(this);
    // Help is opened when something went wrong, often the network: its search is in memory before that.
    loadAtIdle([searchSibling]);
    // The first open is often the user's first tap: what it would do for the first time is done while
    // the page is idle. The ticks the steps remember are read (the page's first read of localStorage
    // waits for the browser to send it over, 2–20 ms here); both views are rendered once, off the
    // page, so that Lit has parsed their templates.
    whenIdle(() => {
      readIds('local', '');
      render([this.#panel(), this.#panel(this.#locale.pack.topics[0]?.id)], new DocumentFragment());
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The validator comes with the first content of the vendor's own (see vendor-content.ts).
    const { content, contentSrc } = this;
    if (changed.has('content') && content !== undefined) {
      void vendorContent.whenLoaded((vendor) => void vendor.applyVendorContent(content, this, 'the content property')).load();
    }
    if (changed.has('contentSrc') && contentSrc) {
      void vendorContent.whenLoaded((vendor) => void vendor.loadVendorContent(contentSrc, this)).load();
    }
    if (changed.has('open') && this.open && !this.#dialog.shown) {
      this.#openOn(this.#pending ?? { topic: this.topic, errorCode: this.errorCode, trigger: 'attribute' });
    }
    this.#pending = undefined;
  }

  protected override updated(): void {
    // The launcher lives in the top layer, out of reach of the page's transforms and z-indexes.
    const launcher = this.renderRoot.querySelector<HTMLElement>('.launcher');
    if (launcher?.showPopover && this.isConnected && !launcher.matches(':popover-open')) launcher.showPopover();
    if (this.#announce) {
      const detail = this.#announce;
      this.#announce = undefined;
      this.emit('wallet-help-open', detail);
    }
  }

  protected override render(): TemplateResult {
    const { ui } = this.#locale.pack;
    const launcher = this.launcher === 'bottom-start' || this.launcher === 'none' ? this.launcher : 'bottom-end';
    // The page's end side: the right, or the left on a right-to-left page.
    const end = this.#rtlPage ? 'left' : 'right';
    const start = this.#rtlPage ? 'right' : 'left';
    return html`
      ${launcher === 'none'
        ? nothing
        : html`<button
            part="launcher"
            class="launcher ${launcher === 'bottom-end' ? end : start}"
            popover="manual"
            type="button"
            aria-haspopup="dialog"
            aria-expanded=${this.open ? 'true' : 'false'}
            @click=${this.#onLauncher}
          >
            <span class="launcher-icon" aria-hidden="true">?</span>${ui.helpLauncher}
          </button>`}
      ${this.open || this.#dialog.shown
        ? html`<dialog part="panel" class="panel ${end}" aria-labelledby="title" @cancel=${this.#dialog.cancel} @keydown=${this.#onKeydown} @close=${this.#dialog.close}>
            ${this.#panel(this.#view)}
          </dialog>`
        : nothing}
    `;
  }

  /** The panel's bar and the view of `view` (a topic, or none for home). */
  #panel(view?: TopicId): TemplateResult {
    return renderPanel({
      pack: this.#locale.pack,
      topic: topicOf(this.#locale.pack, view),
      search: this.#search,
      feedback: this.#feedback,
      support: setting(this, 'support'),
      accent: this.accent,
      go: (event) => void this.#go((event.currentTarget as HTMLElement).dataset['topic']),
      back: this.#history.length ? () => void this.#go(this.#history.pop(), true) : undefined,
      close: () => this.#requestClose('close-button'),
      giveFeedback: this.#onFeedback,
      contact: (channel) => this.emit('wallet-help-contact', { channel }),
    });
  }

  /** Picks the first view for `options` and queues the open event. */
  #openOn(options: ShowOptions & { trigger: WalletHelpTrigger }): void {
    this.#rtlPage = inRtlPage(this);
    const pack = this.#locale.pack;
    let view: TopicId | undefined;
    const [code, id] = [options.errorCode, options.topic].map(asText);
    if (code) {
      // The vendor's maps, own fields only, read here once: a getter that throws costs the map, not the panel.
      const map = { ...own(pageConfig.errorMap, 'errorMap'), ...own(this.errorMap, 'errorMap') };
      const topic = topicForErrorCode(pack, code, map);
      if (topic) view = topic;
      else this.warnOnce(`code:${code}`, `wallet-help: unknown error code "${code}"; showing the help home.`);
    } else if (id) {
      if (topicOf(pack, id)) view = id;
      else this.warnOnce(`topic:${id}`, `wallet-help: unknown topic "${id}"; showing the help home.`);
    }
    this.#view = view;
    this.#history = [];
    this.#search.clear();
    this.#announce = { topic: view, errorCode: code || undefined, trigger: options.trigger };
    this.requestUpdate();
    if (this.#dialog.shown) void this.updateComplete.then(() => this.#focusView());
    // Search and the other languages are in memory once the page was idle. Opened before that, they
    // load once the panel's first frame is painted and the page is idle again: not in that frame's
    // way, nor in the task that follows it (a re-render and the index warm-up: ~20 ms, 4x that on a
    // slow phone). What failed to load is tried again then.
    requestAnimationFrame(() =>
      whenIdle(() => {
        retryFailed();
        // The home view searches with the full engine from the moment it arrives, now or once back online.
        this.#search.follow();
        for (const sibling of [searchSibling, ...idlePacks(this.#locale.lang)]) void sibling.load();
      }),
    );
  }

  #focusView(): void {
    // On a touch screen the heading: the keyboard comes up when the user taps the search box.
    const field = this.#view === undefined && !touchScreen() ? this.renderRoot.querySelector<HTMLInputElement>('#search') : null;
    (field ?? this.renderRoot.querySelector<HTMLElement>('#title'))?.focus();
  }

  /** Shows `to` (a topic, or none for home), remembered for Back unless going back. */
  async #go(to: TopicId | undefined, back?: boolean): Promise<void> {
    const from = this.#view;
    if (!back) this.#history.push(from);
    this.#view = to;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector('.body')?.scrollTo(0, 0);
    this.#focusView();
    this.emit('wallet-help-navigate', { from: from ?? HOME, to: to ?? HOME });
  }

  #requestClose(trigger: 'escape' | 'close-button'): void {
    const request = this.emit('wallet-help-request-close', { trigger }, { cancelable: true });
    if (!request.defaultPrevented) this.open = false;
  }

  #onLauncher(): void {
    // On an error screen the launcher opens that screen's help: the element's topic or error code.
    this.#pending = { topic: this.topic, errorCode: this.errorCode, trigger: 'launcher' };
    this.open = true;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.#requestClose('escape');
  }

  #onFeedback = (topic: TopicId, helpful: boolean): void => {
    this.#feedback.set(topic, helpful);
    this.requestUpdate();
    this.emit('wallet-help-feedback', { topic, helpful });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.thanks')?.focus());
  };
}
