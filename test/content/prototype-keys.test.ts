// Vendor ids, codes and terms that are also names of Object.prototype's members (constructor,
// __proto__, toString, hasOwnProperty): a lookup table keyed by vendor data that is a plain object
// finds the inherited member instead of nothing (issue 12, finding 2).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/wallet-faq/wallet-faq.js';
import type { WalletFaq } from '../../src/components/wallet-faq/wallet-faq.js';
import enJson from '../../content/en.json';
import zhJson from '../../content/zh-CN.json';
import type { ContentPack } from '../../src/content/types.js';
import { mergeVendorPack } from '../../src/content/vendor.js';
import { topicForErrorCode } from '../../src/content/error-codes.js';
import { createSearchIndex } from '../../src/search.js';
import { indexFor as plainIndexFor } from '../../src/search/plain.js';
import { applyVendorContent } from '../../src/internal/vendor-content.js';
import { clearVendorContent } from '../../src/internal/packs.js';
import { recordPageErrors } from '../helpers/page-errors.js';

const en = enJson as ContentPack;
const zh = zhJson as ContentPack;
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

function merged(base: ContentPack, overlay: unknown): ContentPack {
  const result = mergeVendorPack(base, overlay);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

/** A vendor topic whose id, step ids, error codes, keywords and synonyms are prototype names. */
const constructorTopic = {
  id: 'constructor',
  question: 'Why does the card reader not respond?',
  answer: ['Unplug the card reader and plug it in again.'],
  keywords: PROTOTYPE_NAMES,
  checklist: [
    { id: 'constructor', text: 'Unplug the card reader', detail: 'Wait ten seconds.' },
    { id: 'hasownproperty', text: 'Plug it in again', detail: 'Use the same port.' },
    { id: 'tostring', text: 'Try a payment', detail: 'A small one is enough.' },
  ],
  errorCodes: PROTOTYPE_NAMES,
  related: ['login-failed'],
};

const causesNamed = (ids: string[]) => ({
  ...en.causes,
  items: ids.map((id) => ({ id, title: `Cause ${id}`, sentences: ['A zeppelin blocks the signal.'] })),
});

describe('vendor ids named like Object.prototype members', () => {
  it('still finds topics when a cause has the id "constructor"', () => {
    const pack = merged(en, { causes: causesNamed(['constructor', 'valueof', 'tostring']) });
    const index = createSearchIndex(pack);
    expect(index.search('forgot my password').map((result) => result.topic)).to.include('login-failed');
    expect(index.search('zeppelin')).to.deep.equal([], 'causes that list no topics find none');
  });

  it('accepts a topic, steps, error codes, keywords and synonyms named like them, and finds the topic', () => {
    const pack = merged(en, { topics: [constructorTopic], synonyms: [['__proto__', 'card reader'], ['constructor', 'toString']] });
    expect(pack.topics.map((topic) => topic.id)).to.include('constructor');
    const index = createSearchIndex(pack, { secondary: [zh] });
    expect(index.search('card reader')[0]?.topic).to.equal('constructor');
    for (const query of PROTOTYPE_NAMES) expect(() => index.search(query), query).not.to.throw();
    expect(index.search('__proto__')[0]?.topic).to.equal('constructor');
    expect(plainIndexFor(pack, [pack, zh]).search('card reader')[0]?.topic).to.equal('constructor');
  });

  it('maps error codes named like them to their topic, and only to it', () => {
    const pack = merged(en, { topics: [constructorTopic] });
    for (const code of PROTOTYPE_NAMES) expect(topicForErrorCode(pack, code), code).to.equal('constructor');
    expect(topicForErrorCode(en, 'constructor')).to.equal(undefined);
    expect(topicForErrorCode(en, '__proto__', { __proto__: 'security' } as unknown as Record<string, string>)).to.equal(undefined);
  });

  it('reports the same topic id twice as a duplicate, even "constructor"', () => {
    const result = mergeVendorPack(en, { topics: [constructorTopic, { ...constructorTopic, question: 'Again?' }] });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors[0]!.message).to.include('duplicates topic id "constructor"');
  });

  describe('on the page', () => {
    beforeEach(() => document.documentElement.setAttribute('lang', 'en'));
    afterEach(() => {
      clearVendorContent();
      document.documentElement.removeAttribute('lang');
    });

    it('the FAQ’s search box still finds answers after a pack with a cause "constructor"', async () => {
      const pageErrors = recordPageErrors();
      try {
        const faq = await fixture<WalletFaq>(html`<wallet-faq searchable></wallet-faq>`);
        expect(await applyVendorContent({ lang: 'en', causes: causesNamed(['constructor']), topics: [constructorTopic] }, faq, 'the test')).to.equal(true);
        await waitUntil(() => faq.shadowRoot!.textContent!.includes(constructorTopic.question), 'the vendor’s topic shows');
        faq.query = 'password';
        const shown = () => [...faq.shadowRoot!.querySelectorAll('[part~="button"]')].map((button) => button.textContent!.trim());
        await waitUntil(() => shown().length > 0 && shown().length < en.topics.length, 'the search finds some topics');
        expect(shown()).to.include(en.topics.find((topic) => topic.id === 'login-failed')!.question);
        faq.query = 'card reader';
        await waitUntil(() => shown().length === 1, 'the search finds the vendor’s topic');
        expect(shown()).to.deep.equal([constructorTopic.question]);
        expect(pageErrors.errors).to.deep.equal([]);
      } finally {
        pageErrors.restore();
      }
    });
  });
});
