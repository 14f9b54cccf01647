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

describe('a recommendation section', () => {
  it('names an unknown share parameter, a share that is not a fraction, and a round listed twice', () => {
    const round = { round: '党员推荐', required: true, comparison: 'above', weight: 1 } as const;
    const e = thrown(() =>
      extendPolicy(nationalBaseline, {
        id: 'my-county-recommendation',
        extends: 'cn-national',
        name: { zh: '某县推荐规则', en: 'A county’s recommendation rules' },
        jurisdiction: '某县',
        parameters: {
          publicShare: {
            title: { zh: '群众推荐比例', en: 'Public share' },
            unit: 'fraction',
            values: { '2021-01-01': '0.5' },
            reference: 'party-election-art13',
          },
        },
        recommendation: {
          reference: 'party-election-art13',
          bodies: [
            {
              body: '党组织',
              reference: 'party-election-art13',
              rounds: [
                { ...round, share: { param: 'partyShare' } },
                { ...round, round: '群众推荐', share: { param: 'publicShare' } },
                { ...round, round: '群众推荐' },
              ],
              marginPercent: { param: 'partyCandidateMargin' },
              marginAtLeast: 0,
            },
          ],
        },
      }),
    );
    expect(e.problems.map((p) => [p.code, p.path])).toEqual([
      ['POLICY_PARAMETER_VALUE', ['parameters', 'publicShare', 'values', '2021-01-01']],
      ['POLICY_UNKNOWN_PARAMETER', ['recommendation', 'bodies', 0, 'rounds', 0, 'share', 'param']],
      ['POLICY_DUPLICATE_ID', ['recommendation', 'bodies', 0, 'rounds', 2, 'round']],
    ]);
  });

  it('is kept by an overlay that does not set one', () => {
    const overlay = { id: 'quiet', extends: 'cn-national', name: { zh: '某县', en: 'A county' }, jurisdiction: '某县' };
    expect(extendPolicy(nationalBaseline, overlay).recommendation).toEqual(nationalBaseline.recommendation);
  });
});
