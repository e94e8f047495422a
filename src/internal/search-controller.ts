/**
 * Search for an element with a search box (`<wallet-faq searchable>`, the panel's home view): the
 * engine loading, results cached per query, words marked, input methods, the field kept to the
 * query, and the `wallet-help-search` event analytics hear once the user pauses typing.
 */
import { css, html, type ReactiveController, type TemplateResult } from 'lit';
import type { ContentPack, Topic, UiStrings } from '../content/types.js';
import type { SearchIndex, SearchResult } from '../search/index.js';
import { loadedPacks } from './packs.js';
import { searchEngine, searchSibling } from './search-engine.js';
import { loadAtIdle, whenIdle } from './siblings.js';
import type { WalletHelpElement } from './wallet-help-element.js';

/** `text` with the ranges wrapped in `<mark part="mark">`, built as template parts: content is never parsed as markup. */
export function marked(text: string, ranges: ReadonlyArray<readonly [number, number]>): unknown[] {
  const parts: unknown[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(at, start), html`<mark part="mark">${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** The longest query a search box takes (its `maxlength="200"`) and echoes: search reads no more of one (src/search/index.ts). */
export const MAX_QUERY = 200;

/**
 * What a search box's live region says: nothing before a search, else how many answers, or that none
 * matched `query`. The query goes in as it is (split and join: `String.replace` would read `$'` or
 * `$&` typed by the user as its own patterns), cut at MAX_QUERY with an ellipsis.
 */
export function searchStatus(ui: UiStrings, count: number | undefined, query: string): string {
  if (count === undefined) return '';
  if (count === 0) return ui.searchEmpty.split('{query}').join(query.length > MAX_QUERY ? query.slice(0, MAX_QUERY) + '…' : query);
  return count === 1 ? ui.searchCountOne : ui.searchCount.replace('{count}', String(count));
}

/** Analytics hear of a search once the user pauses typing (or presses Enter); results render at once. */
const REPORT_DELAY = 800;

/**
 * Rows a new list renders in the keystroke's frame (a screenful or so), then how many more each
 * frame after: a thousand rows at once took a keystroke's frame past 100 ms (bench/faq-long).
 */
const FIRST_ROWS = 20;
const MORE_ROWS = 50;

/** The search box's label, field, status line and marked words, as the FAQ and the panel show them. */
export const searchStyles = css`
  label {
    display: block;
    margin-bottom: 0.25em;
    font-weight: 600;
  }

  input {
    width: 100%;
    min-height: 44px;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  .status {
    margin: 0.5em 0 0;
    color: var(--_muted);
  }

  .status:empty {
    margin: 0;
  }

  mark {
    border-radius: 2px;
    background: var(--wallet-help-mark, var(--_mark));
    color: var(--_text);
  }
`;

/** The element: it holds the query (the text in its box, `#search`) and renders what this returns. */
type SearchHost = WalletHelpElement & { query: string };

export class SearchController implements ReactiveController {
  #host: SearchHost;
  #pack: () => ContentPack;
  /** 0: not asked to follow the engine; 1: following, the engine not loaded yet; 2: its index warmed. */
  #follow = 0;
  #index?: SearchIndex;
  #results?: SearchResult[];
  #resultsFor?: [string, SearchIndex, readonly Topic[] | undefined];
  #reported = '';
  #timer?: ReturnType<typeof setTimeout>;
  /** The query the field last showed: what the user typed is never written back (that could drop a keystroke). */
  #typed = '';
  #field?: HTMLInputElement | null;
  /** How many rows of the list `rows()` renders now: all (unset or Infinity), but for a few frames after a new search. */
  #limit?: number;
  #growing?: number;

  constructor(host: SearchHost, pack: () => ContentPack) {
    this.#host = host;
    this.#pack = pack;
    host.addController(this);
  }

  /**
   * Loads the engine once the page is idle, re-renders when it arrives, and builds the index while
   * the user reads rather than on their first keystroke. Until then plain word matching answers.
   */
  follow(): void {
    if (this.#follow > 1) return;
    const engine = searchSibling.get();
    this.#follow = engine ? 2 : 1;
    if (engine) whenIdle(() => engine.warm(this.#pack(), loadedPacks()));
    else loadAtIdle([searchSibling]);
  }

  /**
   * The topics the query finds, best first, among `shown` (all the pack's when omitted); none
   * without a query. Searches again only when the query, the index or `shown` changed.
   */
  results(shown?: readonly Topic[]): SearchResult[] | undefined {
    const query = this.#host.query.trim();
    const engine = searchEngine();
    if (!query || !engine) {
      // The whole list again after a search comes in steps too (`rows()`).
      if (this.#results) this.#limit = FIRST_ROWS;
      return (this.#results = undefined);
    }
    const index = engine.indexFor(this.#pack(), loadedPacks());
    const [lastQuery, lastIndex, lastShown] = this.#resultsFor ?? [];
    if (this.#results && query === lastQuery && index === lastIndex && shown === lastShown) return this.#results;
    this.#index = index;
    this.#resultsFor = [query, index, shown];
    this.#limit = FIRST_ROWS;
    const ids = shown && new Set(shown.map((topic) => topic.id));
    return (this.#results = index.search(query).filter((result) => !ids || ids.has(result.topic)));
  }

  /**
   * The first of `rows` to render now. After a new search only the first screenful, the rest a
   * frame later in steps, so the keystroke's frame lays out (and marks) a few rows, not a thousand.
   */
  rows<T>(rows: readonly T[]): readonly T[] {
    if (this.#limit! < rows.length) {
      // After the frame is painted, at idle: not in the way of that frame, nor of the next keystroke's.
      this.#growing ||= requestAnimationFrame(() =>
        whenIdle(() => {
          this.#growing = 0;
          this.#limit! += MORE_ROWS;
          this.#host.requestUpdate();
        }),
      );
    } else this.#limit = Infinity;
    return rows.slice(0, this.#limit);
  }

  /** Renders every row at the next update: a key that goes to the last one, a link to one. */
  showAll(): void {
    if (this.#limit! < Infinity) this.#host.requestUpdate();
    this.#limit = Infinity;
  }

  /** `text` with the query's words marked, while there are results. */
  mark(text: string): unknown {
    return this.#results ? marked(text, this.#index!.highlight(text, this.#host.query)) : text;
  }

  /** What the box's live region says: nothing before a search, else how many answers, or none. */
  status(ui: UiStrings): string {
    return searchStatus(ui, this.#results?.length, this.#host.query.trim());
  }

  /** The search field (`#search`); its label and status line are the element's. */
  renderField(ui: UiStrings): TemplateResult {
    return html`<input
      part="search-input"
      id="search"
      type="search"
      autocomplete="off"
      spellcheck="false"
      enterkeyhint="search"
      maxlength="200"
      placeholder=${ui.searchPlaceholder}
      @input=${this.input}
      @compositionend=${this.input}
      @keydown=${this.keydown}
    />`;
  }

  /** The field's `input` and `compositionend` listener. */
  input = (event: InputEvent): void => {
    // While an input method composes (pinyin), the field holds Latin letters: search once it commits.
    if (event.isComposing) return;
    const host = this.#host;
    host.query = this.#typed = (event.target as HTMLInputElement).value;
    if (!host.query.trim()) this.#reported = '';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.report(), REPORT_DELAY);
    host.requestUpdate();
  };

  /**
   * The field's keys: Enter reports at once; Escape clears a query (handled: a dialog around stays
   * open); Down moves to the first topic shown (any `[data-topic]` button of the element's).
   */
  keydown = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    const { key } = event;
    const first = key === 'ArrowDown' && this.#host.renderRoot.querySelector<HTMLElement>('[data-topic]');
    if (key === 'Enter') {
      void this.#host.updateComplete.then(() => this.report());
    } else if ((key === 'Escape' && this.#host.query) || first) {
      event.preventDefault();
      event.stopPropagation();
      if (first) first.focus();
      else this.clear(event);
    }
  };

  /**
   * Empties the box (the next search is a new one for analytics too) and, when the user asked (the
   * clear button's click, Escape), gives it focus.
   */
  clear = (byUser?: unknown): void => {
    this.#host.query = this.#reported = '';
    clearTimeout(this.#timer);
    this.#host.requestUpdate();
    if (byUser) this.#field?.focus();
  };

  /** Tells analytics what was searched and found, once per query. */
  report(): void {
    clearTimeout(this.#timer);
    const query = this.#host.query.trim();
    if (!query || query === this.#reported || !this.#results) return;
    this.#reported = query;
    this.#host.emit('wallet-help-search', { query, results: this.#results.map((result) => result.topic) });
  }

  hostUpdated(): void {
    // The engine arrived (every element updates then): warm its index for this box too.
    if (this.#follow) this.follow();
    // A query set by the page, or a field rendered anew (back to the panel's home), shows in the field.
    const field = this.#host.renderRoot.querySelector<HTMLInputElement>('#search');
    const { query } = this.#host;
    if (field && field.value !== query && (query !== this.#typed || field !== this.#field)) field.value = query.slice(0, MAX_QUERY);
    this.#field = field;
    this.#typed = query;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
