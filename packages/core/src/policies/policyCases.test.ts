// Every built-in policy's data-only cases, each case a test (the way a county runs its own).
import { readdirSync, readFileSync } from 'node:fs';
import { exampleCountyHardCriteria, exampleShibuxuan, nationalBaseline } from '@huanjie/core';
import { parsePolicyCases, policyCaseTests, runPolicyCases } from '@huanjie/core/testing';
import { describe, expect, it } from 'vitest';

const builtIn = new Map([nationalBaseline, exampleShibuxuan, exampleCountyHardCriteria].map((p) => [p.id, p]));
const folder = new URL('./cases/', import.meta.url);

for (const name of readdirSync(folder).filter((f) => f.endsWith('.cases.yaml'))) {
  const file = parsePolicyCases(readFileSync(new URL(name, folder), 'utf8'), name);
  const policy = builtIn.get(file.policy);
  describe(`${name} (${file.policy})`, () => {
    it('names a built-in policy', () => expect(policy).toBeDefined());
    if (policy) policyCaseTests(policy, file, { it, expect });
  });
}

describe('runPolicyCases', () => {
  it('covers every rule of every built-in policy with a failing case', () => {
    for (const policy of builtIn.values()) {
      const text = readFileSync(new URL(`${policy.id}.cases.yaml`, folder), 'utf8');
      const failing = new Set(
        parsePolicyCases(text)
          .cases.flatMap((c) => c.expect.failures ?? [])
          .concat(parsePolicyCases(text).cases.flatMap((c) => c.expect.warnings ?? [])),
      );
      const own = [...policy.rules, ...policy.teamRules]
        .filter((r) => r.source === policy.jurisdiction)
        .map((r) => r.id);
      expect(own.filter((id) => !failing.has(id))).toEqual([]);
    }
  });

  it('explains a failing case in words: expected, got, and why', () => {
    const [result] = runPolicyCases(nationalBaseline, {
      defaults: { asOf: '2021-10-28', organization: '村民委员会', post: '委员' },
      cases: [
        {
          name: 'wrongly expects a 17-year-old to pass',
          input: {
            name: '张某甲',
            sex: 'male',
            birthDate: '2004-05-01',
            ethnicity: '汉族',
            education: '高中',
            politicalStatus: '群众',
          },
          expect: { eligible: true },
        },
      ],
    });
    expect(result!.passed).toBe(false);
    expect(result!.diff).toEqual([
      'eligible: 期望 expected true，实际 got false',
      '  vc-voting-age 年满十八周岁〔中华人民共和国村民委员会组织法（2018年修正）第十三条〕：birthDate = 2004-05-01，age = 17，votingAge = 18（自 1998-11-04）',
    ]);
  });

  it('reports a malformed case file with its path', () => {
    expect(() =>
      parsePolicyCases('policy: x\ncases:\n  - name: a\n    expect: { eligible: maybe }\n', 'bad.yaml'),
    ).toThrowError(/bad\.yaml cases\.0\.expect\.eligible/);
    expect(() => parsePolicyCases('policy: [unclosed\n', 'broken.yaml')).toThrowError(/broken\.yaml 第 \d+ 行/);
  });
});
