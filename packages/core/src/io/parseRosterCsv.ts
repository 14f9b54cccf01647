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
import type { IsoDate } from '../dates/calendar.js';
import { looksLikeDateText, parseDateText } from '../dates/parseDateText.js';
import { maskResidentId, type ResidentId } from '../id/residentId.js';
import * as P from '../problems/codes.js';
import { type Problem, problem } from '../problems/problem.js';
import { personKey, sameVillage } from '../roster/personKey.js';
import type { Fact } from '../schemas/candidate.js';
import { FIELD_LABELS } from '../schemas/labels.js';
import { RosterRow } from '../schemas/roster.js';
import { displayValue, schemaProblems } from '../schemas/schemaProblems.js';
import type { VocabularyPolicy } from '../schemas/vocabularies.js';
import {
  DEFAULT_POST_TITLES,
  EDUCATION_LEVELS,
  ETHNICITIES,
  type FactKind,
  ORGANIZATIONS,
  POLITICAL_STATUSES,
  postOfTitle,
  VOCABULARY_NAMES,
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
import type { TextSource } from './cellText.js';
import {
  cleanCell,
  extraCells,
  type HeaderSpec,
  headedWidth,
  headerStops,
  readHeaderRow,
  readResidentIdCell,
  readTable,
  readTableInput,
  shortRow,
  type TableRead,
  type TableRows,
} from './csvTable.js';
import type { TextEncodingName } from './decodeText.js';
import { factKindForHeader, readFactCell } from './factCells.js';
import { fieldForHeader, ROSTER_COLUMNS, type RosterField } from './headers.js';

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
  /**
   * The policy whose post titles the 职务 column may use (纪检委员, 专职副书记 … in `vocabularies.posts`); a title is
   * read as its post, and kept as `postTitle`. Default: the five posts.
   */
  readonly policy?: VocabularyPolicy;
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

const HEADER_SPEC: HeaderSpec<RosterField> = {
  field: fieldForHeader,
  other: (header) => factKindForHeader(header) !== undefined,
  headers: ROSTER_COLUMNS.map((c) => c.headers[0]!),
  required: REQUIRED,
  label: (field) => FIELD_LABELS[field],
};

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
  return readTableInput(input, options.asOf, {
    empty: (encoding, errors) => emptyResult(encoding, errors),
    text: (text, source) => parseText(text, source, options),
  });
}

function emptyResult(
  encoding: RosterCsvResult['encoding'],
  errors: Problem[],
  columns: RosterCsvResult['columns'] = [],
): RosterCsvResult {
  return { rows: [], rowNumbers: [], errors, warnings: [], rowCount: 0, encoding, columns };
}

function parseText(text: string, encoding: TextSource, options: ParseRosterCsvOptions): RosterCsvResult {
  return readRoster((rows) => readTable(text, rows), encoding, options);
}

/**
 * Reads a roster from the rows a table reader finds (`readTable` for CSV text, `readCellRows` for a workbook's
 * sheet): every row checked as {@link parseRosterCsv} says. `asOf` is not checked here.
 */
export function readRoster(
  readWith: (rows: TableRows) => TableRead,
  encoding: TextSource,
  options: ParseRosterCsvOptions,
): RosterCsvResult {
  const reading: ReadOptions = { ...options, source: encoding };
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const rows: RosterRow[] = [];
  const rowNumbers: number[] = [];
  let rowCount = 0;
  let columns: RosterColumn[] = [];
  let width = 0;
  const people: People = new Map();
  const read = readWith({
    known: (header) => fieldForHeader(header) !== undefined,
    header: (cells, h) => {
      columns = readHeaderRow(cells, h, encoding, HEADER_SPEC, errors, warnings).map((c) => {
        const factKind = c.header === '' ? undefined : factKindForHeader(c.header);
        return factKind ? { ...c, factKind } : c;
      });
      width = headedWidth(columns, (c) => c.field !== undefined || c.factKind !== undefined);
      return !headerStops(errors);
    },
    row: (cells, rowNumber, bad) => {
      rowCount++;
      const row = readRow(cells, columns, width, rowNumber, reading, warnings);
      for (const p of row.problems) errors.push(p);
      if (row.value && !bad) {
        const twice = personSeen(people, row.value, rows, rowNumbers, rowNumber, columns);
        if (twice?.severity === 'error') {
          errors.push(twice);
          return;
        }
        if (twice) warnings.push(twice);
        rows.push(row.value);
        rowNumbers.push(rowNumber);
      }
    },
  });
  // An empty file says only that; bad headers come after any syntax errors, with the columns read.
  if (read.refused) return emptyResult(encoding, [read.refused]);
  if (read.headerRefused) return { ...emptyResult(encoding, [...read.syntax, ...errors], columns), warnings };
  return { rows, rowNumbers, errors: [...read.syntax, ...errors], warnings, rowCount, encoding, columns };
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
      cleanCell(cells[c], row, columns[c]!.header, options.source, problems, warnings);
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
    const text = cleanCell(cells[c], row, header, options.source, problems, warnings);
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
      const id = readResidentIdCell(text, row, header, options.asOf, warnings);
      if ('code' in id) problems.push(id);
      else {
        record.residentId = id.id;
        parsedId = id;
      }
    } else if (field === 'post' && readPost(text) === undefined) {
      // Not one of the five posts or their spellings: a title of the policy's, or a word it does not have.
      const posts = options.policy?.vocabularies?.posts ?? DEFAULT_POST_TITLES;
      const titled = postOfTitle(text.normalize('NFKC').trim(), posts);
      if (titled) {
        record.post = titled.post;
        record.postTitle = titled.title;
      } else {
        const shown = displayValue(text) as string;
        const accepted = posts.map((p) => p.title);
        problems.push(
          problem(
            P.WORD_NOT_IN_VOCABULARY,
            { field: FIELD_LABELS.post, word: shown, vocabulary: VOCABULARY_NAMES.posts, accepted },
            { row, column: header, value: shown, expected: accepted.join('、'), expectedEn: accepted.join(', ') },
          ),
        );
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
