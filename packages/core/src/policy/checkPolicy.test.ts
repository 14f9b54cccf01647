// Whole-policy checks that the schema cannot make, as definePolicy, extendPolicy and loadPolicies apply them.
import {
  definePolicy,
  extendPolicy,
  formatProblem,
  loadPolicies,
  nationalBaseline,
  nationalBaselineSpec,
} from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../test/support/thrown.js';

describe('a policy in force', () => {
  const overlay = {
    id: 'my-county',
    extends: 'cn-national',
    name: { zh: '某县', en: 'A county' },
    jurisdiction: '某县',
  };

  it('refuses a policy that ends before it starts, naming effective.to, in three languages', () => {
    const e = thrown(() =>
      definePolicy({ ...nationalBaselineSpec, id: 'backwards', effective: { from: '2021-06-01', to: '2021-05-31' } }),
    );
    expect(e.problems).toHaveLength(1);
    const p = e.problems[0]!;
    expect(p).toMatchObject({
      code: 'PERIOD_REVERSED',
      path: ['effective', 'to'],
      value: '2021-05-31',
      expected: '2021-06-01 或之后',
    });
    expect([p.message, p.messageEn, formatProblem(p, 'zh-TW')]).toEqual([
      '截止日期早于开始日期 2021-06-01',
      'The end date is before the start date 2021-06-01',
      '截止日期早於開始日期 2021-06-01',
    ]);
  });

  it('refuses an overlay, or one loaded from files, that ends before it starts', () => {
    const backwards = { ...overlay, effective: { from: '2021-06-01', to: '2020-06-01' } };
    expect(thrown(() => extendPolicy(nationalBaseline, backwards)).problems[0]).toMatchObject({
      code: 'PERIOD_REVERSED',
      path: ['effective', 'to'],
    });
    expect(thrown(() => loadPolicies([backwards], [nationalBaseline])).code).toBe('PERIOD_REVERSED');
  });

  it('accepts a policy in force for a single day, or with no end', () => {
    const oneDay = extendPolicy(nationalBaseline, { ...overlay, effective: { from: '2021-10-28', to: '2021-10-28' } });
    expect(oneDay.effective).toEqual({ from: '2021-10-28', to: '2021-10-28' });
    expect(extendPolicy(nationalBaseline, { ...overlay, effective: { from: '2021-10-28' } }).effective.to).toBe(
      undefined,
    );
  });
});
