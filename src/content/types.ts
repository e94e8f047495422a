/**
 * The shape of a content pack: the guide's text and the UI strings for one language.
 * `content/zh-CN.json` and `content/en.json` are packs; a vendor's content is merged over one
 * (src/content/vendor.ts) and the result checked against the same shape by `validatePack`.
 */

/** The six built-in topics, in the guide's order. Vendor packs may add others. */
export const BUILT_IN_TOPIC_IDS = [
  'login-failed',
  'transaction-failed',
  'account-locked',
  'security',
  'update-issues',
  'complaint',
] as const;

export type BuiltInTopicId = (typeof BUILT_IN_TOPIC_IDS)[number];
export type TopicId = BuiltInTopicId | (string & {});

/** Languages the library ships a pack for. */
export type PackLang = 'zh-CN' | 'en' | 'zh-TW' | 'zh-HK';

export interface ChecklistStep {
  /** Stable across languages and pack versions: progress is stored by it. */
  id: string;
  /** A short imperative instruction. */
  text: string;
  /** The guide sentence the step comes from (verbatim in zh-CN). */
  detail: string;
}

export interface Topic {
  id: TopicId;
  /** The guide's question, verbatim, without its number. */
  question: string;
  /** The answer's paragraphs, verbatim, in order. */
  answer: string[];
  /** Words people type when they have this problem (colloquial forms, misspellings). */
  keywords: string[];
  /** 3 to 7 steps. */
  checklist: ChecklistStep[];
  /** Generic error codes that lead to this topic. */
  errorCodes: string[];
  /** Ids of related topics; each must exist in the pack. */
  related: TopicId[];
}

export interface Cause {
  id: string;
  /** A short name for the cause. */
  title: string;
  /** The guide's sentences about this cause, verbatim. */
  sentences: string[];
  /**
   * The topics this cause explains, each a topic id of the pack: search finds them by the cause's
   * title and sentences (at the lowest weight; a topic listed twice counts once). A cause without
   * them is shown, not searched.
   */
  topics?: TopicId[];
}

/** Every string the elements show that is not guide content. */
export interface UiStrings {
  /** Accessible name of the FAQ region. */
  faqLabel: string;
  /** Shown when no topic is left to render. */
  faqEmpty: string;
  /** Contact advice shown with an empty state. */
  contactAdvice: string;
  /** Visible label of the search box. */
  searchLabel: string;
  /** Example queries shown in the empty search box. */
  searchPlaceholder: string;
  /** Accessible name of the button that clears the search. */
  searchClear: string;
  /** Announced when one answer matches. */
  searchCountOne: string;
  /** Announced when several answers match; `{count}` is replaced by their number. */
  searchCount: string;
  /** Shown and announced when nothing matches; `{query}` is replaced by what the user typed. */
  searchEmpty: string;
  /** A checklist's progress, announced politely; `{done}` and `{total}` are replaced by numbers. */
  checklistProgress: string;
  /** The button that unticks every step. */
  checklistReset: string;
  /** Heading of the contact block shown once every step is ticked. */
  checklistStuck: string;
  /** Shown, before the list of valid topic ids, when a checklist's topic is unknown or missing. */
  checklistUnknown: string;
  /** Label of the support phone number. */
  contactPhone: string;
  /** Label of the support email address. */
  contactEmail: string;
  /** Label of the support website. */
  contactWebsite: string;
  /** Label of the support opening hours. */
  contactHours: string;
  /** The launcher button that opens the help panel. */
  helpLauncher: string;
  /** Heading of the help panel’s home view. */
  helpTitle: string;
  /** Accessible name of the panel’s close button. */
  helpClose: string;
  /** The button that goes back to the previous view. */
  helpBack: string;
  /** Asks whether an answer helped. */
  helpFeedback: string;
  /** Answer: it helped. */
  helpYes: string;
  /** Answer: it did not help. */
  helpNo: string;
  /** Shown after the user answered the feedback question. */
  helpThanks: string;
  /** Heading of the related topics. */
  helpRelated: string;
  /** Heading of the contact block. */
  helpContact: string;
  /** Heading of a topic’s checklist in the panel. */
  helpSteps: string;
}

export interface ContentPack {
  lang: PackLang | (string & {});
  /**
   * The guide's title, introduction and closing, as in `content/*.json`. No element shows them, so
   * the packs built into the library leave them out (`loadPack` gives a pack without them).
   */
  title?: string;
  intro?: { heading: string; paragraphs: string[] };
  /** `summary`, the guide's closing words on its causes, is shown by no element: the built-in packs leave it out. */
  causes: { heading: string; items: Cause[]; summary?: string[] };
  topics: Topic[];
  /**
   * Groups of terms search treats as the same, e.g. `["登录", "登陆", "登入"]`. Optional for
   * vendor packs; the built-in packs always have it.
   */
  synonyms?: string[][];
  closing?: string;
  ui: UiStrings;
}
