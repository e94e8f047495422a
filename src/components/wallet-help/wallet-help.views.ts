/**
 * What the `<wallet-help>` panel shows: its bar, the home view (search, topics, causes) and a
 * topic's view (answer, checklist, feedback, related topics, contact). Part of the first file, so
 * the panel opens complete on a page that has lost its network. Renders `<wallet-checklist>`,
 * which the element's registration (wallet-help.ts) registers too.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ContentPack, Topic, TopicId } from '../../content/types.js';
import { renderContact, type ContactChannel, type SupportInfo } from '../../internal/contact.js';
import type { SearchController } from '../../internal/search-controller.js';

/** The home view's name in `wallet-help-navigate`. */
export const HOME = 'home';

/** What a view needs from its element, and the actions it may take. */
export interface ViewContext {
  pack: ContentPack;
  /** The topic shown; none for the home view. */
  topic?: Topic;
  /** The home view's search box. */
  search: SearchController;
  feedback: ReadonlyMap<TopicId, boolean>;
  support?: SupportInfo;
  accent?: string;
  /** A topic button's click: shows its `data-topic`. */
  go(event: Event): void;
  /** Back to the view before; none on the first view. */
  back?: () => void;
  close(): void;
  giveFeedback(topic: TopicId, helpful: boolean): void;
  contact(channel: ContactChannel): void;
}

/** The topic `id` of `pack`; none for an unknown id, or none given. */
export const topicOf = (pack: ContentPack, id?: string): Topic | undefined => pack.topics.find((topic) => topic.id === id);

/** The bar and the current view. */
export function renderPanel(context: ViewContext): TemplateResult {
  const { ui } = context.pack;
  const { topic } = context;
  return html`
    <div part="header" class="header">
      ${context.back
        ? html`<button part="back" class="icon-button back" type="button" aria-label=${ui.helpBack} @click=${context.back}>
            <span aria-hidden="true">‹</span>
          </button>`
        : nothing}
      <h2 part="title" class="title" id="title" tabindex="-1">${topic ? topic.question : ui.helpTitle}</h2>
      <button part="close" class="icon-button" type="button" aria-label=${ui.helpClose} @click=${context.close}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
    <div part="body" class="body">${topic ? renderTopic(context, topic) : renderHome(context)}</div>
  `;
}

function renderHome(context: ViewContext): TemplateResult {
  const { pack, search } = context;
  const { ui } = pack;
  const results = search.results();
  const topics = results ? results.map((result) => topicOf(pack, result.topic)!) : pack.topics;
  return html`
    <div class="search" role="search" aria-label=${ui.helpTitle}>
      <label for="search">${ui.searchLabel}</label>
      ${search.renderField(ui)}
      <p class="status" role="status">${search.status(ui)}</p>
    </div>
    <ul class="topics" aria-label=${ui.faqLabel}>
      ${search.rows(topics).map(
        (topic) => html`<li>
          <button class="topic" type="button" data-topic=${topic.id} @click=${context.go}>
            ${search.mark(topic.question)}
          </button>
        </li>`,
      )}
    </ul>
    ${results?.length === 0 ? renderContact(context.support, ui, context.contact) : nothing}
    <h3>${pack.causes.heading}</h3>
    <ul class="causes">
      ${pack.causes.items.map((cause) => html`<li><strong>${cause.title}</strong> ${cause.sentences.join('')}</li>`)}
    </ul>
  `;
}

function renderTopic(context: ViewContext, topic: Topic): TemplateResult {
  const { ui } = context.pack;
  const feedback = context.feedback.get(topic.id);
  const related = topic.related.map((id) => topicOf(context.pack, id)).filter((each): each is Topic => !!each);
  return html`
    ${topic.answer.map((paragraph) => html`<p class="answer">${paragraph}</p>`)}
    <h3>${ui.helpSteps}</h3>
    <wallet-checklist topic=${topic.id} lang=${context.pack.lang} accent=${context.accent ?? nothing} .support=${context.support} compact></wallet-checklist>
    <div class="feedback">
      ${feedback === undefined
        ? html`<p id="feedback">${ui.helpFeedback}</p>
            <div class="choices" role="group" aria-labelledby="feedback">
              <button type="button" @click=${() => context.giveFeedback(topic.id, true)}>${ui.helpYes}</button>
              <button type="button" @click=${() => context.giveFeedback(topic.id, false)}>${ui.helpNo}</button>
            </div>`
        : nothing}
      <p class="thanks" role="status" tabindex="-1">${feedback === undefined ? '' : ui.helpThanks}</p>
    </div>
    ${related.length
      ? html`<h3>${ui.helpRelated}</h3>
          <ul class="topics">
            ${related.map(
              (each) => html`<li><button class="topic" type="button" data-topic=${each.id} @click=${context.go}>${each.question}</button></li>`,
            )}
          </ul>`
      : nothing}
    <h3>${ui.helpContact}</h3>
    ${renderContact(context.support, ui, context.contact)}
  `;
}

/** Styles of the panel's content. */
export const viewStyles = css`
  .header {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding: calc(var(--_spacing) * 0.5);
    padding-inline-start: var(--_spacing);
    border-bottom: 1px solid var(--_border);
  }

  .title {
    flex: 1 1 auto;
    min-width: 0;
    margin: 0;
    font-size: 1.125em;
  }

  .icon-button {
    flex: none;
    width: 44px;
    height: 44px;
    padding: 0;
    /* Transparent: drawn in forced colours, where every control keeps its boundary. */
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    font-size: 1.5em;
    line-height: 1;
  }

  .back {
    margin-inline-start: calc(var(--_spacing) * -0.5);
  }

  .icon-button:hover,
  .topic:hover,
  .choices button:hover {
    background: var(--_hover);
  }

  .body {
    flex: 1 1 auto;
    overflow: auto;
    padding: var(--_spacing);
    overscroll-behavior: contain;
  }

  h3 {
    margin: 1.5em 0 0.5em;
    font-size: 1em;
  }

  .topics,
  .causes,
  .contact-list {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }

  .topic {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 0;
    border-bottom: 1px solid var(--_border);
    background: transparent;
    text-align: start;
  }

  .causes li + li {
    margin-top: 0.5em;
  }

  .answer {
    margin: 0 0 0.75em;
  }

  .feedback {
    margin-top: var(--_spacing);
  }

  .feedback p,
  .contact,
  .contact-label {
    margin: 0;
  }

  .contact-label {
    font-weight: 600;
  }

  .choices {
    display: flex;
    gap: 0.5em;
    margin-top: 0.5em;
  }

  .choices button {
    min-height: 36px;
    padding: 0 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
  }

  a {
    display: inline-block;
    min-height: 24px;
    color: var(--_accent-text);
  }
`;
