/**
 * Reads the ways people write dates in Chinese spreadsheets into ISO dates.
 */
import { type CalendarParts, formatIsoDate, type IsoDate, partsIfExists } from './calendar.js';

// 1980-01-02, 1980/1/2, 1980.01.02, 1980年1月2日 (separators may be mixed with spaces around them).
const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Parses a date as written in a roster: `1980-01-02`, `1980/1/2`, `1980.01.02`, `19800102` or `1980年1月2日`
 * (full-width digits are accepted too).
 *
 * @param text - the cell text
 * @returns the ISO date, or `undefined` when the text is not one of these forms or the day does not exist
 * @example
 * ```ts
 * parseDateText('1980年1月2日') // '1980-01-02'
 * parseDateText('1980/2/30')   // undefined
 * ```
 */
export function parseDateText(text: string): IsoDate | undefined {
  const parts = dateTextParts(text);
  return parts && formatIsoDate(parts);
}

/**
 * `true` when the text is written in one of the date forms {@link parseDateText} reads, whether or not that day
 * exists: tells "not a date" from "a day that does not exist" (`1980/2/30`).
 */
export function looksLikeDateText(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  return SEPARATED.test(t) || COMPACT.test(t);
}

function dateTextParts(text: string): CalendarParts | undefined {
  const t = text.normalize('NFKC').trim();
  const m = SEPARATED.exec(t) ?? COMPACT.exec(t);
  if (!m) return undefined;
  return partsIfExists(Number(m[1]), Number(m[2]), Number(m[3]));
}
