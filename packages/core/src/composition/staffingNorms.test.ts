// Staffing norms as policy data (seed 002, 海淀: "按照党委3人、总支和支部2人的标准"), a local figure.
import { exampleCountyHardCriteria, formatProblem, nationalBaseline, staffingNorms } from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../test/support/thrown.js';

const asOf = '2019-02-15';

describe('staffingNorms', () => {
  it('seed 002: requires 3 full-time party workers of a 党委 and 2 of a 党总支 or 党支部, at the boundary', () => {
    const r = staffingNorms(
      [
        { name: '苏家坨镇北安河村党委', kind: '党委', fullTimePartyWorkers: 3 },
        { name: '苏家坨镇苏一二村党委', kind: '党委', fullTimePartyWorkers: 2 },
        { name: '西北旺镇永丰屯村党总支', kind: '党总支', fullTimePartyWorkers: 2 },
        { name: '西北旺镇某社区党支部', kind: '党支部', fullTimePartyWorkers: 1 },
        { name: '西北旺镇另一社区党支部', kind: '党支部', fullTimePartyWorkers: 4 },
      ],
      exampleCountyHardCriteria,
      { asOf },
    );
    expect(r.organizations.map((o) => [o.required, o.have, o.shortfall])).toEqual([
      [3, 3, 0],
      [3, 2, 1],
      [2, 2, 0],
      [2, 1, 1],
      [2, 4, 0],
    ]);
    // A surplus in one organization does not fill another's gap.
    expect([r.required, r.have, r.shortfall]).toEqual([12, 12, 2]);
    expect(r.norms.党委).toEqual({ value: 3, parameter: 'staffingPartyCommittee', since: '2019-01-01' });
    expect(r).toMatchObject({ reference: 'staffing-norms-haidian', source: '示例县' });
  });

  it('reads the norm on the date asked: none before the county set it', () => {
    const e = thrown(() =>
      staffingNorms([{ name: '某村党支部', kind: '党支部', fullTimePartyWorkers: 2 }], exampleCountyHardCriteria, {
        asOf: '2018-12-31',
      }),
    );
    expect(e.problems[0]!.code).toBe('POLICY_PARAMETER_NO_VALUE');
  });

  it('refuses a policy without norms, and an organization of an unknown kind, naming it', () => {
    const none = thrown(() => staffingNorms([], nationalBaseline, { asOf }));
    expect(none.problems[0]!.code).toBe('POLICY_NO_STAFFING');
    expect(formatProblem(none.problems[0]!, 'zh-TW')).toBe(
      '政策「全国基线（法律与党内法规）」沒有專職黨務工作者編制標準一節',
    );
    const bad = thrown(() =>
      staffingNorms([{ name: '某村', kind: '村委会', fullTimePartyWorkers: 2 }], exampleCountyHardCriteria, { asOf }),
    );
    expect(bad.problems[0]).toMatchObject({ code: 'FIELD_VALUE', path: [0, 'kind'], expected: '党委、党总支、党支部' });
  });
});
