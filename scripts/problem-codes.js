// Writes docs/problem-codes.md from the problem-code catalogue (packages/core/src/problems/). Run after changing a
// code: `node scripts/problem-codes.js`. A test (packages/core/src/problems/catalogue.test.ts) fails while the page is out of date.
import { writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('problemCodesPage.ts', import.meta.url).pathname);
writeFileSync(new URL('../docs/problem-codes.md', import.meta.url), module.problemCodesPage());
