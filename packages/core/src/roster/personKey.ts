/**
 * Who a roster row is about (同一人): the key that tells people apart, the same for the import (which refuses the
 * same person twice) and for the head counts of a summary.
 */
import type { RosterRow } from '../schemas/roster.js';

/**
 * The identity of a row's person: the ID number; without one, name, birth date, township and village (a person
 * serves in one village, and two villages' 王某 born the same day are two people).
 *
 * @param row - a valid roster row
 * @returns a key equal for two rows of one person
 * @example
 * ```ts
 * personKey({ name: '张某甲', residentId: '11010519491231002X', ... }) // '11010519491231002X'
 * ```
 */
export function personKey(row: RosterRow): string {
  return (
    row.residentId ?? `\u0000${row.name}\u0000${row.birthDate}\u0000${row.township ?? ''}\u0000${row.village ?? ''}`
  );
}

/** Whether two rows are in the same village: by division code when both have one, else by township and name. */
export function sameVillage(a: RosterRow, b: RosterRow): boolean {
  if (a.villageCode !== undefined && b.villageCode !== undefined) return a.villageCode === b.villageCode;
  return (a.township ?? '') === (b.township ?? '') && (a.village ?? '') === (b.village ?? '');
}
