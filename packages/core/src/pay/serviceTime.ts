/**
 * Full years and months of service by integer date arithmetic (no date library per month).
 *
 * A year is complete on the same month and day (MM-DD compared as text), so someone appointed on 29 February
 * completes a year on 1 March in a common year (28 February is not yet the day) — the same rule as ages (周岁).
 */
import { ageOn, type IsoDate } from '../dates/calendar.js';

/** Full years from `start` to `date` (0 when `date` is before the first anniversary). */
export function fullYears(start: IsoDate, date: IsoDate): number {
  return Math.max(0, ageOn(start, date));
}

/** The date `years` years after `start`, written with the same MM-DD (it may be 29 February of a common year, which
 * compares correctly as text with `fullYears`). */
export function anniversary(start: IsoDate, years: number): IsoDate {
  return `${String(Number(start.slice(0, 4)) + years).padStart(4, '0')}${start.slice(4)}`;
}

/** Days in a month, 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
