/**
 * How big a roster file may be, in columns and in the length of a cell: limits far above any real roster, so that a
 * file that is not one (a header of a million columns, a cell of ten megabytes) is refused at once, with one
 * problem, instead of taking seconds and gigabytes to return a million.
 */

/**
 * The limits of a roster import (花名册导入上限). Not policy: no roster comes near them. A roster has 16–30
 * columns (an `.xls` sheet at most 256), and its longest cells, the lists of a person's negative facts, a few
 * hundred characters.
 *
 * @example
 * ```ts
 * ROSTER_LIMITS.columns // 1000
 * ```
 */
export const ROSTER_LIMITS = Object.freeze({
  /** Cells in a row at the top of the file (title and header rows): a row with more refuses the file. */
  columns: 1000,
  /** Characters in a header cell or in a cell that is read: a longer cell is rejected, and shown shortened. */
  cellLength: 1000,
} as const);

/** Something other than blanks and delimiters: a line with content (papaparse would not skip it as blank). */
const CONTENT = /[^\s,;|]/;

/**
 * The first of the top rows (up to `rows` rows with content) that has more cells than {@link ROSTER_LIMITS}
 * allows for any of the delimiters, found before the CSV is parsed: guessing the delimiter would parse a header of a
 * million cells four times over. Counts delimiters in physical lines, quotes ignored, so it never counts fewer cells
 * than a parse would; a row split over lines by a quoted line break is left to the parse. Native searches only: a
 * line of ten megabytes costs milliseconds.
 *
 * @returns the row number (1-based, as a spreadsheet counts lines) or `undefined`
 */
export function tooWideRow(text: string, delimiters: readonly string[], rows: number): number | undefined {
  const limit = ROSTER_LIMITS.columns;
  let start = 0;
  let seen = 0;
  for (let row = 1; start < text.length && seen < rows; row++) {
    const lf = text.indexOf('\n', start);
    let line = text.slice(start, lf < 0 ? text.length : lf);
    const cr = line.indexOf('\r');
    // A CR ends the line too: alone (old Mac files), or before the LF.
    start = cr < 0 ? start + line.length + 1 : start + cr + (cr === line.length - 1 ? 2 : 1);
    if (cr >= 0) line = line.slice(0, cr);
    if (!CONTENT.test(line)) continue;
    seen++;
    for (const d of delimiters) {
      let count = 0;
      for (let at = line.indexOf(d); at >= 0 && count < limit; at = line.indexOf(d, at + 1)) count++;
      if (count >= limit) return row;
    }
  }
  return undefined;
}
