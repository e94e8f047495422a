/**
 * While a modal panel is open, the page behind it does not scroll (wheel, touch, keys): the root's
 * overflow is hidden, its scrollbar's room kept (no shift sideways), and everything put back as it
 * was on close, so the page stays exactly where it was. Inline styles through CSSOM: allowed by a
 * strict CSP.
 */
let saved: { overflow: string; gutter: string } | undefined;

export function lockPageScroll(): void {
  if (saved) return;
  const root = document.documentElement;
  const { style } = root;
  saved = { overflow: style.overflow, gutter: style.getPropertyValue('scrollbar-gutter') };
  // A classic scrollbar takes room: keep it, or the page would widen under the backdrop.
  if (innerWidth > root.clientWidth) style.setProperty('scrollbar-gutter', 'stable');
  style.overflow = 'hidden';
}

export function unlockPageScroll(): void {
  if (!saved) return;
  const { style } = document.documentElement;
  style.overflow = saved.overflow;
  style.setProperty('scrollbar-gutter', saved.gutter);
  saved = undefined;
}
