/**
 * Roster import from Excel workbooks (花名册导入：Excel 工作簿): `.xlsx` and legacy `.xls` (Excel 97–2003, BIFF8), read
 * with SheetJS (`@e965/xlsx`, the 0.20.3 release republished on npm) loaded only when a workbook arrives, so no
 * bundle pays for it before. The sheet becomes rows of text and is checked exactly as a CSV file's rows are
 * (`readRoster` over `readCellRows`): the same problems, each also naming its cell as Excel does (`Sheet1!C7`).
 */

import * as P from '../problems/codes.js';
import { type Problem, problem } from '../problems/problem.js';
import { displayValue } from '../schemas/schemaProblems.js';
import { readCellRows } from './cellRows.js';
import { binaryFileKind } from './decodeText.js';
import { type ParseRosterCsvOptions, parseRosterCsv, type RosterCsvResult, readRoster } from './parseRosterCsv.js';
import { columnLetters, type SheetText, sheetReference, sheetText } from './sheetCells.js';
import { canCheckZipMembers, zipMembersInflate } from './zipMembers.js';

/** Options of {@link readRosterWorkbook}. */
export interface ReadRosterWorkbookOptions extends ParseRosterCsvOptions {
  /** The sheet to read, by its name as the tab shows it; the first sheet when not given. */
  readonly sheet?: string;
}

/** What a workbook import found: a roster import's result and which sheet of which kind of workbook it read. */
export interface RosterWorkbookResult extends RosterCsvResult {
  /** The workbook read; absent when the input was not a workbook (then it was read as CSV). */
  readonly workbook?: {
    readonly format: 'xlsx' | 'xls';
    /** The sheet read. */
    readonly sheet: string;
    /** Every sheet of the workbook, in tab order. */
    readonly sheets: readonly string[];
  };
}

type Xlsx = typeof import('@e965/xlsx');

/** Loads the workbook library: a chunk of its own in a bundle, fetched only now. */
const loadXlsx = (): Promise<Xlsx> => import('@e965/xlsx');

/**
 * Reads a roster from an Excel workbook (`.xlsx`, or `.xls` as Excel 97–2003 saves it): the first sheet or the one
 * named by `options.sheet`; a title row (merged across the columns or not) above the header is skipped, as in a CSV
 * file, by finding the row that names known columns. Dates stored as Excel serial numbers are read as the dates Excel
 * shows; dates typed as text are read as in CSV. An ID number stored as a number has lost the digits past Excel's
 * fifteenth: it is refused (`ROW_ID_SCIENTIFIC`: format the column as text) with what to do, never read as a wrong ID.
 *
 * Every problem is one of `parseRosterCsv`'s (same codes and messages), and also carries `cell`, the cell as Excel
 * names it (`花名册!C7`). Input that is not a workbook is read by `parseRosterCsv`, so one call reads any roster
 * file. A workbook that cannot be read (damaged, password-protected) is `WORKBOOK_UNREADABLE`; a sheet not in it,
 * `WORKBOOK_NO_SHEET`. A zip member that does not inflate cleanly refuses the `.xlsx` before SheetJS reads it (its
 * own inflater never returns on some damaged data). When the library cannot be loaded (an embed copied without its workbook chunk), the result is
 * `parseRosterCsv`'s `CSV_WORKBOOK`: save the workbook as CSV. Never throws.
 *
 * @param input - the file's bytes, or a `File`/`Blob`
 * @param options - `sheet` to read another sheet than the first; `asOf` as for `parseRosterCsv`
 * @returns valid rows, their row numbers as Excel shows them, errors, warnings, and the sheet read
 * @example
 * ```ts
 * const { rows, errors, workbook } = await readRosterWorkbook(await file.arrayBuffer(), { asOf: '2026-12-07' })
 * workbook // { format: 'xlsx', sheet: '花名册', sheets: ['花名册', '说明'] }
 * errors[0]?.cell // '花名册!C7'
 * ```
 */
export async function readRosterWorkbook(
  input: Uint8Array | ArrayBuffer | Blob | string,
  options: ReadRosterWorkbookOptions = {},
): Promise<RosterWorkbookResult> {
  const bytes =
    typeof input === 'string' || ArrayBuffer.isView(input) || input instanceof ArrayBuffer
      ? input
      : new Uint8Array(await (input as Blob).arrayBuffer());
  const csv = parseRosterCsv(bytes as Uint8Array | ArrayBuffer | string, options);
  if (typeof bytes === 'string' || !csv.errors.some((e) => e.code === 'CSV_WORKBOOK')) return csv;
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes as ArrayBuffer);
  const format = binaryFileKind(view) === 'xls' ? 'xls' : 'xlsx';
  // An older browser (Chromium 78–102 among the embed's) cannot check the zip first, and SheetJS alone may hang on a
  // damaged one: the CSV reader's coded answer stands there, "save it as CSV".
  if (format === 'xlsx' && !canCheckZipMembers()) return csv;
  if (format === 'xlsx' && !(await zipMembersInflate(view))) {
    return refused(problem(P.WORKBOOK_UNREADABLE, { format: '.xlsx' }));
  }
  let xlsx: Xlsx;
  try {
    xlsx = await loadXlsx();
  } catch {
    return csv; // the library is not there: "save it as CSV" is what the user can still do
  }
  try {
    return readWorkbook(xlsx, view, format, options);
  } catch {
    return refused(problem(P.WORKBOOK_UNREADABLE, { format: `.${format}` }));
  }
}

function refused(error: Problem): RosterWorkbookResult {
  return { rows: [], rowNumbers: [], errors: [error], warnings: [], rowCount: 0, encoding: 'binary', columns: [] };
}

function readWorkbook(
  xlsx: Xlsx,
  bytes: Uint8Array,
  format: 'xlsx' | 'xls',
  options: ReadRosterWorkbookOptions,
): RosterWorkbookResult {
  const book = xlsx.read(bytes, {
    type: 'array',
    dense: true,
    cellNF: true,
    cellDates: false,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
    bookVBA: false,
  });
  const sheets = [...book.SheetNames];
  const name = options.sheet ?? sheets[0];
  if (name === undefined) return refused(problem(P.CSV_EMPTY));
  if (!sheets.includes(name)) {
    const sheet = String(name);
    return refused(problem(P.WORKBOOK_NO_SHEET, { sheet, sheets }, { value: sheet }));
  }
  // SheetJS stores a sheet named `__proto__` as the prototype of `Sheets` (of that object only): read it from there.
  const sheet =
    Object.getOwnPropertyDescriptor(book.Sheets, name)?.value ??
    (name === '__proto__' ? Object.getPrototypeOf(book.Sheets) : undefined);
  if (typeof sheet !== 'object' || sheet === null || sheet === Object.prototype) return refused(problem(P.CSV_EMPTY));
  const text = sheetText(sheet, {
    isDateFormat: (format) => xlsx.SSF.is_date(format) === true,
    date1904: book.Workbook?.WBProps?.date1904 === true,
  });
  const result = readRoster((rows) => readCellRows(text.rows, rows), 'text', options);
  return {
    ...result,
    errors: result.errors.map((p) => inCell(p, name, result, text)),
    warnings: result.warnings.map((p) => inCell(p, name, result, text)),
    workbook: { format, sheet: name, sheets },
  };
}

/**
 * The problem with its cell as Excel names it. An ID number the workbook holds as a number shows the digits Excel
 * keeps (15, then zeros), masked: what the clerk sees in the cell with a number format, not its exponent form.
 */
function inCell(p: Problem, sheet: string, result: RosterCsvResult, text: SheetText): Problem {
  if (p.row === undefined) return p;
  const extra = p.column?.match(/^#(\d+)$/);
  const index = extra ? Number(extra[1]) - 1 : result.columns.findIndex((c) => c.header === p.column);
  const at = sheetReference(sheet);
  const cell = index >= 0 ? `${at}!${columnLetters(index)}${p.row}` : `${at}!${p.row}:${p.row}`;
  if (p.code === 'ROW_ID_SCIENTIFIC' && text.lostDigits.has(`${p.row - 1}:${index}`)) {
    const shown = BigInt(Number(Number(p.value).toPrecision(15))).toString();
    return { ...p, value: displayValue(shown), cell };
  }
  return { ...p, cell };
}
