// A deterministic 5,000-entry vendor corpus, built from the guide's own sentences and keywords.
// Entry i is a numbered variant of one built-in topic (its "base"): a vendor/product name and
// number in the question, 2–4 answer sentences and 3–6 keywords drawn from the base topic, one
// answer sentence drawn from another topic (noise), 3–5 of the base topic's steps, and an error
// code. Each entry exists in Chinese and English with the same id, like the guide's two packs.
// Same seed, same corpus: every engine indexes exactly the same text.

/** mulberry32: a small seeded PRNG. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VENDORS = {
  'zh-CN': ['星付', '云钱包', '易支付', '快银', '乐付通', '安信宝', '优钱包', '汇付达'],
  en: ['StarPay', 'CloudWallet', 'EasyPay', 'QuickSilver', 'JoyPay', 'SafeTrust', 'PrimeWallet', 'SwiftFund'],
};
const PRODUCTS = {
  'zh-CN': ['钱包', '支付', '商户版', '极速版', '国际版'],
  en: ['Wallet', 'Pay', 'Merchant', 'Lite', 'Global'],
};

const sentencesOf = (paragraph) => paragraph.match(/[^。！？.!?]+[。！？.!?]*/g)?.map((s) => s.trim()).filter(Boolean) ?? [paragraph];

/** `count` distinct items of `list` (or all of them), in a seeded order. */
function pick(random, list, count) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, Math.min(count, copy.length));
}

/**
 * Two packs (zh-CN and en) of `size` topics each, same ids, plus `baseOf`: topic id → the built-in
 * topic it varies (used to score relevance on the big corpus).
 */
export function generateCorpus(zh, en, size = 5000, seed = 20261125) {
  const random = prng(seed);
  const int = (n) => Math.floor(random() * n);
  const source = { 'zh-CN': zh, en };
  const topics = { 'zh-CN': [], en: [] };
  const baseOf = new Map();
  for (let i = 0; i < size; i++) {
    const base = int(zh.topics.length);
    let other = int(zh.topics.length - 1);
    if (other >= base) other++;
    const vendor = int(VENDORS.en.length);
    const product = int(PRODUCTS.en.length);
    const number = 1 + int(999);
    const id = `vendor-${i + 1}-${zh.topics[base].id}`;
    baseOf.set(id, zh.topics[base].id);
    // One draw of counts and positions for both languages, so both versions say the same things.
    const answerCount = 2 + int(3);
    const keywordCount = 3 + int(4);
    const stepCount = 3 + int(3);
    const answerSeed = int(2 ** 31);
    const noiseSeed = int(2 ** 31);
    const keywordSeed = int(2 ** 31);
    const stepSeed = int(2 ** 31);
    const code = `E${String(1000 + int(9000))}`;
    for (const lang of ['zh-CN', 'en']) {
      const pack = source[lang];
      const topic = pack.topics[base];
      const name = `${VENDORS[lang][vendor]}${lang === 'en' ? ' ' : ''}${PRODUCTS[lang][product]} ${number}`;
      const answer = pick(prng(answerSeed), topic.answer.flatMap(sentencesOf), answerCount);
      const noise = pick(prng(noiseSeed), pack.topics[other].answer.flatMap(sentencesOf), 1);
      answer.splice(Math.floor(answer.length / 2), 0, ...noise);
      const codeSentence = lang === 'en' ? `${name} may show error ${code}.` : `${name}可能会提示错误码 ${code}。`;
      topics[lang].push({
        id,
        question: lang === 'en' ? `${name}: ${topic.question}` : `【${name}】${topic.question}`,
        answer: [answer.join(lang === 'en' ? ' ' : ''), codeSentence],
        keywords: [...pick(prng(keywordSeed), topic.keywords, keywordCount), `${name}`],
        checklist: pick(prng(stepSeed), topic.checklist, stepCount).map((step, at) => ({ ...step, id: `${id}-${at + 1}` })),
        errorCodes: [code],
        related: [],
      });
    }
  }
  return {
    zh: { ...zh, topics: topics['zh-CN'] },
    en: { ...en, topics: topics.en },
    baseOf,
  };
}
