import type { ContentPack, TopicId } from './types.js';

function normalizeCode(code: string): string {
  return code.trim().toLowerCase();
}

/**
 * The topic that explains `code`: the vendor's map wins over the pack's own `errorCodes`.
 * Codes match ignoring case and surrounding spaces; a vendor entry naming a topic the pack
 * does not have is skipped, so a typo falls back to the built-in mapping rather than to nothing.
 */
export function topicForErrorCode(
  pack: ContentPack,
  code: string,
  vendorMap?: Readonly<Record<string, string>>,
): TopicId | undefined {
  if (typeof code !== 'string') return undefined;
  const wanted = normalizeCode(code);
  if (wanted === '') return undefined;

  if (vendorMap) {
    for (const [vendorCode, topicId] of Object.entries(vendorMap)) {
      if (normalizeCode(vendorCode) !== wanted || typeof topicId !== 'string') continue;
      if (pack.topics.some((topic) => topic.id === topicId)) return topicId;
    }
  }
  return pack.topics.find((topic) => topic.errorCodes.some((known) => normalizeCode(known) === wanted))?.id;
}

/** Every error code the pack maps, with its topic, in the pack's topic order. */
export function errorCodeTable(pack: ContentPack): Array<{ code: string; topic: TopicId }> {
  return pack.topics.flatMap((topic) => topic.errorCodes.map((code) => ({ code, topic: topic.id })));
}
