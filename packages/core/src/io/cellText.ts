/**
 * What of a cell's text a roster import keeps: never a U+FFFD (bytes that could not be decoded: the value would be
 * wrong), never a control character or bidi override (a terminal runs `ESC [2K`, a page shows text reordered
 * around U+202E), never more than {@link ROSTER_LIMITS} `.cellLength` characters.
 */
import * as P from '../problems/codes.js';
import { type Problem, type ProblemArgs, problem } from '../problems/problem.js';
import { displayValue } from '../schemas/schemaProblems.js';
import type { TextEncodingName } from './decodeText.js';
import { ROSTER_LIMITS } from './rosterLimits.js';

/** Where the text came from: the encoding a file was decoded from, or `'text'` when a string was passed. */
export type TextSource = TextEncodingName | 'text';

/** Where a cell is: its row as the spreadsheet shows it and its column's header. */
interface CellPlace {
  readonly row: number;
  readonly column: string;
}

// One test per cell on the hot path: only a cell that has one of these gets more work. Line breaks and tabs inside
// a cell are kept (a fact cell may list one fact per line; a name with one is refused by the schema), and a CR only
// as part of a line break (alone, it sends a terminal's cursor back over the line).
const SUSPECT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffd]/;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const ENCODING_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GBK/GB18030',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

/** What to do about an undecodable cell: why the file was read as it was, and what to do. */
const UNDECODABLE_HINTS = {
  'utf-8': {
    zh: '文件其余部分是有效的 UTF-8：这一格可能是从 GBK 文件粘贴来的，或已损坏，请重新输入',
    en: 'The rest of the file is valid UTF-8: this cell may have been pasted from a GBK file, or damaged; retype it',
  },
  incomplete: {
    zh: '这一格有不完整的字符，文件可能被截断：请在 Excel 或 WPS 中重新另存为 CSV',
    en: 'A character in this cell is incomplete; the file may be cut short: save it as CSV again in Excel or WPS',
  },
  text: { zh: '原来的文字：请重新输入这一格', en: 'the text as it was: retype the cell' },
};

/** The start of a text too long to show, without control characters, ID numbers masked. */
function preview(text: string, length: number): string {
  // Masked before it is cut, so that an ID number at the edge is masked too.
  const masked = displayValue(text.slice(0, length + 40).replace(CONTROL, '')) ?? '';
  return `${Array.from(masked).slice(0, length).join('')}…`;
}

/**
 * The start of a cell's text to quote in a message: without control characters, ID numbers masked, cut after
 * `length` characters (then with `…`). A string of its own, never a view into the file's text.
 */
export function shortText(text: string, length: number): string {
  const chars = Array.from(displayValue(text.slice(0, length + 40).replace(CONTROL, '')) ?? '');
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : chars.join('');
}

function tooLong(text: string, place: CellPlace): Problem {
  const limit = ROSTER_LIMITS.cellLength;
  return problem(
    P.CSV_CELL_TOO_LONG,
    { column: place.column, length: text.length, limit },
    {
      ...place,
      value: preview(text, 80),
      expected: `不超过 ${limit} 个字符`,
      expectedEn: `at most ${limit} characters`,
    },
  );
}

function undecodable(text: string, place: CellPlace, source: TextSource): Problem {
  const hint = UNDECODABLE_HINTS[source === 'utf-8' || source === 'text' ? source : 'incomplete'];
  const params: ProblemArgs<typeof P.CSV_UNDECODABLE> =
    source === 'text'
      ? { column: place.column, variant: 'replacement' }
      : { column: place.column, encoding: ENCODING_NAMES[source] };
  return problem(P.CSV_UNDECODABLE, params, {
    ...place,
    value: displayValue(text.replace(CONTROL, '')),
    expected: hint.zh,
    expectedEn: hint.en,
  });
}

/** The text without control characters, a line break written `\n`; the same string when there were none. */
function withoutControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
}

/**
 * Checks the (trimmed) text of a cell that is read: returns it without control characters and bidi overrides (a
 * warning names the cell), or `undefined` when the cell is rejected because it is too long or holds a U+FFFD (its
 * problem is in `errors`, and its row is not imported).
 */
export function cellText(
  text: string,
  row: number,
  column: string,
  source: TextSource,
  errors: Problem[],
  warnings: Problem[],
): string | undefined {
  // Two cheap tests on the hot path; the place is only built for a problem.
  if (text.length > ROSTER_LIMITS.cellLength) {
    errors.push(tooLong(text, { row, column }));
    return undefined;
  }
  if (!SUSPECT.test(text)) return text;
  if (text.includes('\uFFFD')) {
    errors.push(undecodable(text, { row, column }, source));
    return undefined;
  }
  const kept = withoutControls(text);
  if (kept !== text.replace(/\r\n?/g, '\n')) {
    warnings.push(problem(P.CSV_CONTROL_CHARACTERS, { column }, { row, column, value: displayValue(kept) }));
  }
  return kept;
}

/**
 * Checks a header cell as {@link cellText} checks a cell, naming the column by its own text. A rejected header
 * (too long, undecodable) still names its column — shortened, without control characters — but no field is read
 * from it.
 */
export function headerText(
  cell: string,
  row: number,
  source: TextSource,
  errors: Problem[],
  warnings: Problem[],
): { header: string; rejected: boolean } {
  const text = cell.trim();
  if (text.length > ROSTER_LIMITS.cellLength) {
    const header = preview(text, 20);
    errors.push(tooLong(text, { row, column: header }));
    return { header, rejected: true };
  }
  if (!SUSPECT.test(text)) return { header: text, rejected: false };
  const header = withoutControls(text);
  const kept = cellText(text, row, header, source, errors, warnings);
  return { header, rejected: kept === undefined };
}
