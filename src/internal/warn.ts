/**
 * Warnings about the page's own input (a storage that throws, a support link that isn't one, a tag
 * taken by another script): each told once per page, however often it comes up again.
 */
const warned = new Set<string>();

/**
 * Logs `message` (and `error`, the one behind it, when given) unless `key` was already warned of on
 * the page, or in `seen` (an element's own: told once per element).
 */
export function warnOnce(key: string, message: string, error?: unknown, seen = warned): void {
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(message, ...(error === undefined ? [] : [error]));
}

/** Forgets the warnings given (for tests: a fresh page without reloading). */
export function forgetWarnings(): void {
  warned.clear();
}
