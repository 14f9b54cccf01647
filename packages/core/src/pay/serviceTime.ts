/**
 * Full years and months of service by integer date arithmetic (no date library per month).
 *
 * A year is complete on the same month and day, so someone appointed on 29 February completes a year on 1 March in a
 * common year — the rule of ages (周岁), stated once in `dates/calendar.ts` (`ageOn`, `anniversaryOn`).
 */
import { ageOn, anniversaryOn, fromDayNumber, type IsoDate, toDayNumber } from '../dates/calendar.js';

/** Full years from `start` to `date` (0 when `date` is before the first anniversary). */
export function fullYears(start: IsoDate, date: IsoDate): number {
  return Math.max(0, ageOn(start, date));
}

/**
 * Full years of service over several periods (breaks left out): the full years of each period, plus the days left
 * over after each period's last anniversary, added up and counted in 366s (a leap year's length, so that one period's
 * remainder — at most 365 days — never makes a year by itself). Periods are inclusive `{ from, to }`.
 *
 * @example
 * ```ts
 * cumulativeFullYears([{ from: '2006-10-28', to: '2011-10-27' }, { from: '2012-10-28', to: '2017-10-27' }]) // 10
 * ```
 */
export function cumulativeFullYears(periods: ReadonlyArray<{ readonly from: IsoDate; readonly to: IsoDate }>): number {
  let years = 0;
  let leftover = 0;
  for (const p of periods) {
    const dayAfter = fromDayNumber(toDayNumber(p.to) + 1);
    const y = fullYears(p.from, dayAfter);
    years += y;
    leftover += toDayNumber(dayAfter) - toDayNumber(anniversaryOn(p.from, y));
  }
  return years + Math.floor(leftover / 366);
}

/**
 * The runs of unbroken service up to and including `lastDay`: appointments with no day between them (a change of
 * post) are one run.
 *
 * @example
 * ```ts
 * serviceRuns([{ from: '2021-01-01', to: '2021-06-30' }, { from: '2021-07-01' }], '2021-12-31')
 * // [{ from: '2021-01-01', to: '2021-12-31' }]
 * ```
 */
export function serviceRuns(
  appointments: ReadonlyArray<{ readonly from: IsoDate; readonly to?: IsoDate }>,
  lastDay: IsoDate,
): { from: IsoDate; to: IsoDate }[] {
  const runs: { from: IsoDate; to: IsoDate }[] = [];
  for (const a of appointments) {
    if (a.from > lastDay) break;
    const to = a.to !== undefined && a.to < lastDay ? a.to : lastDay;
    const last = runs[runs.length - 1];
    if (last && toDayNumber(a.from) - toDayNumber(last.to) === 1) last.to = to;
    else runs.push({ from: a.from, to });
  }
  return runs;
}
