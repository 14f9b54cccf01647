/**
 * Instants as ISO date-times with an offset (`2021-09-01T09:30:00+08:00`): parsed to epoch milliseconds and written
 * back in a given offset, with UTC arithmetic only, so results are the same in every time zone.
 */

import { dayNumberOf, daysInMonth } from './calendar.js';

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The two digits at `i` as a number, `NaN` when either is not a digit. */
function twoDigits(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/**
 * The epoch milliseconds of `YYYY-MM-DDTHH:MM:SS±HH:MM` — the shape every journal event is written in — read digit
 * by digit with integer arithmetic, or `NaN` when the text has another shape or a field out of range (then the
 * general reading below decides). A replay reads hundreds of thousands of instants, and the pattern with `Date.parse`
 * and a `Date` costs a hundred times more. Where it gives an answer it is the general reading's (property-tested).
 */
function canonicalInstantMs(text: string): number {
  if (
    text.length !== 25 ||
    text.charCodeAt(4) !== 45 || // -
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 || // T
    text.charCodeAt(13) !== 58 || // :
    text.charCodeAt(16) !== 58 ||
    text.charCodeAt(22) !== 58
  )
    return Number.NaN;
  const sign = text.charCodeAt(19);
  if (sign !== 43 && sign !== 45) return Number.NaN; // + or -
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hours = twoDigits(text, 11);
  const minutes = twoDigits(text, 14);
  const seconds = twoDigits(text, 17);
  const offsetHours = twoDigits(text, 20);
  const offsetMinutes = twoDigits(text, 23);
  // Comparisons with NaN are false: a non-digit anywhere fails here. Year 0, 24:00 and offsets past ±23:59 are
  // left to the general reading.
  if (
    !(year >= 1 && month >= 1 && month <= 12 && day >= 1 && hours <= 23 && minutes <= 59 && seconds <= 59) ||
    !(offsetHours <= 23 && offsetMinutes <= 59) ||
    day > daysInMonth(year, month)
  )
    return Number.NaN;
  const offset = (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  return dayNumberOf(year, month, day) * 86_400_000 + ((hours * 60 + minutes) * 60 + seconds) * 1000 - offset * 60_000;
}

/** Epoch milliseconds and offset (minutes east of UTC) of an ISO date-time with an offset, or `undefined`. */
export function parseInstant(text: unknown): { ms: number; offset: number } | undefined {
  if (typeof text !== 'string') return undefined;
  const fast = canonicalInstantMs(text);
  if (!Number.isNaN(fast)) {
    return {
      ms: fast,
      offset: (text.charCodeAt(19) === 45 ? -1 : 1) * (twoDigits(text, 20) * 60 + twoDigits(text, 23)),
    };
  }
  const m = INSTANT.exec(text);
  if (!m) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  // Date.parse rolls over impossible days (02-30): check that the fields survive the round trip.
  const zone = m[7]!; // the pattern requires it
  const offset =
    zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const local = new Date(ms + offset * 60_000);
  if (
    local.getUTCFullYear() !== Number(m[1]) ||
    local.getUTCMonth() + 1 !== Number(m[2]) ||
    local.getUTCDate() !== Number(m[3])
  )
    return undefined;
  return { ms, offset };
}

/**
 * The epoch milliseconds of an instant, `NaN` when the text is not one: {@link parseInstant}'s `ms` without the
 * object, for the hot loops that read every event's instant.
 *
 * @example
 * ```ts
 * instantMs('2021-10-20T09:30:00+08:00') // 1634693400000
 * instantMs('2021-02-30T09:30:00+08:00') // NaN
 * ```
 */
export function instantMs(text: unknown): number {
  if (typeof text !== 'string') return Number.NaN;
  const fast = canonicalInstantMs(text);
  return !Number.isNaN(fast) ? fast : (parseInstant(text)?.ms ?? Number.NaN);
}

/** Writes epoch milliseconds as `YYYY-MM-DDTHH:MM:SS±HH:MM` in the given offset. */
export function formatInstant(ms: number, offset: number): string {
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/**
 * China Standard Time, minutes east of UTC: the whole country keeps one clock (UTC+8, no daylight saving since 1991),
 * so the day an event happened on is its day in this offset, wherever the computer is.
 */
export const CHINA_STANDARD_TIME = 480;

/** The calendar date of an instant (epoch milliseconds) in an offset (default China Standard Time). */
export function dateOfInstant(ms: number, offset: number = CHINA_STANDARD_TIME): string {
  return new Date(ms + offset * 60_000).toISOString().slice(0, 10);
}

/** The last millisecond of a calendar date in an offset (default China Standard Time). */
export function endOfDate(date: string, offset: number = CHINA_STANDARD_TIME): number {
  return Date.parse(`${date}T00:00:00Z`) + 86_400_000 - offset * 60_000 - 1;
}

/**
 * Whether a text is an instant: an ISO date-time with its offset on a day that exists.
 *
 * @example
 * ```ts
 * isInstant('2021-09-01T09:30:00+08:00') // true
 * isInstant('2021-09-01') // false: a date, not an instant
 * ```
 */
export function isInstant(text: unknown): boolean {
  return parseInstant(text) !== undefined;
}
