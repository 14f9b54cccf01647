/**
 * Cadres read once for pay (干部报酬数据表): validated and laid out in typed columns, so that one table can be costed
 * under many policies and periods (a budget and its variants) without reading the objects again.
 */
import { dayNumberOf, daysInMonth, parseDayNumber, partsOfDayNumber } from '../dates/calendar.js';
import { withPathPrefix } from '../problems/problem.js';
import { isName } from '../schemas/fields.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';
import { EDUCATION_LEVELS, educationRank, ORGANIZATIONS, POSTS, SEXES } from '../schemas/vocabulary.js';
import { Cadre, PAY_RATINGS } from './schema.js';
import { cumulativeFullYears, serviceRuns } from './serviceTime.js';

/** Rating classes in the columns: the four ratings (their index in `PAY_RATINGS`), then "no rating". */
export const NO_RATING = PAY_RATINGS.length;

/** Validated cadres in columns. 干部报酬数据表。 Build it with {@link readCadres}; the columns are read by the pay plan. */
export interface CadreTable {
  readonly length: number;
  /** The cadres as given (for names, villages and the rare cadre costed line by line). */
  readonly cadres: readonly unknown[];
  /** Appointments of cadre `i`: indexes `appointmentStart[i]` up to `appointmentStart[i + 1]`. */
  readonly appointmentStart: Int32Array;
  /** Per appointment: organization, post and 一肩挑 as one number (see {@link seatKey}). */
  readonly seat: Int32Array;
  /** Per appointment: first and last day (day numbers; `Infinity` while held). */
  readonly from: Float64Array;
  readonly to: Float64Array;
  /** Per appointment: the month index (year × 12 + month − 1) of its first day and whether that is the 1st; of its
   * last day and whether that is the month's last day (for an open appointment, 0). */
  readonly fromMonth: Int32Array;
  readonly fromFirst: Uint8Array;
  readonly toMonth: Int32Array;
  readonly toLast: Uint8Array;
  /** Per appointment: the first day of its unbroken run of service, as year, month and day. */
  readonly runYear: Int32Array;
  readonly runMonth: Int32Array;
  readonly runDay: Int32Array;
  /** Per appointment: the month index of the first month whose 1st day is on or after the run's first day; from
   * month `anniversary + 12n` on, a month's 1st day counts n full years of the run. */
  readonly anniversary: Int32Array;
  /** Per cadre: education rank, or −1. */
  readonly education: Int8Array;
  /** Per cadre: ratings of the years `ratingYear[i]` on, in `ratingClass` from `ratingStart[i]` to `ratingStart[i + 1]`. */
  readonly ratingYear: Int32Array;
  readonly ratingStart: Int32Array;
  readonly ratingClass: Uint8Array;
  /** Per cadre: 1 when service has a break (cumulative seniority then needs the line-by-line path). */
  readonly broken: Uint8Array;
  /** Per cadre: full years served when the last appointment ends (for the departure allowance), or −1 while held. */
  readonly departureYears: Int32Array;
}

/** The seat number of an organization, a post and 一肩挑. */
export const seatKey = (organization: number, post: number, concurrent: boolean): number =>
  (organization * POSTS.length + post) * 2 + (concurrent ? 1 : 0);

const CADRE_KEYS = new Set(['name', 'sex', 'birthDate', 'education', 'village', 'township', 'appointments', 'ratings']);
const APPOINTMENT_KEYS = new Set(['organization', 'post', 'concurrent', 'from', 'to']);
const ORG_INDEX = new Map<unknown, number>(ORGANIZATIONS.map((o, i) => [o, i]));
const POST_INDEX = new Map<unknown, number>(POSTS.map((p, i) => [p, i]));
const EDUCATION_INDEX = new Map<unknown, number>(EDUCATION_LEVELS.map((e) => [e, educationRank(e)]));
const RATING_INDEX = new Map<unknown, number>(PAY_RATINGS.map((r, i) => [r, i]));
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalName = (v: unknown) => v === undefined || (typeof v === 'string' && isName(v));

/** Four digits, as the ratings' year keys are written. */
const isYearKey = (key: string) =>
  key.length === 4 && [0, 1, 2, 3].every((i) => key.charCodeAt(i) >= 48 && key.charCodeAt(i) <= 57);

interface Read {
  seats: number[];
  from: number[];
  to: number[];
  fromText: string[];
  toText: (string | undefined)[];
  education: number;
  /** Rated years and their rating class. */
  ratedYears: number[];
  ratedClasses: number[];
}

/**
 * Reads a cadre without zod when it is plainly valid, or returns `undefined` (zod then reads it and names the
 * problem). Accepts exactly what the `Cadre` schema accepts that this reading covers.
 */
function quick(cadre: unknown): Read | undefined {
  if (!isPlainObject(cadre)) return undefined;
  for (const k in cadre) if (!CADRE_KEYS.has(k)) return undefined;
  const { name, sex, birthDate, education, village, township, appointments, ratings } = cadre;
  if (typeof name !== 'string' || !isName(name) || !optionalName(village) || !optionalName(township)) return undefined;
  if (sex !== undefined && !SEXES.includes(sex as never)) return undefined;
  if (birthDate !== undefined && (typeof birthDate !== 'string' || Number.isNaN(parseDayNumber(birthDate))))
    return undefined;
  const edu = education === undefined ? -1 : EDUCATION_INDEX.get(education);
  if (edu === undefined || !Array.isArray(appointments) || appointments.length === 0) return undefined;
  const read: Read = {
    seats: [],
    from: [],
    to: [],
    fromText: [],
    toText: [],
    education: edu,
    ratedYears: [],
    ratedClasses: [],
  };
  for (const a of appointments) {
    if (!isPlainObject(a)) return undefined;
    for (const k in a) if (!APPOINTMENT_KEYS.has(k)) return undefined;
    const org = ORG_INDEX.get(a.organization);
    const post = POST_INDEX.get(a.post);
    const concurrent = a.concurrent === undefined ? false : a.concurrent;
    if (org === undefined || post === undefined || typeof concurrent !== 'boolean') return undefined;
    if (typeof a.from !== 'string' || (a.to !== undefined && typeof a.to !== 'string')) return undefined;
    const from = parseDayNumber(a.from);
    const to = a.to === undefined ? Number.POSITIVE_INFINITY : parseDayNumber(a.to);
    const previous = read.to[read.to.length - 1];
    // Invalid, reversed or overlapping dates: zod names which.
    if (!(from <= to) || (previous !== undefined && !(previous < from))) return undefined;
    read.seats.push(seatKey(org, post, concurrent));
    read.from.push(from);
    read.to.push(to);
    read.fromText.push(a.from);
    read.toText.push(a.to as string | undefined);
  }
  if (ratings !== undefined) {
    if (!isPlainObject(ratings)) return undefined;
    for (const year in ratings) {
      const rating = RATING_INDEX.get(ratings[year]);
      if (!isYearKey(year) || rating === undefined) return undefined;
      // A rating belongs to a year with some service (zod says which year is outside).
      const y = Number(year);
      const first = dayNumberOf(y, 1, 1);
      const last = dayNumberOf(y, 12, 31);
      let served = false;
      for (let j = 0; j < read.from.length && !served; j++) served = read.from[j]! <= last && read.to[j]! >= first;
      if (!served) return undefined;
      read.ratedYears.push(y);
      read.ratedClasses.push(rating);
    }
  }
  return read;
}

/**
 * Validates cadres and lays them out in columns for {@link compileTermPay}'s `totalsOf`. 读取干部报酬数据。
 *
 * @param cadres - cadre records (`Cadre`)
 * @returns the table
 * @throws HuanjieError naming the cadre's index and the field, with the problems `computeTermPay` reports
 * @example
 * ```ts
 * const table = readCadres(cadres);
 * compileTermPay(examplePay2021, { from: '2021-11-01', to: '2026-10-31' }).totalsOf(table).total.paid
 * ```
 */
export function readCadres(cadres: readonly unknown[]): CadreTable {
  // Name the cadre: the same problems, their paths led by the cadre's index.
  const reads = cadres.map((cadre, index) => withPathPrefix([index], () => readCadre(cadre)));
  return layOut(cadres, reads);
}

/** One cadre as a table of one (problems name the field, not an index). */
export function tableOfOne(cadre: unknown): CadreTable {
  return layOut([cadre], [readCadre(cadre)]);
}

function readCadre(cadre: unknown): Read {
  return quick(cadre) ?? (quick(parseOrThrow(Cadre, cadre)) as Read); // the schema's output is plainly valid
}

function layOut(cadres: readonly unknown[], reads: readonly Read[]): CadreTable {
  const n = reads.length;
  const appointments = reads.reduce((s, r) => s + r.from.length, 0);
  const table = {
    length: n,
    cadres,
    appointmentStart: new Int32Array(n + 1),
    seat: new Int32Array(appointments),
    from: new Float64Array(appointments),
    to: new Float64Array(appointments),
    fromMonth: new Int32Array(appointments),
    fromFirst: new Uint8Array(appointments),
    toMonth: new Int32Array(appointments),
    toLast: new Uint8Array(appointments),
    runYear: new Int32Array(appointments),
    runMonth: new Int32Array(appointments),
    runDay: new Int32Array(appointments),
    anniversary: new Int32Array(appointments),
    education: new Int8Array(n),
    ratingYear: new Int32Array(n),
    ratingStart: new Int32Array(n + 1),
    ratingClass: new Uint8Array(0),
    broken: new Uint8Array(n),
    departureYears: new Int32Array(n),
  };
  let classes = new Uint8Array(1024);
  let size = 0;
  let ap = 0;
  reads.forEach((r, i) => {
    table.appointmentStart[i] = ap;
    table.education[i] = r.education;
    let runFrom = r.from[0]!;
    for (let j = 0; j < r.from.length; j++, ap++) {
      if (j > 0 && r.from[j]! - r.to[j - 1]! !== 1) {
        runFrom = r.from[j]!;
        table.broken[i] = 1;
      }
      const run = partsOfDayNumber(runFrom);
      table.seat[ap] = r.seats[j]!;
      table.from[ap] = r.from[j]!;
      table.to[ap] = r.to[j]!;
      const from = partsOfDayNumber(r.from[j]!);
      table.fromMonth[ap] = from.year * 12 + from.month - 1;
      table.fromFirst[ap] = from.day === 1 ? 1 : 0;
      if (r.to[j] !== Number.POSITIVE_INFINITY) {
        const to = partsOfDayNumber(r.to[j]!);
        table.toMonth[ap] = to.year * 12 + to.month - 1;
        table.toLast[ap] = to.day === daysInMonth(to.year, to.month) ? 1 : 0;
      }
      table.runYear[ap] = run.year;
      table.runMonth[ap] = run.month;
      table.runDay[ap] = run.day;
      table.anniversary[ap] = run.year * 12 + run.month - 1 + (run.day === 1 ? 0 : 1);
    }
    // Ratings of every year from the first year served to the last rated one (NO_RATING where none is given).
    const firstYear = partsOfDayNumber(r.from[0]!).year;
    let lastYear = firstYear - 1;
    for (const y of r.ratedYears) if (y > lastYear) lastYear = y;
    table.ratingYear[i] = firstYear;
    table.ratingStart[i] = size;
    if (size + lastYear - firstYear + 1 > classes.length) {
      const grown = new Uint8Array(2 * (size + lastYear - firstYear + 1));
      grown.set(classes);
      classes = grown;
    }
    classes.fill(NO_RATING, size, size + lastYear - firstYear + 1);
    r.ratedYears.forEach((y, j) => {
      classes[size + y - firstYear] = r.ratedClasses[j]!;
    });
    size += lastYear - firstYear + 1;
    const lastTo = r.toText[r.toText.length - 1];
    table.departureYears[i] =
      lastTo === undefined
        ? -1
        : cumulativeFullYears(
            serviceRuns(
              r.fromText.map((from, j) => ({ from, to: r.toText[j] })),
              lastTo,
            ),
          );
  });
  table.appointmentStart[n] = ap;
  table.ratingStart[n] = size;
  table.ratingClass = classes.slice(0, size);
  return table;
}
