/**
 * The county's village directory for `huanjie campaign status --villages`: a CSV with the columns 区划代码, 村(社区)
 * and 乡镇, as a county office keeps it in Excel (UTF-8 or GB18030, either with a BOM or without). Only those three
 * columns are read; a bad file is a usage error that names the row.
 */
import { decodeText, type VillageEntry } from '@huanjie/core';
import { readUserFile, UsageError } from './userFiles.js';

/** Header names accepted for each column (brackets full- or half-width, case and spaces ignored). */
const COLUMNS = {
  code: ['区划代码', '统计用区划代码', '代码', 'code'],
  name: ['村(社区)', '村(居)', '村', '社区', '名称', 'name', 'village'],
  township: ['乡镇', '乡镇(街道)', '街道', 'township'],
} as const;

const normalize = (header: string) => header.replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '').toLowerCase();

/**
 * Splits CSV text into rows of cells: commas, quoted cells (with `""` for a quote and line breaks inside), CRLF or LF.
 */
export function splitCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/**
 * Reads a village directory file.
 *
 * @param path - the CSV file
 * @returns the villages, in the file's order
 * @throws UsageError naming the missing column, or the rows whose code is not 12 digits or repeats
 */
export function readVillages(path: string): VillageEntry[] {
  const rows = splitCsv(decodeText(readUserFile(path)).text);
  const headerAt = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  const header = (rows[headerAt] ?? []).map(normalize);
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([field, names]) => {
      const accepted = new Set(names.map(normalize));
      return [field, header.findIndex((h) => accepted.has(h))];
    }),
  ) as Record<keyof typeof COLUMNS, number>;
  const missing = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((f) => index[f] < 0);
  if (missing.length) {
    throw new UsageError(
      `村(社区)名录“${path}”缺少列：${missing.map((f) => COLUMNS[f][0]).join('、')}（应有 区划代码、村(社区)、乡镇）` +
        ` / the village file ${path} lacks the columns ${missing.map((f) => COLUMNS[f].at(-1)).join(', ')}` +
        ' (it needs 区划代码 code, 村(社区) name, 乡镇 township)',
    );
  }
  const villages: VillageEntry[] = [];
  const firstRow = new Map<string, number>();
  const bad: string[] = [];
  for (let i = headerAt + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const line = i + 1;
    // Excel keeps long codes as text with a leading tab or apostrophe; both are dropped.
    const code = (cells[index.code] ?? '').trim().replace(/^'/, '');
    const name = (cells[index.name] ?? '').trim();
    const township = (cells[index.township] ?? '').trim();
    if (!/^\d{12}$/.test(code)) {
      bad.push(`第 ${line} 行：区划代码“${code}”应为 12 位数字 / row ${line}: the code "${code}" must be 12 digits`);
    } else if (firstRow.has(code)) {
      bad.push(
        `第 ${line} 行：区划代码 ${code} 与第 ${firstRow.get(code)} 行重复 / row ${line}: code ${code} repeats row ${firstRow.get(code)}`,
      );
    } else {
      firstRow.set(code, line);
      villages.push({ code, name: name || code, township });
    }
  }
  if (bad.length) {
    // One line each: the CLI prints a usage error line by line, every line through `printable`.
    throw new UsageError(`村(社区)名录“${path}”有误 / the village file ${path} has errors:\n${bad.join('\n')}`);
  }
  return villages;
}
