/**
 * Statutory shares (五分之四, 过半数, 三分之一) as fractions of whole numbers, written `'4/5'` in policy data and compared
 * by cross-multiplying integers: `count × 5 > due × 4` is exact where `count / due > 0.8` is not.
 */
/** A share written as a fraction of whole numbers, 0 ≤ numerator ≤ denominator. 比例（分数）。 */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

type Text = { readonly zh: string; readonly en: string };

const FRACTION = /^(\d{1,4})\/(\d{1,4})$/;

/**
 * Reads a fraction written `'numerator/denominator'` (at most four digits each, not above 1), or returns
 * `undefined`.
 *
 * @param text - a parameter value, e.g. `'4/5'`
 * @returns the fraction, or `undefined` when the value is not such a fraction
 * @example
 * ```ts
 * parseFraction('4/5') // { numerator: 4, denominator: 5 }
 * parseFraction('0.8') // undefined
 * ```
 */
export function parseFraction(text: unknown): Fraction | undefined {
  const m = typeof text === 'string' ? FRACTION.exec(text) : null;
  if (!m) return undefined;
  const numerator = Number(m[1]);
  const denominator = Number(m[2]);
  return denominator >= 1 && numerator <= denominator ? { numerator, denominator } : undefined;
}

/**
 * `count` is more than the share of `total` (超过): `count × denominator > total × numerator`, in integers.
 *
 * @example
 * ```ts
 * isAbove(41, 50, { numerator: 4, denominator: 5 }) // true
 * isAbove(40, 50, { numerator: 4, denominator: 5 }) // false
 * ```
 */
export function isAbove(count: number, total: number, share: Fraction): boolean {
  return count * share.denominator > total * share.numerator;
}

/**
 * `count` is at least the share of `total` (不少于): `count × denominator ≥ total × numerator`, in integers.
 *
 * @example
 * ```ts
 * isAtLeast(300, 900, { numerator: 1, denominator: 3 }) // true
 * ```
 */
export function isAtLeast(count: number, total: number, share: Fraction): boolean {
  return count * share.denominator >= total * share.numerator;
}

/**
 * The share of `total`, for a message (`须多于 40 人`): rounded to hundredths, never compared.
 *
 * @example
 * ```ts
 * shareOf(52, { numerator: 4, denominator: 5 }) // 41.6
 * ```
 */
export function shareOf(total: number, share: Fraction): number {
  return Math.round((total * share.numerator * 100) / share.denominator) / 100;
}

const DIGITS = '〇一二三四五六七八九';

/** A whole number 0–100 in Chinese numerals (二十, 三十五, 一百); larger ones in Arabic digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 100) return String(n);
  if (n === 100) return '一百';
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
}

/**
 * A fraction as the texts of a rule write it: `五分之四` / `4/5`; one half as `half` (the caller's Chinese word
 * for it — `半数` or `一半` — when given).
 *
 * @example
 * ```ts
 * fractionText({ numerator: 4, denominator: 5 }) // { zh: '五分之四', en: '4/5' }
 * fractionText({ numerator: 1, denominator: 2 }, '半数') // { zh: '半数', en: 'half' }
 * ```
 */
export function fractionText(share: Fraction, halfZh?: string): Text {
  if (halfZh !== undefined && share.numerator * 2 === share.denominator) return { zh: halfZh, en: 'half' };
  return {
    zh: `${chineseNumeral(share.denominator)}分之${chineseNumeral(share.numerator)}`,
    en: `${share.numerator}/${share.denominator}`,
  };
}

/** POLICY_PARAMETER_VALUE for a share that is not written `numerator/denominator` (also read when a tally runs). */
export function notAShare(
  id: string,
  since: string,
  value: unknown,
): { variant: 'fraction'; id: string; since: string; value: string } {
  const shown = JSON.stringify(value);
  return { variant: 'fraction', id, since, value: shown };
}
