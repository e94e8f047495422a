// Writes test/fixtures/security/attack-pack.json, the pack the attack suite loads through content-src
// (a same-origin file: the strict CSP allows no blob: or data: fetch). Run it after changing
// payloads.ts or attack-pack.ts: `node test/security/write-pack.mjs`; the suite fails while it is stale.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const { outputFiles } = await build({ entryPoints: ['test/security/attack-pack.ts'], bundle: true, format: 'esm', write: false });
const { attackPack } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
writeFileSync('test/fixtures/security/attack-pack.json', `${JSON.stringify([attackPack('zh-CN', 3), attackPack('en', 4)])}\n`);
