// Property-based fuzzing of content packs in Node (scripts/fuzz.mjs bundles this with esbuild and
// runs it with node:test): the validator, the vendor merge and search never throw, and never accept
// a pack that would show a blank question or other blank text. A failure prints fast-check's seed
// and path; `FUZZ_SEED=<seed> npm run test:fuzz` replays it. (.node.ts: the browser runner takes
// test/**/*.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ContentPack } from '../../src/content/types.js';
import { validatePack } from '../../src/content/validate.js';
import { mergeVendorPack, plainData } from '../../src/content/vendor.js';
import { createSearchIndex } from '../../src/search/index.js';
import { indexFor as plainIndexFor } from '../../src/search/plain.js';
import { topicForErrorCode } from '../../src/content/error-codes.js';
import { en, isVisible, mutatedOverlay, mutatedPack, query, randomValue, runs, shownTexts, zh } from './arbitraries.js';

/** What an accepted pack must be: every text an element shows visible, every topic id unique. */
function assertShowable(pack: ContentPack): void {
  for (const [path, text] of shownTexts(pack)) assert.ok(isVisible(text), `${path} is accepted but shows nothing: ${JSON.stringify(text)}`);
  assert.equal(new Set(pack.topics.map((topic) => topic.id)).size, pack.topics.length, 'topic ids are unique');
}

/** The vendor path of vendor-content.ts: read into plain data (which may refuse), then merge. */
function readAndMerge(base: ContentPack, content: unknown) {
  let data: unknown;
  try {
    data = plainData(content);
  } catch (error) {
    // Refusing is fine, as long as it is only for what JSON can't hold.
    assert.ok(error instanceof TypeError || error instanceof RangeError, `plainData threw ${String(error)}`);
    return undefined;
  }
  return mergeVendorPack(base, data);
}

test('validatePack never throws on mutated packs, and accepts none that would show blank text', () => {
  let accepted = 0;
  fc.assert(
    fc.property(mutatedPack, (pack) => {
      const result = validatePack(pack);
      if (result.ok) {
        accepted++;
        assertShowable(result.pack);
      } else {
        assert.ok(result.errors.length > 0 && result.errors.every((error) => typeof error.path === 'string' && error.message !== ''));
      }
    }),
    runs(3000),
  );
  assert.ok(accepted > 0, 'some mutations leave a valid pack (the property was not vacuous)');
});

test('validatePack never throws on random values', () => {
  fc.assert(
    fc.property(randomValue, (value) => {
      assert.equal(validatePack(value).ok, false);
    }),
    runs(3000),
  );
});

test('the vendor merge never throws on mutated overlays, and accepts none that would show blank text', () => {
  let accepted = 0;
  fc.assert(
    fc.property(fc.constantFrom(zh, en), mutatedOverlay, (base, overlay) => {
      const result = readAndMerge(base, overlay);
      if (result?.ok) {
        accepted++;
        assertShowable(result.pack);
      }
    }),
    runs(2000),
  );
  assert.ok(accepted > 0, 'some overlays are accepted (the property was not vacuous)');
});

test('the vendor merge never throws on random values and whole mutated packs', () => {
  fc.assert(
    fc.property(fc.constantFrom(zh, en), fc.oneof(randomValue, mutatedPack, fc.array(mutatedOverlay, { maxLength: 3 })), (base, content) => {
      const result = readAndMerge(base, content);
      if (result?.ok) assertShowable(result.pack);
    }),
    runs(2000),
  );
});

test('search never throws, on accepted vendor packs and any query, and finds only topics of the pack', () => {
  fc.assert(
    fc.property(fc.constantFrom(zh, en), mutatedOverlay, fc.array(query, { minLength: 1, maxLength: 4 }), (base, overlay, queries) => {
      const result = readAndMerge(base, overlay);
      const pack = result?.ok ? result.pack : base;
      const other = pack.lang === 'en' ? zh : en;
      const ids = new Set(pack.topics.map((topic) => topic.id));
      const engine = createSearchIndex(pack, { secondary: [other] });
      const plain = plainIndexFor(pack, [pack, other]);
      for (const text of queries) {
        for (const found of engine.search(text)) {
          assert.ok(ids.has(found.topic));
          assert.ok(isVisible(found.snippet), `a result shows a blank snippet for ${JSON.stringify(text)}`);
        }
        engine.highlight(pack.topics[0]!.question, text);
        for (const found of plain.search(text)) assert.ok(ids.has(found.topic));
        topicForErrorCode(pack, text);
      }
    }),
    runs(300),
  );
});
