// Text that shows nothing (zero-width characters, soft hyphens, fillers, whitespace) would be a
// blank question button; bidi embeddings, overrides and isolates make what users see differ from
// what the text says (issue 12, finding 8).
import { expect } from '@open-wc/testing';
import zhJson from '../../content/zh-CN.json';
import enJson from '../../content/en.json';
import type { ContentPack } from '../../src/content/types.js';
import { validatePack, type PackError } from '../../src/content/validate.js';
import { mergeVendorPack } from '../../src/content/vendor.js';

const zh = zhJson as ContentPack;
const en = enJson as ContentPack;

const INVISIBLE: Array<[string, string]> = [
  ['zero-width spaces', '\u200b\u200b'],
  ['a zero-width non-joiner and joiner', '\u200c\u200d'],
  ['a word joiner', '\u2060'],
  ['a byte-order mark', '\ufeff'],
  ['a soft hyphen', '\u00ad'],
  ['a Hangul filler', '\u3164'],
  ['a half-width Hangul filler', '\uffa0'],
  ['a braille blank', '\u2800'],
  ['a combining grapheme joiner', '\u034f'],
  ['variation selectors', '\ufe0f\ufe0e'],
  ['a Mongolian vowel separator', '\u180e'],
  ['tag characters', '\u{e0041}\u{e007f}'],
  ['an invisible times and separator', '\u2062\u2063'],
  ['left-to-right and right-to-left marks', '\u200e\u200f'],
  ['an Arabic letter mark', '\u061c'],
  ['ideographic and no-break spaces', '\u3000\u00a0\u202f'],
  ['line and paragraph separators', '\u2028\u2029'],
  ['control characters', '\u0000\u0007\u001f\u007f\u0085'],
  ['a mix of all of them around spaces', ' \u200b\t\u00ad\n\u2060\ufeff '],
];

const BIDI: Array<[string, string]> = [
  ['left-to-right embedding', '\u202a'],
  ['right-to-left embedding', '\u202b'],
  ['pop directional formatting', '\u202c'],
  ['left-to-right override', '\u202d'],
  ['right-to-left override', '\u202e'],
  ['left-to-right isolate', '\u2066'],
  ['right-to-left isolate', '\u2067'],
  ['first strong isolate', '\u2068'],
  ['pop directional isolate', '\u2069'],
];

const fresh = (pack: ContentPack): ContentPack => structuredClone(pack);
const errorsOf = (value: unknown): PackError[] => {
  const result = validatePack(value);
  return result.ok ? [] : result.errors;
};

describe('validatePack and text that shows nothing', () => {
  for (const [what, text] of INVISIBLE) {
    it(`rejects a question made only of ${what}`, () => {
      const pack = fresh(zh);
      pack.topics[2]!.question = text;
      expect(errorsOf(pack)).to.deep.equal([{ path: 'topics[2].question', message: 'must have visible text' }]);
    });
  }

  it('rejects invisible answers, steps, causes, ui strings, keywords, error codes and synonyms, each by its path', () => {
    const pack = fresh(en);
    pack.topics[0]!.answer[1] = '\u200b';
    pack.topics[0]!.checklist[0]!.text = '\u00ad\u00ad';
    pack.topics[0]!.checklist[1]!.detail = '\ufeff';
    pack.topics[1]!.keywords[0] = '\u2060';
    pack.topics[1]!.errorCodes = ['\u200d'];
    pack.causes.items[0]!.title = '\u3164';
    pack.ui.faqEmpty = ' \u200b ';
    pack.synonyms![0]![0] = '\u200c';
    expect(errorsOf(pack).map((error) => error.path)).to.deep.equal([
      'causes.items[0].title',
      'topics[0].answer[1]',
      'topics[0].checklist[0].text',
      'topics[0].checklist[1].detail',
      'topics[1].keywords[0]',
      'topics[1].errorCodes[0]',
      'synonyms[0][0]',
      'ui.faqEmpty',
    ]);
  });

  it('accepts visible text with invisible characters in it (a soft hyphen, a zero-width joiner in an emoji, marks)', () => {
    const pack = fresh(en);
    pack.topics[0]!.question = 'Why can\u2019t I sign in to my wal\u00adlet? \u{1f469}\u200d\u{1f4bb}';
    pack.topics[0]!.answer[0] = '\u200f\u05e9\u05dc\u05d5\u05dd\u200e and hello';
    expect(errorsOf(pack)).to.deep.equal([]);
  });

  it('rejects a vendor topic whose question is only zero-width characters, naming the vendor’s path', () => {
    const result = mergeVendorPack(zh, { topics: [{ id: 'security', question: '\u200b\u200c\u200d' }] });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors).to.deep.equal([{ path: 'topics[0].question', message: 'must have visible text' }]);
  });
});

describe('validatePack and bidi controls', () => {
  for (const [what, control] of BIDI) {
    it(`rejects a ${what} (U+${control.codePointAt(0)!.toString(16).toUpperCase()}) in a question, an answer, an error code, a keyword and a ui string`, () => {
      const pack = fresh(en);
      pack.topics[0]!.question = `Why ${control}can’t I sign in?`;
      pack.topics[0]!.answer[0] = `${control}txt.exe`;
      pack.topics[1]!.errorCodes[0] = `E${control}42`;
      pack.topics[1]!.keywords[0] = `pay${control}`;
      pack.ui.helpTitle = `Help ${control}`;
      const message = 'must not contain bidi controls';
      expect(errorsOf(pack)).to.deep.equal(
        ['topics[0].question', 'topics[0].answer[0]', 'topics[1].keywords[0]', 'topics[1].errorCodes[0]', 'ui.helpTitle'].map((path) => ({ path, message })),
      );
    });

    it(`rejects a ${what} in topic, step and cause ids and in related ids`, () => {
      const pack = fresh(en);
      pack.topics[0]!.id = `login${control}-failed`;
      pack.topics[0]!.checklist[0]!.id = `${control}step`;
      pack.causes.items[0]!.id = `network${control}`;
      pack.topics[1]!.related = [`security${control}`];
      expect(errorsOf(pack).map((error) => error.path)).to.include.members([
        'causes.items[0].id',
        'topics[0].id',
        'topics[0].checklist[0].id',
        'topics[1].related[0]',
      ]);
    });
  }
});
