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

/** What a search box's live region says: nothing before a search, else how many answers, or that none matched `query`. */
export function searchStatus(ui: UiStrings, count: number | undefined, query: string): string {
  if (count === undefined) return '';
  if (count === 0) return ui.searchEmpty.replace('{query}', query);
  return count === 1 ? ui.searchCountOne : ui.searchCount.replace('{count}', String(count));
}
