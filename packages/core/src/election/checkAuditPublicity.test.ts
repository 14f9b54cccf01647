import { checkAuditPublicity, nationalBaseline, exampleCountyHardCriteria as policy } from '@huanjie/core';
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
    expect(
      codes([
        { from: '2021-09-01', to: '2021-09-05' },
        { from: '2021-10-25', to: '2021-10-29' },
      ]),
    ).toEqual(['AUDIT_NOT_BEFORE_ELECTION', 'AUDIT_TOO_FEW']);
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

  it('needs a policy with an audit section', () => {
    expect(thrown(() => checkAuditPublicity([], nationalBaseline, { electionDate })).code).toBe('POLICY_NO_AUDIT');
  });
});
