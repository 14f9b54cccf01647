/**
 * Whether an ISO date exists on the local calendar (the process's time zone), as date-fns reads `new Date('…T00:00')`.
 * Not every day does: Pacific/Kiritimati skipped 1994-12-31 when it moved across the date line, so there that
 * string means 1 January 1995. A property that takes date-fns as its oracle only asks it about days that exist.
 */
export function onLocalCalendar(date: string): boolean {
  const local = new Date(`${date}T00:00:00`);
  const [y, m, d] = date.split('-').map(Number);
  return local.getFullYear() === y && local.getMonth() + 1 === m && local.getDate() === d;
}
