/**
 * Roster export: rows → CSV that Excel on Chinese Windows opens correctly and {@link parseRosterCsv} reads back.
 */
import Papa from 'papaparse';
import type { RosterRow } from '../schemas/roster.js';
import { SEX_LABELS } from '../schemas/vocabulary.js';
import { factHeader, writeFactCell } from './factCells.js';
import { ROSTER_COLUMNS, type RosterField } from './headers.js';

export interface RosterToCsvOptions {
  /** Columns to write, in order (default: every field that any row has, in the canonical order; all when no rows). */
  readonly fields?: readonly RosterField[];
  /** Start with a UTF-8 byte-order mark so that Excel detects UTF-8 (default `true`). */
  readonly bom?: boolean;
}

function cellText(field: RosterField, value: unknown): string {
  // Excel shows long digit strings in scientific notation and loses their last digits when the file is saved
  // again; a leading tab keeps them as text (parseRosterCsv trims it).
  if ((field === 'residentId' || field === 'villageCode') && typeof value === 'string') return `\t${value}`;
  if (value === undefined) return '';
  if (field === 'sex') return SEX_LABELS[value as 'male' | 'female'].zh;
  if (field === 'concurrent') return value ? '是' : '否';
  return String(value);
}

/**
 * Writes roster rows as CSV with the canonical Chinese headers (姓名, 身份证号, 性别, …), CRLF line ends and a BOM.
 * ID numbers and division codes start with a tab so that Excel keeps every digit.
 * Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`) or that start with `'` are
 * prefixed with `'`, which {@link parseRosterCsv} removes again.
 *
 * @param rows - valid roster rows
 * @param options - `fields` to choose columns, `bom: false` to omit the byte-order mark
 * @returns the CSV text
 * @example
 * ```ts
 * rosterToCsv([{ name: '张某甲', sex: 'male', birthDate: '1980-01-02', ethnicity: '汉族', education: '高中', politicalStatus: '群众' }])
 * // '\uFEFF姓名,性别,出生日期,民族,学历,政治面貌\r\n张某甲,男,1980-01-02,汉族,高中,群众'
 * ```
 */
export function rosterToCsv(rows: readonly RosterRow[], options: RosterToCsvOptions = {}): string {
  const all = ROSTER_COLUMNS.map((c) => c.field);
  // No rows: an empty template with every column.
  const fields = options.fields ?? (rows.length ? all.filter((f) => rows.some((r) => r[f] !== undefined)) : all);
  const headerOf = new Map(ROSTER_COLUMNS.map((c) => [c.field, c.headers[0]]));
  // Negative facts: one column per kind that any row has, after the other columns.
  const kinds = [...new Set(rows.flatMap((r) => (r.facts ?? []).map((f) => f.kind)))].sort();
  const headers = [...fields.map((f) => headerOf.get(f) ?? f), ...kinds.map(factHeader)];
  const data = rows.map((r) => [
    ...fields.map((f) => cellText(f, r[f])),
    ...kinds.map((k) => writeFactCell((r.facts ?? []).filter((f) => f.kind === k))),
  ]);
  // Papa writes nothing at all for no data; the header row alone is a valid (empty) roster.
  const csv = Papa.unparse([headers, ...data], { newline: '\r\n', escapeFormulae: /^(?:[=+\-@\r']|\t[=+\-@])/ });
  return (options.bom ?? true) ? `\uFEFF${csv}` : csv;
}
