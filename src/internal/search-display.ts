import { html } from 'lit';
import type { UiStrings } from '../content/types.js';

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
