/**
 * A topic a vendor adds to the built-in guide (binding a bank card), complete and valid: what the
 * vendor-content tests merge, show and then break one field at a time.
 */
export const cardBindingTopic = () => ({
  id: 'card-binding',
  question: '银行卡绑定不上怎么办？',
  answer: ['请确认银行卡状态正常，然后重新绑定。'],
  keywords: ['绑卡'],
  checklist: [
    { id: 'check-card', text: '确认银行卡没有挂失', detail: '请确认银行卡状态正常。' },
    { id: 'check-phone', text: '核对预留手机号', detail: '预留手机号必须正确。' },
    { id: 'retry', text: '重新绑定', detail: '然后重新绑定。' },
  ],
  errorCodes: ['card_bind_failed'],
  related: ['transaction-failed'],
});
