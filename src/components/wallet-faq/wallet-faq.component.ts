import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController } from '../../internal/locale-controller.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { WalletHelpElement } from '../../internal/wallet-help-element.js';
import type { ContentPack, Topic, TopicId, UiStrings } from '../../content/types.js';
import { HashTargetController, PREFIX as ID_PREFIX } from '../../internal/hash-target-controller.js';
import { StructuredDataController } from '../../internal/structured-data-controller.js';
import type { SearchResult } from '../../search/index.js';
import { styles } from './wallet-faq.styles.js';
import { marked, SearchController, searchStyles } from '../../internal/search-controller.js';

/** Which questions start open. */
export type FaqExpand = 'none' | 'first' | 'all';

const PANEL_PREFIX = 'wallet-faq-panel-';
const DEFAULT_HEADING_LEVEL = 3;
// APG: more open regions than this crowd the landmark list, so panels then drop role="region".
const MAX_REGIONS = 6;

/** The FAQs on the page, in the order they connected: the first takes the plain names, the others are numbered. */
const onPage = new Set<WalletFaq>();

/**
 * @tagname wallet-faq
 * @summary The guide's questions and answers as an accessible accordion, in the page's language.
 *
 * @attr lang - Language of the content (`zh-CN`, `zh-TW`, `zh-HK` or `en`; `zh-Hant` reads zh-TW, `zh-MO` zh-HK, other tags zh-CN). Defaults to the
 * nearest ancestor's `lang`, then `<html lang>`, then the browser's languages. Changes apply live.
 *
 * @event {CustomEvent<WalletHelpSearchDetail>} wallet-help-search - The user searched (`searchable`): `detail:
 * { query, results }`, the topic ids found, best first. Sent once typing pauses (or on Enter), for
 * analytics; the list itself updates on every keystroke.
 * @event {CustomEvent<WalletFaqToggleDetail>} wallet-faq-toggle - The user opened or closed a question
 * (click, Enter or Space). `detail: { topic, open }`. Fired after the new state has rendered;
 * not fired by the methods, the `expand` attribute or the URL hash.
 *
 * @csspart base - The labelled section around all questions.
 * @csspart item - One question with its answer.
 * @csspart heading - The heading that holds a question's button.
 * @csspart button - The question button that opens and closes its answer.
 * @csspart icon - The chevron inside the question button.
 * @csspart panel - The container of an answer; `hidden` and empty when collapsed (the answer renders when opened).
 * @csspart answer - One paragraph of an answer.
 * @csspart empty - The message shown when no question is left to show, or nothing matches the search.
 * @csspart search - The search box with its label and result count (`searchable`).
 * @csspart search-input - The search text field.
 * @csspart search-clear - The button that clears the search.
 * @csspart search-status - The result count, announced politely as it changes.
 * @csspart snippet - Under a found question, the sentence that matched when it is not the question.
 * @csspart mark - A highlighted match in a question, snippet or answer.
 *
 * @cssproperty --wallet-help-accent - Brand color for icons and the focus ring (prefer the `accent` attribute, which keeps contrast).
 * @cssproperty --wallet-help-surface - Background color.
 * @cssproperty --wallet-help-text - Text color.
 * @cssproperty --wallet-help-muted - Secondary text color.
 * @cssproperty --wallet-help-mark - Background of highlighted search matches.
 * @cssproperty --wallet-help-border - Border and separator color.
 * @cssproperty --wallet-help-radius - Corner radius. Default `8px`.
 * @cssproperty --wallet-help-font-family - Font; defaults to the page's.
 * @cssproperty --wallet-help-font-size - Base font size. Default `medium`: the reader's default size (16px unless they chose larger), whatever the page's rem.
 * @cssproperty --wallet-help-spacing - Base padding. Default `1em`.
 */
export class WalletFaq extends WalletHelpElement {
  static override styles = [themeStyles, searchStyles, styles];

  // Declared here rather than with decorators: the script-tag build is smaller without them.
  static override properties: PropertyDeclarations = {
    topics: {},
    expandInitially: { attribute: 'expand' },
    single: { type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
    structuredData: { attribute: 'structured-data', type: Boolean },
    searchable: { type: Boolean },
    label: {},
    query: { attribute: false },
  };

  /**
   * Comma-separated topic ids: which questions to show, in this order (e.g. `security,complaint`).
   * Unset or blank shows every topic of the pack; unknown ids are skipped with a warning.
   */
  topics?: string;

  /**
   * Questions open at first render and whenever `topics` or this changes:
   * `none` (default), `first` or `all` (`all` opens only the first in `single` mode).
   */
  expandInitially: FaqExpand = 'none';

  /** When set, opening a question closes the one that was open. */
  single = false;

  /** Level of the question headings, 2 to 6 (default 3), to fit the page's outline. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /**
   * When set, adds schema.org `FAQPage` JSON-LD for the shown questions as a
   * `<script type="application/ld+json">` child, kept in sync; removed when unset. (Its code loads
   * with the first element that asks, so the first JSON-LD comes a moment after the first render.)
   */
  structuredData = false;

  /**
   * When set, a search box above the questions filters and orders them by relevance as the user
   * types, in any of the packs' languages, with the matched words highlighted.
   */
  searchable = false;

  /**
   * Name of the FAQ's landmarks (its section and search box) in the page's landmark list. Unset, they
   * are the pack's (常见问题, 搜索常见问题), numbered from the second FAQ of a page on (常见问题 2).
   */
  label?: string;

  /** The text in the search box (`searchable`); set it to search for the user. Fires no event. */
  query = '';

  #locale = new LocaleController(this);
  #search = new SearchController(this, () => this.#locale.pack);
  #hashTarget = new HashTargetController(this);
  #open = new Set<TopicId>();
  #list: Topic[] = [];
  #listSource?: { pack: ContentPack; topics: string | undefined };
  #results?: SearchResult[];
  #level = DEFAULT_HEADING_LEVEL;

  constructor() {
    super();
    new StructuredDataController(this, () => (this.structuredData ? this.#topicList() : undefined), () => this.#locale.pack.lang);
  }

  /** Opens the answer to `topic` (closing the others in `single` mode). Fires no event. */
  expand(topic: TopicId): void {
    this.#setOpen(topic, true);
  }

  /** Closes the answer to `topic`. Fires no event. */
  collapse(topic: TopicId): void {
    this.#setOpen(topic, false);
  }

  /** Opens every shown answer (only the first in `single` mode). Fires no event. */
  expandAll(): void {
    const list = this.#topicList();
    if (this.single) this.#open.clear();
    for (const topic of this.single ? list.slice(0, 1) : list) this.#open.add(topic.id);
    this.requestUpdate();
  }

  /** Closes every answer. Fires no event. */
  collapseAll(): void {
    this.#open.clear();
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    onPage.add(this);
    this.#renameAll();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    onPage.delete(this);
    this.#renameAll();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const list = this.#topicList();
    if (changed.has('headingLevel')) this.#level = this.#clampLevel(this.headingLevel);
    if (!this.hasUpdated || changed.has('topics') || changed.has('expandInitially')) {
      this.#applyInitialState(list, !this.hasUpdated);
    } else if (changed.has('single') && this.single && this.#open.size > 1) {
      const first = list.find((topic) => this.#open.has(topic.id));
      this.#open.clear();
      if (first) this.#open.add(first.id);
    }
    // Words of every language find topics, once search and the other packs have loaded at idle.
    if (this.searchable) this.#search.follow();
    this.#results = this.searchable ? this.#search.results(list) : undefined;
    const linked = this.#hashTarget.take(list);
    if (linked !== undefined) {
      this.#setOpen(linked, true);
      this.#search.showAll();
    }
  }

  protected override render(): TemplateResult {
    const { ui } = this.#locale.pack;
    const results = this.#results;
    const list = results ? results.map((result) => this.#list.find((topic) => topic.id === result.topic)!) : this.#topicList();
    // Landmarks named apart from the other FAQs' (axe landmark-unique): numbered unless labelled; the
    // answers are regions (named by their questions) in the page's first FAQ only, where no other
    // FAQ's open answer can share a name.
    const at = [...onPage].indexOf(this);
    const number = at > 0 ? ` ${at + 1}` : '';
    const items = this.#search.rows(list).map((topic, index) => this.#renderTopic(topic, list.length <= MAX_REGIONS && at < 1, results?.[index]));
    return html`
      <section part="base" class="faq" aria-label=${this.label || ui.faqLabel + number} @click=${this.#onClick} @keydown=${this.#onKeydown}>
        ${this.searchable ? this.#renderSearch(ui, this.label || ui.searchLabel + number) : nothing}
        ${items.length
          ? items
          : html`<div part="empty" class="empty">
              ${results ? nothing : html`<p>${ui.faqEmpty}</p>`}
              <p>${ui.contactAdvice}</p>
            </div>`}
      </section>
    `;
  }

  #renderSearch(ui: UiStrings, name: string): TemplateResult {
    const search = this.#search;
    return html`
      <div part="search" class="search" role="search" aria-label=${name}>
        <label for="search">${ui.searchLabel}</label>
        <div class="field">
          ${search.renderField(ui)}
          <button part="search-clear" class="clear" type="button" aria-label=${ui.searchClear} ?hidden=${!this.query} @click=${search.clear}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p part="search-status" class="status" role="status">${search.status(ui)}</p>
      </div>
    `;
  }

  #renderTopic(topic: Topic, region: boolean, result?: SearchResult): TemplateResult {
    const open = this.#open.has(topic.id);
    const buttonId = ID_PREFIX + topic.id;
    const mark = (text: string) => (result ? this.#search.mark(text) : text);
    const snippet = result && result.field !== 'question' && !open;
    return html`
      <div part="item" class="item">
        <div part="heading" class="heading" role="heading" aria-level=${this.#level}>
          <button
            part="button"
            class="question"
            type="button"
            id=${buttonId}
            data-topic=${topic.id}
            aria-expanded=${open}
            aria-controls=${PANEL_PREFIX + topic.id}
          >
            <span class="question-text">${mark(topic.question)}</span>
            <span part="icon" class="icon" aria-hidden="true"></span>
          </button>
        </div>
        ${snippet ? html`<p part="snippet" class="snippet">${marked(result.snippet, result.matches)}</p>` : nothing}
        <div
          part="panel"
          class="panel"
          id=${PANEL_PREFIX + topic.id}
          role=${region ? 'region' : nothing}
          aria-labelledby=${region ? buttonId : nothing}
          ?hidden=${!open}
        >
          ${open ? topic.answer.map((paragraph) => html`<p part="answer" class="answer">${mark(paragraph)}</p>`) : nothing}
        </div>
      </div>
    `;
  }

  /** The other FAQs number their landmarks again: one came or went. */
  #renameAll(): void {
    for (const faq of onPage) if (faq !== this) faq.requestUpdate();
  }

  /** The pack's topics picked and ordered by `topics`, recomputed only when either changes. */
  #topicList(): Topic[] {
    const pack = this.#locale.pack;
    if (this.#listSource?.pack === pack && this.#listSource.topics === this.topics) return this.#list;
    this.#listSource = { pack, topics: this.topics };
    const wanted = (this.topics ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    if (wanted.length === 0) return (this.#list = pack.topics);
    const byId = new Map(pack.topics.map((topic) => [topic.id, topic]));
    const picked = new Set<Topic>();
    for (const id of wanted) {
      const topic = byId.get(id);
      if (topic) picked.add(topic);
      else this.warnOnce(`topic:${id}`, `wallet-faq: unknown topic "${id}" in topics; skipping it.`);
    }
    return (this.#list = [...picked]);
  }

  #applyInitialState(list: Topic[], firstRender: boolean): void {
    // On first render, keep what `expand()` or the URL hash opened before it.
    if (!firstRender) this.#open.clear();
    const mode = this.expandInitially;
    const count = mode === 'all' && !this.single ? list.length : mode === 'all' || mode === 'first' ? 1 : 0;
    if (count === 0 || (this.single && this.#open.size > 0)) return;
    for (const topic of list.slice(0, count)) this.#open.add(topic.id);
  }

  #clampLevel(requested: number): number {
    const level = Number.isFinite(requested) ? Math.min(6, Math.max(2, Math.round(requested))) : DEFAULT_HEADING_LEVEL;
    if (level !== requested) {
      this.warnOnce(`level:${requested}`, `wallet-faq: heading-level="${requested}" is not 2–6; using ${level}.`);
    }
    return level;
  }

  #setOpen(topic: TopicId, open: boolean): void {
    if (open && this.single) this.#open.clear();
    if (open) this.#open.add(topic);
    else this.#open.delete(topic);
    this.requestUpdate();
  }

  async #onClick(event: MouseEvent): Promise<void> {
    const topic = this.#questionOf(event)?.dataset['topic'];
    if (topic === undefined) return;
    const open = !this.#open.has(topic);
    this.#setOpen(topic, open);
    await this.updateComplete;
    this.emit('wallet-faq-toggle', { topic, open });
  }

  /** The question button an event on the list came from (one listener for all: fewer bindings to render). */
  #questionOf(event: Event): HTMLButtonElement | null {
    return (event.target as Element).closest<HTMLButtonElement>('.question');
  }

  #onKeydown(event: KeyboardEvent): void {
    const question = this.#questionOf(event);
    if (event.altKey || event.ctrlKey || event.metaKey || !question) return;
    // Every question is there to move to (End, wrapping around), though a new search renders its list in steps.
    this.#search.showAll();
    this.performUpdate();
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.question')];
    const index = buttons.indexOf(question);
    const { length } = buttons;
    // Down and Up wrap around (taken modulo the count below).
    const targets: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index + length - 1, Home: 0, End: length - 1 };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    buttons[target % length]!.focus();
  }

}
