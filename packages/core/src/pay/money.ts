/**
 * Money in integer fen (分): printing it the two ways reports and pay slips do.
 */
import * as P from '../problems/codes.js';
import { HuanjieError, problem } from '../problems/problem.js';

/**
 * Prints an amount in fen as yuan. 金额格式。
 *
 * @param fen - an integer amount in fen
 * @param options - `style: 'symbol'` (default, `¥3,760.00`) or `'suffix'` (`3760.00元`)
 * @throws HuanjieError `MONEY_NOT_FEN` for a non-integer amount (a fraction of a fen is a bug upstream)
 * @example
 * ```ts
 * formatYuan(376000)                      // '¥3,760.00'
 * formatYuan(376000, { style: 'suffix' }) // '3760.00元'
 * ```
 */
export function formatYuan(fen: number, options: { readonly style?: 'symbol' | 'suffix' } = {}): string {
  if (!Number.isSafeInteger(fen)) {
    throw new HuanjieError([problem(P.MONEY_NOT_FEN, { value: String(fen) }, { value: String(fen) })]);
  }
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  if (options.style === 'suffix') return `${sign}${yuan}.${cents}元`;
  return `${sign}¥${String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/** `amount × numerator / denominator`, rounded half-up to a whole fen (all integers, amount ≥ 0). */
export function prorate(amount: number, numerator: number, denominator: number): number {
  return Math.floor((2 * amount * numerator + denominator) / (2 * denominator));
}
