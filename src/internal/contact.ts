import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../content/types.js';
import { own } from './own.js';
import { warnOnce } from './warn.js';

/** How users reach the vendor's support; every field is optional. */
export interface SupportInfo {
  /** Who answers, e.g. "XX 钱包客服". */
  label?: string;
  /** A phone number, linked as `tel:`. */
  phone?: string;
  /** An email address, linked as `mailto:`. */
  email?: string;
  /** A help page: `https:` or `http:` (also `mailto:` or `tel:`). */
  url?: string;
  /** Opening hours, as text. */
  hours?: string;
}

export type ContactChannel = 'phone' | 'email' | 'url';


/**
 * The link for a support channel and the text it shows, or undefined (with one warning) when the
 * value would not make a safe one: only `tel:`, `mailto:` and `http(s):` links are ever made. A
 * website link shows where it really goes, its host, whatever the vendor's text looked like: the URL
 * parser reads `https://bank.example@evil.example` as evil.example. Forms it reads its own way are
 * refused: http(s) without `//` (`https:evil.example/x` is a link to evil.example too), backslashes,
 * control characters.
 */
export function contactLink(channel: ContactChannel, value: string): [href: string, text: string] | undefined {
  const text = value.trim();
  if (channel === 'phone') {
    if (/^\+?[\d\s().-]{3,}$/.test(text) && /\d/.test(text)) return [`tel:${text.replace(/[^\d+]/g, '')}`, text];
  } else if (channel === 'email') {
    if (/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/.test(text)) return [`mailto:${text}`, text];
  } else if (/^(https?:\/\/|mailto:|tel:)[^\0-\x1f\x7f\\]+$/i.test(text)) {
    try {
      const url = new URL(text);
      return [url.href, url.host || url.pathname];
    } catch {
      // Not a URL: reported below.
    }
  }
  const message = `wallet-help: support.${channel} "${text}" is not a valid ${channel === 'url' ? 'http(s) URL' : channel}; showing it as text.`;
  warnOnce(message, message);
  return undefined;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * How to reach support: the vendor's channels when `support` has any, else the guide's own
 * advice (no invented links). `onContact` hears which channel the user followed.
 */
export function renderContact(
  vendorSupport: SupportInfo | undefined,
  ui: UiStrings,
  onContact?: (channel: ContactChannel) => void,
): TemplateResult {
  // Own fields only (never a polluted Object.prototype.url), read once a render.
  const support = own(vendorSupport, 'support');
  const channels = (['phone', 'email', 'url'] as const).filter((channel) => isText(support[channel]));
  if (!channels.length && !isText(support.hours)) return html`<p part="contact" class="contact">${ui.contactAdvice}</p>`;
  const names = { phone: ui.contactPhone, email: ui.contactEmail, url: ui.contactWebsite };
  return html`
    <div part="contact" class="contact">
      ${isText(support.label) ? html`<p class="contact-label">${support.label}</p>` : nothing}
      <ul class="contact-list">
        ${channels.map((channel) => {
          const value = support[channel]!.trim();
          const [href, text] = contactLink(channel, value) ?? [];
          return html`<li>
            ${names[channel]}:
            ${href
              ? html`<a
                  part="contact-link"
                  href=${href}
                  target=${channel === 'url' && href.startsWith('http') ? '_blank' : nothing}
                  rel=${channel === 'url' ? 'noopener noreferrer' : nothing}
                  @click=${() => onContact?.(channel)}
                  >${text}</a
                >`
              : value}
          </li>`;
        })}
        ${isText(support.hours) ? html`<li>${ui.contactHours}: ${support.hours}</li>` : nothing}
      </ul>
    </div>
  `;
}
