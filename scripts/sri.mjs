#!/usr/bin/env node
// Prints the Subresource Integrity value of each script-tag file (after `npm run build`):
//   npm run sri
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const dir = 'dist/cdn';
for (const file of readdirSync(dir).filter((name) => name.endsWith('.js')).sort()) {
  const digest = createHash('sha384').update(readFileSync(`${dir}/${file}`)).digest('base64');
  console.log(`${`${dir}/${file}`.padEnd(36)} sha384-${digest}`);
}
