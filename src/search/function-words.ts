/**
 * Words that ask, point or hold a sentence together but name nothing the guide could be about. A
 * query that shares only these with a topic (or single Chinese characters) is not about that topic.
 * English: words of one or two letters (not a hyphenated part: wi-fi), the question words (how,
 * what, why, when, where, who…), the commonest auxiliaries, articles, pronouns and prepositions,
 * and the halves of don’t and won’t. Chinese: the characters of question words (怎么, 怎样, 什么,
 * 为什么, 如何), the particles 的 and 了, 我, and 可以, 一直, 不了 (转不了账 is 转账). Shared by the
 * engine and plain word matching, so it ships in the first file, where every word costs: add one
 * only for a class of queries. The order means nothing; it is the one that gzips smallest.
 */
export const FUNCTION_WORDS = /\b(?:how|wh\w*|with|can|not|this|and|into|should|[dw]on|out|that|the|your?|for|\w\w?|will)\b(?!-)|[我的了何什怎么]|可以|一直|不了/gi;
