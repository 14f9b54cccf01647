/**
 * Instants as ISO date-times with an offset (`2021-09-01T09:30:00+08:00`): parsed to epoch milliseconds and written
 * back in a given offset, with UTC arithmetic only, so results are the same in every time zone.
 */

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds and offset (minutes east of UTC) of an ISO date-time with an offset, or `undefined`. */
export function parseInstant(text: unknown): { ms: number; offset: number } | undefined {
  if (typeof text !== 'string') return undefined;
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
