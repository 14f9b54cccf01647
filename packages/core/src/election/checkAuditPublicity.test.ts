import {
  checkAuditPublicity,
  extendPolicy,
  nationalBaseline,
  exampleCountyHardCriteria as policy,
} from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../test/support/thrown.js';

const electionDate = '2021-10-28';
const codes = (postings: { from: string; to: string }[]) =>
  checkAuditPublicity(postings, policy, { electionDate }).problems.map((p) => p.code);

// 村民委员会组织法 Art. 35: the departure audit is made public before the election; seed 004 (local): at least twice,
// at least five days each — parameters of the example county policy.
describe('checkAuditPublicity', () => {
  it('accepts two postings of five days before the election', () => {
    const r = checkAuditPublicity(
      [
        { from: '2021-09-01', to: '2021-09-05' },
        { from: '2021-09-20', to: '2021-09-26' },
      ],
      policy,
      { electionDate },
    );
    expect(r).toMatchObject({ ok: true, counted: 2, required: { postings: 2, days: 5 }, problems: [] });
    expect(r.parameters.map((p) => [p.id, p.value])).toEqual([
      ['auditPostings', 2],
      ['auditPostingDays', 5],
      ['auditPostingCountsUntilElection', true],
    ]);
  });

  it('reports each shortfall with its code', () => {
    expect(codes([])).toEqual(['AUDIT_NOT_BEFORE_ELECTION']);
    expect(codes([{ from: '2021-09-01', to: '2021-09-05' }])).toEqual(['AUDIT_TOO_FEW']);
    expect(
      codes([
        { from: '2021-09-01', to: '2021-09-04' },
        { from: '2021-09-20', to: '2021-09-26' },
      ]),
    ).toEqual(['AUDIT_TOO_SHORT', 'AUDIT_TOO_FEW']);
    // Up from 25 October through the election: three days before it, too short.
    expect(
      codes([
        { from: '2021-09-01', to: '2021-09-05' },
        { from: '2021-10-25', to: '2021-10-29' },
      ]),
    ).toEqual(['AUDIT_TOO_SHORT', 'AUDIT_TOO_FEW']);
    expect(
      codes([
        { from: '2021-09-05', to: '2021-09-01' },
        { from: '2021-09-10', to: '2021-09-14' },
        { from: '2021-09-20', to: '2021-09-24' },
      ]),
    ).toEqual(['AUDIT_PERIOD']);
    const message = checkAuditPublicity([], policy, { electionDate }).problems[0]!.message;
    expect(message).toContain('第三十五条');
  });

  // Art. 35: published before the election. The baseline counts a posting still up on election day by its days before
  // it (auditPostingCountsUntilElection); a county may ask for postings ended first.
  it('counts a posting still up on election day by its days before it, unless the county asks it ended first', () => {
    const through = [
      { from: '2021-09-01', to: '2021-09-05' },
      { from: '2021-10-20', to: '2021-10-30' },
    ];
    expect(checkAuditPublicity(through, policy, { electionDate })).toMatchObject({ ok: true, counted: 2 });
    const strict = extendPolicy(policy, {
      id: 'strict-county',
      extends: policy.id,
      name: { zh: '公示期满后选举的县', en: 'A county that elects after the postings end' },
      jurisdiction: '某县',
      parameters: { auditPostingCountsUntilElection: { values: { '2021-01-01': false } } },
    });
    const r = checkAuditPublicity(through, strict, { electionDate });
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ['AUDIT_NOT_BEFORE_ELECTION', [1, 'to']],
      ['AUDIT_TOO_FEW', []],
    ]);
    expect(r.problems[0]!.message).toContain('第 2 次公示到选举日 2021-10-28 仍未结束');
    // Begun on election day: not before it, whatever the reading.
    const after = checkAuditPublicity([{ from: '2021-10-28', to: '2021-11-05' }], policy, { electionDate });
    expect(after.problems[0]!.message).toBe(
      '第 1 次公示在选举日 2021-10-28 或之后才开始，不能算作选举前公布（中华人民共和国村民委员会组织法（2018年修正）第三十五条）',
    );
  });

  // Seed 004: "不少于两次、每次不少于五天": two postings on the board at once are one posting.
  it('counts postings that share a day once, with a warning naming both', () => {
    const r = checkAuditPublicity(
      [
        { from: '2021-09-01', to: '2021-09-07' },
        { from: '2021-09-05', to: '2021-09-12' },
      ],
      policy,
      { electionDate },
    );
    expect(r).toMatchObject({ ok: false, counted: 1 });
    expect(r.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['AUDIT_POSTINGS_OVERLAP', 'warning', '第 2 次公示与第 1 次公示时间重叠，是同一次公示，只计一次'],
      ['AUDIT_TOO_FEW', 'error', '符合要求的公示只有 1 次，应不少于 2 次、每次不少于 5 天'],
    ]);
    // Listed out of order, a third posting later on: two count, the overlap is a warning only.
    const three = checkAuditPublicity(
      [
        { from: '2021-09-20', to: '2021-09-24' },
        { from: '2021-09-05', to: '2021-09-12' },
        { from: '2021-09-01', to: '2021-09-07' },
      ],
      policy,
      { electionDate },
    );
    expect(three).toMatchObject({ ok: true, counted: 2 });
    expect(three.problems.map((p) => [p.code, p.path])).toEqual([['AUDIT_POSTINGS_OVERLAP', [1]]]);
    // The day after one ends, another may begin: two postings.
    expect(
      checkAuditPublicity(
        [
          { from: '2021-09-01', to: '2021-09-05' },
          { from: '2021-09-06', to: '2021-09-10' },
        ],
        policy,
        { electionDate },
      ),
    ).toMatchObject({ ok: true, counted: 2 });
  });

  it('needs a policy with an audit section', () => {
    expect(thrown(() => checkAuditPublicity([], nationalBaseline, { electionDate })).code).toBe('POLICY_NO_AUDIT');
  });
});
