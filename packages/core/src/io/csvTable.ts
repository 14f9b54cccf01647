/**
 * What every table import shares (the roster, the voter list): bytes → text, the CSV read one row at a time with the
 * header row found among the top rows, header cells matched to fields, cells cleaned, rows cut short or with cells
 * beyond the header, and resident ID cells. Each reader supplies its columns and reads its own rows.
 */
import Papa from 'papaparse';
import { type IsoDate, isIsoDate } from '../dates/calendar.js';
import { maskResidentId, parseResidentIdAsOf, type ResidentId } from '../id/residentId.js';
import * as P from '../problems/codes.js';
import { type LocalizedText, type Problem, problem } from '../problems/problem.js';
import { cellText, headerText, shortText, type TextSource } from './cellText.js';
import { binaryFileKind, decodeText } from './decodeText.js';
import { ROSTER_LIMITS, tooWideRow } from './rosterLimits.js';

/** What a table import reads: text, or file bytes. */
export type TableInput = string | Uint8Array | ArrayBuffer;

/** Checked by shape, not `instanceof`: a File from another frame or realm is still a file. */
function isBlob(input: unknown): input is Blob {
  return (
    typeof input === 'object' &&
    input !== null &&
    typeof (input as Blob).arrayBuffer === 'function' &&
    typeof (input as Blob).size === 'number'
  );
}

/**
 * The text of an input and what it was decoded from, or the one problem that refuses it: a workbook, a binary file,
 * something that is neither text nor bytes.
 */
function tableText(
  input: TableInput,
): { readonly text: string; readonly source: TextSource } | { readonly refused: Problem; readonly binary: boolean } {
  if (typeof input === 'string') return { text: input.replace(/^\uFEFF/, ''), source: 'text' };
  if (ArrayBuffer.isView(input) || Object.prototype.toString.call(input) === '[object ArrayBuffer]') {
    const view = ArrayBuffer.isView(input)
      ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
      : new Uint8Array(input);
    const binary = binaryFileKind(view);
    if (binary === 'xlsx' || binary === 'xls') {
      return { refused: problem(P.CSV_WORKBOOK, { format: `.${binary}` }), binary: true };
    }
    if (binary) return { refused: problem(P.CSV_NOT_TEXT), binary: true };
    const { text, encoding } = decodeText(view);
    return { text, source: encoding };
  }
  return { refused: problem(P.CSV_INPUT), binary: false };
}

/** How a reader turns its input into a result: an empty one with the problems that refuse it, or one from text. */
export interface TableInputReader<R> {
  empty(encoding: 'text' | 'binary', errors: Problem[]): R;
  text(text: string, source: TextSource): R;
}

/**
 * The start every table import shares: an `asOf` that is not a date refuses the file (`CSV_AS_OF`: a birth date in
 * the future would pass unseen), a `File`/`Blob` is read (then the result is a promise), bytes are decoded or
 * refused (a workbook, a binary file), and the text goes to the reader.
 */
export function readTableInput<R>(
  input: TableInput | Blob,
  asOf: unknown,
  reader: TableInputReader<R>,
): R | Promise<R> {
  if (asOf !== undefined && (typeof asOf !== 'string' || !isIsoDate(asOf))) {
    const value = String(asOf);
    const refused = reader.empty('text', [problem(P.CSV_AS_OF, { value }, { path: ['asOf'], value })]);
    return isBlob(input) ? Promise.resolve(refused) : refused;
  }
  if (isBlob(input)) {
    return input.arrayBuffer().then((buffer) => readTableInput(new Uint8Array(buffer), asOf, reader) as R);
  }
  const read = tableText(input);
  if ('refused' in read) return reader.empty(read.binary ? 'binary' : 'text', [read.refused]);
  return reader.text(read.text, read.source);
}

/**
 * Text from the file as a string of its own. A substring of a big string can be a view into it (V8 makes one for 13
 * characters or more): a value, column name or problem kept from the table would then keep the whole file's text.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : Array.from(text).join('');
}

/**
 * A leading apostrophe marks a text cell in Excel and is never part of the value; tabs pad ID numbers. `undefined`:
 * the cell is rejected (too long, undecodable) and its problem is in `problems`.
 */
export function cleanCell(
  cell: string | undefined,
  row: number,
  column: string,
  source: TextSource,
  problems: Problem[],
  warnings: Problem[],
): string | undefined {
  const text = cellText((cell ?? '').trim().replace(/^'/, '').trim(), row, column, source, problems, warnings);
  return text === undefined ? undefined : detached(text);
}

export function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** How many non-blank rows at the top of a file may hold the header row. */
export const HEADER_SEARCH_ROWS = 5;

/** The delimiters papaparse chooses among. */
const DELIMITERS = [',', '\t', ';', '|'] as const;

export function headerRowIndex(data: readonly string[][], known: (header: string) => boolean): number {
  // A title row ("××镇村两委干部花名册") may stand above the headers: take the first of the first five non-blank rows
  // that names at least two known columns, else the first non-blank row.
  for (let i = 0, seen = 0; i < data.length && seen < HEADER_SEARCH_ROWS; i++) {
    if (isBlank(data[i]!)) continue;
    seen++;
    const found = data[i]!.filter((h) => h.length <= ROSTER_LIMITS.cellLength && known(h));
    if (found.length >= 2) return i;
  }
  return data.findIndex((r) => !isBlank(r));
}

/** What a table reader does with the rows {@link readTable} finds. */
export interface TableRows {
  /** Whether a header names a column the reader knows (to find the header row below a title row). */
  known(header: string): boolean;
  /** Reads the header row (`index` 0-based); `false` stops the import (a column missing or given twice). */
  header(cells: readonly string[], index: number): boolean;
  /** Reads a data row that is not blank; `bad`: the CSV syntax around it was broken. */
  row(cells: string[], rowNumber: number, bad: boolean): void;
}

/** How {@link readTable} ended. */
export interface TableRead {
  /** The CSV syntax errors, each naming its row. */
  readonly syntax: Problem[];
  /** The one problem that refused the file before any row was read (empty, too wide). */
  readonly refused?: Problem;
  /** The header row stopped the import. */
  readonly headerRefused: boolean;
}

/**
 * Reads CSV (or tab-, semicolon- or bar-separated) text one row at a time as papaparse finds them (a million-row
 * file is never held as raw cells): the rows up to the fifth non-blank one are kept until the header row among them
 * is known. A row there too wide for any table stops the import: before the parse when its line shows it, else as
 * papaparse reads it.
 */
export function readTable(text: string, rows: TableRows): TableRead {
  const wide = tooWideRow(text, DELIMITERS, HEADER_SEARCH_ROWS);
  if (wide !== undefined) return { syntax: [], refused: tooManyColumns(wide), headerRefused: false };
  const syntax: Problem[] = [];
  const head: string[][] = [];
  let headFilled = 0;
  let index = 0;
  let settled = false;
  let refused: Problem | undefined;
  let headerRefused = false;
  const badRows = new Set<number>();
  const readData = (cells: string[], rowNumber: number) => {
    if (!isBlank(cells)) rows.row(cells, rowNumber, badRows.has(rowNumber));
  };
  const settleHeader = () => {
    settled = true;
    const h = headerRowIndex(head, rows.known);
    if (h < 0) {
      refused = problem(P.CSV_EMPTY);
      return;
    }
    if (!rows.header(head[h]!, h)) {
      headerRefused = true;
      return;
    }
    for (let i = h + 1; i < head.length; i++) readData(head[i]!, i + 1);
  };
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [...DELIMITERS],
    step: (result, parser) => {
      const rowNumber = ++index;
      for (const e of result.errors) {
        if (e.code === 'UndetectableDelimiter') continue; // one column: comma is right
        badRows.add(rowNumber);
        syntax.push(...syntaxProblems(e, rowNumber, text));
      }
      const cells = result.data;
      // After a bad header no row is read, but the syntax errors further down are still reported.
      if (refused || headerRefused || !Array.isArray(cells)) return;
      if (!settled) {
        if (cells.length > ROSTER_LIMITS.columns) {
          refused = tooManyColumns(rowNumber);
          settled = true;
          parser.abort();
          return;
        }
        head.push(cells);
        if (!isBlank(cells)) headFilled++;
        if (headFilled === HEADER_SEARCH_ROWS) settleHeader();
        return;
      }
      readData(cells, rowNumber);
    },
  });
  if (!settled) settleHeader();
  return refused ? { syntax, refused, headerRefused } : { syntax, headerRefused };
}

export function tooManyColumns(row: number): Problem {
  return problem(P.CSV_TOO_MANY_COLUMNS, { row, limit: ROSTER_LIMITS.columns }, { row });
}

/** The problems of one CSV syntax error papaparse reports. */
function syntaxProblems(e: Papa.ParseError, row: number, text: string): Problem[] {
  const problems: Problem[] = [];
  if (e.code === 'MissingQuotes') {
    // An unclosed quote runs to the end of the file: what follows was swallowed into one cell, not read as rows.
    const lines = text.split(/\r\n|\n|\r/).length;
    problems.push(problem(P.CSV_UNCLOSED_QUOTE, { row, lines }, { row }));
  }
  const reason = e.code === 'MissingQuotes' ? { zh: '引号不成对', en: e.message, zhTW: '引號不成對' } : e.message;
  problems.push(problem(P.CSV_SYNTAX, { row, reason }, { row }));
  return problems;
}

/** A column of an imported table: its header as the file shows it and the field read from it, if any. */
export interface TableColumn<F extends string> {
  readonly header: string;
  readonly field?: F;
}

/** How a reader's header row is matched. */
export interface HeaderSpec<F extends string> {
  /** The field a header names. */
  field(header: string): F | undefined;
  /** A column read otherwise (the roster's negative-fact columns): neither unknown nor a duplicate. */
  other?(header: string): boolean;
  /** The canonical headers, to say what is accepted. */
  readonly headers: readonly string[];
  /** Fields without which no row can be valid; a list: any one of them. */
  readonly required: ReadonlyArray<F | readonly F[]>;
  /** A field's name in messages. */
  label(field: F): { readonly zh: string; readonly en: string; readonly zhTW: string };
}

/**
 * Reads the header row into columns, reporting unknown, duplicate and missing columns, and header cells that are
 * rejected (too long, undecodable: no field is read from them) or cleaned of control characters.
 */
export function readHeaderRow<F extends string>(
  cells: readonly string[],
  h: number,
  source: TextSource,
  spec: HeaderSpec<F>,
  errors: Problem[],
  warnings: Problem[],
): TableColumn<F>[] {
  const rejected = new Set<number>();
  const columns: TableColumn<F>[] = cells.map((cell, i) => {
    const read = headerText(cell, h + 1, source, errors, warnings);
    const header = detached(read.header);
    if (read.rejected) rejected.add(i);
    if (header === '' || read.rejected) return { header };
    const field = spec.field(header);
    return field === undefined ? { header } : { header, field };
  });
  const seen = new Map<F, string>();
  for (const [i, col] of columns.entries()) {
    if (col.header !== '' && !rejected.has(i) && spec.other?.(col.header)) continue;
    if (col.field === undefined) {
      if (col.header !== '' && !rejected.has(i)) {
        warnings.push(
          problem(
            P.CSV_UNKNOWN_COLUMN,
            { column: col.header },
            {
              row: h + 1,
              column: col.header,
              expected: spec.headers.join('、'),
              expectedEn: spec.headers.join(', '),
            },
          ),
        );
      }
      continue;
    }
    const earlier = seen.get(col.field);
    if (earlier !== undefined) {
      errors.push(problem(P.CSV_DUPLICATE_COLUMN, { column: col.header, earlier }, { row: h + 1, column: col.header }));
      columns[i] = { header: col.header };
    } else seen.set(col.field, col.header);
  }
  for (const need of spec.required) {
    const options: readonly F[] = typeof need === 'string' ? [need as F] : (need as readonly F[]);
    if (!options.some((f) => seen.has(f))) {
      const names = options.map((f) => spec.label(f).zh).join('或');
      const namesEn = options.map((f) => spec.label(f).en).join(' or ');
      const namesTW = options.map((f) => spec.label(f).zhTW).join('或');
      errors.push(
        problem(
          P.CSV_MISSING_COLUMN,
          { column: { zh: names, en: namesEn, zhTW: namesTW } },
          { row: h + 1, expected: names, expectedEn: namesEn },
        ),
      );
    }
  }
  return columns;
}

/** Whether the header stopped the import: a column missing or given twice. */
export function headerStops(errors: readonly Problem[]): boolean {
  return errors.some((e) => e.code === 'CSV_MISSING_COLUMN' || e.code === 'CSV_DUPLICATE_COLUMN');
}

/**
 * How many cells a row must have: up to the last column that is imported. A row short of it lost cells we read (the
 * village and post of a row cut by a line break); a row short only of blank-headed or unknown columns at the end
 * (a 备注 nobody filled, left off by hand) lost nothing that is imported.
 */
export function headedWidth<C>(columns: readonly C[], imported: (column: C) => boolean): number {
  let width = columns.length;
  while (width > 0 && !imported(columns[width - 1]!)) width--;
  return width;
}

/** Columns or cells named in a message: the first few, each quoted after its label (`#17`), and how many more. */
const LISTED = 5;

function quotedList(items: ReadonlyArray<readonly [label: string, text: string]>): LocalizedText {
  const shown = items.slice(0, LISTED);
  const more = items.length - shown.length;
  const write = (open: string, close: string, separator: string, gap: string) =>
    shown.map(([label, text]) => `${label}${label ? gap : ''}${open}${text}${close}`).join(separator);
  return {
    zh: write('“', '”', '、', '') + (more ? ` 等 ${items.length} 个` : ''),
    en: write('"', '"', ', ', ' ') + (more ? ` and ${more} more` : ''),
    zhTW: write('「', '」', '、', '') + (more ? ` 等 ${items.length} 個` : ''),
  };
}

/**
 * A row with fewer cells than the header was cut short, mostly by a line break typed in a cell without quotes: what
 * follows the break became a row of its own, and the cells it took along would be read as empty (no 村(社区), no 职务).
 */
export function shortRow(
  cells: readonly string[],
  columns: ReadonlyArray<{ readonly header: string }>,
  width: number,
  row: number,
): Problem {
  const missing = columns.slice(cells.length, width).map((c, i) => c.header || `#${cells.length + i + 1}`);
  return problem(
    P.CSV_MISSING_CELLS,
    { cells: cells.length, columns: quotedList(missing.map((header) => ['', header] as const)) },
    {
      row,
      column: missing[0],
      expected: `${width} 个单元格，与表头一致`,
      expectedEn: `${width} cells, as in the header`,
    },
  );
}

/** Cells beyond the header are not read; those with text are named (an unquoted comma splits a cell in two). */
export function extraCells(cells: readonly string[], width: number, row: number): Problem | undefined {
  const filled: [string, string][] = [];
  for (let c = width; c < cells.length; c++) {
    if (cells[c]!.trim() !== '')
      filled.push([`#${c + 1}`, filled.length < LISTED ? shortText(cells[c]!.trim(), 20) : '']);
  }
  const [first] = filled;
  if (!first) return undefined;
  return problem(P.CSV_EXTRA_CELLS, { cells: quotedList(filled) }, { row, column: first[0], value: first[1] });
}

/**
 * Reads a resident ID cell: the ID, or the problem naming the cell (the number masked). A 15-digit number converted
 * to 18 is a warning; a number Excel turned into `1.1E+17` is refused with what to do.
 */
export function readResidentIdCell(
  text: string,
  row: number,
  column: string,
  asOf: IsoDate | undefined,
  warnings: Problem[],
): ResidentId | Problem {
  if (/^\d(\.\d+)?E\+\d+$/i.test(text)) {
    return problem(
      P.ROW_ID_SCIENTIFIC,
      {},
      {
        row,
        column,
        value: text,
        expected: '在 Excel 中把该列设为“文本”后重新录入，或在号码前加英文单引号',
        expectedEn: 'format the column as Text in Excel and re-enter the numbers, or prefix them with an apostrophe',
      },
    );
  }
  const id = parseResidentIdAsOf(text, asOf); // asOf checked once, by the reader
  if (!id.ok) {
    return {
      ...id.error,
      row,
      column,
      value: maskResidentId(text),
      expected: '18 位公民身份号码，最后一位可为 X',
      expectedEn: 'an 18-character resident ID number; the last may be X',
    };
  }
  if (id.value.converted) {
    warnings.push(problem(P.ID_CONVERTED_15, {}, { row, column, value: maskResidentId(text) }));
  }
  return id.value;
}
