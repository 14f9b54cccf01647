/**
 * Resident identity numbers (公民身份号码) under GB 11643-1999: parse, validate, convert and mask.
 *
 * Layout: 6-digit administrative region code, 8-digit birth date `YYYYMMDD`, 3-digit sequence (odd = male,
 * even = female), and an ISO 7064 MOD 11-2 check character (GB 11643-1999 §4–§5). The 15-digit numbers issued
 * before 1999 carry a 2-digit year and no check character; they convert to 18 digits by inserting `19`.
 */
import { formatIsoDate, type IsoDate, isIsoDate, partsIfExists } from '../dates/calendar.js';
import * as P from '../problems/codes.js';
import { HuanjieError, type Problem, type ProblemArgs, type ProblemTemplate, problem } from '../problems/problem.js';

/** A parsed resident ID. 身份证号解析结果。 */
export interface ResidentId {
  /** The canonical 18-character number (upper-case `X`). */
  readonly id: string;
  /** The 6-digit administrative division code of the place of first registration. */
  readonly regionCode: string;
  readonly birthDate: IsoDate;
  readonly sex: 'male' | 'female';
  /** `true` when the input was a 15-digit number that was converted. */
  readonly converted: boolean;
}

/** Why a string is not a resident ID. Codes are stable. */
export type ResidentIdErrorCode =
  | 'ID_EMPTY'
  | 'ID_LENGTH'
  | 'ID_CHARACTERS'
  | 'ID_REGION'
  | 'ID_BIRTH_DATE'
  | 'ID_BIRTH_DATE_FUTURE'
  | 'ID_CHECK_CHARACTER';

/** A problem from the catalogue, so that `formatProblem` writes it in Traditional Chinese too. */
export interface ResidentIdError extends Problem {
  readonly code: ResidentIdErrorCode;
}

export type ResidentIdResult =
  | { readonly ok: true; readonly value: ResidentId }
  | { readonly ok: false; readonly error: ResidentIdError };

export interface ParseResidentIdOptions {
  /**
   * The date on which the number is judged: a birth date after it is `ID_BIRTH_DATE_FUTURE`. Core never reads the
   * clock, so without `asOf` only impossible dates (and years before 1800) are rejected. A value that is not an
   * existing `YYYY-MM-DD` date is the caller's mistake, not the number's: it throws `ID_AS_OF`.
   */
  readonly asOf?: IsoDate;
}

// GB 11643-1999 §5.2: weights W_i = 2^(i-1) mod 11 for positions 18..2, and remainder → check character.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

// First two digits of GB/T 2260 province-level codes, plus 83 (Taiwan residents' permits) and 91 (foreigners'
// permanent residence cards, which use the same 18-character layout).
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
  '91',
]);

/**
 * Computes the check character (校验码) for the first 17 digits of a resident ID.
 *
 * @param first17 - exactly 17 ASCII digits (not checked)
 * @returns `'0'`–`'9'` or `'X'`
 * @example
 * ```ts
 * residentIdCheckCharacter('11010519491231002') // 'X'
 * ```
 */
export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/** Whether every character is ASCII (then NFKC would leave it as it is). */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function fail<T extends ProblemTemplate & { code: ResidentIdErrorCode }>(
  template: T,
  params?: ProblemArgs<T>,
): ResidentIdResult {
  return { ok: false, error: problem(template, params) as ResidentIdError };
}

/**
 * Parses and validates a resident ID number (GB 11643-1999). Accepts surrounding spaces, a lower-case `x`,
 * full-width characters and 15-digit numbers (converted to 18). Never throws on the number: what is wrong with it
 * is the result.
 *
 * @param input - the number as typed; any value is accepted and judged
 * @param options - `asOf` to reject birth dates in the future
 * @returns `{ ok: true, value }` or `{ ok: false, error: { code, message, messageEn } }`
 * @throws HuanjieError `ID_AS_OF` when `asOf` is given and is not an existing date (as `evaluateEligibility` and
 *   `summarizeComposition` throw for theirs): judging without it would let a future birth date through
 * @example
 * ```ts
 * parseResidentId('11010519491231002x')
 * // { ok: true, value: { id: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', sex: 'female', converted: false } }
 * parseResidentId('110105194912310021').ok // false (error.code 'ID_CHECK_CHARACTER')
 * ```
 */
export function parseResidentId(input: unknown, options: ParseResidentIdOptions = {}): ResidentIdResult {
  const { asOf } = options;
  if (asOf !== undefined && (typeof asOf !== 'string' || !isIsoDate(asOf))) {
    throw new HuanjieError([problem(P.ID_AS_OF, { value: String(asOf) }, { path: ['asOf'], value: String(asOf) })]);
  }
  return parseResidentIdAsOf(input, asOf);
}

/**
 * {@link parseResidentId} on an `asOf` already checked: the roster import checks it once, not once a row.
 * @internal
 */
export function parseResidentIdAsOf(input: unknown, asOf: IsoDate | undefined): ResidentIdResult {
  if (typeof input !== 'string' || input.trim() === '') {
    return fail(P.ID_EMPTY);
  }
  // Full-width digits and letters (１２３Ｘ) as typed with a Chinese input method: NFKC makes them ASCII.
  const s = (isAscii(input) ? input : input.normalize('NFKC')).trim().toUpperCase();
  if (s.length !== 18 && s.length !== 15) {
    return fail(P.ID_LENGTH, { length: s.length });
  }
  const body = s.length === 18 ? s.slice(0, 17) : `${s.slice(0, 6)}19${s.slice(6)}`;
  if (!/^\d{17}$/.test(body) || (s.length === 18 && !/^[\dX]$/.test(s[17]!))) {
    return fail(P.ID_CHARACTERS, s.length === 18 ? {} : { variant: 'old15' });
  }
  if (!PROVINCES.has(body.slice(0, 2))) {
    return fail(P.ID_REGION, { province: body.slice(0, 2) });
  }
  const year = Number(body.slice(6, 10));
  const parts = year >= 1800 ? partsIfExists(year, Number(body.slice(10, 12)), Number(body.slice(12, 14))) : undefined;
  if (!parts) {
    return fail(P.ID_BIRTH_DATE, { digits: body.slice(6, 14) });
  }
  const birthDate = formatIsoDate(parts);
  if (asOf !== undefined && birthDate > asOf) {
    return fail(P.ID_BIRTH_DATE_FUTURE, { birthDate, asOf });
  }
  const check = residentIdCheckCharacter(body);
  if (s.length === 18 && s[17] !== check) {
    return fail(P.ID_CHECK_CHARACTER, { check });
  }
  // Built from short pieces (copies, where a longer slice of the input would be a view into it): an ID kept from a
  // roster does not keep the whole file's text alive.
  const regionCode = body.slice(0, 6);
  return {
    ok: true,
    value: {
      id: `${regionCode}${body.slice(6)}${check}`,
      regionCode,
      birthDate,
      sex: Number(body[16]) % 2 === 1 ? 'male' : 'female',
      converted: s.length === 15,
    },
  };
}

/** How much of an ID number stays visible when masked. */
export interface MaskResidentIdOptions {
  /** Characters shown at the start (default 6: the region code). */
  readonly head?: number;
  /** Characters shown at the end (default 4). */
  readonly tail?: number;
  /** The masking character (default `*`). */
  readonly mask?: string;
}

/**
 * Masks a resident ID number for display (个人信息保护法: ID numbers are sensitive personal information). Shows the
 * first 6 and last 4 characters by default; a string too short to hide anything that way is masked entirely.
 *
 * @param id - the number (any string; surrounding spaces are dropped)
 * @param options - `head`, `tail` and `mask`
 * @returns the masked text, of the same length as the trimmed input
 * @example
 * ```ts
 * maskResidentId('11010519491231002X') // '110105********002X'
 * maskResidentId('11010519491231002X', { head: 3, tail: 1 }) // '110**************X'
 * ```
 */
export function maskResidentId(id: string, options: MaskResidentIdOptions = {}): string {
  const { head = 6, tail = 4, mask = '*' } = options;
  const chars = Array.from(String(id).trim());
  const h = Math.max(0, Math.floor(head));
  const t = Math.max(0, Math.floor(tail));
  if (h + t >= chars.length) return mask.repeat(chars.length);
  return chars.slice(0, h).join('') + mask.repeat(chars.length - h - t) + (t ? chars.slice(-t).join('') : '');
}
