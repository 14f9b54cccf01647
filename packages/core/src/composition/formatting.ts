/**
 * Printing shares and averages the way the reports do (916/989 → `92.62%`, average age `39.35`): exact integer
 * arithmetic with half-up rounding, no floating-point drift. No figure when there is nothing to divide by.
 */
import * as P from '../problems/codes.js';
import { HuanjieError, problem } from '../problems/problem.js';

/** What is printed when a share or an average has no members to stand on. */
export const NO_FIGURE = '—';

function checkDigits(digits: number): void {
  if (!Number.isInteger(digits) || digits < 0 || digits > 6) {
    throw new HuanjieError([problem(P.FORMAT_DIGITS, { value: String(digits) }, { path: ['digits'] })]);
  }
}

/** `numerator / denominator`, scaled by 10^digits and rounded half-up, as an integer (both inputs ≥ 0). */
function scaledRatio(numerator: number, denominator: number, digits: number): number {
  const scale = 10 ** digits;
  // ⌊(2·n·scale + d) / (2·d)⌋ is n·scale/d rounded half-up, exactly, while the product stays below 2^53.
  return Math.floor((2 * numerator * scale + denominator) / (2 * denominator));
}

function withDecimals(scaled: number, digits: number): string {
  const negative = scaled < 0;
  const s = String(Math.abs(scaled)).padStart(digits + 1, '0');
  const text = digits === 0 ? s : `${s.slice(0, -digits)}.${s.slice(-digits)}`;
  return negative ? `-${text}` : text;
}

/**
 * A share as the reports print it. 百分比。
 *
 * @param count - members with the property
 * @param total - members counted
 * @param digits - decimals (default 2)
 * @returns e.g. `'92.62%'`, or `'—'` when `total` is 0
 * @example
 * ```ts
 * formatPercent(916, 989) // '92.62%'
 * formatPercent(196, 197) // '99.49%'
 * formatPercent(0, 0)     // '—'
 * ```
 */
export function formatPercent(count: number, total: number, digits = 2): string {
  checkDigits(digits);
  if (!(total > 0) || !Number.isInteger(count) || !Number.isInteger(total) || count < 0) return NO_FIGURE;
  return `${withDecimals(scaledRatio(count, total, digits + 2), digits)}%`;
}

/**
 * An average as the reports print it, from an exact sum and count (half-up).
 *
 * @example
 * ```ts
 * formatAverage(38917, 989) // '39.35'
 * formatAverage(0, 0)       // '—'
 * ```
 */
export function formatAverage(sum: number, count: number, digits = 2): string {
  checkDigits(digits);
  if (!(count > 0) || !Number.isInteger(count) || !Number.isInteger(sum) || sum < 0) return NO_FIGURE;
  return withDecimals(scaledRatio(sum, count, digits), digits);
}

/** An average in hundredths, rounded half-up (integer), or `undefined` with no members. */
export function averageInHundredths(sum: number, count: number): number | undefined {
  return count > 0 ? scaledRatio(sum, count, 2) : undefined;
}

/** Hundredths as text with two decimals: `1235` → `'12.35'`. */
export function formatHundredths(value: number): string {
  return withDecimals(value, 2);
}
