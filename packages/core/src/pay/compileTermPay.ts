/**
 * Term pay totals at speed (任期报酬合计): a policy's pay section compiled once for a period into tables of the rates in
 * force in each month, so that a cadre's totals take a few runs of equal months instead of 60 explained lines.
 *
 * The totals are those of {@link computeTermPay} to the fen (a property test holds the two together); a cadre whose
 * service the columns do not cover (cumulative seniority across a break) is computed by `computeTermPay` itself.
 */
import { dayNumberOf, daysInMonth, fromDayNumber, type IsoDate, parseDayNumber } from '../dates/calendar.js';
import type { Policy } from '../policy/policy.js';
import { valueAt } from '../policy/valueAt.js';
import { educationRank, ORGANIZATIONS, POSTS } from '../schemas/vocabulary.js';
import { type CadreTable, NO_RATING, tableOfOne } from './cadreTable.js';
import { computeTermPay, noBasePay, type PayTotals, payPeriodOrThrow, payPolicyOf } from './computeTermPay.js';
import { prorate } from './money.js';
import { PAY_RATINGS, type PaySection } from './schema.js';

type Amount = PaySection['base'][number]['monthly'];
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
export function compileTermPay(policy: Policy, period: { readonly from: IsoDate; readonly to: IsoDate }): TermPayPlan {
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
  const years = yearOffset[M - 1] + 1;

  // An amount's dated values, latest first; `at(day)` is the value in force (or valueAt's coded error when none is),
  // `table[k]` the value on the first of month k (NaN when none is).
  const amounts = new Map<Amount, Dated>();
  const dated = (a: Amount | undefined): Dated | undefined => {
    if (a === undefined) return undefined;
    let found = amounts.get(a);
    if (found) return found;
    let at = (_day: number) => a as number;
    if (typeof a !== 'number') {
      const parameter = policy.parameters[a.param];
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
        table[k] = at(firstDay[k]);
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
  const increments = Array.from({ length: NO_RATING + 1 }, (_, r) =>
    dated(s ? ((r < NO_RATING ? s.byRating?.[PAY_RATINGS[r]] : undefined) ?? s.increment) : undefined),
  );
  const incrementTables = increments.map((d) => d?.table ?? zeroTable);
  const cap = dated(s?.cap);
  const withheldPercent = dated(pay.performance?.withheldPercent);
  const payoutPercent = PAY_RATINGS.map((r) => dated(pay.performance?.payoutPercent[r]));
  const departurePerYear = dated(pay.departure?.perFullYear);
  const performance = pay.performance !== undefined;
  const payoutAllowed = Uint8Array.from({ length: years }, (_, y) =>
    `${firstYear + y + 1}-01-01` <= period.to ? 1 : 0,
  );

  // A seat's fixed monthly pay per seat and education, made when first needed.
  const seats: (SeatPay | undefined)[] = new Array(ORGANIZATIONS.length * POSTS.length * 2 * 16).fill(undefined);
  const seatPay = (seat: number, education: number): SeatPay => {
    const key = seat * 16 + education + 1;
    let found = seats[key];
    if (found) return found;
    const concurrent = seat % 2 === 1;
    const organization = ORGANIZATIONS[Math.floor(seat / 2 / POSTS.length)];
    const post = POSTS[Math.floor(seat / 2) % POSTS.length];
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
    const pieces = parts.map((p) => dated(p) as Dated);
    const table = new Float64Array(M);
    for (const p of pieces) for (let k = 0; k < M; k++) table[k] += p.table[k];
    found = { pieces, table };
    seats[key] = found;
    return found;
  };

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
    performance,
    payoutAllowed,
    calendarDays: pay.proration === 'calendarDays',
    cumulative: s?.service === 'cumulative',
    seatPay,
    payoutCache: new Float64Array(years * PAY_RATINGS.length).fill(-1),
    counts: new Int32Array(NO_RATING + 1),
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
    gross: 0,
    withheld: 0,
    performancePaid: 0,
    departure: 0,
  };
  const totalsAt = (table: CadreTable, i: number, onPost?: OnPost): PayTotals => {
    cost(c, table, i, onPost);
    return {
      gross: c.gross,
      withheld: c.withheld,
      performancePaid: c.performancePaid,
      departure: c.departure,
      paid: c.gross - c.withheld + c.performancePaid + c.departure,
    };
  };
  return {
    period: c.period,
    totals: (cadre) => totalsAt(tableOfOne(cadre), 0),
    totalsOf: (table) => totalsOf(c, table),
    totalsAt,
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
  readonly policy: Policy;
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
  readonly performance: boolean;
  /** Whether year y's withheld pay is paid out within the period (after its annual review). */
  readonly payoutAllowed: Uint8Array;
  readonly calendarDays: boolean;
  readonly cumulative: boolean;
  readonly seatPay: (seat: number, education: number) => SeatPay;
  /** Payout percent by year and rating, read once (−1: not yet). */
  readonly payoutCache: Float64Array;

  // The cadre being costed: its ratings (the class of year y is `ratingClasses[ratedBase + y]` when that index is in
  // ratedFrom…ratedTo); the appointment's run of service, begun on runYear-runMonth-runDay, with `served` full years
  // counted so far, `counts` by the rating class of the year that earned each; withheld pay by year.
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
  // Its totals.
  gross: number;
  withheld: number;
  performancePaid: number;
  departure: number;
}

function ratingClassOf(c: Compiled, year: number): number {
  const at = c.ratedBase + year;
  return at >= c.ratedFrom && at < c.ratedTo ? c.ratingClasses[at] : NO_RATING;
}

/** Counts the full years served up to `full`, each by the rating class of the year that earned it. */
function serveTo(c: Compiled, full: number): void {
  for (; c.served < full; c.served++) c.counts[ratingClassOf(c, c.runYear + c.served)]++;
}

/** Totals of every cadre of a table, in columns. */
function totalsOf(c: Compiled, table: CadreTable): TermPayColumns {
  const n = table.length;
  const gross = new Float64Array(n);
  const withheld = new Float64Array(n);
  const performancePaid = new Float64Array(n);
  const departure = new Float64Array(n);
  const paid = new Float64Array(n);
  const total = { gross: 0, withheld: 0, performancePaid: 0, departure: 0, paid: 0 };
  for (let i = 0; i < n; i++) {
    cost(c, table, i);
    gross[i] = c.gross;
    withheld[i] = c.withheld;
    performancePaid[i] = c.performancePaid;
    departure[i] = c.departure;
    paid[i] = c.gross - c.withheld + c.performancePaid + c.departure;
    total.gross += c.gross;
    total.withheld += c.withheld;
    total.performancePaid += c.performancePaid;
    total.departure += c.departure;
    total.paid += paid[i];
  }
  return { gross, withheld, performancePaid, departure, paid, total };
}

/** Costs cadre i of a table into `c.gross`, `c.withheld`, `c.performancePaid` and `c.departure`. */
function cost(c: Compiled, table: CadreTable, i: number, onPost?: OnPost): void {
  if (c.cumulative && table.broken[i] === 1) {
    // Several runs added up, with the days left over: the line-by-line path.
    const explained = computeTermPay(table.cadres[i], c.policy, c.period);
    for (const line of explained.months) onPost?.(line.post, line.gross, line.withheld);
    c.gross = explained.total.gross;
    c.withheld = explained.total.withheld;
    c.performancePaid = explained.total.performancePaid;
    c.departure = explained.total.departure;
    return;
  }
  const { years, firstMonth, firstDay, periodFrom, periodTo, withheldByYear, paidYear, counts } = c;
  c.ratingClasses = table.ratingClass;
  c.ratedFrom = table.ratingStart[i];
  c.ratedTo = table.ratingStart[i + 1];
  c.ratedBase = c.ratedFrom - table.ratingYear[i];
  for (let y = 0; y < years; y++) {
    withheldByYear[y] = 0;
    paidYear[y] = 0;
  }
  let gross = 0;
  const education = table.education[i];
  for (let a = table.appointmentStart[i]; a < table.appointmentStart[i + 1]; a++) {
    const from = table.from[a];
    const to = table.to[a];
    const start = from > periodFrom ? from : periodFrom;
    const end = to < periodTo ? to : periodTo;
    if (start > end) continue;
    const seat = c.seatPay(table.seat[a], education);
    c.runYear = table.runYear[a];
    c.runMonth = table.runMonth[a];
    c.runDay = table.runDay[a];
    c.served = 0;
    for (let r = 0; r <= NO_RATING; r++) counts[r] = 0;
    c.appointmentGross = 0;
    c.appointmentWithheld = 0;
    const kFirst = start === from ? table.fromMonth[a] - firstMonth : 0;
    const kLast = end === to ? table.toMonth[a] - firstMonth : c.months - 1;
    const startsOnFirst = start === from ? table.fromFirst[a] === 1 : c.periodFromFirst;
    const endsOnLast = end === to ? table.toLast[a] === 1 : c.periodToLast;
    if (c.calendarDays && !startsOnFirst) {
      const mi = firstMonth + kFirst;
      const y = Math.floor(mi / 12);
      const m = (mi % 12) + 1;
      const last = kFirst === kLast ? end : firstDay[kFirst + 1] - 1;
      partialMonth(c, kFirst, seat, start, y, m, start - firstDay[kFirst] + 1, last);
    }
    // 次月起薪 (wholeMonths): a month is paid in full when held on its first day, also the month it ends in.
    const wholeLast = c.calendarDays && !endsOnLast ? kLast - 1 : kLast;
    const wholeFirst = startsOnFirst ? kFirst : kFirst + 1;
    if (wholeFirst <= wholeLast) wholeMonths(c, seat, wholeFirst, wholeLast);
    if (c.calendarDays && !endsOnLast && (startsOnFirst || kFirst !== kLast)) {
      const mi = firstMonth + kLast;
      partialMonth(c, kLast, seat, firstDay[kLast], Math.floor(mi / 12), (mi % 12) + 1, 1, end);
    }
    gross += c.appointmentGross;
    onPost?.(POSTS[Math.floor(table.seat[a] / 2) % POSTS.length], c.appointmentGross, c.appointmentWithheld);
  }

  let withheld = 0;
  let performancePaid = 0;
  for (let y = 0; y < years; y++) {
    withheld += withheldByYear[y];
    if (!c.performance || paidYear[y] === 0 || c.payoutAllowed[y] === 0) continue;
    const rating = ratingClassOf(c, c.firstYear + y);
    if (rating === NO_RATING) continue;
    const slot = y * PAY_RATINGS.length + rating;
    if (c.payoutCache[slot] < 0)
      c.payoutCache[slot] = c.payoutPercent[rating]?.at(dayNumberOf(c.firstYear + y, 12, 31)) ?? 0;
    performancePaid += prorate(withheldByYear[y], c.payoutCache[slot], 100);
  }

  let departure = 0;
  const lastTo = table.to[table.appointmentStart[i + 1] - 1];
  if (c.departurePerYear && table.departureYears[i] >= 0 && lastTo >= periodFrom && lastTo <= periodTo) {
    departure = table.departureYears[i] * c.departurePerYear.at(lastTo);
  }
  c.gross = gross;
  c.withheld = withheld;
  c.performancePaid = performancePaid;
  c.departure = departure;
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
  serveTo(c, y - c.runYear - (m < c.runMonth || (m === c.runMonth && d < c.runDay) ? 1 : 0));
  const dim = daysInMonth(y, m);
  const days = to - from + 1;
  let senior = 0;
  for (let r = 0; r <= NO_RATING; r++) if (c.counts[r] !== 0) senior += c.counts[r] * (c.increments[r]?.at(from) ?? 0);
  if (c.cap) {
    const limit = c.cap.at(from);
    if (limit < senior) senior = limit;
  }
  let gross = prorate(senior, days, dim);
  for (const piece of seat.pieces) gross += prorate(piece.at(from), days, dim);
  const withheld = c.withheldPercent ? prorate(gross, c.withheldPercent.at(from), 100) : 0;
  c.appointmentGross += gross;
  c.appointmentWithheld += withheld;
  c.withheldByYear[c.yearOffset[k]] += withheld;
  c.paidYear[c.yearOffset[k]] = 1;
}

/**
 * Whole months first…last of an appointment, in runs of equal pay (to a change of rates, the next anniversary or
 * the end): the hot loop of a budget, each run costing one line's pay times its months.
 */
function wholeMonths(c: Compiled, seat: SeatPay, first: number, last: number): void {
  const { nextBreak, incrementTables, counts, yearOffset, yearFirst, withheldByYear, paidYear } = c;
  const capTable = c.cap?.table;
  const percentTable = c.withheldPercent?.table;
  const seatTable = seat.table;
  // Anniversary n of the run falls in month `start + 12n` (the first month whose 1st day is on or after it).
  const start = c.runYear * 12 + c.runMonth - 1 + (c.runDay === 1 ? 0 : 1) - c.firstMonth;
  let next = first < start ? start + 12 : first + 12 - ((((first - start) % 12) + 12) % 12);
  serveTo(c, (next - start) / 12 - 1);
  let gross = 0;
  let withheld = 0;
  // Seniority before the cap: summed over the rating classes where rates change, else one increment added at each
  // anniversary.
  let uncapped = 0;
  for (let k = first, recount = true; k <= last; ) {
    let end = nextBreak[k] - 1;
    if (end > last) end = last;
    if (end >= next) end = next - 1;
    if (recount) {
      uncapped = 0;
      for (let r = 0; r <= NO_RATING; r++) if (counts[r] !== 0) uncapped += counts[r] * incrementTables[r][k];
    }
    let senior = uncapped;
    if (capTable) {
      const limit = capTable[k];
      if (limit < senior) senior = limit;
      else if (Number.isNaN(limit)) senior = limit; // no value: NaN, thrown below
    }
    const line = seatTable[k] + senior;
    const percent = percentTable ? percentTable[k] : 0;
    if (Number.isNaN(line) || Number.isNaN(percent)) {
      // An amount read this month has no value: read them again, in computeTermPay's order, to throw its coded error.
      const used = c.increments.filter((_, r) => counts[r] !== 0);
      for (const d of [...used, c.cap, ...seat.pieces, c.withheldPercent]) d?.at(c.firstDay[k]);
    }
    const held = percent === 0 ? 0 : prorate(line, percent, 100);
    const months = end - k + 1;
    gross += months * line;
    withheld += months * held;
    if (percentTable) {
      let y = yearOffset[k];
      if (y === yearOffset[end]) {
        withheldByYear[y] += months * held;
        paidYear[y] = 1;
      } else {
        for (let from = k; from <= end; y++, from = yearFirst[y]) {
          const to = yearFirst[y + 1] - 1 < end ? yearFirst[y + 1] - 1 : end;
          withheldByYear[y] += (to - from + 1) * held;
          paidYear[y] = 1;
        }
      }
    }
    recount = nextBreak[end] === end + 1; // rates change in the next month
    k = end + 1;
    if (k === next && k <= last) {
      const earned = ratingClassOf(c, c.runYear + c.served);
      counts[earned]++;
      c.served++;
      next += 12;
      if (!recount) uncapped += incrementTables[earned][k];
    }
  }
  c.appointmentGross += gross;
  c.appointmentWithheld += withheld;
}
