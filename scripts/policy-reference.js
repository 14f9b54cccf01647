// Writes docs/policy-reference.md from the built-in policies (packages/core/src/policies/). Run after changing one:
// `node scripts/policy-reference.js`. A test (test/policy-reference.test.ts) fails while the page is out of date.
import { writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('policyReferencePage.ts', import.meta.url).pathname);
writeFileSync(new URL('../docs/policy-reference.md', import.meta.url), module.policyReferencePage());
