// The long-content benchmark's vendor pack: the first 1,000 entries of the search benchmark's
// generated corpus (bench/search/corpus.mjs, same seed: the same text in every run), in zh-CN. The
// corpus draws error codes at random, and 1,000 draws repeat some, which the validator rightly
// rejects (one code, one topic): each topic gets its own code here, V0001 to V1000.
import { generateCorpus } from '../search/corpus.mjs';

export const TOPICS = 1000;

/** `{ lang, topics }` (zh-CN unless `lang` is en): plain data, as a vendor passes it to WalletHelp.configure({ content }). */
export function vendorPack(zh, en, count = TOPICS, lang = 'zh-CN') {
  const { topics } = generateCorpus(zh, en, count)[lang === 'en' ? 'en' : 'zh'];
  return {
    lang,
    topics: topics.map((topic, at) => {
      const code = `V${String(at + 1).padStart(4, '0')}`;
      const [answer, sentence] = topic.answer;
      return { ...topic, answer: [answer, sentence.replace(topic.errorCodes[0], code)], errorCodes: [code] };
    }),
  };
}
