// Size budget, checked in `npm test`: fails when a built file's gzip size is over its budget.
import { existsSync } from 'node:fs';
import { BUDGETS, sizeOf } from './sizes.mjs';

let failed = 0;
for (const [file, budget] of Object.entries(BUDGETS)) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing; run npm run build first`);
    failed += 1;
    continue;
  }
  const { gzip } = sizeOf(file);
  const ok = gzip <= budget;
  if (!ok) failed += 1;
  console.log(`size: ${ok ? 'ok  ' : 'OVER'} ${file} ${(gzip / 1024).toFixed(2)} KB gzip of ${(budget / 1024).toFixed(0)} KB`);
}
process.exit(failed ? 1 : 0);
