/**
 * Term pay (任期报酬): every month of a period with its components, the performance share withheld and paid after the
 * annual review, the departure allowance, yearly and term totals, and the parameter values used. Integer fen
 * throughout: every total is the exact sum of its lines.
 */
import { daysInMonth, fromDayNumber, type IsoDate, isIsoDate, toDayNumber } from '../dates/calendar.js';
import type { UsedParameter } from '../eligibility/types.js';
import { parameterOf, valueAt } from '../parameters/valueAt.js';
import * as P from '../problems/codes.js';
import { HuanjieError, type ProblemArgs, type ProblemTemplate, problem } from '../problems/problem.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';
import { educationRank } from '../schemas/vocabulary.js';
import { prorate } from './money.js';
import { Cadre, type ParsedCadre, type PayPolicy, type PayRating, type PaySection } from './schema.js';
import { cumulativeFullYears, fullYears, serviceRuns } from './serviceTime.js';

type Amount = PaySection['base'][number]['monthly'];
type Appointment = ParsedCadre['appointments'][number];

/** One month's pay for one appointment (a month with a change of post has two lines). */
export interface PayLine {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly organization: string;
  readonly post: string;
  readonly concurrent: boolean;
  /** Days paid and days in the month (`wholeMonths`: all or none). */
  readonly days: number;
  readonly daysInMonth: number;
  readonly base: number;
  readonly seniority: number;
  /**
   * Full years served on the line's first day (with `takesEffect: 'nextJanuary'`, by 1 January of its year), from
   * which `seniority` comes.
   */
  readonly fullYears: number;
  readonly concurrentAllowance: number;
  readonly allowances: ReadonlyArray<{ readonly id: string; readonly fen: number }>;
  /** base + seniority + 一肩挑 + allowances. */
  readonly gross: number;
  /** Performance share held back this month. */
  readonly withheld: number;
  /** gross − withheld. */
  readonly paid: number;
}

/** A performance payout after a year's review, or one that waits for its rating. */
export interface PerformancePayout {
  readonly year: number;
  readonly rating: PayRating | null;
  readonly withheld: number;
  /** Paid in January of the next year: withheld × the rating's percent. `0` while the rating is missing. */
  readonly payout: number;
  /** `YYYY-MM` of payment, or `null` when it falls after the period or the rating is missing. */
  readonly paidIn: string | null;
}

export interface PayTotals {
  readonly gross: number;
  readonly withheld: number;
  readonly performancePaid: number;
  readonly departure: number;
  /** Monthly paid + performance paid + departure allowance. */
  readonly paid: number;
}

/** Term pay of one cadre. 任期报酬明细。 */
export interface TermPay {
  readonly months: readonly PayLine[];
  readonly performance: readonly PerformancePayout[];
  /** The departure allowance, when the last appointment ends within the period. */
  readonly departure: { readonly month: string; readonly fullYears: number; readonly fen: number } | null;
  readonly years: Readonly<Record<string, PayTotals>>;
  readonly total: PayTotals;
  /** Every parameter value used, with the date it took effect. */
  readonly parameters: readonly UsedParameter[];
}

function fail<T extends ProblemTemplate>(template: T, path: (string | number)[], params: ProblemArgs<T>): never {
  throw new HuanjieError([problem(template, params, { path })]);
}

/** The policy's pay section. @throws HuanjieError `POLICY_NO_PAY` */
export function payPolicyOf(policy: PayPolicy): PaySection {
  if (!policy.pay) fail(P.POLICY_NO_PAY, ['pay'], { policy: policy.name });
  return policy.pay;
}

/** @throws HuanjieError `PAY_PERIOD` unless the period is two dates, from not after to */
export function payPeriodOrThrow(period: { readonly from: IsoDate; readonly to: IsoDate }): void {
  if (!isIsoDate(period.from) || !isIsoDate(period.to) || period.to < period.from) {
    fail(P.PAY_PERIOD, ['period'], { from: String(period.from), to: String(period.to) });
  }
}

/** @throws HuanjieError `PAY_NO_BASE`: no base entry of the policy covers the seat */
export function noBasePay(organization: string, post: string, concurrent: boolean): never {
  const both = concurrent ? { zh: '（一肩挑）', en: ' (一肩挑)' } : '';
  fail(P.PAY_NO_BASE, ['pay', 'base'], { organization, post, concurrent: both });
}

const matches = (seat: { organizations?: readonly string[]; posts?: readonly string[] }, a: Appointment) =>
  (!seat.organizations || seat.organizations.includes(a.organization)) && (!seat.posts || seat.posts.includes(a.post));

/**
 * Computes a cadre's pay over a period under a policy's pay section. 计算任期报酬。
 *
 * Rates are read on each line's first day (a raise dated within a month applies from the next line); seniority adds
 * one increment per full year served, from the anniversary on (or, with `takesEffect: 'nextJanuary'`, from the
 * first 1 January on or after it), at the rate of the rating of the calendar year before
 * the anniversary (the latest review known then), or the plain increment when that year has no rating.
 *
 * @param cadre - appointments (in order, not overlapping) and annual ratings; validated first
 * @param policy - a policy with a `pay` section
 * @param period - `{ from, to }`, ISO dates inclusive
 * @returns monthly lines, performance payouts, departure allowance, totals per year and for the period, parameters used
 * @throws HuanjieError for an invalid cadre (naming the field), a policy without pay, a seat no base entry covers
 * @example
 * ```ts
 * computeTermPay({ name: '张某甲', appointments: [{ organization: '村民委员会', post: '委员', from: '2018-01-01' }] },
 *   examplePay2021, { from: '2021-01-01', to: '2021-12-31' }).months[0].gross // 376000 (3,700 + 3 × 20 yuan)
 * ```
 */
export function computeTermPay(
  cadre: unknown,
  policy: PayPolicy,
  period: { readonly from: IsoDate; readonly to: IsoDate },
): TermPay {
  const c = parseOrThrow(Cadre, cadre);
  const pay = payPolicyOf(policy);
  payPeriodOrThrow(period);
  // Dated values of each parameter read once, latest first: a month's lookup is a short scan, not a new object.
  const used = new Map<string, UsedParameter>();
  const dated = new Map<string, { since: IsoDate; value: number; seen: boolean }[]>();
  const amount = (a: Amount | undefined, on: IsoDate): number => {
    if (a === undefined) return 0;
    if (typeof a === 'number') return a;
    let values = dated.get(a.param);
    if (!values) {
      values = Object.entries(parameterOf(policy, a.param).values)
        .map(([since, value]) => ({ since, value: Number(value), seen: false }))
        .sort((x, y) => (x.since < y.since ? 1 : -1));
      dated.set(a.param, values);
    }
    const hit = values.find((v) => v.since <= on);
    if (!hit) return Number(valueAt(parameterOf(policy, a.param), on).value); // throws POLICY_PARAMETER_NO_VALUE
    if (!hit.seen) {
      hit.seen = true;
      used.set(`${a.param}@${hit.since}`, { id: a.param, value: hit.value, since: hit.since });
    }
    return hit.value;
  };

  // Seniority on a date: one increment per full year served before it, each at the rate of the rating of the calendar
  // year before that year's anniversary (the latest review known then), or the plain increment without a rating.
  // Continuous service counts the current unbroken run; cumulative adds up every run (breaks left out), the days left
  // over in each run making further years (in 366s) at the plain increment.
  const seniorityOn = (on: IsoDate): { years: number; fen: number } => {
    const s = pay.seniority;
    if (!s) return { years: 0, fen: 0 };
    const allRuns = serviceRuns(c.appointments, fromDayNumber(toDayNumber(on) - 1));
    // Continuous: only the run still going the day before (none on the first day back after a break).
    const current = allRuns.filter((r, i) => i === allRuns.length - 1 && toDayNumber(r.to) === toDayNumber(on) - 1);
    let runs = s.service === 'cumulative' ? allRuns : current;
    if (s.takesEffect === 'nextJanuary') {
      // 次年: the years are those served by 1 January of the date's year, each raise waiting for the next year.
      const january = `${on.slice(0, 4)}-01-01`;
      const lastCounted = fromDayNumber(toDayNumber(january) - 1);
      runs = runs
        .filter((r) => r.from < january)
        .map((r) => ({ from: r.from, to: r.to < january ? r.to : lastCounted }));
    }
    let years = 0;
    let fen = 0;
    for (const run of runs) {
      const y = fullYears(run.from, fromDayNumber(toDayNumber(run.to) + 1));
      const startYear = Number(run.from.slice(0, 4));
      for (let j = 1; j <= y; j++) {
        const rating = c.ratings[String(startYear + j - 1)];
        fen += amount((rating ? s.byRating?.[rating] : undefined) ?? s.increment, on);
      }
      years += y;
    }
    const extra = cumulativeFullYears(runs) - years;
    fen += extra * amount(s.increment, on);
    years += extra;
    const cap = s.cap === undefined ? undefined : amount(s.cap, on);
    return { years, fen: cap === undefined ? fen : Math.min(fen, cap) };
  };

  const months: PayLine[] = [];
  const withheldByYear = new Map<number, number>();
  const firstMonth = Number(period.from.slice(0, 4)) * 12 + Number(period.from.slice(5, 7)) - 1;
  const lastMonth = Number(period.to.slice(0, 4)) * 12 + Number(period.to.slice(5, 7)) - 1;
  for (let m = firstMonth; m <= lastMonth; m++) {
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    const dim = daysInMonth(year, month);
    const label = `${year}-${String(month).padStart(2, '0')}`;
    const monthFirst = `${label}-01`;
    const monthLast = `${label}-${String(dim).padStart(2, '0')}`;
    for (const a of c.appointments) {
      const start = [a.from, monthFirst, period.from].sort()[2] as IsoDate; // the latest
      const end = [a.to ?? monthLast, monthLast, period.to].sort()[0]!;
      if (start > end) continue;
      // wholeMonths (次月起薪): the month is paid in full when the appointment holds on its first day.
      const days =
        pay.proration === 'calendarDays'
          ? toDayNumber(end) - toDayNumber(start) + 1
          : a.from <= monthFirst && start === monthFirst
            ? dim
            : 0;
      if (days === 0) continue;
      const entry = pay.base.find(
        (b) => matches(b, a) && (b.concurrent === undefined || b.concurrent === a.concurrent),
      );
      if (!entry) noBasePay(a.organization, a.post, a.concurrent);
      const scale = (fen: number) => prorate(fen, days, dim);
      const seniority = seniorityOn(start);
      const base = scale(amount(entry.monthly, start));
      const concurrentAllowance =
        a.concurrent && entry.concurrent !== true ? scale(amount(pay.concurrentAllowance, start)) : 0;
      const allowances = pay.allowances
        .filter(
          (al) =>
            matches(al, a) &&
            (!al.educationAtLeast ||
              (c.education !== undefined && educationRank(c.education) >= educationRank(al.educationAtLeast))),
        )
        .map((al) => ({ id: al.id, fen: scale(amount(al.monthly, start)) }));
      const senior = scale(seniority.fen);
      const gross = base + senior + concurrentAllowance + allowances.reduce((s, x) => s + x.fen, 0);
      const withheld = pay.performance ? prorate(gross, amount(pay.performance.withheldPercent, start), 100) : 0;
      withheldByYear.set(year, (withheldByYear.get(year) ?? 0) + withheld);
      months.push({
        month: label,
        organization: a.organization,
        post: a.post,
        concurrent: a.concurrent,
        days,
        daysInMonth: dim,
        base,
        seniority: senior,
        fullYears: seniority.years,
        concurrentAllowance,
        allowances,
        gross,
        withheld,
        paid: gross - withheld,
      });
    }
  }

  const performance: PerformancePayout[] = [...withheldByYear]
    .filter(() => pay.performance !== undefined)
    .map(([year, withheld]) => {
      const rating = c.ratings[String(year)] ?? null;
      const payDate = `${year + 1}-01-01`;
      const payout =
        rating && pay.performance
          ? prorate(withheld, amount(pay.performance.payoutPercent[rating], `${year}-12-31`), 100)
          : 0;
      return { year, rating, withheld, payout, paidIn: rating && payDate <= period.to ? `${year + 1}-01` : null };
    });

  const lastAppointment = c.appointments[c.appointments.length - 1]!; // the schema requires one
  let departure: TermPay['departure'] = null;
  if (pay.departure && lastAppointment.to && lastAppointment.to >= period.from && lastAppointment.to <= period.to) {
    const years = cumulativeFullYears(serviceRuns(c.appointments, lastAppointment.to));
    departure = {
      month: lastAppointment.to.slice(0, 7),
      fullYears: years,
      fen: years * amount(pay.departure.perFullYear, lastAppointment.to),
    };
  }

  const zero = (): { gross: number; withheld: number; performancePaid: number; departure: number; paid: number } => ({
    gross: 0,
    withheld: 0,
    performancePaid: 0,
    departure: 0,
    paid: 0,
  });
  const years: Record<string, ReturnType<typeof zero>> = {};
  const total = zero();
  const add = (y: string, k: 'gross' | 'withheld' | 'performancePaid' | 'departure', fen: number, paid: number) => {
    years[y] ??= zero();
    years[y][k] += fen;
    years[y].paid += paid;
    total[k] += fen;
    total.paid += paid;
  };
  for (const line of months) {
    add(line.month.slice(0, 4), 'gross', line.gross, line.paid);
    add(line.month.slice(0, 4), 'withheld', line.withheld, 0);
  }
  for (const p of performance) if (p.paidIn) add(p.paidIn.slice(0, 4), 'performancePaid', p.payout, p.payout);
  if (departure) add(departure.month.slice(0, 4), 'departure', departure.fen, departure.fen);

  return {
    months,
    performance,
    departure,
    years,
    total,
    parameters: [...used.values()].sort((a, b) =>
      a.id === b.id ? (a.since < b.since ? -1 : 1) : a.id < b.id ? -1 : 1,
    ),
  };
}
