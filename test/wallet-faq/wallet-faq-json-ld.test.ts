// The FAQ's JSON-LD holds the vendor's questions and answers. Live, a script's text is never parsed
// as markup; but prerenderers, snapshot tools and outerHTML caches serialize the page and parse it
// again, and there a question containing </script> would end the script and start markup of its own
// (issue 12, finding 3).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import { applyVendorContent } from '../../src/internal/vendor-content.js';
import { clearVendorContent } from '../../src/internal/packs.js';
import { JsonLdScript } from '../../src/internal/json-ld.js';

const HOSTILE = [
  '</script><script>window.jsonLdRan = true</script>',
  '</SCRIPT ><img src=x onerror="window.jsonLdRan = true">',
  '<!--<script>',
  '--></script><svg onload="window.jsonLdRan = true">',
  'Fees & limits \u2028 line \u2029 paragraph > done',
];

/** The element's light DOM as a serializer writes it, parsed again as a new document. */
function reparsed(element: Element): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${element.outerHTML}`, 'text/html');
}

const jsonLdIn = (root: ParentNode) => [...root.querySelectorAll('script[type="application/ld+json"]')];

describe('<wallet-faq structured-data> serialized and parsed again', () => {
  beforeEach(() => document.documentElement.setAttribute('lang', 'en'));
  afterEach(() => {
    clearVendorContent();
    document.documentElement.removeAttribute('lang');
    delete (window as { jsonLdRan?: boolean }).jsonLdRan;
  });

  it('keeps questions and answers containing </script>, <!--, &, > and line separators as the same data', async () => {
    const faq = await fixture<WalletFaq>(html`<wallet-faq structured-data topics="script-close,script-open"></wallet-faq>`);
    const topic = (id: string, question: string, answer: string) => ({
      id,
      question,
      answer: [answer],
      keywords: [],
      checklist: ['one', 'two', 'three'].map((step) => ({ id: step, text: `Step ${step}`, detail: 'Detail.' })),
      errorCodes: [],
      related: [],
    });
    const ok = await applyVendorContent(
      { lang: 'en', topics: [topic('script-close', `Why? ${HOSTILE[0]}`, HOSTILE.join(' ')), topic('script-open', `${HOSTILE[2]} Why?`, HOSTILE[3]!)] },
      faq,
      'the test',
    );
    expect(ok).to.equal(true);
    await waitUntil(() => jsonLdIn(faq)[0]?.textContent?.includes('Why?'), 'the JSON-LD of the vendor’s topics');
    const live = JSON.parse(jsonLdIn(faq)[0]!.textContent!);
    expect(live.mainEntity.map((entity: { name: string }) => entity.name)).to.deep.equal([`Why? ${HOSTILE[0]}`, `${HOSTILE[2]} Why?`]);

    const again = reparsed(faq);
    const scripts = again.querySelectorAll('script');
    expect(scripts, 'no script element but the JSON-LD').to.have.length(1);
    expect(again.querySelectorAll('img, svg, [onerror], [onload]')).to.have.length(0);
    expect(JSON.parse(scripts[0]!.textContent!)).to.deep.equal(live);
    expect((window as { jsonLdRan?: boolean }).jsonLdRan).to.equal(undefined);
    expect(jsonLdIn(faq)[0]!.textContent, 'written as \\u003c etc.').not.to.match(/[<>&\u2028\u2029]/);
  });

  it('writes any question and answer so that the serialized page parses back to the same JSON', () => {
    const host = document.createElement('div');
    const questions = [{ question: HOSTILE.join(''), answer: ['</script\t>\u2028&amp;', HOSTILE.join(' ')] }];
    new JsonLdScript().faqPage(host, questions, 'en');
    const scripts = jsonLdIn(reparsed(host));
    expect(scripts).to.have.length(1);
    const [entity] = JSON.parse(scripts[0]!.textContent!).mainEntity;
    expect(entity.name).to.equal(questions[0]!.question);
    expect(entity.acceptedAnswer.text).to.equal(questions[0]!.answer.join('\n\n'));
  });
});
