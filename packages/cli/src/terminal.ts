/**
 * Text from a roster or a policy file on its way to a terminal. A cell holding `ESC [1A ESC [2K` would move the
 * cursor and erase the line above (a roster could hide its own errors), and a bidi override would reorder what
 * follows: every C0/C1 control and bidi control is shown as a visible `\u{…}` escape instead.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with its control and bidi characters escaped, safe to print on a terminal line. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
