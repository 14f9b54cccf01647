/**
 * Calendar dates as ISO strings (`'2021-10-28'`) and the integer arithmetic on them.
 *
 * Dates in huanjie are calendar dates, not instants: no `Date` object and no time zone is involved, so every
 * result is the same in Beijing, Los Angeles and Kiritimati. All of it is integer y/m/d arithmetic (a few ns):
 * date-fns builds local `Date`s, whose days depend on the machine's zone (Kiribati skipped 1994-12-31, so date-fns'
 * `isExists(1994, 11, 31)` is false there), so date-fns serves as the oracle the property tests compare against.
 */

/** A calendar date written `YYYY-MM-DD`. 日期。 */
export type IsoDate = string;

/** Year, month (1–12) and day of a calendar date. */
export interface CalendarParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Splits an ISO date into its parts, or returns `undefined` when the text is not `YYYY-MM-DD` or the day does not
 * exist (`'2021-02-29'`).
 *
 * @param text - the date text
 * @returns the parts, or `undefined`
 * @example
 * ```ts
 * parseIsoDate('2021-10-28') // { year: 2021, month: 10, day: 28 }
 * parseIsoDate('2021-02-29') // undefined
 * ```
 */
export function parseIsoDate(text: string): CalendarParts | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  return partsIfExists(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Returns the parts when that day exists in the proleptic Gregorian calendar (years 1–9999). */
export function partsIfExists(year: number, month: number, day: number): CalendarParts | undefined {
  // Pure arithmetic, not a local Date: 1994-12-31 exists everywhere, though Kiribati's clocks skipped it.
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  return day <= daysInMonth(year, month) ? { year, month, day } : undefined;
}

/**
 * Writes parts as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * formatIsoDate({ year: 1980, month: 1, day: 2 }) // '1980-01-02'
 * ```
 */
export function formatIsoDate(parts: CalendarParts): IsoDate {
  return `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

/** `true` when `text` is an existing date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/**
 * Orders two ISO dates: negative when `a` is earlier, 0 when equal, positive when later. ISO dates sort as text,
 * so this is a plain string comparison.
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Age in whole years on `asOf` of someone born on `birthDate` (周岁). A year is complete on the same month and day,
 * so a person born on 29 February turns a year older on 1 March in common years (see {@link anniversaryOn}; the same
 * rule on integer parts is {@link completedYears}). Both dates must be valid ISO dates (not checked here: this is a
 * hot path).
 *
 * @param birthDate - ISO birth date
 * @param asOf - ISO date on which the age is judged
 * @returns whole years, negative when `asOf` is before the birth
 * @example
 * ```ts
 * ageOn('1980-10-29', '2021-10-28') // 40
 * ageOn('1980-10-28', '2021-10-28') // 41
 * ```
 */
export function ageOn(birthDate: IsoDate, asOf: IsoDate): number {
  const years = Number(asOf.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // MM-DD compares correctly as text.
  return asOf.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * Whole years completed on `year-month-day` since `startYear-startMonth-startDay`: {@link ageOn} for dates held as
 * integer parts (no strings, no allocation), for loops that have them. A year is complete on the same month and day
 * (so from 29 February, on 1 March of a common year).
 *
 * @returns whole years, negative when the date is before the start
 * @example
 * ```ts
 * completedYears(2020, 2, 29, 2021, 2, 28) // 0
 * completedYears(2020, 2, 29, 2021, 3, 1) // 1
 * ```
 */
export function completedYears(
  startYear: number,
  startMonth: number,
  startDay: number,
  year: number,
  month: number,
  day: number,
): number {
  return year - startYear - (month < startMonth || (month === startMonth && day < startDay) ? 1 : 0);
}

/**
 * The day on which the `years`th anniversary of `start` falls (周年): the same month and day `years` years later, or
 * 1 March when `start` is 29 February and that year is a common year. The year counted from `start` — an age (周岁),
 * a year of service, a five-year term — is complete on this day, as {@link ageOn} and {@link completedYears} count:
 * `ageOn(start, anniversaryOn(start, n))` is `n`, and on the day before it is `n − 1`.
 *
 * @param start - ISO date the years are counted from (a birth, an appointment, the start of a term)
 * @param years - how many years later (may be negative)
 * @returns the ISO date of that anniversary
 * @example
 * ```ts
 * anniversaryOn('2016-10-28', 5) // '2021-10-28'
 * anniversaryOn('2020-02-29', 1) // '2021-03-01'
 * anniversaryOn('2020-02-29', 4) // '2024-02-29'
 * ```
 */
export function anniversaryOn(start: IsoDate, years: number): IsoDate {
  const year = Number(start.slice(0, 4)) + years;
  const month = Number(start.slice(5, 7));
  const day = Number(start.slice(8, 10));
  return formatIsoDate(day > daysInMonth(year, month) ? { year, month: 3, day: 1 } : { year, month, day });
}

/**
 * Days since 1970-01-01 of an ISO date (negative before), by integer arithmetic in the proleptic Gregorian calendar
 * (H. Hinnant's `days_from_civil`). Differences of day numbers are day counts.
 *
 * @example
 * ```ts
 * toDayNumber('1970-01-02') // 1
 * toDayNumber('2021-10-28') - toDayNumber('2021-10-01') // 27
 * ```
 */
export function toDayNumber(date: IsoDate): number {
  return dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The day number of a year, month (1–12) and day, as {@link toDayNumber}. */
export function dayNumberOf(year: number, m: number, d: number): number {
  let y = year;
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The ISO date of a day number (the inverse of {@link toDayNumber}).
 *
 * @example
 * ```ts
 * fromDayNumber(0) // '1970-01-01'
 * ```
 */
export function fromDayNumber(days: number): IsoDate {
  return formatIsoDate(partsOfDayNumber(days));
}

/** The year, month and day of a day number (the inverse of {@link dayNumberOf}). */
export function partsOfDayNumber(days: number): CalendarParts {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days in a month (1–12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const digit = (text: string, i: number) => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};

/**
 * The day number of an ISO date, or `NaN` when the text is not an existing date `YYYY-MM-DD` — the same dates
 * {@link isIsoDate} accepts, read without a regular expression or a `Date` (a hot-path check).
 *
 * @example
 * ```ts
 * parseDayNumber('1970-01-02') // 1
 * parseDayNumber('2021-02-29') // NaN
 * ```
 */
export function parseDayNumber(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const y = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const m = digit(text, 5) * 10 + digit(text, 6);
  const d = digit(text, 8) * 10 + digit(text, 9);
  if (!(y >= 1 && m >= 1 && m <= 12 && d >= 1) || d > daysInMonth(y, m)) return Number.NaN;
  return dayNumberOf(y, m, d);
}
