// Size budgets, checked in `npm test`: fails when a built file, or a sum of files, is over its gzip budget.
import { existsSync } from 'node:fs';
import { BUDGETS, sizeOf, totalBudgets } from './sizes.mjs';

let failed = 0;
const line = (ok, what, gzip, budget) => {
  if (!ok) failed += 1;
  console.log(`size: ${ok ? 'ok  ' : 'OVER'} ${what} ${(gzip / 1024).toFixed(2)} KB gzip of ${Number((budget / 1024).toFixed(1))} KB`);
};

for (const [file, budget] of Object.entries(BUDGETS)) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing; run npm run build first`);
    failed += 1;
    continue;
  }
  const { gzip } = sizeOf(file);
  line(gzip <= budget, file, gzip, budget);
}
for (const { name, files, budget } of totalBudgets()) {
  const gzip = files.reduce((sum, file) => sum + sizeOf(file).gzip, 0);
  line(gzip <= budget, `${name} (${files.map((file) => file.replace(/^.*\//, '')).join(' + ')})`, gzip, budget);
}
process.exit(failed ? 1 : 0);
