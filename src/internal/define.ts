import { VERSION } from '../version.js';
import { warnOnce } from './warn.js';

/** A custom element class that may say which wallet-help version it belongs to. */
export type VersionedElementConstructor = CustomElementConstructor & { version?: string };

/**
 * Registers `tag` unless it is taken. The page may load wallet-help twice (two script
 * tags, or the npm build beside the script-tag build): the same version is silently
 * reused, another version or a foreign class is kept with one warning. Never throws.
 */
export function defineElement(tag: string, ctor: VersionedElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElementConstructor | undefined;
  if (!existing) {
    try {
      customElements.define(tag, ctor);
    } catch (error) {
      warnOnce(`<${tag}>`, `wallet-help ${VERSION}: could not define <${tag}>: ${String(error)}`);
    }
    return;
  }
  if (existing === ctor || existing.version === VERSION) return;
  const other = existing.version ? `wallet-help ${existing.version}` : 'another script (not wallet-help)';
  warnOnce(
    `<${tag}>`,
    `wallet-help ${VERSION}: <${tag}> is already defined by ${other}; keeping that one. ` +
      'Load wallet-help once per page.',
  );
}
