/**
 * Voter list import (选民名单导入): CSV text or file bytes → voter rows plus row-level problems, read as the roster
 * is (`csvTable.ts`: encodings, a title row above the headers, header variants, cleaned cells, cut rows, ID cells).
 * Whether each person may vote is {@link checkVoterRegister}'s question, not the reader's: a row that reads well is
 * kept, whatever it says.
 */
import type { IsoDate } from '../dates/calendar.js';
import { looksLikeDateText, parseDateText } from '../dates/parseDateText.js';
import type { ResidentId } from '../id/residentId.js';
import { readSex, readYesNo } from '../io/cells.js';
import type { TextSource } from '../io/cellText.js';
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
  type TableColumn,
  type TableInput,
} from '../io/csvTable.js';
import type { TextEncodingName } from '../io/decodeText.js';
import { normalizeHeader } from '../io/headers.js';
import * as P from '../problems/codes.js';
import { type Problem, problem } from '../problems/problem.js';
import { displayValue } from '../schemas/schemaProblems.js';
import {
  VOTER_CATEGORY_LABELS,
  VOTER_COLUMNS,
  VOTER_FIELD_LABELS,
  type VoterCategory,
  type VoterField,
  type VoterRow,
} from './voterRow.js';

/** What a voter list import found. 选民名单导入结果。 */
export interface VoterCsvResult {
  /** The rows read, in file order. */
  readonly voters: VoterRow[];
  /** The spreadsheet row number of each voter, parallel to `voters`. */
  readonly rowNumbers: number[];
  /** Problems that rejected a row or the whole file. Each names its row and column; ID numbers are masked. */
  readonly errors: Problem[];
  /** Problems that kept the row (an unknown column, a 15-digit ID converted, control characters removed). */
  readonly warnings: Problem[];
  /** Data rows read, not counting blank rows. */
  readonly rowCount: number;
  readonly encoding: TextEncodingName | 'text' | 'binary';
  /** The columns of the file and the field each was read into (none: not imported). */
  readonly columns: ReadonlyArray<TableColumn<VoterField>>;
}

/** Options of {@link parseVoterCsv}. */
export interface ParseVoterCsvOptions {
  /** Birth dates after this date are rejected (core never reads the clock). */
  readonly asOf?: IsoDate;
}

// Without these no row can be read: the ties to the village may come from the category column alone.
const REQUIRED: ReadonlyArray<VoterField | readonly VoterField[]> = [
  'name',
  'residentId',
  ['registeredHere', 'category'],
  ['livesHere', 'category'],
];

const BY_HEADER = new Map<string, VoterField>(
  VOTER_COLUMNS.flatMap(({ field, headers }) => headers.map((h) => [normalizeHeader(h), field] as const)),
);

const voterFieldForHeader = (header: string): VoterField | undefined => BY_HEADER.get(normalizeHeader(header));

const HEADER_SPEC: HeaderSpec<VoterField> = {
  field: voterFieldForHeader,
  headers: VOTER_COLUMNS.map((c) => c.headers[0]!),
  required: REQUIRED,
  label: (field) => VOTER_FIELD_LABELS[field],
};

const categoryKey = (text: string) => text.normalize('NFKC').replace(/[\s、，,。.；;]/g, '');

/** The spellings of the categories: the full names, their short forms and the numbers 1–3 of Art. 13's order. */
const CATEGORY_SPELLINGS = new Map<string, VoterCategory>(
  (
    [
      ...Object.entries(VOTER_CATEGORY_LABELS).map(([c, l]) => [l.zh, c as VoterCategory] as const),
      ['户籍在本村并且在本村居住', 'resident'],
      ['户籍在本村且居住', 'resident'],
      ['本村户籍居住', 'resident'],
      ['第一类', 'resident'],
      ['一类', 'resident'],
      ['1', 'resident'],
      ['户籍在本村不居住', 'away'],
      ['户籍在本村不在本村居住', 'away'],
      ['本村户籍不居住', 'away'],
      ['第二类', 'away'],
      ['二类', 'away'],
      ['2', 'away'],
      ['户籍不在本村居住一年以上', 'newcomer'],
      ['户籍不在本村在本村居住一年以上', 'newcomer'],
      ['非本村户籍居住一年以上', 'newcomer'],
      ['第三类', 'newcomer'],
      ['三类', 'newcomer'],
      ['3', 'newcomer'],
    ] as const
  ).map(([spelling, category]) => [categoryKey(spelling), category] as const),
);

function readCategory(text: string): VoterCategory | undefined {
  return CATEGORY_SPELLINGS.get(categoryKey(text));
}

const DATE_EXPECTED = {
  zh: '日期，如 2021-09-01、2021/9/1、2021.09.01、20210901 或 2021年9月1日',
  en: 'a date such as 2021-09-01, 2021/9/1, 2021.09.01, 20210901 or 2021年9月1日',
};
const YES_NO = { zh: '是、否（空白为否）', en: '是 or 否 (yes/no; empty is no)' };

const READERS: { [F in VoterField]?: { read: (text: string) => unknown; expected: { zh: string; en: string } } } = {
  sex: { read: readSex, expected: { zh: '男、女', en: '男 or 女 (male, female)' } },
  birthDate: { read: parseDateText, expected: DATE_EXPECTED },
  livesHereSince: { read: parseDateText, expected: DATE_EXPECTED },
  appliedOn: { read: parseDateText, expected: DATE_EXPECTED },
  consentOn: { read: parseDateText, expected: DATE_EXPECTED },
  registeredHere: { read: readYesNo, expected: YES_NO },
  livesHere: { read: readYesNo, expected: YES_NO },
  takesPart: { read: readYesNo, expected: YES_NO },
  deprived: { read: readYesNo, expected: YES_NO },
  category: {
    read: readCategory,
    expected: {
      zh: Object.values(VOTER_CATEGORY_LABELS)
        .map((l) => l.zh)
        .join('；'),
      en: '1, 2 or 3, or the category as 村民委员会组织法 Art. 13 names it',
    },
  },
};

/** The yes/no columns an empty cell answers no (户籍在本村 and 在本村居住 too, unless 选民类别 says otherwise). */
const EMPTY_IS_NO: ReadonlySet<VoterField> = new Set(['takesPart', 'deprived']);

/**
 * Reads a voter list (选民名单) from CSV or tab-separated text or bytes — the roster reader's encodings (UTF-8 with or
 * without BOM, UTF-16, GB18030/GBK), title row, header variants and row/column problems. Columns (canonical header
 * first; variants in `VOTER_COLUMNS`): 姓名, 身份证号, 性别 and 出生日期 (both from the ID when absent), 乡镇(街道),
 * 村(社区), 户籍在本村 (是/否), 在本村居住 (是/否), 在本村居住起始日期, 选民类别 (Art. 13's three, or 1–3),
 * 本人表示参加选举 (是/否), 申请日期, 村民会议或村民代表会议同意日期, 被剥夺政治权利 (是/否). 户籍在本村 and
 * 在本村居住 may be left to 选民类别. Never throws; every problem names its row and column, ID numbers masked.
 *
 * @param input - text, bytes, or a `File`/`Blob` (then the result is a promise)
 * @param options - `asOf` to reject birth dates in the future
 * @returns the rows read, their row numbers, errors, warnings and the columns
 * @example
 * ```ts
 * const { voters } = parseVoterCsv('姓名,身份证号,户籍在本村,在本村居住\n张某甲,11010519491231002X,是,是')
 * voters[0] // { name: '张某甲', residentId: '11010519491231002X', sex: 'female', birthDate: '1949-12-31', registeredHere: true, livesHere: true, deprived: false }
 * ```
 */
export function parseVoterCsv(input: Blob, options?: ParseVoterCsvOptions): Promise<VoterCsvResult>;
export function parseVoterCsv(input: TableInput, options?: ParseVoterCsvOptions): VoterCsvResult;
export function parseVoterCsv(
  input: TableInput | Blob,
  options: ParseVoterCsvOptions = {},
): VoterCsvResult | Promise<VoterCsvResult> {
  return readTableInput(input, options.asOf, {
    empty: (encoding, errors) => empty(encoding, errors),
    text: (text, source) => parseText(text, source, options.asOf),
  });
}

function empty(
  encoding: VoterCsvResult['encoding'],
  errors: Problem[],
  columns: VoterCsvResult['columns'] = [],
): VoterCsvResult {
  return { voters: [], rowNumbers: [], errors, warnings: [], rowCount: 0, encoding, columns };
}

function parseText(text: string, source: TextSource, asOf: IsoDate | undefined): VoterCsvResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const voters: VoterRow[] = [];
  const rowNumbers: number[] = [];
  let rowCount = 0;
  let columns: TableColumn<VoterField>[] = [];
  let width = 0;
  const read = readTable(text, {
    known: (header) => voterFieldForHeader(header) !== undefined,
    header: (cells, h) => {
      columns = readHeaderRow(cells, h, source, HEADER_SPEC, errors, warnings);
      width = headedWidth(columns, (c) => c.field !== undefined);
      return !headerStops(errors);
    },
    row: (cells, rowNumber, bad) => {
      rowCount++;
      const row = readRow(cells, columns, width, rowNumber, source, asOf, warnings);
      for (const p of row.problems) errors.push(p);
      if (row.voter && !bad) {
        voters.push(row.voter);
        rowNumbers.push(rowNumber);
      }
    },
  });
  if (read.refused) return empty(source, [read.refused]);
  if (read.headerRefused) return { ...empty(source, [...read.syntax, ...errors], columns), warnings };
  return { voters, rowNumbers, errors: [...read.syntax, ...errors], warnings, rowCount, encoding: source, columns };
}

function readRow(
  cells: readonly string[],
  columns: ReadonlyArray<TableColumn<VoterField>>,
  width: number,
  row: number,
  source: TextSource,
  asOf: IsoDate | undefined,
  warnings: Problem[],
): { voter?: VoterRow; problems: Problem[] } {
  const problems: Problem[] = [];
  if (cells.length < width) {
    for (let c = 0; c < cells.length && c < columns.length; c++) {
      cleanCell(cells[c], row, columns[c]!.header, source, problems, warnings);
    }
    return { problems: [...problems, shortRow(cells, columns, width, row)] };
  }
  const extra = extraCells(cells, columns.length, row);
  if (extra) warnings.push(extra);
  const record: Partial<Record<VoterField, unknown>> = {};
  let id: ResidentId | undefined;
  for (let c = 0; c < columns.length; c++) {
    const { header, field } = columns[c]!;
    if (!field) continue;
    const text = cleanCell(cells[c], row, header, source, problems, warnings);
    if (text === undefined) continue; // reported
    if (text === '') {
      if (EMPTY_IS_NO.has(field)) record[field] = false;
      continue;
    }
    if (field === 'residentId') {
      const read = readResidentIdCell(text, row, header, asOf, warnings);
      if ('code' in read) problems.push(read);
      else {
        id = read;
        record.residentId = read.id;
      }
      continue;
    }
    const reader = READERS[field];
    const value = reader ? reader.read(text) : text;
    if (value !== undefined) {
      record[field] = value;
      continue;
    }
    const shown = displayValue(text) as string;
    const nonexistent = reader?.read === parseDateText && looksLikeDateText(text);
    problems.push(
      problem(
        nonexistent ? P.ROW_DATE_NONEXISTENT : P.ROW_VALUE,
        { field: VOTER_FIELD_LABELS[field], value: shown },
        { row, column: header, value: shown, expected: reader?.expected.zh, expectedEn: reader?.expected.en },
      ),
    );
  }
  if (id) {
    record.sex ??= id.sex;
    record.birthDate ??= id.birthDate;
  }
  // The category stands for the ties it names when the list gives only it.
  const category = record.category as VoterCategory | undefined;
  if (category) {
    record.registeredHere ??= category !== 'newcomer';
    record.livesHere ??= category !== 'away';
  }
  record.registeredHere ??= false;
  record.livesHere ??= false;
  record.deprived ??= false;
  const columnOf = (field: VoterField) =>
    columns.find((c) => c.field === field)?.header ??
    (field === 'sex' || field === 'birthDate' ? columns.find((c) => c.field === 'residentId')?.header : undefined) ??
    VOTER_FIELD_LABELS[field].zh;
  const reported = new Set(problems.map((p) => p.column));
  for (const field of ['name', 'residentId', 'sex', 'birthDate'] as const) {
    const column = columnOf(field);
    if (record[field] === undefined && !reported.has(column)) {
      problems.push(problem(P.FIELD_MISSING, { field: VOTER_FIELD_LABELS[field] }, { row, column }));
    }
  }
  if (id && record.sex !== id.sex) {
    const fromId = id.sex === 'male' ? { zh: '男', en: 'male', zhTW: '男' } : { zh: '女', en: 'female', zhTW: '女' };
    problems.push(problem(P.ID_SEX_MISMATCH, { fromId }, { row, column: columnOf('sex'), value: String(record.sex) }));
  }
  if (id && record.birthDate !== id.birthDate) {
    problems.push(
      problem(
        P.ID_BIRTH_DATE_MISMATCH,
        { fromId: id.birthDate },
        { row, column: columnOf('birthDate'), value: String(record.birthDate) },
      ),
    );
  }
  if (asOf !== undefined && typeof record.birthDate === 'string' && record.birthDate > asOf && !id) {
    problems.push(
      problem(P.ROW_BIRTH_DATE_FUTURE, { value: record.birthDate, asOf }, { row, column: columnOf('birthDate') }),
    );
  }
  return problems.length === 0 ? { voter: record as unknown as VoterRow, problems } : { problems };
}
