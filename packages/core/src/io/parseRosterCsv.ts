/**
 * Roster import (花名册导入): CSV text or file bytes → validated roster rows plus row-level problems.
 *
 * Pipeline, one row at a time: cell text → cleaned text (Excel's `'` and tabs dropped, control characters removed;
 * undecodable or overlong text rejected) → field value (spellings mapped onto the vocabulary, dates read in five
 * forms, ID numbers checked and converted) → `RosterRow` schema → row or problems → the same person seen before? A
 * bad row is reported and left out; a good row is never lost, but a person counts once: a row repeating someone
 * already kept is reported and left out. A workbook, a binary file or a header of absurd width is refused with one
 * problem.
 */
import Papa from 'papaparse';
import { type IsoDate, isIsoDate } from '../dates/calendar.js';
import { looksLikeDateText, parseDateText } from '../dates/parseDateText.js';
import { maskResidentId, parseResidentIdAsOf, type ResidentId } from '../id/residentId.js';
import * as P from '../problems/codes.js';
import { type LocalizedText, type Problem, problem } from '../problems/problem.js';
import { personKey, sameVillage } from '../roster/personKey.js';
import type { Fact } from '../schemas/candidate.js';
import { FIELD_LABELS } from '../schemas/labels.js';
import { RosterRow } from '../schemas/roster.js';
import { displayValue, schemaProblems } from '../schemas/schemaProblems.js';
import {
  EDUCATION_LEVELS,
  ETHNICITIES,
  type FactKind,
  ORGANIZATIONS,
  POLITICAL_STATUSES,
  POSTS,
} from '../schemas/vocabulary.js';
import {
  readEducation,
  readEthnicity,
  readOrganization,
  readPoliticalStatus,
  readPost,
  readSex,
  readYesNo,
} from './cells.js';
import { cellText, headerText, shortText, type TextSource } from './cellText.js';
import { binaryFileKind, decodeText, type TextEncodingName } from './decodeText.js';
import { factKindForHeader, readFactCell } from './factCells.js';
import { fieldForHeader, ROSTER_COLUMNS, type RosterField } from './headers.js';
import { ROSTER_LIMITS, tooWideRow } from './rosterLimits.js';

/** What a roster import found. 花名册导入结果。 */
export interface RosterCsvResult {
  /** The valid rows, in file order. */
  readonly rows: RosterRow[];
  /** The spreadsheet row number (header = row 1, or below a title row) of each valid row, parallel to `rows`. */
  readonly rowNumbers: number[];
  /** Problems that rejected a row or the whole file. Each names its row and column. */
  readonly errors: Problem[];
  /** Problems that kept the row but need a look (an unknown column, an old 15-digit ID converted, extra cells). */
  readonly warnings: Problem[];
  /** Data rows read, not counting blank rows. `rowCount === rows.length + rows rejected`. */
  readonly rowCount: number;
  /** The encoding the bytes were decoded from, `'text'` when a string was passed, `'binary'` when not decoded. */
  readonly encoding: TextEncodingName | 'text' | 'binary';
  /** The columns of the file and the field (or kind of fact) each was read into; neither: not imported. */
  readonly columns: ReadonlyArray<RosterColumn>;
}

/** A column of an imported file. */
export interface RosterColumn {
  readonly header: string;
  readonly field?: RosterField;
  /** For a negative-fact column (受过刑事处罚, …). */
  readonly factKind?: FactKind;
}

export interface ParseRosterCsvOptions {
  /**
   * Birth dates after this date are rejected. Core never reads the clock: pass today's date to check it. A value
   * that is not an existing `YYYY-MM-DD` date gives one `CSV_AS_OF` error and no rows (never a silent skip).
   */
  readonly asOf?: IsoDate;
}

/** What a row is read with: the caller's options and what the text was decoded from. */
interface ReadOptions extends ParseRosterCsvOptions {
  readonly source: TextSource;
}

type Readers = { [F in RosterField]?: (text: string) => unknown };

const VOCABULARY_READERS: Readers = {
  sex: readSex,
  education: readEducation,
  ethnicity: readEthnicity,
  politicalStatus: readPoliticalStatus,
  organization: readOrganization,
  post: readPost,
  concurrent: readYesNo,
  birthDate: parseDateText,
  partyJoinDate: parseDateText,
  partyFullDate: parseDateText,
  termStart: parseDateText,
};

const DATE_EXPECTED = {
  zh: '日期，如 1980-01-02、1980/1/2、1980.01.02、19800102 或 1980年1月2日',
  en: 'a date such as 1980-01-02, 1980/1/2, 1980.01.02, 19800102 or 1980年1月2日',
};

const EXPECTED: { [F in RosterField]?: { zh: string; en: string } } = {
  sex: { zh: '男、女', en: '男 or 女 (male, female)' },
  education: { zh: EDUCATION_LEVELS.join('、'), en: EDUCATION_LEVELS.join(', ') },
  ethnicity: {
    zh: `${ETHNICITIES.slice(0, 6).join('、')}等 56 个民族或“其他”`,
    en: 'one of the 56 ethnic groups (e.g. 汉族) or 其他',
  },
  politicalStatus: { zh: POLITICAL_STATUSES.join('、'), en: POLITICAL_STATUSES.join(', ') },
  organization: { zh: ORGANIZATIONS.join('、'), en: ORGANIZATIONS.join(', ') },
  post: { zh: POSTS.join('、'), en: POSTS.join(', ') },
  concurrent: { zh: '是、否（空白为否）', en: '是 or 否 (yes/no; empty is no)' },
  birthDate: DATE_EXPECTED,
  partyJoinDate: DATE_EXPECTED,
  partyFullDate: DATE_EXPECTED,
  termStart: DATE_EXPECTED,
};

// Without these columns no row can be valid (sex and birth date can come from the ID number).
const REQUIRED: ReadonlyArray<RosterField | readonly RosterField[]> = [
  'name',
  ['birthDate', 'residentId'],
  ['sex', 'residentId'],
  'ethnicity',
  'education',
  'politicalStatus',
];

/**
 * Text from the file as a string of its own. A substring of a big string can be a view into it (V8 makes one for 13
 * characters or more): a value, column name or problem kept from the roster would then keep the whole file's text.
 */
function detached(text: string): string {
  return text.length < 13 ? text : Array.from(text).join('');
}

/**
 * A leading apostrophe marks a text cell in Excel and is never part of the value; tabs pad ID numbers. `undefined`:
 * the cell is rejected (too long, undecodable) and its problem is in `problems`.
 */
function cleanCell(
  cell: string | undefined,
  row: number,
  column: string,
  options: ReadOptions,
  problems: Problem[],
  warnings: Problem[],
): string | undefined {
  const text = cellText((cell ?? '').trim().replace(/^'/, '').trim(), row, column, options.source, problems, warnings);
  return text === undefined ? undefined : detached(text);
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** How many non-blank rows at the top of a file may hold the header row. */
const HEADER_SEARCH_ROWS = 5;

/** The delimiters papaparse chooses among. */
const DELIMITERS = [',', '\t', ';', '|'] as const;

function headerRowIndex(data: readonly string[][]): number {
  // A title row ("××镇村两委干部花名册") may stand above the headers: take the first of the first five non-blank rows
  // that names at least two known columns, else the first non-blank row.
  for (let i = 0, seen = 0; i < data.length && seen < HEADER_SEARCH_ROWS; i++) {
    if (isBlank(data[i]!)) continue;
    seen++;
    const known = data[i]!.filter((h) => h.length <= ROSTER_LIMITS.cellLength && fieldForHeader(h) !== undefined);
    if (known.length >= 2) return i;
  }
  return data.findIndex((r) => !isBlank(r));
}

/**
 * Reads a roster from CSV (or tab-separated) text or bytes, with Chinese headers and their common variants.
 * Accepts UTF-8 with or without BOM, UTF-16 with or without BOM and GB18030/GBK; dates as `1980-01-02`,
 * `1980/1/2`, `1980.01.02`, `19800102` or `1980年1月2日`. When an ID number is present, birth date and sex are
 * taken from it if missing and cross-checked if given. Never throws: every problem is returned, naming its row (as
 * the spreadsheet shows it) and column, in Chinese and English, with ID numbers masked.
 *
 * Never imports a value that lost bytes in decoding (U+FFFD) or a cell longer than `ROSTER_LIMITS.cellLength`:
 * its row is rejected. Control characters and bidi overrides are removed from every cell, with a warning. An Excel
 * workbook, a binary file, or a file whose top rows have more than `ROSTER_LIMITS.columns` cells is refused with
 * one problem.
 *
 * A row with fewer cells than the header is rejected (`CSV_MISSING_CELLS`); cells beyond it are a warning
 * (`CSV_EXTRA_CELLS`). The same person twice (同一人) is refused: a person — by ID number, or without one by every
 * value — has one row per organization of one village (a 一肩挑 secretary-director's party committee and villagers'
 * committee rows). The first row is kept; a later one in the same organization, or in another village, is the error
 * `ROW_DUPLICATE_PERSON` naming the first row. Two rows without ID number that share name, birth date, village and
 * organization but not every value are kept with the warning `ROW_POSSIBLE_DUPLICATE`; in two villages they are taken
 * for two people.
 *
 * @param input - text, bytes, or a `File`/`Blob` (then the result is a promise)
 * @param options - `asOf` to reject birth dates in the future (not a date: `CSV_AS_OF` and no rows)
 * @returns valid rows, their row numbers, errors, warnings and what was read
 * @example
 * ```ts
 * const { rows, errors } = parseRosterCsv('姓名,身份证号,民族,学历,政治面貌\n张某甲,11010519491231002X,汉族,高中,群众')
 * rows[0] // { name: '张某甲', residentId: '11010519491231002X', sex: 'female', birthDate: '1949-12-31', ... }
 * errors  // []
 * ```
 */
export function parseRosterCsv(input: Blob, options?: ParseRosterCsvOptions): Promise<RosterCsvResult>;
export function parseRosterCsv(
  input: string | Uint8Array | ArrayBuffer,
  options?: ParseRosterCsvOptions,
): RosterCsvResult;
export function parseRosterCsv(
  input: string | Uint8Array | ArrayBuffer | Blob,
  options: ParseRosterCsvOptions = {},
): RosterCsvResult | Promise<RosterCsvResult> {
  const { asOf } = options;
  if (asOf !== undefined && (typeof asOf !== 'string' || !isIsoDate(asOf))) {
    // Read without it, a birth date in the future would pass unseen: the whole file waits for a good date.
    const refused = emptyResult('text', [
      problem(P.CSV_AS_OF, { value: String(asOf) }, { path: ['asOf'], value: String(asOf) }),
    ]);
    return isBlob(input) ? Promise.resolve(refused) : refused;
  }
  // Checked by shape, not `instanceof`: a File from another frame or realm is still a file.
  if (isBlob(input)) {
    return input.arrayBuffer().then((buffer) => parseRosterCsv(new Uint8Array(buffer), options));
  }
  if (typeof input === 'string') return parseText(input.replace(/^\uFEFF/, ''), 'text', options);
  if (ArrayBuffer.isView(input) || Object.prototype.toString.call(input) === '[object ArrayBuffer]') {
    const view = ArrayBuffer.isView(input)
      ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
      : new Uint8Array(input);
    const binary = binaryFileKind(view);
    if (binary === 'xlsx' || binary === 'xls') {
      return emptyResult('binary', [problem(P.CSV_WORKBOOK, { format: `.${binary}` })]);
    }
    if (binary) return emptyResult('binary', [problem(P.CSV_NOT_TEXT)]);
    const { text, encoding } = decodeText(view);
    return parseText(text, encoding, options);
  }
  return emptyResult('text', [problem(P.CSV_INPUT)]);
}

function isBlob(input: unknown): input is Blob {
  return (
    typeof input === 'object' &&
    input !== null &&
    typeof (input as Blob).arrayBuffer === 'function' &&
    typeof (input as Blob).size === 'number'
  );
}

function emptyResult(
  encoding: RosterCsvResult['encoding'],
  errors: Problem[],
  columns: RosterCsvResult['columns'] = [],
): RosterCsvResult {
  return { rows: [], rowNumbers: [], errors, warnings: [], rowCount: 0, encoding, columns };
}

function parseText(text: string, encoding: TextSource, options: ParseRosterCsvOptions): RosterCsvResult {
  // Rows are read one at a time as papaparse finds them (a million-row roster is never held as raw cells): the
  // rows up to the fifth non-blank one are kept until the header row among them is known. A row there too wide for
  // any roster stops the import: before the parse when its line shows it, else as papaparse reads it.
  const wide = tooWideRow(text, DELIMITERS, HEADER_SEARCH_ROWS);
  if (wide !== undefined) return emptyResult(encoding, [tooManyColumns(wide)]);
  const reading: ReadOptions = { ...options, source: encoding };
  const syntax: Problem[] = [];
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const head: string[][] = [];
  let headFilled = 0;
  const rows: RosterRow[] = [];
  const rowNumbers: number[] = [];
  let rowCount = 0;
  let index = 0;
  let columns: RosterColumn[] | undefined;
  let width = 0;
  const people: People = new Map();
  let stop: Problem[] | undefined;
  const readData = (cells: string[], rowNumber: number, bad: boolean) => {
    if (isBlank(cells)) return;
    rowCount++;
    const read = readRow(cells, columns as RosterColumn[], width, rowNumber, reading, warnings);
    for (const p of read.problems) errors.push(p);
    if (read.value && !bad) {
      const twice = personSeen(people, read.value, rows, rowNumbers, rowNumber, columns as RosterColumn[]);
      if (twice?.severity === 'error') {
        errors.push(twice);
        return;
      }
      if (twice) warnings.push(twice);
      rows.push(read.value);
      rowNumbers.push(rowNumber);
    }
  };
  const badRows = new Set<number>();
  const settleHeader = () => {
    const h = headerRowIndex(head);
    if (h < 0) {
      stop = [problem(P.CSV_EMPTY)];
      columns = [];
      return;
    }
    columns = readHeader(head[h]!, h, reading.source, errors, warnings);
    width = headedWidth(columns);
    if (errors.some((e) => e.code === 'CSV_MISSING_COLUMN' || e.code === 'CSV_DUPLICATE_COLUMN')) {
      stop = errors;
      return;
    }
    for (let i = h + 1; i < head.length; i++) readData(head[i]!, i + 1, badRows.has(i + 1));
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
      if (stop || !Array.isArray(cells)) return;
      if (columns === undefined) {
        if (cells.length > ROSTER_LIMITS.columns) {
          stop = [tooManyColumns(rowNumber)];
          columns = [];
          parser.abort();
          return;
        }
        head.push(cells);
        if (!isBlank(cells)) headFilled++;
        if (headFilled === HEADER_SEARCH_ROWS) settleHeader();
        return;
      }
      readData(cells, rowNumber, badRows.has(rowNumber));
    },
  });
  if (columns === undefined) settleHeader();
  if (stop) {
    // An empty file says only that; bad headers come after any syntax errors, with the columns read.
    if (stop !== errors) return emptyResult(encoding, stop);
    return { ...emptyResult(encoding, [...syntax, ...errors], columns), warnings };
  }
  return { rows, rowNumbers, errors: [...syntax, ...errors], warnings, rowCount, encoding, columns: columns ?? [] };
}

function tooManyColumns(row: number): Problem {
  return problem(P.CSV_TOO_MANY_COLUMNS, { row, limit: ROSTER_LIMITS.columns }, { row });
}

/**
 * The people of the rows kept so far, by {@link personKey}: the index in `rows` of the person's row, or of each of
 * their rows when they sit on several organizations of one village (the 一肩挑 secretary-director).
 */
type People = Map<string, number | number[]>;

/**
 * Whether the row's person was kept before (one map lookup; the rest only for a person seen twice). A person has one
 * row per organization of one village: the first row is kept, a later one in the same organization or in another
 * village is an error naming the first; without ID numbers, two rows of the same name, birth date, village and
 * organization are a warning unless every value is the same. A row kept is recorded.
 */
function personSeen(
  people: People,
  row: RosterRow,
  rows: readonly RosterRow[],
  rowNumbers: readonly number[],
  rowNumber: number,
  columns: readonly RosterColumn[],
): Problem | undefined {
  const key = personKey(row);
  const seen = people.get(key);
  if (seen === undefined) {
    people.set(key, rows.length);
    return undefined;
  }
  const earlier = typeof seen === 'number' ? [seen] : seen;
  const id = row.residentId;
  const place = {
    row: rowNumber,
    column: columns.find((c) => c.field === (id ? 'residentId' : 'name'))?.header,
    value: id ? maskResidentId(id) : row.name,
  };
  const first = rows[earlier[0]!]!;
  if (id && !sameVillage(first, row)) {
    const village = `${first.township ?? ''}${first.village ?? ''}`;
    const named = village ? { zh: `“${village}”`, en: village, zhTW: `「${village}」` } : NO_VILLAGE;
    return problem(
      P.ROW_DUPLICATE_PERSON,
      { variant: 'otherVillage', first: rowNumbers[earlier[0]!]!, village: named },
      place,
    );
  }
  const twin = earlier.find((i) => rows[i]!.organization === row.organization);
  if (twin === undefined) {
    people.set(key, [...earlier, rows.length]);
    return undefined;
  }
  if (identical(rows[twin]!, row)) {
    return problem(P.ROW_DUPLICATE_PERSON, { variant: 'identical', first: rowNumbers[twin]! }, place);
  }
  if (id) return problem(P.ROW_DUPLICATE_PERSON, { first: rowNumbers[twin]! }, place);
  people.set(key, [...earlier, rows.length]);
  return problem(P.ROW_POSSIBLE_DUPLICATE, { first: rowNumbers[twin]! }, place);
}

const NO_VILLAGE = { zh: '未填村(社区)', en: 'no village given', zhTW: '未填村(社區)' };

/** Whether two rows hold the same values (facts included), whatever the order of their fields. */
function identical(a: RosterRow, b: RosterRow): boolean {
  const keys = Object.keys(a) as (keyof RosterRow)[];
  return keys.length === Object.keys(b).length && keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
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

/**
 * Reads the header row into columns, reporting unknown, duplicate and missing columns, and header cells that are
 * rejected (too long, undecodable: no field is read from them) or cleaned of control characters.
 */
function readHeader(
  cells: readonly string[],
  h: number,
  source: TextSource,
  errors: Problem[],
  warnings: Problem[],
): RosterColumn[] {
  const rejected = new Set<number>();
  const columns: RosterColumn[] = cells.map((cell, i) => {
    const read = headerText(cell, h + 1, source, errors, warnings);
    const header = detached(read.header);
    if (read.rejected) rejected.add(i);
    if (header === '' || read.rejected) return { header };
    return { header, field: fieldForHeader(header), factKind: factKindForHeader(header) };
  });
  const seen = new Map<RosterField, string>();
  for (const [i, col] of columns.entries()) {
    if (col.factKind) continue;
    if (col.field === undefined) {
      if (col.header !== '' && !rejected.has(i)) {
        warnings.push(
          problem(
            P.CSV_UNKNOWN_COLUMN,
            { column: col.header },
            {
              row: h + 1,
              column: col.header,
              expected: ROSTER_COLUMNS.map((c) => c.headers[0]).join('、'),
              expectedEn: ROSTER_COLUMNS.map((c) => c.headers[0]).join(', '),
            },
          ),
        );
      }
      continue;
    }
    const earlier = seen.get(col.field);
    if (earlier !== undefined) {
      errors.push(problem(P.CSV_DUPLICATE_COLUMN, { column: col.header, earlier }, { row: h + 1, column: col.header }));
      columns[i] = { header: col.header, field: undefined };
    } else seen.set(col.field, col.header);
  }
  for (const need of REQUIRED) {
    const options = typeof need === 'string' ? [need] : need;
    if (!options.some((f) => seen.has(f))) {
      const names = options.map((f) => FIELD_LABELS[f].zh).join('或');
      const namesEn = options.map((f) => FIELD_LABELS[f].en).join(' or ');
      const namesTW = options.map((f) => FIELD_LABELS[f].zhTW).join('或');
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

/**
 * How many cells a row must have: up to the last column that is imported. A row short of it lost cells we read (the
 * village and post of a row cut by a line break); a row short only of blank-headed or unknown columns at the end
 * (a 备注 nobody filled, left off by hand) lost nothing that is imported.
 */
function headedWidth(columns: readonly RosterColumn[]): number {
  let width = columns.length;
  while (width > 0 && columns[width - 1]!.field === undefined && columns[width - 1]!.factKind === undefined) width--;
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
function shortRow(cells: readonly string[], columns: readonly RosterColumn[], width: number, row: number): Problem {
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
function extraCells(cells: readonly string[], width: number, row: number): Problem | undefined {
  const filled: [string, string][] = [];
  for (let c = width; c < cells.length; c++) {
    if (cells[c]!.trim() !== '')
      filled.push([`#${c + 1}`, filled.length < LISTED ? shortText(cells[c]!.trim(), 20) : '']);
  }
  const [first] = filled;
  if (!first) return undefined;
  return problem(P.CSV_EXTRA_CELLS, { cells: quotedList(filled) }, { row, column: first[0], value: first[1] });
}

function readRow(
  cells: readonly string[],
  columns: RosterCsvResult['columns'],
  width: number,
  row: number,
  options: ReadOptions,
  warnings: Problem[],
): { value?: RosterRow; problems: Problem[] } {
  if (cells.length < width) {
    // A row cut short (a file cut off, a line break outside quotes): say so, and what is wrong with the cells it has.
    const problems: Problem[] = [];
    for (let c = 0; c < cells.length && c < columns.length; c++) {
      cleanCell(cells[c], row, columns[c]!.header, options, problems, warnings);
    }
    return { problems: [...problems, shortRow(cells, columns, width, row)] };
  }
  const extra = extraCells(cells, columns.length, row);
  if (extra) warnings.push(extra);

  const problems: Problem[] = [];
  const record: Record<string, unknown> = {};
  let parsedId: ResidentId | undefined;
  for (let c = 0; c < columns.length; c++) {
    const { header, field, factKind } = columns[c]!;
    if (!factKind && !field) continue;
    const text = cleanCell(cells[c], row, header, options, problems, warnings);
    if (text === undefined) continue; // reported
    if (factKind) {
      if (text === '') continue;
      const read = readFactCell(factKind, text);
      if ('facts' in read) record.facts = [...((record.facts as Fact[] | undefined) ?? []), ...read.facts];
      else {
        const shown = displayValue(text) as string;
        problems.push(
          problem(P.ROW_FACT, { column: header, value: shown }, { row, column: header, value: shown, ...read }),
        );
      }
      continue;
    }
    if (!field) continue;
    if (text === '') {
      if (field === 'concurrent') record.concurrent = false;
    } else if (field === 'residentId') {
      const id = readResidentIdCell(text, row, header, options, warnings);
      if ('code' in id) problems.push(id);
      else {
        record.residentId = id.id;
        parsedId = id;
      }
    } else {
      const read = VOCABULARY_READERS[field];
      // Free text (names, villages) is kept as written; only vocabulary and dates are normalized.
      const value = read ? read(text) : text;
      if (value !== undefined) record[field] = value;
      else {
        const label = FIELD_LABELS[field];
        const shown = displayValue(text) as string;
        const nonexistent = read === parseDateText && looksLikeDateText(text);
        problems.push(
          problem(
            nonexistent ? P.ROW_DATE_NONEXISTENT : P.ROW_VALUE,
            { field: label, value: shown },
            { row, column: header, value: shown, expected: EXPECTED[field]?.zh, expectedEn: EXPECTED[field]?.en },
          ),
        );
      }
    }
  }

  // Sex and birth date missing from the sheet are taken from the ID number.
  if (parsedId) {
    record.sex ??= parsedId.sex;
    record.birthDate ??= parsedId.birthDate;
  }

  // The column a field was read from (for the schema's problems), or the ID number's for sex and birth date.
  const columnOf = (field: string) =>
    columns.find((c) => c.field === field)?.header ??
    (field === 'sex' || field === 'birthDate' ? columns.find((c) => c.field === 'residentId')?.header : undefined);
  if (
    options.asOf !== undefined &&
    typeof record.birthDate === 'string' &&
    record.birthDate > options.asOf &&
    !problems.some((p) => p.code === 'ID_BIRTH_DATE_FUTURE')
  ) {
    const column = columnOf('birthDate') ?? FIELD_LABELS.birthDate.zh;
    problems.push(
      problem(
        P.ROW_BIRTH_DATE_FUTURE,
        { value: record.birthDate, asOf: options.asOf },
        {
          row,
          column,
          value: record.birthDate,
          expected: `${options.asOf} 或之前`,
          expectedEn: `${options.asOf} or earlier`,
        },
      ),
    );
  }
  const result = RosterRow.safeParse(record);
  if (result.success) return problems.length === 0 ? { value: result.data, problems } : { problems };
  // A cell that could not be read is reported once, not again by the schema.
  const reported = new Set(problems.map((p) => p.column));
  for (const p of schemaProblems(result.error.issues, record)) {
    const field = String(p.path?.[0] ?? '');
    const column = columnOf(field) ?? FIELD_LABELS[field as RosterField]?.zh ?? field;
    if (!reported.has(column)) problems.push({ ...p, row, column });
  }
  return { problems };
}

function readResidentIdCell(
  text: string,
  row: number,
  column: string,
  options: ParseRosterCsvOptions,
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
  const id = parseResidentIdAsOf(text, options.asOf); // asOf checked once, by parseRosterCsv
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
