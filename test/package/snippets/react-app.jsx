import { createRoot } from 'react-dom/client';
import 'wallet-help/faq';
import 'wallet-help/help';

// React 19 sets properties (support) on custom elements and listens to their events through "on" + the event name.
function PaymentFailed() {
  return (
    <>
      <wallet-faq topics="transaction-failed,complaint" searchable></wallet-faq>
      <wallet-help
        error-code="payment_failed"
        support={{ phone: '95188' }}
        onwallet-help-open={(event) => console.log('help opened on', event.detail.topic)}
      ></wallet-help>
    </>
  );
}

createRoot(document.getElementById('root')).render(<PaymentFailed />);
