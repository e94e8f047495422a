#!/usr/bin/env node
// The wallet-help command line, in the package (`npx wallet-help …`).
//
//   npx wallet-help index my-pack.json [more packs…] [-o my-pack.index.bin]
//
// Writes the prebuilt search index of your packs (src/search/prebuilt.ts), to serve beside them:
// searching thousands of topics then starts in milliseconds instead of indexing them in the page.
// Each file is a content pack (content/zh-CN.json's shape) or a list of packs; the index holds one
// section per pack, found by a hash of its text, for
//   createSearchIndex(pack, { secondary, prebuilt: readIndex(indexBytes) })
// from `wallet-help/search`, given the file's bytes (`fetch(url).then((response) => response.arrayBuffer())`):
// binary, as JSON.parse of millions of numbers would take longer than the page may wait. A pack that
// changed after the index was written is not read from it:
// the page warns once and indexes the packs itself. Exits 1, naming the problem, on a bad file.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const USAGE = 'usage: wallet-help index PACK.json [PACK.json…] [-o OUT.index.bin]';
const fail = (message) => {
  console.error(`wallet-help: ${message}`);
  process.exit(1);
};

const [command, ...args] = process.argv.slice(2);
if (command === '--help' || command === '-h' || command === undefined) {
  console.log(USAGE);
  process.exit(command === undefined ? 1 : 0);
}
if (command !== 'index') fail(`unknown command "${command}"\n${USAGE}`);

const files = [];
let out;
for (let at = 0; at < args.length; at++) {
  if (args[at] === '-o' || args[at] === '--out') out = args[++at];
  else if (args[at].startsWith('-')) fail(`unknown option ${args[at]}\n${USAGE}`);
  else files.push(args[at]);
}
if (files.length === 0) fail(`no pack given\n${USAGE}`);
if (out === undefined) out = files[0].replace(/(\.json)?$/, '.index.bin');

const { writeIndex } = await import('../dist/search.js');
const { validatePack } = await import('../dist/content/validate.js');

const given = files.flatMap((file) => {
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`${file}: ${error instanceof SyntaxError ? 'not JSON' : 'could not be read'} (${error.message})`);
  }
  return (Array.isArray(json) ? json : [json]).map((pack, index) => ({ pack, where: Array.isArray(json) ? `${file}[${index}]` : file }));
});
const errors = (where, result) => fail(`${where} was rejected:\n${result.errors.map((error) => `  ${error.path || '(the pack)'}: ${error.message}`).join('\n')}`);

const packs = given.map(({ pack, where }) => {
  const result = validatePack(pack);
  if (!result.ok) errors(where, result);
  return result.pack;
});

const index = writeIndex(packs);
writeFileSync(out, index);
console.log(
  `wallet-help: wrote ${path.relative(process.cwd(), path.resolve(out))} (${(index.length / 1024).toFixed(0)} KB; ` +
    `${packs.map((pack) => `${pack.lang}: ${pack.topics.length} topics`).join('; ')}).`,
);
