// docs/policy-reference.md is what the built-in policies say: regenerate it with `node scripts/policy-reference.js`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyReferencePage } from '../scripts/policyReferencePage.js';

describe('docs/policy-reference.md', () => {
  const page = policyReferencePage();

  it('is what the built-in policies generate (run node scripts/policy-reference.js)', () => {
    expect(readFileSync(new URL('../docs/policy-reference.md', import.meta.url), 'utf8')).toBe(page);
  });

  it('lists a statutory parameter with its dated value and the article it rests on', () => {
    expect(page).toContain(
      '| `votingAge` | 享有选举权和被选举权的年龄<br>Age of the right to vote and stand | 1998-11-04: 18 years | 中华人民共和国村民委员会组织法（2018年修正）第十三条 |',
    );
  });
});
