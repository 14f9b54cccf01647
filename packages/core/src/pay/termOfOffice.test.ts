import {
  computeTermPay,
  definePolicy,
  examplePay2021,
  nationalBaseline,
  payPeriod,
  ratedYears,
  sumPayLines,
  termEnd,
} from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../test/support/thrown.js';

describe('termEnd', () => {
  it('ends a term the day before its fifth anniversary, the term length of 村民委员会组织法 Art. 11', () => {
    expect(termEnd('2021-11-01', nationalBaseline, '2021-11-01')).toBe('2026-10-31');
    expect(termEnd('2018-01-01', examplePay2021, '2021-01-15')).toBe('2022-12-31');
    expect(nationalBaseline.parameters.termYears?.reference).toBe('vc-law-art11');
    expect(nationalBaseline.references.find((r) => r.id === 'vc-law-art11')?.title).toContain('第十一条');
  });

  it('takes 1 March as the anniversary of 29 February in a common year', () => {
    expect(termEnd('2024-02-29', nationalBaseline, '2024-02-29')).toBe('2029-02-28');
    expect(termEnd('2020-02-29', nationalBaseline, '2021-01-01')).toBe('2025-02-28');
  });

  it('reads the term length in force on asOf, and says when none is', () => {
    expect(thrown(() => termEnd('2018-01-01', nationalBaseline, '2018-06-30')).code).toBe('POLICY_PARAMETER_NO_VALUE');
  });

  it('has no end to give under a policy that sets no term length', () => {
    const local = definePolicy({
      id: 'no-term',
      name: { zh: '无任期参数', en: 'No term' },
      jurisdiction: '示例',
      effective: { from: '2021-01-01' },
      references: [],
      parameters: {},
      rules: [],
    });
    expect(termEnd('2021-11-01', local, '2021-11-01')).toBeUndefined();
  });
});

describe('payPeriod', () => {
  it('pays from the appointment when it falls within the term, else from the term start', () => {
    const term = { from: '2021-11-01', to: '2026-10-31' };
    expect(payPeriod(term, '2022-03-15')).toEqual({ from: '2022-03-15', to: '2026-10-31' });
    expect(payPeriod(term, '2018-01-01')).toEqual(term);
    expect(payPeriod(term, '2027-01-01')).toEqual({ from: '2027-01-01', to: '2026-10-31' });
  });
});

describe('ratedYears', () => {
  const term = { from: '2018-01-01', to: '2022-12-31' };
  it('runs from the appointment year to the end of the term, or of service when that comes first', () => {
    expect(ratedYears({ from: '2018-01-01' }, term)).toEqual({ first: 2018, last: 2022 });
    expect(ratedYears({ from: '2019-03-01', to: '2020-06-30' }, term)).toEqual({ first: 2019, last: 2020 });
    expect(ratedYears({ from: '2019-03-01', to: '2025-06-30' }, term)).toEqual({ first: 2019, last: 2022 });
  });

  it('is empty for an appointment after the term', () => {
    const { first, last } = ratedYears({ from: '2023-03-01' }, term);
    expect(last).toBeLessThan(first);
  });
});

describe('sumPayLines', () => {
  const seed001 = {
    name: '张某甲',
    appointments: [{ organization: '村民委员会', post: '委员', from: '2018-01-01' }],
    ratings: { 2018: '称职', 2019: '称职', 2020: '称职' },
  };

  it('adds up one month of seed 001: ¥3,760.00 gross, ¥3,008.00 paid', () => {
    const pay = computeTermPay(seed001, examplePay2021, { from: '2021-01-01', to: '2021-12-31' });
    const month = sumPayLines(pay.months.filter((l) => l.month === '2021-01'));
    expect(month).toMatchObject({ base: 370000, seniority: 6000, fullYears: 3, gross: 376000, paid: 300800 });
    expect(month.withheld).toBe(75200);
  });

  it('adds the lines of a month with a change of post, allowance by allowance', () => {
    const cadre = {
      name: '李某乙',
      education: '本科',
      appointments: [
        { organization: '村民委员会', post: '委员', from: '2019-01-01', to: '2021-03-15' },
        { organization: '党组织', post: '书记', concurrent: true, from: '2021-03-16' },
      ],
    };
    const pay = computeTermPay(cadre, examplePay2021, { from: '2021-01-01', to: '2021-12-31' });
    const lines = pay.months.filter((l) => l.month === '2021-03');
    expect(lines).toHaveLength(2);
    const sum = sumPayLines(lines);
    expect(sum.concurrent).toBe(true);
    expect(sum.gross).toBe((lines[0]?.gross ?? 0) + (lines[1]?.gross ?? 0));
    expect(sum.gross).toBe(sum.base + sum.seniority + sum.allowanceTotal);
    expect(sum.allowanceTotal).toBe(sum.concurrentAllowance + sum.allowances.reduce((s, a) => s + a.fen, 0));
    // Both lines pay the education allowance: one entry, the two prorated amounts added.
    const college = lines.map((l) => l.allowances.find((a) => a.id === 'college')?.fen ?? 0);
    expect(sum.allowances).toEqual([{ id: 'college', fen: (college[0] ?? 0) + (college[1] ?? 0) }]);
    expect(college.every((fen) => fen > 0)).toBe(true);
  });

  it('adds a whole term to the totals computeTermPay reports', () => {
    const pay = computeTermPay(seed001, examplePay2021, { from: '2018-01-01', to: '2022-12-31' });
    const sum = sumPayLines(pay.months);
    expect(sum.gross).toBe(pay.total.gross);
    expect(sum.withheld).toBe(pay.total.withheld);
    expect(sumPayLines([])).toMatchObject({ gross: 0, fullYears: 0, concurrent: false, allowances: [] });
  });
});
