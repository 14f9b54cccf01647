/**
 * Today's date on the user's own calendar, in a module of its own so that an element that only needs the date (a
 * chart, a board) does not ship the form-control base class with it.
 */

/** Today's date on the user's own calendar: elements, unlike core, may read the clock. */
export function todayOnUserCalendar(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
