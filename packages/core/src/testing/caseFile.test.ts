// Case files: a case that asserts nothing is refused when the file is read, naming the file, the case and the keys.
import { formatProblem, nationalBaseline } from '@huanjie/core';
import { parsePolicyCases, runPolicyCases } from '@huanjie/core/testing';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../test/support/thrown.js';

const file = (cases: string) => `policy: cn-national
defaults:
  asOf: 2021-10-28
  organization: 村民委员会
  post: 委员
  input: { name: 张某甲, sex: male, birthDate: 1980-05-01, ethnicity: 汉族, education: 高中, politicalStatus: 群众 }
cases:
${cases}`;

describe('a case must assert something', () => {
  it('refuses expect: {} when the file is read, naming the file, the case and what it could assert', () => {
    const text = file(`  - name: 十七岁不能当选
    input: { birthDate: 2004-05-01 }
    expect: { eligible: false }
  - name: 只写了输入
    input: { birthDate: 1990-01-01 }
    expect: {}
`);
    const e = thrown(() => parsePolicyCases(text, 'my-county.cases.yaml'));
    expect(e.problems).toHaveLength(1);
    const p = e.problems[0]!;
    expect(p).toMatchObject({
      code: 'CASES_EXPECT_NOTHING',
      path: ['cases', 1, 'expect'],
      expected: 'eligible、failures、warnings、error',
    });
    expect([p.message, p.messageEn, formatProblem(p, 'zh-TW')]).toEqual([
      'my-county.cases.yaml 第 2 个用例“只写了输入”没有断言任何结果：expect 至少要写 eligible、failures、warnings、error 之一',
      'my-county.cases.yaml: case 2 "只写了输入" asserts nothing: expect needs at least one of eligible, failures, warnings, error',
      'my-county.cases.yaml 第 2 個測試案例「只写了输入」沒有斷言任何結果：expect 至少要寫 eligible、failures、warnings、error 之一',
    ]);
  });

  it('refuses an expectation that does not apply: passed for a candidate, eligible for a slate', () => {
    const e = thrown(() =>
      parsePolicyCases(
        file(`  - name: 候选人却写 passed
    expect: { passed: true }
  - name: 班子却写 eligible
    slate: [{ sex: female }, {}, {}]
    expect: { eligible: true }
`),
      ),
    );
    expect(e.problems.map((p) => [p.code, p.path, p.expected])).toEqual([
      ['CASES_EXPECT_NOTHING', ['cases', 0, 'expect'], 'eligible、failures、warnings、error'],
      ['CASES_EXPECT_NOTHING', ['cases', 1, 'expect'], 'passed、failures、warnings、error'],
    ]);
  });

  it('fails, rather than passes, a case built in code that asserts nothing', () => {
    const [result] = runPolicyCases(nationalBaseline, {
      defaults: { asOf: '2021-10-28', organization: '村民委员会', post: '委员' },
      cases: [
        {
          name: 'checks nothing',
          input: { name: '张某甲', sex: 'male', birthDate: '1980-05-01', ethnicity: '汉族', education: '高中' },
          expect: {},
        },
      ],
    });
    expect(result).toEqual({
      name: 'checks nothing',
      passed: false,
      diff: ['expect 没有断言任何结果 / asserts nothing: give one of eligible, failures, warnings, error'],
    });
  });
});
