// mergeVendorPack over a Chinese pack: the text people read gets full-width punctuation, as the
// built-in guide has; names (ids, error codes) and search terms stay as the vendor wrote them.
import { expect } from '@open-wc/testing';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import type { ContentPack, Topic } from '../../src/content/types.js';
import { mergeVendorPack } from '../../src/content/vendor.js';

const zh = zhJson as ContentPack;
const en = enJson as ContentPack;
const ASCII_BESIDE_HAN = /\p{Script=Han}[,:;?!()]|[,:;?!()]\p{Script=Han}/u;

const cardBinding = {
  id: 'card-binding',
  question: '银行卡绑定不上,怎么办?',
  answer: ['请确认银行卡状态正常,然后重新绑定:先在 app 里更新到4.5版本(设置→关于)。', '详见 https://example.com/help?card=1,2 或拨打 95188。'],
  keywords: ['绑卡?', '绑定:银行卡'],
  checklist: [
    { id: 'check-card', text: '确认银行卡没有挂失', detail: '请确认银行卡状态正常!' },
    { id: 'check-phone', text: '核对预留手机号;如有变更,先去银行修改', detail: '预留手机号必须正确。' },
    { id: 'retry', text: '重新绑定(Wi-Fi 或移动数据均可)', detail: '然后重新绑定。' },
  ],
  errorCodes: ['card_bind_failed', '绑卡:失败'],
  related: ['transaction-failed'],
};

function merged(base: ContentPack, overlay: unknown): ContentPack {
  const result = mergeVendorPack(base, overlay);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

const topic = (pack: ContentPack, id: string): Topic => pack.topics.find((each) => each.id === id)!;

describe('mergeVendorPack and punctuation', () => {
  it('turns a Chinese pack’s ASCII , : ; ? ! beside Chinese full-width in questions, answers and steps', () => {
    const card = topic(merged(zh, { lang: 'zh-CN', topics: [cardBinding] }), 'card-binding');
    expect(card.question).to.equal('银行卡绑定不上，怎么办？');
    expect(card.answer[0]).to.equal('请确认银行卡状态正常，然后重新绑定：先在 app 里更新到4.5版本（设置→关于）。');
    expect(card.checklist.map((step) => [step.text, step.detail])).to.deep.equal([
      ['确认银行卡没有挂失', '请确认银行卡状态正常！'],
      ['核对预留手机号；如有变更，先去银行修改', '预留手机号必须正确。'],
      ['重新绑定（Wi-Fi 或移动数据均可）', '然后重新绑定。'],
    ]);
  });

  it('does the same for the title, intro, causes, closing and ui strings, with or without lang', () => {
    const pack = merged(zh, {
      title: '示例钱包:帮助',
      intro: { heading: '介绍', paragraphs: ['你好,欢迎使用!'] },
      causes: { heading: '原因', items: [{ id: 'network', title: '网络:不稳定', sentences: ['网络不稳定,导致失败。'] }], summary: ['了解原因,及时处理。'] },
      closing: '谢谢,再见!',
      ui: { helpTitle: '帮助中心:示例钱包', checklistStuck: '还是没有解决?' },
    });
    expect([pack.title, pack.intro!.paragraphs[0], pack.causes.items[0]!.title, pack.causes.items[0]!.sentences[0], pack.causes.summary![0], pack.closing])
      .to.deep.equal(['示例钱包：帮助', '你好，欢迎使用！', '网络：不稳定', '网络不稳定，导致失败。', '了解原因，及时处理。', '谢谢，再见！']);
    expect(pack.ui.helpTitle).to.equal('帮助中心：示例钱包');
    expect(pack.ui.checklistStuck).to.equal('还是没有解决？');
    expect(pack.ui.searchEmpty, 'a ui string the vendor left alone').to.equal(zh.ui.searchEmpty);
  });

  it('widens a run of marks and marks beside Chinese quotes', () => {
    const card = topic(merged(zh, { topics: [{ id: 'security', question: '真的吗?!选择“忘记密码”?' }] }), 'security');
    expect(card.question).to.equal('真的吗？！选择“忘记密码”？');
  });

  it('leaves Latin runs, numbers, URLs, ids, error codes and search terms as given', () => {
    const pack = merged(zh, { topics: [cardBinding], synonyms: [['绑卡', '绑定:银行卡']] });
    const card = topic(pack, 'card-binding');
    expect(card.answer[1]).to.equal('详见 https://example.com/help?card=1,2 或拨打 95188。');
    expect(card.id).to.equal('card-binding');
    expect(card.checklist.map((step) => step.id)).to.deep.equal(['check-card', 'check-phone', 'retry']);
    expect(card.errorCodes).to.deep.equal(['card_bind_failed', '绑卡:失败']);
    expect(card.related).to.deep.equal(['transaction-failed']);
    expect(card.keywords).to.deep.equal(['绑卡?', '绑定:银行卡']);
    expect(pack.synonyms!.at(-1)).to.deep.equal(['绑卡', '绑定:银行卡']);
    expect(pack.lang).to.equal('zh-CN');
  });

  it('leaves ( ) around Latin text alone', () => {
    const card = topic(merged(zh, { topics: [{ id: 'security', question: '如何开启 (2FA) 验证?' }] }), 'security');
    expect(card.question).to.equal('如何开启 (2FA) 验证？');
  });

  it('keeps the built-in text as it was, and no ASCII mark beside Chinese in any shown string', () => {
    const pack = merged(zh, { topics: [cardBinding] });
    expect(pack.topics.slice(0, zh.topics.length)).to.deep.equal(zh.topics);
    const shown = [pack.title, pack.closing, ...Object.values(pack.ui), ...pack.topics.flatMap((each) => [each.question, ...each.answer, ...each.checklist.flatMap((step) => [step.text, step.detail])])];
    expect(shown.filter((text) => ASCII_BESIDE_HAN.test(text))).to.deep.equal([]);
  });

  it('keeps the topics a vendor’s cause leads to, its own topic among them, and rejects one the pack lacks', () => {
    const causes = { heading: '原因', items: [{ id: 'card', title: '银行卡:状态异常', sentences: ['银行卡挂失,绑定失败。'], topics: ['card-binding', 'transaction-failed'] }] };
    const pack = merged(zh, { topics: [cardBinding], causes });
    expect(pack.causes.items[0]!.title).to.equal('银行卡：状态异常');
    expect(pack.causes.items[0]!.topics).to.deep.equal(['card-binding', 'transaction-failed']);
    const result = mergeVendorPack(zh, { causes });
    expect(result.ok ? [] : result.errors).to.deep.equal([{ path: 'causes.items[0].topics[0]', message: 'refers to unknown topic "card-binding"' }]);
  });

  it('leaves an English pack’s punctuation alone', () => {
    const pack = merged(en, { lang: 'en', topics: [{ id: 'security', question: 'How do I keep 示例 safe?' }], ui: { helpTitle: 'Help: 示例' } });
    expect(topic(pack, 'security').question).to.equal('How do I keep 示例 safe?');
    expect(pack.ui.helpTitle).to.equal('Help: 示例');
  });

  it('still rejects a broken pack, naming the vendor’s path', () => {
    const result = mergeVendorPack(zh, { topics: [{ id: 'new-topic', question: '没有答案的问题?' }] });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors.map((error) => error.path)).to.include('topics[0].answer');
  });
});
