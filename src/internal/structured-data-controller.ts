/**
 * Structured data for search engines: schema.org `FAQPage` JSON-LD for the questions an element
 * shows, as a `<script type="application/ld+json">` child in its light DOM, kept in sync, removed
 * when turned off or disconnected. The writer (json-ld.ts) loads with the first element that asks.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Topic } from '../content/types.js';
import type * as JsonLd from './json-ld.js';
import { updateAll } from './page-config.js';
import { meanwhile, Sibling } from './siblings.js';

// When it arrives every element updates and writes its JSON-LD: no element waits on it by a callback
// of its own, which would keep it alive, removed, for as long as the file can't be loaded.
const jsonLdSibling = new Sibling<typeof JsonLd>('wallet-help.json-ld.js', meanwhile('no JSON-LD is added'), () => import('./json-ld.js'), updateAll);

export class StructuredDataController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #questions: () => readonly Topic[] | undefined;
  #lang: () => string;
  #script?: JsonLd.JsonLdScript;
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
    const writer = jsonLdSibling.get();
    if (!writer) return void jsonLdSibling.load();
    this.#script ??= new writer.JsonLdScript();
    if (list === this.#written) return;
    this.#written = list;
    this.#script.faqPage(host, list, this.#lang());
  }
}
