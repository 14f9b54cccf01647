import {
  budgetTermPay,
  type Cadre,
  computeTermPay,
  examplePay2021,
  examplePay2021Spec,
  extendPolicy,
  formatYuan,
  fromDayNumber,
  livingAllowanceEligibility,
  nationalBaseline,
  toDayNumber,
} from '@huanjie/core';
import { differenceInYears } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onLocalCalendar } from '../../../../test/support/localCalendar.js';
import { cumulativePay, withPay } from '../../../../test/support/payPolicies.js';
import { thrown } from '../../../../test/support/thrown.js';
import { cumulativeFullYears } from './serviceTime.js';

const member = (over: Partial<Cadre> = {}): Cadre => ({
  name: '张某甲',
  appointments: [{ organization: '村民委员会', post: '委员', from: '2018-01-01' }],
  ...over,
});
const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
const cumulative = cumulativePay;
const line = (pay: ReturnType<typeof computeTermPay>, month: string) => pay.months.find((l) => l.month === month);

/** The example policy reading "次年" as the next 1 January (seed 001's other reading). */
const nextJanuary = withPay('next-january', {
  ...examplePay2021Spec.pay,
  seniority: { ...examplePay2021Spec.pay.seniority, takesEffect: 'nextJanuary' },
});

describe('seniority timing: "每任职满1年，次年月报酬给予增加" (seed 001, 兴义市)', () => {
  // The first month paid the first year's raise, for someone appointed on `from` (no ratings: the plain 20 yuan).
  const firstRaised = (policy: typeof examplePay2021, from: string) => {
    const c = member({ appointments: [{ organization: '村民委员会', post: '委员', from }] });
    const lines = computeTermPay(c, policy, { from, to: '2023-12-31' }).months;
    const raised = lines.find((l) => l.seniority > 0);
    expect(raised?.seniority).toBe(2000);
    return raised?.month;
  };

  it.each([
    // appointed, anniversary reading (today's default), next-1-January reading
    ['2020-01-01', '2021-01', '2021-01'], // anniversary on 1 January: both readings raise that very month
    ['2020-01-15', '2021-02', '2022-01'], // anniversary in January, mid-month
    ['2020-06-01', '2021-06', '2022-01'], // anniversary on the 1st of a month
    ['2020-12-01', '2021-12', '2022-01'], // anniversary on 1 December
    ['2020-12-31', '2022-01', '2022-01'], // anniversary on 31 December: the next month is January anyway
  ])('appointed %s: raised from %s (anniversary) or %s (next 1 January)', (from, anniversary, january) => {
    expect(firstRaised(examplePay2021, from)).toBe(anniversary);
    expect(firstRaised(nextJanuary, from)).toBe(january);
  });

  it('counts the years served by 1 January through a whole term, 优秀 years at 30', () => {
    const c = member({
      appointments: [{ organization: '村民委员会', post: '委员', from: '2019-06-01' }],
      ratings: { 2019: '优秀', 2020: '称职', 2021: '优秀' },
    });
    const pay = computeTermPay(c, nextJanuary, { from: '2021-01-01', to: '2023-12-31' });
    // 2021: one year (completed 2020-06-01, rated by 2019's 优秀); 2022: two; 2023: three.
    expect(line(pay, '2021-12')).toMatchObject({ fullYears: 1, seniority: 3000 });
    expect(line(pay, '2022-01')).toMatchObject({ fullYears: 2, seniority: 5000 });
    expect(line(pay, '2022-06')).toMatchObject({ fullYears: 2, seniority: 5000 });
    expect(line(pay, '2023-01')).toMatchObject({ fullYears: 3, seniority: 8000 });
    // Under the default reading the third year is paid from June 2022.
    expect(line(computeTermPay(c, examplePay2021, year(2022)), '2022-06')).toMatchObject({ fullYears: 3 });
  });

  it('keeps counting from 1 January after a change of post, and starts afresh after a break (continuous)', () => {
    const c = member({
      appointments: [
        { organization: '村民委员会', post: '委员', from: '2019-03-10', to: '2021-04-30' },
        { organization: '村民委员会', post: '主任', from: '2021-05-01', to: '2022-02-28' },
        { organization: '村民委员会', post: '委员', from: '2022-06-01' },
      ],
    });
    const pay = computeTermPay(c, nextJanuary, { from: '2021-01-01', to: '2023-12-31' });
    expect(line(pay, '2021-05')).toMatchObject({ post: '主任', fullYears: 1 });
    expect(line(pay, '2022-01')).toMatchObject({ fullYears: 2 });
    // Back after a break on 2022-06-01: nothing counted until a year served by a 1 January (2024).
    expect(line(pay, '2023-12')).toMatchObject({ fullYears: 0, seniority: 0 });
  });
});

describe('formatYuan', () => {
  it('prints fen as reports and pay slips do', () => {
    expect(formatYuan(376000)).toBe('¥3,760.00');
    expect(formatYuan(376000, { style: 'suffix' })).toBe('3760.00元');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(-123456789)).toBe('-¥1,234,567.89');
    expect(thrown(() => formatYuan(3760.5)).code).toBe('MONEY_NOT_FEN');
  });
});

describe('computeTermPay (seed 001: 3,700 a month, 一肩挑 4,460, +20–30 per full year)', () => {
  it('raises 3,700 to 3,760 after three full years at 20', () => {
    const pay = computeTermPay(
      member({ ratings: { 2018: '称职', 2019: '称职', 2020: '称职' } }),
      examplePay2021,
      year(2021),
    );
    expect(line(pay, '2021-01')).toMatchObject({ base: 370000, seniority: 6000, fullYears: 3, gross: 376000 });
    expect(formatYuan(line(pay, '2021-06')?.gross ?? 0)).toBe('¥3,760.00');
  });

  it('pays 一肩挑 its own base of 4,460', () => {
    const secretary = member({
      appointments: [{ organization: '党组织', post: '书记', concurrent: true, from: '2021-01-01' }],
    });
    expect(line(computeTermPay(secretary, examplePay2021, year(2021)), '2021-03')).toMatchObject({
      base: 446000,
      seniority: 0,
      gross: 446000,
    });
  });

  it('applies a raise from its date, mid-term', () => {
    const pay = computeTermPay(member(), examplePay2021, { from: '2020-12-01', to: '2021-01-31' });
    expect(line(pay, '2020-12')).toMatchObject({ base: 300000, seniority: 4000 });
    expect(line(pay, '2021-01')).toMatchObject({ base: 370000, seniority: 6000 });
    expect(pay.parameters.filter((p) => p.id === 'baseRegular')).toEqual([
      { id: 'baseRegular', value: 300000, since: '2018-01-01' },
      { id: 'baseRegular', value: 370000, since: '2021-01-01' },
    ]);
  });

  it('prorates a partial first month by calendar days, or pays from the next month (次月起薪)', () => {
    const elected = member({ appointments: [{ organization: '村民委员会', post: '委员', from: '2021-10-28' }] });
    const byDays = computeTermPay(elected, examplePay2021, { from: '2021-10-01', to: '2021-11-30' });
    // 3,700 × 4/31 = 477.419… → ¥477.42
    expect(line(byDays, '2021-10')).toMatchObject({ days: 4, daysInMonth: 31, base: 47742 });
    expect(line(byDays, '2021-11')?.base).toBe(370000);
    const nextMonth = withPay('next-month', { ...examplePay2021Spec.pay, proration: 'wholeMonths' });
    const whole = computeTermPay(elected, nextMonth, { from: '2021-10-01', to: '2021-11-30' });
    expect(whole.months.map((l) => [l.month, l.base])).toEqual([['2021-11', 370000]]);
  });

  it('raises by the rating of the year before each anniversary: 30 for 优秀, 0 for 不称职', () => {
    const pay = computeTermPay(
      member({ ratings: { 2018: '优秀', 2019: '不称职', 2020: '称职' } }),
      examplePay2021,
      year(2021),
    );
    expect(line(pay, '2021-01')?.seniority).toBe(3000 + 0 + 2000);
  });

  it('counts service across a break only when the policy says cumulative', () => {
    const broken = member({
      appointments: [
        { organization: '村民委员会', post: '委员', from: '2016-01-01', to: '2018-12-31' },
        { organization: '村民委员会', post: '主任', from: '2020-01-01' },
      ],
    });
    expect(line(computeTermPay(broken, examplePay2021, year(2021)), '2021-06')).toMatchObject({
      fullYears: 1,
      seniority: 2000,
    });
    // 2016–2018 (3 years) + 2020 → 2021-06 (1 year 5 months): 4 full years.
    expect(line(computeTermPay(broken, cumulative, year(2021)), '2021-06')).toMatchObject({
      fullYears: 4,
      seniority: 8000,
    });
  });

  it('withholds the performance share monthly and pays it in January by the rating', () => {
    const pay = computeTermPay(
      member({ ratings: { 2018: '称职', 2019: '称职', 2020: '称职', 2021: '优秀' } }),
      examplePay2021,
      { from: '2021-01-01', to: '2022-01-31' },
    );
    const y2021 = pay.performance.find((p) => p.year === 2021);
    expect(y2021).toMatchObject({
      rating: '优秀',
      withheld: 12 * 75200,
      payout: (12 * 75200 * 120) / 100,
      paidIn: '2022-01',
    });
    expect(line(pay, '2021-05')).toMatchObject({ gross: 376000, withheld: 75200, paid: 300800 });
    // 2022's share waits for 2022's rating.
    expect(pay.performance.find((p) => p.year === 2022)).toMatchObject({ rating: null, payout: 0, paidIn: null });
  });

  it('pays a departure allowance per full year when the last appointment ends', () => {
    const leaving = member({
      appointments: [{ organization: '村民委员会', post: '委员', from: '2016-10-28', to: '2021-10-27' }],
    });
    const pay = computeTermPay(leaving, examplePay2021, year(2021));
    // 2016-10-28 … 2021-10-27 is one five-year term: 5 × ¥500.
    expect(pay.departure).toEqual({ month: '2021-10', fullYears: 5, fen: 250000 });
    expect(pay.total.departure).toBe(250000);
  });

  it('rejects overlapping or reversed appointments and ratings outside the service, naming the field', () => {
    const overlap = member({
      appointments: [
        { organization: '村民委员会', post: '委员', from: '2018-01-01', to: '2019-12-31' },
        { organization: '村民委员会', post: '主任', from: '2019-06-01' },
      ],
    });
    expect(thrown(() => computeTermPay(overlap, examplePay2021, year(2021))).problems[0]).toMatchObject({
      code: 'APPOINTMENTS_OVERLAP',
      path: ['appointments', 1, 'from'],
    });
    const reversed = member({
      appointments: [{ organization: '村民委员会', post: '委员', from: '2019-01-01', to: '2018-01-01' }],
    });
    expect(thrown(() => computeTermPay(reversed, examplePay2021, year(2021))).problems[0]!.code).toBe(
      'PERIOD_REVERSED',
    );
    expect(
      thrown(() => computeTermPay(member({ ratings: { 2015: '优秀' } }), examplePay2021, year(2021))).problems[0],
    ).toMatchObject({ code: 'RATING_OUTSIDE_SERVICE', path: ['ratings', '2015'] });
    expect(thrown(() => computeTermPay(member(), nationalBaseline, year(2021))).code).toBe('POLICY_NO_PAY');
  });

  it('rejects a policy with negative or fractional money', () => {
    const overlay = (value: number) => ({
      id: 'bad-pay',
      extends: 'example-pay-2021',
      name: { zh: '错', en: 'Bad' },
      jurisdiction: '某县',
      parameters: { baseRegular: { values: { '2022-01-01': value } } },
    });
    expect(thrown(() => extendPolicy(examplePay2021, overlay(-100))).code).toBe('POLICY_PARAMETER_VALUE');
    expect(thrown(() => extendPolicy(examplePay2021, overlay(3700.5))).code).toBe('POLICY_PARAMETER_VALUE');
    const greedy = {
      id: 'greedy',
      extends: 'example-pay-2021',
      name: { zh: '错', en: 'Bad' },
      jurisdiction: '某县',
      parameters: { withheldPercent: { values: { '2022-01-01': 150 } } },
    };
    expect(thrown(() => extendPolicy(examplePay2021, greedy)).problems[0]!.path).toEqual([
      'parameters',
      'withheldPercent',
      'values',
      '2022-01-01',
    ]);
  });

  it('always sums its lines exactly to the totals, with no NaN (property)', () => {
    const day = fc.integer({ min: 17532, max: 19723 }); // 2018-01-01 … 2023-12-31 as day numbers
    const cadre = fc
      .tuple(
        day,
        fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
        fc.boolean(),
        fc.constantFrom('优秀', '称职', '基本称职', '不称职'),
      )
      .map(([start, length, concurrent, rating]) => {
        const from = new Date(start * 86400000).toISOString().slice(0, 10);
        const to = length === undefined ? undefined : new Date((start + length) * 86400000).toISOString().slice(0, 10);
        const seat = concurrent
          ? ({ organization: '党组织', post: '书记', concurrent: true } as const)
          : ({ organization: '村民委员会', post: '委员' } as const);
        const years = Array.from(
          { length: Number((to ?? '2023').slice(0, 4)) - Number(from.slice(0, 4)) + 1 },
          (_, i) => Number(from.slice(0, 4)) + i,
        );
        return member({
          appointments: [{ ...seat, from, ...(to ? { to } : {}) }],
          ratings: Object.fromEntries(years.map((y) => [y, rating])),
          education: '大专',
        });
      });
    fc.assert(
      fc.property(cadre, (c) => {
        const pay = computeTermPay(c, examplePay2021, { from: '2018-01-01', to: '2023-12-31' });
        const sum = (f: (l: (typeof pay.months)[number]) => number) => pay.months.reduce((s, l) => s + f(l), 0);
        for (const l of pay.months) {
          expect(Number.isInteger(l.gross)).toBe(true);
          expect(l.gross).toBe(
            l.base + l.seniority + l.concurrentAllowance + l.allowances.reduce((s, a) => s + a.fen, 0),
          );
          expect(l.paid).toBe(l.gross - l.withheld);
        }
        expect(pay.total.gross).toBe(sum((l) => l.gross));
        expect(pay.total.paid).toBe(sum((l) => l.paid) + pay.total.performancePaid + pay.total.departure);
        expect(Object.values(pay.years).reduce((s, y) => s + y.paid, 0)).toBe(pay.total.paid);
      }),
    );
  });

  it('counts full years as date-fns does, and someone appointed on 29 February completes a year on 1 March', () => {
    const leap = member({ appointments: [{ organization: '村民委员会', post: '委员', from: '2020-02-29' }] });
    const pay = computeTermPay(leap, examplePay2021, { from: '2021-02-01', to: '2021-03-31' });
    expect(line(pay, '2021-02')?.fullYears).toBe(0);
    expect(line(pay, '2021-03')?.fullYears).toBe(1);
    expect(differenceInYears(new Date(2021, 2, 1), new Date(2020, 1, 29))).toBe(1);
    expect(differenceInYears(new Date(2021, 1, 28), new Date(2020, 1, 29))).toBe(0);
  });
});

describe('livingAllowanceEligibility (parameterized example: 2 consecutive terms or 6 years, 3 terms or 9 years; men 60, women 55)', () => {
  const asOf = '2021-10-28';
  const terms = (n: number, gap = 0) =>
    Array.from({ length: n }, (_, i) => ({
      organization: '村民委员会' as const,
      post: '委员' as const,
      from: `${2006 + i * (5 + gap)}-10-28`,
      to: `${2011 + i * (5 + gap)}-10-27`,
    }));

  it('grants it after two consecutive terms at 60 for a man, and says why not otherwise', () => {
    const man = { name: '王某丙', sex: 'male', birthDate: '1960-01-01', appointments: terms(2) } as const;
    expect(livingAllowanceEligibility(man, examplePay2021, { asOf })).toMatchObject({
      eligible: true,
      consecutiveTerms: 2,
      consecutiveYears: 10,
      age: 61,
    });
    const young = { ...man, birthDate: '1965-01-01' };
    expect(livingAllowanceEligibility(young, examplePay2021, { asOf }).reasons.map((r) => r.zh)).toEqual([
      '年龄56周岁，未满60周岁',
    ]);
    const woman = { ...young, sex: 'female' } as const;
    expect(livingAllowanceEligibility(woman, examplePay2021, { asOf }).eligible).toBe(true);
  });

  it('is for cadres who have left', () => {
    const sitting = {
      name: '赵某丁',
      sex: 'male',
      birthDate: '1950-01-01',
      appointments: [{ organization: '村民委员会', post: '主任', from: '2006-10-28' }],
    } as const;
    expect(livingAllowanceEligibility(sitting, examplePay2021, { asOf }).reasons.map((r) => r.zh)).toEqual([
      '仍在任，离任后方可领取',
    ]);
  });

  it('counts terms with breaks as terms in total, not consecutive', () => {
    const broken = { name: '李某乙', sex: 'male', birthDate: '1950-01-01', appointments: terms(2, 1) } as const;
    const r = livingAllowanceEligibility(broken, examplePay2021, { asOf });
    expect(r).toMatchObject({
      consecutiveTerms: 1,
      consecutiveYears: 5,
      totalTerms: 2,
      totalYears: 10,
      eligible: true,
    });
    const one = { ...broken, appointments: terms(1) };
    expect(livingAllowanceEligibility(one, examplePay2021, { asOf }).reasons[0]!.zh).toBe(
      '任职不足：连续1届/5年，累计1届/5年',
    );
  });
});

describe('review fixes', () => {
  it('counts a change of post as unbroken service', () => {
    const split = member({
      appointments: [
        { organization: '村民委员会', post: '委员', from: '2018-10-28', to: '2019-03-31' },
        { organization: '村民委员会', post: '主任', from: '2019-04-01', to: '2021-10-27' },
      ],
    });
    expect(computeTermPay(split, examplePay2021, year(2021)).departure).toEqual({
      month: '2021-10',
      fullYears: 3,
      fen: 150000,
    });
  });

  it('takes cumulative ratings from years actually served, and rejects a rating for a year of a break', () => {
    const broken = [
      { organization: '村民委员会', post: '委员', from: '2016-01-01', to: '2018-12-31' },
      { organization: '村民委员会', post: '主任', from: '2020-01-01' },
    ] as const;
    // Years 2016, 2017, 2018 and 2020 served: 优秀 in 2020 counts (30), the rest 称职 (20).
    const c = member({
      appointments: [...broken],
      ratings: { 2016: '称职', 2017: '称职', 2018: '称职', 2020: '优秀' },
    });
    expect(line(computeTermPay(c, cumulative, year(2021)), '2021-06')).toMatchObject({
      fullYears: 4,
      seniority: 3 * 2000 + 3000,
    });
    expect(
      thrown(() =>
        computeTermPay(member({ appointments: [...broken], ratings: { 2019: '优秀' } }), cumulative, year(2021)),
      ).problems[0]!.code,
    ).toBe('RATING_OUTSIDE_SERVICE');
  });

  it('starts continuous seniority again after a break, from the first day back', () => {
    const back = member({
      appointments: [
        { organization: '村民委员会', post: '委员', from: '2012-01-01', to: '2017-12-31' },
        { organization: '村民委员会', post: '委员', from: '2019-03-15' },
      ],
    });
    const pay = computeTermPay(back, examplePay2021, { from: '2019-01-01', to: '2020-12-31' });
    expect(line(pay, '2019-03')).toMatchObject({ fullYears: 0, seniority: 0 });
    expect(line(pay, '2020-03')).toMatchObject({ fullYears: 0, seniority: 0 });
    expect(line(pay, '2020-04')).toMatchObject({ fullYears: 1, seniority: 2000 });
  });

  it('lists no performance payouts when the policy withholds nothing', () => {
    const plain = withPay('plain', { ...examplePay2021Spec.pay, performance: undefined });
    expect(computeTermPay(member(), plain, year(2021)).performance).toEqual([]);
  });
});

describe('service time by integer arithmetic', () => {
  it('counts the full years of a period as date-fns does, leap days included (property)', () => {
    const day = fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2040-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6000 }), (start, length) => {
        const from = fromDayNumber(start);
        const to = fromDayNumber(start + length);
        // date-fns reads the local calendar, where a day may not exist (Pacific/Kiritimati has no 1994-12-31).
        fc.pre(onLocalCalendar(from) && onLocalCalendar(fromDayNumber(start + length + 1)));
        const dayAfter = new Date(`${fromDayNumber(start + length + 1)}T00:00:00`);
        expect(cumulativeFullYears([{ from, to }])).toBe(differenceInYears(dayAfter, new Date(`${from}T00:00:00`)));
      }),
    );
  });
});

describe('budgetTermPay', () => {
  it('totals a term by village, township and post, the same as the cadres one by one', () => {
    const cadres = [
      { ...member(), village: '坡头村', township: '青石镇' },
      {
        ...member({ appointments: [{ organization: '党组织', post: '书记', concurrent: true, from: '2021-11-01' }] }),
        village: '坡头村',
        township: '青石镇',
      },
      { ...member(), name: '李某乙', village: '沙坝村', township: '白云乡' },
    ];
    const period = { from: '2021-11-01', to: '2026-10-31' };
    const b = budgetTermPay(cadres, examplePay2021, period);
    const each = cadres.map((c) => computeTermPay(c, examplePay2021, period).total.paid);
    expect(b.total.paid).toBe(each.reduce((s, x) => s + x, 0));
    expect(b.byVillage.坡头村!.paid).toBe(each[0]! + each[1]!);
    expect(b.byTownship.白云乡!.paid).toBe(each[2]);
    expect(Object.values(b.byPost).reduce((s, t) => s + t.paid, 0)).toBe(b.total.paid);
    expect(
      thrown(() => budgetTermPay([cadres[0], { name: 'x', appointments: [] }], examplePay2021, period)).problems[0]!
        .path?.[0],
    ).toBe(1);
  });

  it('names the cadre whose seat the policy pays nothing for, and takes no null for 一肩挑', () => {
    const committeeOnly = withPay('committee-only', {
      ...examplePay2021Spec.pay,
      base: [{ organizations: ['村民委员会'], monthly: { param: 'baseRegular' } }],
    });
    const secretary = member({ appointments: [{ organization: '党组织', post: '书记', from: '2021-11-01' }] });
    const period = { from: '2021-11-01', to: '2026-10-31' };
    const e = thrown(() => budgetTermPay([member(), secretary], committeeOnly, period));
    expect(e.code).toBe('PAY_NO_BASE');
    expect(e.problems[0]!.path?.[0]).toBe(1);
    const withNull = { ...member(), appointments: [{ ...member().appointments[0], concurrent: null }] };
    expect(thrown(() => budgetTermPay([withNull], examplePay2021, period)).problems[0]!.path).toEqual([
      0,
      'appointments',
      0,
      'concurrent',
    ]);
  });
});
