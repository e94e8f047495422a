/**
 * Structured data for search engines: schema.org `FAQPage` JSON-LD for the questions an element
 * shows, as a `<script type="application/ld+json">` child in its light DOM, kept in sync, removed
 * when turned off or disconnected. The writer (json-ld.ts) loads with the first element that asks.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Topic } from '../content/types.js';
import type * as JsonLd from './json-ld.js';
import { meanwhile, Sibling } from './siblings.js';

const jsonLdSibling = new Sibling<typeof JsonLd>('wallet-help.json-ld.js', meanwhile('no JSON-LD is added'), () => import('./json-ld.js'));

export class StructuredDataController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #questions: () => readonly Topic[] | undefined;
  #lang: () => string;
  #script?: JsonLd.JsonLdScript;
  #loading = false;
  #written?: readonly Topic[];

  /** `questions`: the topics to describe, or none when the element asks for no structured data. */
  constructor(host: ReactiveControllerHost & HTMLElement, questions: () => readonly Topic[] | undefined, lang: () => string) {
    this.#host = host;
    this.#questions = questions;
    this.#lang = lang;
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#sync();
  }

  hostUpdated(): void {
    this.#sync();
  }

  #sync(): void {
    const host = this.#host;
    const list = host.isConnected ? this.#questions() : undefined;
    if (!list?.length) {
      this.#script?.faqPage(host, undefined);
      this.#written = undefined;
      return;
    }
    if (!this.#script) {
      if (!this.#loading) {
        this.#loading = true;
        void jsonLdSibling
          .whenLoaded(({ JsonLdScript }) => {
            this.#script = new JsonLdScript();
            this.#sync();
          })
          .load();
      }
      return;
    }
    if (list === this.#written) return;
    this.#written = list;
    this.#script.faqPage(host, list, this.#lang());
  }
}
