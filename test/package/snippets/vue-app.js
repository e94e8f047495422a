import { createApp } from 'vue';
import 'wallet-help/faq';
import 'wallet-help/help';

const app = createApp({
  template: `
    <wallet-faq topics="transaction-failed,complaint" searchable></wallet-faq>
    <wallet-help error-code="payment_failed" :support="{ phone: '95188' }" @wallet-help-open="opened"></wallet-help>`,
  methods: {
    opened(event) {
      console.log('help opened on', event.detail.topic);
    },
  },
});
// Tell Vue the wallet-* tags are custom elements, not Vue components.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('wallet-');
app.mount('#root');
