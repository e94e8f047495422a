// The playground: each control changes the live <wallet-faq> at once.
const form = document.getElementById('controls');
const faq = document.getElementById('playground-faq');
const stage = document.getElementById('stage');

function apply() {
  const data = new FormData(form);
  faq.setAttribute('lang', data.get('lang'));
  faq.setAttribute('theme', data.get('theme'));
  faq.setAttribute('accent', data.get('accent'));
  faq.toggleAttribute('single', data.has('single'));
  faq.toggleAttribute('searchable', data.has('searchable'));
  stage.dataset.theme = data.get('theme');
}

form.addEventListener('input', apply);
form.addEventListener('change', apply);
apply();

document.addEventListener('wallet-faq-toggle', (event) => {
  // Where a vendor would call its analytics.
  console.info('wallet-faq-toggle', event.detail);
});

// Support details shown once every step of a checklist is ticked (example values).
document.getElementById('demo-checklist').support = {
  label: '示例钱包客服',
  phone: '+86 400-000-0000',
  email: 'support@wallet.example',
  url: 'https://wallet.example/help',
  hours: '每天 9:00–21:00',
};

for (const name of ['wallet-checklist-change', 'wallet-checklist-complete']) {
  document.addEventListener(name, (event) => console.info(name, event.detail));
}

document.addEventListener('wallet-help-search', (event) => {
  // What users search for and what they find: the vendor's analytics, debounced by the element.
  console.info('wallet-help-search', event.detail);
});

// A vendor's own search UI: WalletHelp.search() resolves to the ranked topics with highlight ranges.
const ownQuery = document.getElementById('own-query');
const ownResults = document.getElementById('own-results');

async function showOwnResults() {
  const query = ownQuery.value;
  const results = await window.WalletHelp.search(query, { lang: 'zh-CN', limit: 3 });
  // Typing goes on while a search resolves: show only the answer to what the box says now.
  if (query !== ownQuery.value) return;
  ownResults.replaceChildren(
    ...results.map(({ topic, snippet, matches }) => {
      const item = document.createElement('li');
      const id = document.createElement('code');
      id.textContent = topic;
      const text = document.createElement('span');
      let at = 0;
      for (const [start, end] of matches) {
        const mark = document.createElement('mark');
        mark.textContent = snippet.slice(start, end);
        text.append(snippet.slice(at, start), mark);
        at = end;
      }
      text.append(snippet.slice(at));
      item.append(id, ' ', text);
      return item;
    }),
  );
}

ownQuery.addEventListener('input', showOwnResults);
void showOwnResults();

// The error screen: how a wallet opens the panel on its own error codes.
window.WalletHelp?.configure({
  errorMap: { E4012: 'security' },
  support: { label: '示例钱包客服', phone: '+86 400-000-0000', email: 'support@wallet.example', url: 'https://wallet.example/help', hours: '每天 9:00–21:00' },
});
for (const button of document.querySelectorAll('[data-error-code]')) {
  button.addEventListener('click', () => window.WalletHelp.open({ errorCode: button.dataset.errorCode }));
}
for (const name of ['wallet-help-open', 'wallet-help-close', 'wallet-help-navigate', 'wallet-help-feedback', 'wallet-help-contact']) {
  document.addEventListener(name, (event) => console.info(name, event.detail));
}
