/**
 * A vendor content pack that carries every payload in every kind of text a pack has: questions,
 * answers, keywords, checklist steps, error codes, causes, synonyms and every `ui` string. It is
 * valid (kebab-case ids, 3 steps per topic), so the validator lets it through and it renders:
 * what the suite then checks is that it renders as text. `offset` rotates which payload lands in
 * which field, so packs built with different offsets put each payload in other places.
 */
import type { Topic } from '../../src/content/types.js';
import { PACK_PAYLOADS } from './payloads.js';

const UI_KEYS = [
  'faqLabel', 'faqEmpty', 'contactAdvice', 'searchLabel', 'searchPlaceholder', 'searchClear', 'searchCountOne',
  'searchCount', 'searchEmpty', 'checklistProgress', 'checklistReset', 'checklistStuck', 'checklistUnknown',
  'contactPhone', 'contactEmail', 'contactWebsite', 'contactHours', 'helpLauncher', 'helpTitle', 'helpClose',
  'helpBack', 'helpFeedback', 'helpYes', 'helpNo', 'helpThanks', 'helpRelated', 'helpContact', 'helpSteps',
] as const;

/** The question of payload topic `index`: a visible prefix, so none is blank or whitespace only. */
export const attackQuestion = (index: number, payloads: readonly string[] = PACK_PAYLOADS) => `Q${index} ${payloads[index]}`;

/** The id of payload topic `index`. */
export const attackTopicId = (index: number) => `attack-${index}`;

/** The error code that opens payload topic `index` (unique, whatever the payload's case). */
export const attackErrorCode = (index: number, payloads: readonly string[] = PACK_PAYLOADS) => `E${index}-${payloads[index]}`;

export function attackPack(lang: 'zh-CN' | 'en', offset = 0, payloads: readonly string[] = PACK_PAYLOADS) {
  const count = payloads.length;
  const at = (index: number) => payloads[(index + offset) % count]!;
  const topics: Array<Partial<Topic> & { id: string }> = [
    // Overrides of built-in topics, field by field.
      { id: 'security', question: `S ${at(0)}`, answer: [at(1), at(2)] },
      { id: 'login-failed', keywords: [at(3)], checklist: [0, 1, 2].map((step) => ({ id: `step-${step}`, text: at(4 + step), detail: at(7 + step) })) },
      // One new topic per payload, with the payload as its question (after a prefix) and others around it.
      ...payloads.map((payload, index) => ({
        id: attackTopicId(index),
        question: attackQuestion(index, payloads),
        answer: [at(index + 1), `A${index}`, at(index + 2)],
        keywords: [payload, at(index + 3)],
        checklist: [0, 1, 2].map((step) => ({ id: `s${index}-${step}`, text: at(index + 4 + step), detail: at(index + 7 + step) })),
        errorCodes: [attackErrorCode(index, payloads)],
        related: [attackTopicId((index + 1) % count), 'security'],
      })),
  ];
  return {
    lang,
    topics,
    causes: {
      heading: at(10),
      items: payloads.map((payload, index) => ({ id: `cause-${index}`, title: `C${index} ${payload}`, sentences: [at(index + 11)] })),
      summary: [at(12)],
    },
    synonyms: payloads.slice(0, 20).map((payload, index) => [payload, at(index + 13)]),
    ui: Object.fromEntries(UI_KEYS.map((key, index) => [key, `${at(index + 20)} {query}{count}{done}{total}`])),
  };
}
