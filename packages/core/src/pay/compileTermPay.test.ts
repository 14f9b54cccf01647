import {
  type Cadre,
  compileTermPay,
  computeTermPay,
  examplePay2021,
  examplePay2021Spec,
  fromDayNumber,
  readCadres,
  toDayNumber,
} from '@huanjie/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cumulativePay, withPay } from '../../../../test/support/payPolicies.js';
import { thrown } from '../../../../test/support/thrown.js';

const policies = {
  example: examplePay2021,
  cumulative: cumulativePay,
  // Seed 001's other reading of "次年": each raise from the next 1 January, with every proration and service count.
  nextJanuary: withPay('next-january', {
    ...examplePay2021Spec.pay,
    seniority: { ...examplePay2021Spec.pay.seniority, takesEffect: 'nextJanuary' },
  }),
  nextJanuaryWholeMonths: withPay('next-january-whole-months', {
    ...examplePay2021Spec.pay,
    proration: 'wholeMonths',
    seniority: { ...examplePay2021Spec.pay.seniority, takesEffect: 'nextJanuary' },
  }),
  nextJanuaryCumulative: withPay('next-january-cumulative', {
    ...examplePay2021Spec.pay,
    seniority: { ...examplePay2021Spec.pay.seniority, service: 'cumulative', takesEffect: 'nextJanuary' },
  }),
  wholeMonths: withPay('whole-months', { ...examplePay2021Spec.pay, proration: 'wholeMonths' }),
  capped: withPay('capped', {
    ...examplePay2021Spec.pay,
    seniority: { ...examplePay2021Spec.pay.seniority, cap: 5000 },
    concurrentAllowance: 30000,
    base: [{ monthly: { param: 'baseRegular' } }],
  }),
  // Increments and cap that change mid-period: the seniority of a run is summed again where rates change.
  raisedIncrements: withPay(
    'raised-increments',
    {
      ...examplePay2021Spec.pay,
      seniority: {
        ...examplePay2021Spec.pay.seniority,
        increment: { param: 'seniorityRaised' },
        cap: { param: 'seniorityCapRaised' },
      },
    },
    {
      seniorityRaised: { '2010-01-01': 2000, '2023-07-01': 2500, '2025-03-01': 3000 },
      seniorityCapRaised: { '2010-01-01': 12000, '2024-01-01': 20000 },
    },
  ),
};

const SEATS = [
  { organization: '村民委员会', post: '委员' },
  { organization: '村民委员会', post: '主任' },
  { organization: '党组织', post: '书记', concurrent: true },
  { organization: '党组织', post: '副书记' },
] as const;
const RATINGS = ['优秀', '称职', '基本称职', '不称职'] as const;

/** Cadres with one to three appointments, adjoining (a change of post) or after a break, any rating per year. */
const cadre = fc
  .record({
    start: fc.integer({ min: toDayNumber('2010-01-01'), max: toDayNumber('2026-06-30') }),
    spells: fc.array(
      fc.record({
        gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 900 })),
        length: fc.integer({ min: 0, max: 2500 }),
        seat: fc.integer({ min: 0, max: SEATS.length - 1 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    open: fc.boolean(),
    ratings: fc.array(fc.option(fc.constantFrom(...RATINGS), { nil: undefined }), { minLength: 25, maxLength: 25 }),
    education: fc.constantFrom(undefined, '高中', '大专', '本科'),
  })
  .map(({ start, spells, open, ratings, education }): Cadre => {
    let day = start;
    const appointments = spells.map((s, i) => {
      const from = day + (i === 0 ? 0 : s.gap + 1);
      const to = from + s.length;
      day = to;
      const last = i === spells.length - 1;
      return { ...SEATS[s.seat]!, from: fromDayNumber(from), ...(last && open ? {} : { to: fromDayNumber(to) }) };
    });
    const served = (y: number) =>
      appointments.some((a) => a.from <= `${y}-12-31` && (!('to' in a) || (a.to as string) >= `${y}-01-01`));
    const byYear = Object.fromEntries(
      ratings
        .map((r, i) => [String(2010 + i), r] as const)
        .filter((entry): entry is [string, (typeof RATINGS)[number]] => entry[1] !== undefined && served(+entry[0])),
    );
    return { name: '张某甲', appointments, ratings: byYear, ...(education ? { education } : {}) };
  });
const period = fc
  .tuple(
    fc.integer({ min: toDayNumber('2018-01-01'), max: toDayNumber('2030-12-31') }),
    fc.integer({ min: 0, max: 2200 }),
  )
  .map(([from, length]) => ({ from: fromDayNumber(from), to: fromDayNumber(from + length) }));

describe('compileTermPay (term totals without the monthly lines)', () => {
  it('returns the totals of computeTermPay to the fen, for every policy shape (property)', () => {
    const policy = fc.constantFrom(...(Object.keys(policies) as (keyof typeof policies)[]));
    fc.assert(
      fc.property(fc.array(cadre, { minLength: 1, maxLength: 4 }), period, policy, (list, p, k) => {
        const plan = compileTermPay(policies[k], p);
        const each = list.map((c) => computeTermPay(c, policies[k], p).total);
        expect(list.map((c) => plan.totals(c))).toEqual(each);
        const columns = plan.totalsOf(readCadres(list));
        expect([...columns.paid]).toEqual(each.map((t) => t.paid));
        expect([...columns.performancePaid]).toEqual(each.map((t) => t.performancePaid));
        expect(columns.total.gross).toBe(each.reduce((sum, t) => sum + t.gross, 0));
      }),
    );
  });

  it('totals a seed-001 term: 3,700 a month and +20 per full year served', () => {
    const plan = compileTermPay(examplePay2021, { from: '2021-01-01', to: '2021-12-31' });
    const c: Cadre = {
      name: '张某甲',
      appointments: [{ organization: '村民委员会', post: '委员', from: '2018-01-01' }],
      ratings: { 2018: '称职', 2019: '称职', 2020: '称职' },
    };
    // 12 months at 3,760 yuan; 20 % withheld; 2021 has no rating yet, so nothing is paid out within the year.
    expect(plan.totals(c)).toEqual({
      gross: 12 * 376000,
      withheld: 12 * 75200,
      performancePaid: 0,
      departure: 0,
      paid: 12 * (376000 - 75200),
    });
  });

  it('rejects a bad cadre with the same coded problem as computeTermPay', () => {
    const plan = compileTermPay(examplePay2021, { from: '2021-01-01', to: '2021-12-31' });
    const bad: unknown[] = [
      { name: '张某甲', appointments: [] },
      { name: '张某甲', appointments: [{ organization: '村民委员会', post: '委员', from: '2021-02-30' }] },
      { name: '张某甲', appointments: [{ organization: '村委', post: '委员', from: '2021-01-01' }] },
      { name: '张某甲', appointment: [{ organization: '村民委员会', post: '委员', from: '2021-01-01' }] },
      {
        name: '张某甲',
        appointments: [{ organization: '村民委员会', post: '委员', from: '2021-01-01' }],
        ratings: { 2020: '优秀' },
      },
      {
        name: '张某甲',
        appointments: [{ organization: '村民委员会', post: '委员', from: '2021-01-01' }],
        ratings: { '+2021': '优秀' },
      },
      {
        name: '张某甲',
        appointments: [
          { organization: '村民委员会', post: '委员', from: '2021-01-01', to: '2021-06-30' },
          { organization: '村民委员会', post: '主任', from: '2021-06-30' },
        ],
      },
      null,
    ];
    for (const c of bad) {
      const ours = thrown(() => plan.totals(c)).problems;
      const theirs = thrown(() => computeTermPay(c, examplePay2021, plan.period)).problems;
      expect(ours.map((p) => [p.code, p.path])).toEqual(theirs.map((p) => [p.code, p.path]));
      expect(ours[0]!.code).toMatch(/^[A-Z_]+$/);
    }
  });

  it('names a missing parameter value for a month someone is paid in, not for months no one is', () => {
    const policy = withPay(
      'remote',
      {
        ...examplePay2021Spec.pay,
        allowances: [
          { id: 'remote', title: { zh: '偏远地区补贴', en: 'Remote area allowance' }, monthly: { param: 'remote' } },
        ],
      },
      { remote: { '2022-01-01': 10000 } },
    );
    const plan = compileTermPay(policy, { from: '2021-01-01', to: '2022-12-31' });
    const c: Cadre = {
      name: '张某甲',
      appointments: [{ organization: '村民委员会', post: '委员', from: '2021-01-01' }],
    };
    const ours = thrown(() => plan.totals(c)).problems[0]!;
    expect(ours.code).toBe(thrown(() => computeTermPay(c, policy, plan.period)).problems[0]!.code);
    const later: Cadre = { ...c, appointments: [{ organization: '村民委员会', post: '委员', from: '2022-01-01' }] };
    expect(plan.totals(later)).toEqual(computeTermPay(later, policy, plan.period).total);
  });

  it('names a seniority cap that has no value yet, rather than paying uncapped', () => {
    const policy = withPay(
      'late-cap',
      { ...examplePay2021Spec.pay, seniority: { ...examplePay2021Spec.pay.seniority, cap: { param: 'seniorityCap' } } },
      { seniorityCap: { '2022-01-01': 5000 } },
    );
    const plan = compileTermPay(policy, { from: '2021-01-01', to: '2022-12-31' });
    const c: Cadre = {
      name: '张某甲',
      appointments: [{ organization: '村民委员会', post: '委员', from: '2015-01-01' }],
    };
    const theirs = thrown(() => computeTermPay(c, policy, plan.period)).problems[0]!;
    expect(theirs.code).toBe('POLICY_PARAMETER_NO_VALUE');
    expect(thrown(() => plan.totals(c)).problems[0]).toEqual(theirs);
    expect(thrown(() => plan.totalsOf(readCadres([c]))).problems[0]).toEqual(theirs);
  });
});
