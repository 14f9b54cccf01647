/**
 * Term pay totals at speed (任期报酬合计): a policy's pay section compiled once for a period into tables of the rates in
 * force in each month, so that a cadre's totals take a few runs of equal months instead of 60 explained lines.
 *
 * The totals are those of {@link computeTermPay} to the fen (a property test holds the two together); a cadre whose
 * service the columns do not cover (cumulative seniority across a break) is computed by `computeTermPay` itself.
 */
import {
  completedYears,
  dayNumberOf,
  daysInMonth,
  fromDayNumber,
  type IsoDate,
  parseDayNumber,
} from '../dates/calendar.js';
import { parameterOf, valueAt } from '../parameters/valueAt.js';
import { EDUCATION_LEVELS, educationRank, ORGANIZATIONS, POSTS } from '../schemas/vocabulary.js';
import { type CadreTable, NO_RATING, tableOfOne } from './cadreTable.js';
import { computeTermPay, noBasePay, type PayTotals, payPeriodOrThrow, payPolicyOf } from './computeTermPay.js';
import { prorate } from './money.js';
import { PAY_RATINGS, type PayPolicy, type PaySection } from './schema.js';

type Amount = PaySection['base'][number]['monthly'];
/** Rating classes: the four ratings, then "no rating". */
const RATING_CLASSES = NO_RATING + 1;
/** A seat's pay is kept per education rank: slots for "none" (−1) and every rank. */
const EDUCATION_SLOTS = EDUCATION_LEVELS.length + 1;
type Dated = { at(day: number): number; table: Float64Array };

/** Totals of every cadre of a table, in columns, and their sum. */
export interface TermPayColumns {
  readonly gross: Float64Array;
  readonly withheld: Float64Array;
  readonly performancePaid: Float64Array;
  readonly departure: Float64Array;
  readonly paid: Float64Array;
  readonly total: PayTotals;
}

/** A pay section compiled for a period. 已编译的报酬计算。 */
export interface TermPayPlan {
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  /**
   * The totals {@link computeTermPay} returns for one cadre, without the monthly lines.
   *
   * @throws HuanjieError for an invalid cadre, naming the field
   */
  totals(cadre: unknown): PayTotals;
  /** The totals of every cadre of a table read by `readCadres`. */
  totalsOf(table: CadreTable): TermPayColumns;
  /**
   * The totals of cadre `i` of a table, reporting each appointment's (or, for a cadre costed line by line, each
   * line's) monthly pay by post — for budgets. `onPost` must not cost another cadre with the same plan: the plan
   * keeps the cadre being costed in one place.
   */
  totalsAt(table: CadreTable, i: number, onPost?: (post: string, gross: number, withheld: number) => void): PayTotals;
}

/**
 * Compiles a policy's pay section for a period: the rates in force in every month, read once. 编译报酬计算。
 *
 * @param policy - a policy with a `pay` section
 * @param period - `{ from, to }`, ISO dates inclusive
 * @throws HuanjieError `POLICY_NO_PAY` or `PAY_PERIOD`
 * @example
 * ```ts
 * const plan = compileTermPay(examplePay2021, { from: '2021-11-01', to: '2026-10-31' });
 * plan.totals(cadre).gross // equal to computeTermPay(cadre, examplePay2021, plan.period).total.gross
 * plan.totalsOf(readCadres(cadres)).total.paid // a whole county's term
 * ```
 */
export function compileTermPay(
  policy: PayPolicy,
  period: { readonly from: IsoDate; readonly to: IsoDate },
): TermPayPlan {
  const pay = payPolicyOf(policy);
  payPeriodOrThrow(period);
  const periodFrom = parseDayNumber(period.from);
  const periodTo = parseDayNumber(period.to);
  const periodFromFirst = period.from.endsWith('-01');
  const periodToLast =
    Number(period.to.slice(8)) === daysInMonth(Number(period.to.slice(0, 4)), Number(period.to.slice(5, 7)));
  const firstYear = Number(period.from.slice(0, 4));
  const firstMonth = firstYear * 12 + Number(period.from.slice(5, 7)) - 1;
  const lastMonth = Number(period.to.slice(0, 4)) * 12 + Number(period.to.slice(5, 7)) - 1;
  const M = lastMonth - firstMonth + 1;
  const firstDay = new Float64Array(M + 1);
  const yearOffset = new Int32Array(M);
  for (let k = 0; k <= M; k++) {
    const mi = firstMonth + k;
    firstDay[k] = dayNumberOf(Math.floor(mi / 12), (mi % 12) + 1, 1);
    if (k < M) yearOffset[k] = Math.floor(mi / 12) - firstYear;
  }
  const years = yearOffset[M - 1]! + 1;

  // An amount's dated values, latest first; `at(day)` is the value in force (or valueAt's coded error when none is),
  // `table[k]` the value on the first of month k (NaN when none is).
  const amounts = new Map<Amount, Dated>();
  const dated = (a: Amount | undefined): Dated | undefined => {
    if (a === undefined) return undefined;
    let found = amounts.get(a);
    if (found) return found;
    let at = (_day: number) => a as number;
    if (typeof a !== 'number') {
      const parameter = parameterOf(policy, a.param);
      const values = Object.entries(parameter.values)
        .map(([since, value]) => ({ since: parseDayNumber(since), value: Number(value) }))
        .sort((x, y) => y.since - x.since);
      at = (day: number) => {
        for (const v of values) if (v.since <= day) return v.value;
        return Number(valueAt(parameter, fromDayNumber(day)).value); // throws POLICY_PARAMETER_NO_VALUE
      };
    }
    const table = new Float64Array(M);
    for (let k = 0; k < M; k++) {
      try {
        table[k] = at(firstDay[k]!);
      } catch {
        table[k] = Number.NaN; // no value that month: read again (and thrown) only if someone is paid then
      }
    }
    found = { at, table };
    amounts.set(a, found);
    return found;
  };
  const zeroTable = new Float64Array(M);

  const s = pay.seniority;
  const increments = Array.from({ length: RATING_CLASSES }, (_, r) =>
    dated(s ? ((r < NO_RATING ? s.byRating?.[PAY_RATINGS[r]!] : undefined) ?? s.increment) : undefined),
  );
  const incrementTables = increments.map((d) => d?.table ?? zeroTable);
  const cap = dated(s?.cap);
  const withheldPercent = dated(pay.performance?.withheldPercent);
  const payoutPercent = PAY_RATINGS.map((r) => dated(pay.performance?.payoutPercent[r]));
  const departurePerYear = dated(pay.departure?.perFullYear);
  // Percent of year y's withheld pay paid out for rating class r, at [y × RATING_CLASSES + r]: 0 without a rating,
  // a performance section or a payout within the period (after the annual review, in January); NaN with no value.
  const payoutTable = new Float64Array(years * RATING_CLASSES);
  for (let y = 0; y < years; y++) {
    if (`${firstYear + y + 1}-01-01` > period.to) continue;
    for (let r = 0; r < NO_RATING; r++) payoutTable[y * RATING_CLASSES + r] = payoutAt(payoutPercent[r], firstYear + y);
  }

  // A seat's fixed monthly pay per seat and education, made when first needed (seatPay).
  const seats: (SeatPay | undefined)[] = new Array(ORGANIZATIONS.length * POSTS.length * 2 * EDUCATION_SLOTS).fill(
    undefined,
  );

  // Runs of equal months start at the period's first month and every month in which an amount the policy names
  // changes (and at anniversaries, found as the months are walked).
  for (const b of pay.base) dated(b.monthly);
  for (const al of pay.allowances) dated(al.monthly);
  dated(pay.concurrentAllowance);
  const nextBreak = new Int32Array(M);
  {
    const tables = [...amounts.values()].map((x) => x.table);
    let next = M;
    for (let k = M - 1; k >= 0; k--) {
      nextBreak[k] = next;
      if (k === 0 || tables.some((t) => !Object.is(t[k], t[k - 1]))) next = k;
    }
  }
  // The months of each year of the period: year y is months yearFirst[y] … yearFirst[y + 1] − 1.
  const yearFirst = new Int32Array(years + 1);
  for (let y = 1; y <= years; y++) yearFirst[y] = Math.min(M, (firstYear + y) * 12 - firstMonth);
  const c: Compiled = {
    policy,
    period: { from: period.from, to: period.to },
    periodFrom,
    periodTo,
    periodFromFirst,
    periodToLast,
    firstYear,
    firstMonth,
    months: M,
    years,
    firstDay,
    yearOffset,
    yearFirst,
    nextBreak,
    increments,
    incrementTables,
    cap,
    withheldPercent,
    payoutPercent,
    departurePerYear,
    payoutTable,
    calendarDays: pay.proration === 'calendarDays',
    cumulative: s?.service === 'cumulative',
    nextJanuary: s?.takesEffect === 'nextJanuary',
    pay,
    dated,
    seats,
    counts: new Int32Array(RATING_CLASSES),
    withheldByYear: new Float64Array(years),
    paidYear: new Uint8Array(years),
    ratingClasses: new Uint8Array(0),
    ratedFrom: 0,
    ratedTo: 0,
    ratedBase: 0,
    runYear: 0,
    runMonth: 0,
    runDay: 0,
    served: 0,
    appointmentGross: 0,
    appointmentWithheld: 0,
  };
  return {
    period: c.period,
    totals: (cadre) => totalsAt(c, tableOfOne(cadre), 0, undefined),
    totalsOf: (table) => totalsOf(c, table),
    totalsAt: (table, i, onPost) => totalsAt(c, table, i, onPost),
  };
}

type OnPost = (post: string, gross: number, withheld: number) => void;

/** A seat's fixed monthly pay (base + 一肩挑 allowance + allowances) for one education, and its pieces. */
interface SeatPay {
  /** The amounts, for partial months (each prorated on its own, as the monthly lines are). */
  readonly pieces: readonly Dated[];
  /** Their sum on the first of each month of the period. */
  readonly table: Float64Array;
}

/**
 * A pay section compiled for a period, with room for the cadre being costed. Every plan has this one shape, so the
 * costing functions below (shared by all plans) stay optimized from one plan to the next.
 */
interface Compiled {
  readonly policy: PayPolicy;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  readonly periodFrom: number;
  readonly periodTo: number;
  readonly periodFromFirst: boolean;
  readonly periodToLast: boolean;
  readonly firstYear: number;
  /** Month index (year × 12 + month − 1) of the period's first month; months are counted from it as k = 0, 1, … */
  readonly firstMonth: number;
  readonly months: number;
  readonly years: number;
  /** Day number of the first of month k (and of the month after the period). */
  readonly firstDay: Float64Array;
  /** Year of month k, counted from the period's first year. */
  readonly yearOffset: Int32Array;
  /** First month of each year of the period: year y is months yearFirst[y] … yearFirst[y + 1] − 1. */
  readonly yearFirst: Int32Array;
  /** The next month after k in which a rate changes (or `months`). */
  readonly nextBreak: Int32Array;
  /** Seniority increment by rating class, and its value in each month. */
  readonly increments: readonly (Dated | undefined)[];
  readonly incrementTables: readonly Float64Array[];
  readonly cap: Dated | undefined;
  readonly withheldPercent: Dated | undefined;
  readonly payoutPercent: readonly (Dated | undefined)[];
  readonly departurePerYear: Dated | undefined;
  /** Percent of year y's withheld pay paid out for rating class r, at [y × RATING_CLASSES + r] (NaN: no value). */
  readonly payoutTable: Float64Array;
  readonly calendarDays: boolean;
  readonly cumulative: boolean;
  /** A full year's raise waits for the next 1 January (`seniority.takesEffect`). */
  readonly nextJanuary: boolean;
  readonly pay: PaySection;
  /** An amount's dated values, read once per plan. */
  readonly dated: (a: Amount | undefined) => Dated | undefined;
  /** A seat's fixed monthly pay at [seat × EDUCATION_SLOTS + education rank + 1], once `seatPay` has made it. */
  readonly seats: (SeatPay | undefined)[];

  // The cadre being costed, for its partial months: its ratings (the class of year y is `ratingClasses[ratedBase + y]`
  // when that index is in ratedFrom…ratedTo); the appointment's run of service, begun on runYear-runMonth-runDay,
  // with `served` full years counted so far, `counts` by the rating class of the year that earned each; withheld pay
  // by year (and whether the cadre was paid in it); the pay and withheld share of the appointment's partial months.
  readonly counts: Int32Array;
  readonly withheldByYear: Float64Array;
  readonly paidYear: Uint8Array;
  ratingClasses: Uint8Array;
  ratedFrom: number;
  ratedTo: number;
  ratedBase: number;
  runYear: number;
  runMonth: number;
  runDay: number;
  served: number;
  appointmentGross: number;
  appointmentWithheld: number;
}

/**
 * A seat's fixed monthly pay for one education, made once per plan: the base the policy gives the seat, the 一肩挑
 * allowance and the allowances that apply. A function of the module rather than of each plan, so that the costing
 * loop calls one function whatever the plan.
 */
function seatPay(c: Compiled, seat: number, education: number): SeatPay {
  const key = seat * EDUCATION_SLOTS + education + 1;
  let found = c.seats[key];
  if (found) return found;
  const pay = c.pay;
  const concurrent = seat % 2 === 1;
  const organization = ORGANIZATIONS[Math.floor(seat / 2 / POSTS.length)]!;
  const post = POSTS[Math.floor(seat / 2) % POSTS.length]!;
  const matches = (x: { organizations?: readonly string[]; posts?: readonly string[] }) =>
    (!x.organizations || x.organizations.includes(organization)) && (!x.posts || x.posts.includes(post));
  const entry = pay.base.find((b) => matches(b) && (b.concurrent === undefined || b.concurrent === concurrent));
  if (!entry) noBasePay(organization, post, concurrent);
  const parts: Amount[] = [entry.monthly];
  if (concurrent && entry.concurrent !== true && pay.concurrentAllowance !== undefined)
    parts.push(pay.concurrentAllowance);
  for (const al of pay.allowances) {
    if (matches(al) && (!al.educationAtLeast || (education >= 0 && education >= educationRank(al.educationAtLeast))))
      parts.push(al.monthly);
  }
  const pieces = parts.map((p) => c.dated(p) as Dated);
  const table = new Float64Array(c.months);
  for (const p of pieces) for (let k = 0; k < c.months; k++) table[k]! += p.table[k]!;
  found = { pieces, table };
  c.seats[key] = found;
  return found;
}

/** The payout percent of a year's review (on 31 December), NaN when it has no value then. */
function payoutAt(percent: Dated | undefined, year: number): number {
  try {
    return percent?.at(dayNumberOf(year, 12, 31)) ?? 0;
  } catch {
    return Number.NaN;
  }
}

/** The rating class at index `at` of a table's ratings, when it is within the cadre's from…to, else "no rating". */
function ratingClassAt(classes: Uint8Array, from: number, to: number, at: number): number {
  return at >= from && at < to ? classes[at]! : NO_RATING;
}

/** Counts the full years served up to `full`, each by the rating class of the year that earned it. */
function serveTo(c: Compiled, full: number): void {
  const { counts, ratingClasses, ratedFrom, ratedTo } = c;
  let served = c.served;
  for (let at = c.ratedBase + c.runYear + served; served < full; served++, at++)
    counts[ratingClassAt(ratingClasses, ratedFrom, ratedTo, at)]!++;
  c.served = served;
}

/** Seniority before the cap in month k: the full years counted by rating class, each at its increment then. */
function uncappedAt(counts: Int32Array, incrementTables: readonly Float64Array[], k: number): number {
  let uncapped = 0;
  for (let r = 0; r < RATING_CLASSES; r++) if (counts[r] !== 0) uncapped += counts[r]! * incrementTables[r]![k]!;
  return uncapped;
}

/** Totals of every cadre of a table, in columns. */
function totalsOf(c: Compiled, table: CadreTable): TermPayColumns {
  const n = table.length;
  const columns = {
    gross: new Float64Array(n),
    withheld: new Float64Array(n),
    performancePaid: new Float64Array(n),
    departure: new Float64Array(n),
    paid: new Float64Array(n),
  };
  const total = costCadres(c, table, 0, n, columns, undefined);
  return { ...columns, total };
}

/** The totals of cadre i, reporting each appointment's (or line's) monthly pay by post. */
function totalsAt(c: Compiled, table: CadreTable, i: number, onPost: OnPost | undefined): PayTotals {
  return costCadres(c, table, i, i + 1, undefined, onPost);
}

type Columns = Omit<TermPayColumns, 'total'>;

/**
 * Costs cadres first…end − 1 of a table into `columns` (when given) and returns the sum of their totals. The hot loop
 * of a budget: one function over the columns, so that they and the plan's tables are read into locals once. Whole
 * months go in pieces of equal pay that end at a change of rates, the next anniversary, the end of a calendar year
 * (for each year's withheld pay) or the end; a piece costs its line's pay times its months, and the line and its
 * withheld share are worked out again only where the rates or the seniority change. Partial months, and a cadre
 * costed line by line, leave the loop.
 */
function costCadres(
  c: Compiled,
  table: CadreTable,
  first: number,
  end: number,
  columns: Columns | undefined,
  onPost: OnPost | undefined,
): PayTotals {
  const { appointmentStart, seat: seats, from: froms, to: tos, fromMonth, fromFirst, toMonth, toLast } = table;
  const { runYear, runMonth, runDay, anniversary, education, ratingYear, ratingStart, ratingClass } = table;
  const { broken, departureYears } = table;
  const { years, months, firstMonth, firstYear, firstDay, periodFrom, periodTo, calendarDays, cumulative } = c;
  const nextJanuary = c.nextJanuary;
  const { withheldByYear, paidYear, counts, nextBreak, incrementTables, yearOffset, yearFirst, payoutTable } = c;
  const capTable = c.cap?.table;
  const percentTable = c.withheldPercent?.table;
  const departurePerYear = c.departurePerYear;
  c.ratingClasses = ratingClass;
  let sumGross = 0;
  let sumWithheld = 0;
  let sumPerformance = 0;
  let sumDeparture = 0;
  for (let i = first; i < end; i++) {
    let gross = 0;
    let withheld = 0;
    let performancePaid = 0;
    let departure = 0;
    if (cumulative && broken[i] === 1) {
      // Several runs added up, with the days left over: the line-by-line path.
      const explained = computeTermPay(table.cadres[i], c.policy, c.period);
      if (onPost) for (const line of explained.months) onPost(line.post, line.gross, line.withheld);
      ({ gross, withheld, performancePaid, departure } = explained.total);
    } else {
      const ratedFrom = ratingStart[i]!;
      const ratedTo = ratingStart[i + 1]!;
      const ratedBase = ratedFrom - ratingYear[i]!;
      c.ratedFrom = ratedFrom;
      c.ratedTo = ratedTo;
      c.ratedBase = ratedBase;
      for (let y = 0; y < years; y++) {
        withheldByYear[y] = 0;
        paidYear[y] = 0;
      }
      const edu = education[i]!;
      for (let a = appointmentStart[i]!; a < appointmentStart[i + 1]!; a++) {
        const from = froms[a]!;
        const to = tos[a]!;
        const start = from > periodFrom ? from : periodFrom;
        const last = to < periodTo ? to : periodTo;
        if (start > last) continue;
        const seat = c.seats[seats[a]! * EDUCATION_SLOTS + edu + 1] ?? seatPay(c, seats[a]!, edu);
        const kFirst = start === from ? fromMonth[a]! - firstMonth : 0;
        const kLast = last === to ? toMonth[a]! - firstMonth : months - 1;
        const startsOnFirst = start === from ? fromFirst[a] === 1 : c.periodFromFirst;
        const endsOnLast = last === to ? toLast[a] === 1 : c.periodToLast;
        for (let r = 0; r < RATING_CLASSES; r++) counts[r] = 0;
        c.runYear = runYear[a]!;
        c.runMonth = runMonth[a]!;
        c.runDay = runDay[a]!;
        c.served = 0;
        c.appointmentGross = 0;
        c.appointmentWithheld = 0;
        if (calendarDays && !startsOnFirst) {
          const mi = firstMonth + kFirst;
          const lastDay = kFirst === kLast ? last : firstDay[kFirst + 1]! - 1;
          const y = Math.floor(mi / 12);
          partialMonth(c, kFirst, seat, start, y, (mi % 12) + 1, start - firstDay[kFirst]! + 1, lastDay);
        }
        // 次月起薪 (wholeMonths): a month is paid in full when held on its first day, also the month it ends in.
        const wholeLast = calendarDays && !endsOnLast ? kLast - 1 : kLast;
        const wholeFirst = startsOnFirst ? kFirst : kFirst + 1;
        let appointmentGross = 0;
        let appointmentWithheld = 0;
        if (wholeFirst <= wholeLast) {
          // Anniversary n of the run falls in month `origin + 12n` (the first month whose 1st day is on or after it);
          // `next` is the first after wholeFirst, and the years before it are served.
          // With nextJanuary each anniversary's month moves on to the next January (month index 0 mod 12).
          const month = anniversary[a]!;
          const origin = (nextJanuary ? month + ((12 - (month % 12)) % 12) : month) - firstMonth;
          let next = origin + 12;
          if (wholeFirst >= origin) next = wholeFirst + 12 - ((wholeFirst - origin) % 12);
          const full = (next - origin) / 12 - 1;
          let served = c.served; // serveTo's count, over the locals
          for (let at = ratedBase + runYear[a]! + served; served < full; served++, at++)
            counts[ratingClassAt(ratingClass, ratedFrom, ratedTo, at)]!++;
          // Seniority before the cap: summed over the rating classes where rates change, else one increment added
          // at each anniversary.
          let uncapped = uncappedAt(counts, incrementTables, wholeFirst);
          const seatTable = seat.table;
          let y = yearOffset[wholeFirst]!;
          // Without a performance share nothing is kept by year: no piece ends at a year's end.
          let yearEnd = percentTable ? yearFirst[y + 1]! : months;
          let heldInYear = 0;
          let line = 0;
          let held = 0;
          for (let k = wholeFirst, changed = true; ; ) {
            if (changed) {
              let senior = uncapped;
              if (capTable) {
                const limit = capTable[k]!;
                if (limit < senior) senior = limit;
                else if (Number.isNaN(limit)) senior = limit; // no value: NaN, thrown below
              }
              line = seatTable[k]! + senior;
              const percent = percentTable ? percentTable[k]! : 0;
              if (Number.isNaN(line) || Number.isNaN(percent)) throwMissing(c, seat, k);
              held = percent === 0 ? 0 : prorate(line, percent, 100);
            }
            const nextChange = nextBreak[k]!; // the next month in which a rate changes
            let pieceEnd = nextChange < next ? nextChange : next;
            if (pieceEnd > yearEnd) pieceEnd = yearEnd;
            if (pieceEnd > wholeLast) pieceEnd = wholeLast + 1;
            appointmentGross += (pieceEnd - k) * line;
            heldInYear += (pieceEnd - k) * held;
            if (pieceEnd > wholeLast) break;
            k = pieceEnd;
            if (k === yearEnd) {
              withheldByYear[y]! += heldInYear;
              paidYear[y] = 1;
              appointmentWithheld += heldInYear;
              heldInYear = 0;
              y++;
              yearEnd = yearFirst[y + 1]!;
            }
            changed = nextChange === k;
            if (k === next) {
              const at = ratedBase + runYear[a]! + served;
              const earned = ratingClassAt(ratingClass, ratedFrom, ratedTo, at);
              counts[earned]!++;
              served++;
              next += 12;
              if (!changed) uncapped += incrementTables[earned]![k]!;
              changed = true;
            }
            if (nextChange === k) uncapped = uncappedAt(counts, incrementTables, k);
          }
          if (percentTable) {
            withheldByYear[y]! += heldInYear;
            paidYear[y] = 1;
            appointmentWithheld += heldInYear;
          }
          c.served = served;
        }
        if (calendarDays && !endsOnLast && (startsOnFirst || kFirst !== kLast)) {
          const mi = firstMonth + kLast;
          partialMonth(c, kLast, seat, firstDay[kLast]!, Math.floor(mi / 12), (mi % 12) + 1, 1, last);
        }
        appointmentGross += c.appointmentGross;
        appointmentWithheld += c.appointmentWithheld;
        gross += appointmentGross;
        onPost?.(POSTS[Math.floor(seats[a]! / 2) % POSTS.length]!, appointmentGross, appointmentWithheld);
      }

      for (let y = 0; y < years; y++) {
        withheld += withheldByYear[y]!;
        if (paidYear[y] === 0) continue;
        const at = ratedBase + firstYear + y;
        const rating = ratingClassAt(ratingClass, ratedFrom, ratedTo, at);
        const percent = payoutTable[y * RATING_CLASSES + rating]!;
        if (percent === 0) continue;
        if (Number.isNaN(percent)) c.payoutPercent[rating]?.at(dayNumberOf(firstYear + y, 12, 31)); // throws its error
        performancePaid += prorate(withheldByYear[y]!, percent, 100);
      }

      const lastTo = tos[appointmentStart[i + 1]! - 1]!;
      if (departurePerYear && departureYears[i]! >= 0 && lastTo >= periodFrom && lastTo <= periodTo)
        departure = departureYears[i]! * departurePerYear.at(lastTo);
    }
    const paid = gross - withheld + performancePaid + departure;
    if (columns) {
      columns.gross[i] = gross;
      columns.withheld[i] = withheld;
      columns.performancePaid[i] = performancePaid;
      columns.departure[i] = departure;
      columns.paid[i] = paid;
    }
    sumGross += gross;
    sumWithheld += withheld;
    sumPerformance += performancePaid;
    sumDeparture += departure;
  }
  return {
    gross: sumGross,
    withheld: sumWithheld,
    performancePaid: sumPerformance,
    departure: sumDeparture,
    paid: sumGross - sumWithheld + sumPerformance + sumDeparture,
  };
}

/** A partial month k (calendar days from `from` to `to`): every amount read on its first day and prorated on its own. */
function partialMonth(
  c: Compiled,
  k: number,
  seat: SeatPay,
  from: number,
  y: number,
  m: number,
  d: number,
  to: number,
): void {
  // nextJanuary: the years served by 1 January of the month's year.
  serveTo(
    c,
    c.nextJanuary
      ? completedYears(c.runYear, c.runMonth, c.runDay, y, 1, 1)
      : completedYears(c.runYear, c.runMonth, c.runDay, y, m, d),
  );
  const dim = daysInMonth(y, m);
  const days = to - from + 1;
  let senior = 0;
  for (let r = 0; r <= NO_RATING; r++) if (c.counts[r] !== 0) senior += c.counts[r]! * (c.increments[r]?.at(from) ?? 0);
  if (c.cap) {
    const limit = c.cap.at(from);
    if (limit < senior) senior = limit;
  }
  let gross = prorate(senior, days, dim);
  for (const piece of seat.pieces) gross += prorate(piece.at(from), days, dim);
  const withheld = c.withheldPercent ? prorate(gross, c.withheldPercent.at(from), 100) : 0;
  c.appointmentGross += gross;
  c.appointmentWithheld += withheld;
  c.withheldByYear[c.yearOffset[k]!]! += withheld;
  c.paidYear[c.yearOffset[k]!] = 1;
}

/** Reads the amounts of month k again, in computeTermPay's order, to throw the coded error of the one with no value. */
function throwMissing(c: Compiled, seat: SeatPay, k: number): never {
  const used = c.increments.filter((_, r) => c.counts[r] !== 0);
  for (const d of [...used, c.cap, ...seat.pieces, c.withheldPercent]) d?.at(c.firstDay[k]!);
  throw new Error(`compileTermPay: month ${k} has an amount with no value, yet every amount read has one`);
}
