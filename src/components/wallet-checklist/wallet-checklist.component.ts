import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Topic } from '../../content/types.js';
import { renderContact, type SupportInfo } from '../../internal/contact.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { setting } from '../../internal/page-config.js';
import { StoredIdsController, type StorageKind } from '../../internal/stored-ids.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { WalletHelpElement } from '../../internal/wallet-help-element.js';
import { styles } from './wallet-checklist.styles.js';

const STORAGE_KINDS: readonly StorageKind[] = ['local', 'session', 'none'];

/**
 * @tagname wallet-checklist
 * @summary A topic's troubleshooting steps as checkboxes that remember how far the user got.
 *
 * @attr lang - Language of the content (`zh-CN`, `zh-TW`, `zh-HK` or `en`), as on `<wallet-faq>`. Ticks are kept by
 * step id, so they survive a language switch.
 *
 * @event {CustomEvent<WalletChecklistChangeDetail>} wallet-checklist-change - The user ticked or
 * unticked a step: `detail: { topic, step, checked, done, total }`.
 * @event {CustomEvent<WalletChecklistCompleteDetail>} wallet-checklist-complete - The user ticked
 * the last unticked step: `detail: { topic }`.
 *
 * @csspart base - The card around the checklist.
 * @csspart title - The topic's question, which labels the group of steps.
 * @csspart progress - "2 / 6", announced politely as it changes.
 * @csspart bar - The progress bar (hidden from assistive technology; the text says the same).
 * @csspart steps - The list of steps.
 * @csspart step - One step: its checkbox, label and detail.
 * @csspart checkbox - A step's native checkbox.
 * @csspart label - A step's text.
 * @csspart detail - The guide's sentence a step comes from (hidden with `compact`).
 * @csspart reset - The button that unticks every step.
 * @csspart complete - The "Still not working?" block shown when every step is ticked.
 * @csspart contact - How to reach support, inside `complete`.
 * @csspart contact-link - A phone, email or website link in `contact`.
 * @csspart unknown - The message shown for an unknown or missing topic.
 *
 * @cssproperty --wallet-help-accent - Brand color of the checkboxes and the bar (prefer the `accent` attribute).
 * @cssproperty --wallet-help-surface - Background color.
 * @cssproperty --wallet-help-text - Text color.
 * @cssproperty --wallet-help-muted - Secondary text color.
 * @cssproperty --wallet-help-border - Border color.
 * @cssproperty --wallet-help-radius - Corner radius. Default `8px`.
 * @cssproperty --wallet-help-font-family - Font; defaults to the page's.
 * @cssproperty --wallet-help-font-size - Base font size. Default `medium`: the reader's default size (16px unless they chose larger), whatever the page's rem.
 * @cssproperty --wallet-help-spacing - Base padding. Default `1em`.
 */
export class WalletChecklist extends WalletHelpElement {
  static override styles = [themeStyles, styles];

  static override properties: PropertyDeclarations = {
    topic: { reflect: true },
    compact: { type: Boolean, reflect: true },
    storage: {},
    support: { attribute: false },
  };

  /** The topic whose steps to show (required), e.g. `transaction-failed`. */
  topic?: string;

  /** Steps only, closer together, without the guide's sentence under each. */
  compact = false;

  /**
   * Where ticks are kept, under `wallet-help:checklist:<topic>`: `local` (default, survives
   * reloads), `session` (this tab until it closes) or `none` (this page only).
   */
  storage: StorageKind = 'local';

  /**
   * How to reach support, shown once every step is ticked: `{ label, phone, email, url, hours }`.
   * Without it, `WalletHelp.configure`'s, else the guide's own advice. Only `tel:`, `mailto:` and http(s) links are made.
   */
  support?: SupportInfo;

  #locale = new LocaleController(this);
  #progress = new StoredIdsController(this, () => [this.#storageKind(), `wallet-help:checklist:${this.#topicId()}`]);

  protected override render(): TemplateResult {
    const { ui, topics } = this.#locale.pack;
    const topic = this.#topic();
    if (!topic) {
      return html`
        <div part="base unknown" class="card" role="note">
          <p>${ui.checklistUnknown}</p>
          <ul class="topics">
            ${topics.map((each) => html`<li><code>${each.id}</code> ${each.question}</li>`)}
          </ul>
        </div>
      `;
    }
    const steps = topic.checklist;
    const done = this.#done(topic).length;
    const progress = ui.checklistProgress.replace('{done}', String(done)).replace('{total}', String(steps.length));
    return html`
      <div part="base" class="card">
        <fieldset>
          <legend part="title">${topic.question}</legend>
          <p part="progress" class="progress" role="status">${progress}</p>
          <progress part="bar" max=${steps.length} .value=${done} aria-hidden="true"></progress>
          <ol part="steps" class="steps">
            ${steps.map(
              (step) => html`
                <li part="step" class="step">
                  <input
                    part="checkbox"
                    type="checkbox"
                    id=${`step-${step.id}`}
                    data-step=${step.id}
                    .checked=${this.#progress.has(step.id)}
                    aria-describedby=${this.compact ? nothing : `detail-${step.id}`}
                    @change=${this.#onChange}
                  />
                  <label part="label" for=${`step-${step.id}`}>${step.text}</label>
                  ${this.compact ? nothing : html`<p part="detail" class="detail" id=${`detail-${step.id}`}>${step.detail}</p>`}
                </li>
              `,
            )}
          </ol>
        </fieldset>
        <button part="reset" class="reset" type="button" @click=${this.#reset}>${ui.checklistReset}</button>
        ${done === steps.length
          ? html`<div part="complete" class="complete">
              <p class="stuck">${ui.checklistStuck}</p>
              ${renderContact(setting(this, 'support'), ui)}
            </div>`
          : nothing}
      </div>
    `;
  }

  #topicId(): string {
    return (this.topic ?? '').trim();
  }

  /** The pack's topic, or undefined with one warning naming the valid ones. */
  #topic(): Topic | undefined {
    const id = this.#topicId();
    const { topics } = this.#locale.pack;
    const topic = topics.find((each) => each.id === id);
    if (!topic || !topic.checklist.length) {
      const valid = topics.map((each) => each.id).join(', ');
      this.warnOnce(
        `topic:${id}`,
        id ? `wallet-checklist: unknown topic "${id}"; valid topics: ${valid}.` : `wallet-checklist: the topic attribute is missing; valid topics: ${valid}.`,
      );
      return undefined;
    }
    return topic;
  }

  #storageKind(): StorageKind {
    if (STORAGE_KINDS.includes(this.storage)) return this.storage;
    this.warnOnce(`storage:${this.storage}`, `wallet-checklist: storage="${this.storage}" is not local, session or none; using local.`);
    return 'local';
  }

  /** The ticked steps that still exist: ticks of steps a newer pack removed are dropped. */
  #done(topic: Topic): string[] {
    return topic.checklist.filter((step) => this.#progress.has(step.id)).map((step) => step.id);
  }

  async #onChange(event: Event): Promise<void> {
    const topic = this.#topic();
    const input = event.target as HTMLInputElement;
    const step = input.dataset['step'];
    if (!topic || step === undefined) return;
    const ticked = new Set(this.#done(topic));
    if (input.checked) ticked.add(step);
    else ticked.delete(step);
    this.#progress.set([...ticked]);
    await this.updateComplete;
    const total = topic.checklist.length;
    this.emit('wallet-checklist-change', { topic: topic.id, step, checked: input.checked, done: ticked.size, total });
    if (input.checked && ticked.size === total) this.emit('wallet-checklist-complete', { topic: topic.id });
  }

  #reset(): void {
    this.#progress.set([]);
    this.renderRoot.querySelector('input')?.focus();
  }
}
