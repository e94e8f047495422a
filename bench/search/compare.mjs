#!/usr/bin/env node
// Compares the results of two builds of the search engine, list by list: every labelled and off-topic
// query (test/search/queries.json, off-topic.json), each language's pack primary, the guide with all
// results and vendors5k with 30, the candidate built in the page and read from its prebuilt file.
// Equal means equal JSON of each result's topic, score (to the last bit), field, snippet and matches,
// and of `highlight` of its snippet. Not part of `npm run bench`: run by hand when the engine changes.
//
//   npx esbuild src/search.ts --bundle --format=esm --platform=node --outfile=/tmp/candidate.mjs
//   (the same from another checkout, e.g. `git archive main | tar -x -C /tmp/main`, for the reference)
//   node bench/search/compare.mjs /tmp/reference.mjs /tmp/candidate.mjs [guide|vendors5k]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const json = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const [referencePath, candidatePath, only] = process.argv.slice(2);
if (!candidatePath) {
  console.error('usage: node bench/search/compare.mjs REFERENCE.mjs CANDIDATE.mjs [guide|vendors5k]');
  process.exit(2);
}
const reference = await import(pathToFileURL(path.resolve(referencePath)).href);
const candidate = await import(pathToFileURL(path.resolve(candidatePath)).href);
const zh = json('content/zh-CN.json');
const en = json('content/en.json');
const labelled = json('test/search/queries.json');
const offTopic = json('test/search/off-topic.json');
const queries = [...labelled['zh-CN'], ...labelled.en, ...offTopic['zh-CN'], ...offTopic.en].map((entry) => entry.q);

const listOf = (index, query, limit) =>
  JSON.stringify(index.search(query, { limit }).map((result) => [result.topic, result.score, result.field, result.snippet, result.matches, index.highlight(result.snippet, query)]));

let same = 0;
let different = 0;
for (const corpus of ['guide', 'vendors5k']) {
  if (only && only !== corpus) continue;
  const packs = corpus === 'guide' ? { zh, en } : generateCorpus(zh, en, 5000);
  const limit = corpus === 'guide' ? undefined : 30;
  const file = candidate.writeIndex([packs.zh, packs.en]);
  for (const [primary, secondary] of [
    [packs.zh, packs.en],
    [packs.en, packs.zh],
  ]) {
    const expected = reference.createSearchIndex(primary, { secondary: [secondary] });
    const built = candidate.createSearchIndex(primary, { secondary: [secondary] });
    const prebuilt = candidate.createSearchIndex(primary, { secondary: [secondary], prebuilt: candidate.readIndex(file) });
    for (const query of queries) {
      const want = listOf(expected, query, limit);
      for (const [name, index] of [
        ['built', built],
        ['prebuilt', prebuilt],
      ]) {
        if (listOf(index, query, limit) === want) same++;
        else {
          different++;
          console.log(`different: ${corpus}, ${primary.lang} primary, ${name}: ${query}`);
        }
      }
    }
    console.log(`${corpus}, ${primary.lang} primary: ${same} identical, ${different} different so far`);
  }
}
console.log(`${same} of ${same + different} result lists identical`);
process.exit(different ? 1 : 0);
