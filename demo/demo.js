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
  stage.dataset.theme = data.get('theme');
}

form.addEventListener('input', apply);
form.addEventListener('change', apply);
apply();

document.addEventListener('wallet-faq-toggle', (event) => {
  // Where a vendor would call its analytics.
  console.info('wallet-faq-toggle', event.detail);
});
