/**
 * Field schemas shared by the records of the data model: ISO dates, resident IDs, division codes, names.
 * Custom checks carry a `params.code` that {@link schemaProblems} turns into a bilingual message.
 */
import * as z from 'zod/mini';
import { parseResidentId } from '../id/residentId.js';

/** A canonical 18-character resident ID (valid check character, upper-case `X`). */
export const ResidentIdField = z.string().check(
  z.refine(
    (s) => {
      const r = parseResidentId(s);
      return r.ok && r.value.id === s;
    },
    { params: { code: 'ID_INVALID' } },
  ),
);

/** A 12-digit statistical division code (统计用区划代码) of a village or community. */
export const DivisionCodeField = z
  .string()
  .check(z.refine((s) => /^\d{12}$/.test(s), { params: { code: 'DIVISION_CODE' } }));

/** A non-empty name without leading or trailing spaces, at most 50 characters. */
export const NameField = z.string().check(z.refine((s) => isName(s), { params: { code: 'NAME_INVALID' } }));

/** The test {@link NameField} applies. */
export function isName(s: string): boolean {
  return s.length > 0 && s.length <= 50 && s.trim() === s && !/[\u0000-\u001f<>]/.test(s);
}
