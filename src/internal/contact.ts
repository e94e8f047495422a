import { html, nothing, type TemplateResult } from 'lit';
import type { UiStrings } from '../content/types.js';

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

const warned = new Set<string>();

function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`wallet-help: ${message}`);
}

/**
 * The link for a support channel, or undefined (with one warning) when the value would not make a
 * safe one: only `tel:`, `mailto:` and `http(s):` links are ever made.
 */
export function contactHref(channel: ContactChannel, value: string): string | undefined {
  const text = value.trim();
  if (channel === 'phone') {
    if (/^\+?[\d\s().-]{3,}$/.test(text) && /\d/.test(text)) return `tel:${text.replace(/[^\d+]/g, '')}`;
  } else if (channel === 'email') {
    if (/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/.test(text)) return `mailto:${text}`;
  } else {
    try {
      const url = new URL(text);
      if (['https:', 'http:', 'mailto:', 'tel:'].includes(url.protocol)) return url.href;
    } catch {
      // Not a URL: reported below.
    }
  }
  warnOnce(`support.${channel} "${text}" is not a valid ${channel === 'url' ? 'http(s) URL' : channel}; showing it as text.`);
  return undefined;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * How to reach support: the vendor's channels when `support` has any, else the guide's own
 * advice (no invented links). `onContact` hears which channel the user followed.
 */
export function renderContact(
  support: SupportInfo | undefined,
  ui: UiStrings,
  onContact?: (channel: ContactChannel) => void,
): TemplateResult {
  const channels = (['phone', 'email', 'url'] as const).filter((channel) => isText(support?.[channel]));
  if (!channels.length && !isText(support?.hours)) return html`<p part="contact" class="contact">${ui.contactAdvice}</p>`;
  const names = { phone: ui.contactPhone, email: ui.contactEmail, url: ui.contactWebsite };
  return html`
    <div part="contact" class="contact">
      ${isText(support?.label) ? html`<p class="contact-label">${support.label}</p>` : nothing}
      <ul class="contact-list">
        ${channels.map((channel) => {
          const value = support![channel]!.trim();
          const href = contactHref(channel, value);
          return html`<li>
            ${names[channel]}:
            ${href
              ? html`<a
                  part="contact-link"
                  href=${href}
                  target=${channel === 'url' && href.startsWith('http') ? '_blank' : nothing}
                  rel=${channel === 'url' ? 'noopener noreferrer' : nothing}
                  @click=${() => onContact?.(channel)}
                  >${value}</a
                >`
              : value}
          </li>`;
        })}
        ${isText(support?.hours) ? html`<li>${ui.contactHours}: ${support.hours}</li>` : nothing}
      </ul>
    </div>
  `;
}
