/**
 * A workbook's sheet as the rows of text the table reader checks (`csvTable.ts`), and Excel's names for its cells
 * (`Sheet1!C7`). Dates stored as serial numbers become ISO dates; a number too long for Excel's 15 significant digits
 * (an ID number typed into a cell not formatted as text) is never written out as digits it does not have.
 */
import type { CellObject, WorkSheet } from '@e965/xlsx';
import { dayNumberOf, fromDayNumber } from '../dates/calendar.js';
import { ROSTER_LIMITS } from './rosterLimits.js';

/** A sheet's text, `rows[r]` being row `r + 1` as Excel shows it, `rows[r][c]` column `c` (A = 0). */
export interface SheetText {
  readonly rows: string[][];
  /** The cells (`"r:c"`, 0-based) that held a number of more than 15 digits: its last digits are lost. */
  readonly lostDigits: ReadonlySet<string>;
}

/** What the sheet's cells are read with: the library's date-format test, and the workbook's date system. */
export interface SheetCellOptions {
  readonly isDateFormat: (format: string) => boolean;
  readonly date1904: boolean;
}

/** Excel keeps 15 significant digits: an integer from 10^15 on has lost the digits beyond them. */
const EXACT_DIGITS_BELOW = 1e15;

// Serial 1 is 1900-01-01 and Excel counts a 1900-02-29 that never was (serial 60), so from serial 61 on day 0 is
// 1899-12-30; in the 1904 date system (old Mac workbooks) day 0 is 1904-01-01.
const DAY_ZERO_1900 = dayNumberOf(1899, 12, 30);
const DAY_ZERO_BEFORE_MARCH_1900 = dayNumberOf(1899, 12, 31);
const DAY_ZERO_1904 = dayNumberOf(1904, 1, 1);
/** The last serial Excel shows as a date: 9999-12-31. */
const LAST_SERIAL = 2958465;

/** The calendar date of a date serial (its time of day dropped), as the clerk sees it in Excel. */
export function serialDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > LAST_SERIAL) return undefined;
  const day = Math.floor(serial);
  if (date1904) return fromDayNumber(DAY_ZERO_1904 + day);
  if (day === 60) return '1900-02-29'; // Excel's phantom day: the reader reports it as a date that does not exist
  return fromDayNumber((day < 60 ? DAY_ZERO_BEFORE_MARCH_1900 : DAY_ZERO_1900) + day);
}

/** The text of one cell as the roster reader should see it. */
function cellText(cell: CellObject, options: SheetCellOptions): { text: string; lost?: true } {
  const { t, v } = cell;
  if (t === 'n' && typeof v === 'number') {
    if (cell.z !== undefined && typeof cell.z === 'string' && options.isDateFormat(cell.z)) {
      const date = serialDate(v, options.date1904);
      if (date !== undefined) return { text: date };
    }
    if (Number.isInteger(v) && Math.abs(v) >= EXACT_DIGITS_BELOW) {
      // As Excel's General format shows it (`1.10105E+17`): the ID reader refuses it rather than read a wrong ID.
      return { text: v.toExponential().toUpperCase(), lost: true };
    }
    return { text: Number.isInteger(v) ? String(v) : (cell.w ?? String(v)) };
  }
  if (t === 'b') return { text: v ? 'TRUE' : 'FALSE' };
  if (t === 's' && typeof v === 'string') return { text: v };
  return { text: typeof cell.w === 'string' ? cell.w : v === undefined || v === null ? '' : String(v) };
}

/**
 * Reads a dense sheet (`'!data'`) into rows of text from column A and row 1, each row as wide as the widest row of
 * the sheet (an empty cell in Excel is still a cell, never a row cut short), up to `ROSTER_LIMITS.columns` + 1
 * columns; a row with text beyond that keeps it, for the reader to refuse or report.
 */
export function sheetText(sheet: WorkSheet, options: SheetCellOptions): SheetText {
  const data: unknown = sheet['!data'];
  const rows: string[][] = [];
  const lostDigits = new Set<string>();
  if (!Array.isArray(data)) return { rows, lostDigits };
  let width = 0;
  for (let r = 0; r < data.length; r++) {
    const source: unknown = data[r];
    const row: string[] = [];
    if (Array.isArray(source)) {
      for (let c = 0; c < source.length; c++) {
        const cell: unknown = source[c];
        if (typeof cell !== 'object' || cell === null) continue;
        const read = cellText(cell as CellObject, options);
        if (read.text === '') continue;
        while (row.length < c) row.push('');
        row.push(read.text);
        if (read.lost) lostDigits.add(`${r}:${c}`);
      }
    }
    width = Math.max(width, row.length);
    rows.push(row);
  }
  const padTo = Math.min(width, ROSTER_LIMITS.columns + 1);
  for (const row of rows) while (row.length < padTo) row.push('');
  // Blank rows below the last row with text are no rows at all.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return { rows, lostDigits };
}

/** Excel's letters for a column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A sheet name as Excel writes it in a reference: quoted (`'Roster 2021'!A1`) unless letters, digits and `_`. */
export function sheetReference(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
