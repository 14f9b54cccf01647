/**
 * Writing results for where they go: CSV cells that Excel opens as text (never as a formula), and JSON whose
 * C1 and bidi controls are escaped so that a terminal shows them instead of obeying them.
 */

/** A CSV cell: quoted when it must be, and a leading `= + - @` defused with `'` so Excel does not run it. */
export function csvCell(s: string): string {
  return /[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replaceAll('"', '""')}"` : s;
}

/** JSON with the C1 and bidi controls that `JSON.stringify` leaves raw written as `\uXXXX` escapes (same value). */
export function terminalJson(value: unknown): string {
  return escapeControls(JSON.stringify(value, null, 2));
}

/** JSON text with its raw C1 and bidi controls written as `\uXXXX` escapes: the same JSON value, safe to print. */
export function escapeControls(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
