/**
 * Links to a question: `#wallet-faq-<topic>` in the page's URL opens that question and scrolls to
 * it, on the element's first connection and whenever the hash changes (not when a framework moves
 * the element: that must not scroll the page).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Topic, TopicId } from '../content/types.js';
import { media } from './theme.js';

/** The question buttons' ids: `wallet-faq-<topic>`. */
export const PREFIX = 'wallet-faq-';

type HashHost = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean; readonly renderRoot: ParentNode };

export class HashTargetController implements ReactiveController {
  #host: HashHost;
  #linked?: TopicId;
  #scrollTo?: TopicId;

  constructor(host: HashHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#read);
    if (!this.#host.hasUpdated) this.#read();
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#read);
  }

  /** The linked topic, once, when `shown` has it: the element opens it, and it is scrolled to after the render. */
  take(shown: readonly Topic[]): TopicId | undefined {
    const topic = this.#linked;
    this.#linked = undefined;
    if (topic !== undefined && shown.some((each) => each.id === topic)) return (this.#scrollTo = topic);
    return undefined;
  }

  hostUpdated(): void {
    if (this.#scrollTo === undefined) return;
    const button = this.#host.renderRoot.querySelector(`#${CSS.escape(PREFIX + this.#scrollTo)}`);
    this.#scrollTo = undefined;
    const reduced = media('(prefers-reduced-motion: reduce)')?.matches;
    button?.closest('[part~="item"]')?.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  }

  #read = (): void => {
    const { hash } = location;
    if (!hash.startsWith(`#${PREFIX}`)) return;
    try {
      this.#linked = decodeURIComponent(hash.slice(PREFIX.length + 1)) || undefined;
    } catch {
      return;
    }
    if (this.#linked !== undefined) this.#host.requestUpdate();
  };
}
