/**
 * Whether a text is an instant as core's reviews read one: an ISO date-time with an offset
 * (`2021-09-01T09:30:00+08:00`) on a day that exists. The same test as core's `parseInstant` (not exported);
 * `instant.node.test.ts` holds the two together.
 */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** `true` for `2021-09-01T09:30:00+08:00`; `false` for a date alone, no offset, or a day that does not exist. */
export function isInstant(text: string): boolean {
  const m = INSTANT.exec(text);
  const ms = Date.parse(text);
  if (!m || Number.isNaN(ms)) return false;
  const zone = m[4] as string;
  const offset =
    zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
  // Date.parse rolls an impossible day (02-30) or 24:00 over: the day written must be the day meant.
  return new Date(ms + offset * 60_000).toISOString().slice(0, 10) === text.slice(0, 10);
}
