/**
 * The table reader for rows already split into cells (a workbook's sheet), apart from `csvTable.ts` so that a bundle
 * reading only CSV does not ship it.
 */
import * as P from '../problems/codes.js';
import { problem } from '../problems/problem.js';
import {
  HEADER_SEARCH_ROWS,
  headerRowIndex,
  isBlank,
  type TableRead,
  type TableRows,
  tooManyColumns,
} from './csvTable.js';
import { ROSTER_LIMITS } from './rosterLimits.js';

/**
 * Reads rows already split into cells (a workbook's sheet, `cells[r]` being row `r + 1` as the sheet shows it) as
 * {@link readTable} reads CSV text: the header row among the first five non-blank rows, a row there wider than
 * `ROSTER_LIMITS.columns` refusing the table, then every non-blank row below the header.
 */
export function readCellRows(cells: readonly string[][], rows: TableRows): TableRead {
  for (let i = 0, seen = 0; i < cells.length && seen < HEADER_SEARCH_ROWS; i++) {
    if (isBlank(cells[i]!)) continue;
    seen++;
    if (cells[i]!.length > ROSTER_LIMITS.columns)
      return { syntax: [], refused: tooManyColumns(i + 1), headerRefused: false };
  }
  const h = headerRowIndex(cells, rows.known);
  if (h < 0) return { syntax: [], refused: problem(P.CSV_EMPTY), headerRefused: false };
  if (!rows.header(cells[h]!, h)) return { syntax: [], headerRefused: true };
  for (let i = h + 1; i < cells.length; i++) if (!isBlank(cells[i]!)) rows.row(cells[i]!, i + 1, false);
  return { syntax: [], headerRefused: false };
}
