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

// Issue 22: a misspelt input field (partyJoind) was silently ignored, so the case tested a candidate without the date.
describe('a case input holds only what a candidate has', () => {
  it('refuses a misspelt field in a case, a slate member or the defaults, naming where and the fields there are', () => {
    const text = file(`  - name: 入党时间写错了
    organization: 党组织
    input: { politicalStatus: 中共党员, partyJoind: 2005-07-01, partyFullDate: 2006-07-01 }
    expect: { eligible: true }
  - name: 班子
    slate: [{ sex: female }, { sxe: male }, {}]
    expect: { passed: true }
`).replace('education: 高中,', 'education: 高中, educaton: 大专,');
    const e = thrown(() => parsePolicyCases(text, 'my-county.cases.yaml'));
    expect(e.problems.map((p) => [p.code, p.path])).toEqual([
      ['CASES_INPUT_FIELD', ['defaults', 'input', 'educaton']],
      ['CASES_INPUT_FIELD', ['cases', 0, 'input', 'partyJoind']],
      ['CASES_INPUT_FIELD', ['cases', 1, 'slate', 1, 'sxe']],
    ]);
    const p = e.problems[1]!;
    expect([p.message, p.messageEn, formatProblem(p, 'zh-TW')]).toEqual([
      'my-county.cases.yaml 用例 1 入党时间写错了 的输入字段“partyJoind”不是候选人的字段（拼写有误？）',
      'my-county.cases.yaml: the input of case 1 入党时间写错了 has a field "partyJoind" that a candidate does not have (misspelt?)',
      'my-county.cases.yaml 測試案例 1 入党时间写错了 的輸入欄位「partyJoind」不是候選人的欄位（拼寫有誤？）',
    ]);
    expect(p.expected).toContain('partyJoinDate');
  });

  it('still reads every field a candidate has, and null removing a default', () => {
    const read = parsePolicyCases(
      file(`  - name: 预备党员
    organization: 党组织
    input: { politicalStatus: 中共预备党员, partyJoinDate: 2021-01-01, partyFullDate: null, flags: [residesInVillage], facts: [] }
    expect: { eligible: false }
`),
    );
    expect(read.cases[0]!.input).toMatchObject({ partyFullDate: null });
  });
});
