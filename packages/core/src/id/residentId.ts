/**
 * Resident identity numbers (公民身份号码) under GB 11643-1999: parse, validate, convert and mask.
 *
 * Layout: 6-digit administrative region code, 8-digit birth date `YYYYMMDD`, 3-digit sequence (odd = male,
 * even = female), and an ISO 7064 MOD 11-2 check character (GB 11643-1999 §4–§5). The 15-digit numbers issued
 * before 1999 carry a 2-digit year and no check character; they convert to 18 digits by inserting `19`.
 */
import { formatIsoDate, type IsoDate, partsIfExists } from '../dates/calendar.js';

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

export interface ResidentIdError {
  readonly code: ResidentIdErrorCode;
  readonly message: string;
  readonly messageEn: string;
}

export type ResidentIdResult =
  | { readonly ok: true; readonly value: ResidentId }
  | { readonly ok: false; readonly error: ResidentIdError };

export interface ParseResidentIdOptions {
  /**
   * The date on which the number is judged: a birth date after it is `ID_BIRTH_DATE_FUTURE`. Core never reads the
   * clock, so without `asOf` only impossible dates (and years before 1800) are rejected.
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

function fail(code: ResidentIdErrorCode, message: string, messageEn: string): ResidentIdResult {
  return { ok: false, error: { code, message, messageEn } };
}

/**
 * Parses and validates a resident ID number (GB 11643-1999). Accepts surrounding spaces, a lower-case `x`,
 * full-width characters and 15-digit numbers (converted to 18). Never throws.
 *
 * @param input - the number as typed; any value is accepted and judged
 * @param options - `asOf` to reject birth dates in the future
 * @returns `{ ok: true, value }` or `{ ok: false, error: { code, message, messageEn } }`
 * @example
 * ```ts
 * parseResidentId('11010519491231002x')
 * // { ok: true, value: { id: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', sex: 'female', converted: false } }
 * parseResidentId('110105194912310021').ok // false (error.code 'ID_CHECK_CHARACTER')
 * ```
 */
export function parseResidentId(input: unknown, options: ParseResidentIdOptions = {}): ResidentIdResult {
  if (typeof input !== 'string' || input.trim() === '') {
    return fail('ID_EMPTY', '身份证号为空', 'The resident ID number is empty');
  }
  // Full-width digits and letters (１２３Ｘ) as typed with a Chinese input method: NFKC makes them ASCII.
  const s = (isAscii(input) ? input : input.normalize('NFKC')).trim().toUpperCase();
  if (s.length !== 18 && s.length !== 15) {
    return fail(
      'ID_LENGTH',
      `身份证号应为 18 位（或旧版 15 位），实际为 ${s.length} 位`,
      `A resident ID number has 18 characters (or 15 for old numbers), this one has ${s.length}`,
    );
  }
  const body = s.length === 18 ? s.slice(0, 17) : `${s.slice(0, 6)}19${s.slice(6)}`;
  if (!/^\d{17}$/.test(body) || (s.length === 18 && !/^[\dX]$/.test(s[17]!))) {
    return fail(
      'ID_CHARACTERS',
      s.length === 18 ? '身份证号前 17 位应为数字，最后一位为数字或 X' : '15 位身份证号应全部为数字',
      s.length === 18
        ? 'The first 17 characters must be digits and the last a digit or X'
        : 'A 15-digit resident ID number has digits only',
    );
  }
  if (!PROVINCES.has(body.slice(0, 2))) {
    return fail(
      'ID_REGION',
      `身份证号前两位 ${body.slice(0, 2)} 不是有效的省级行政区划代码`,
      `The first two digits ${body.slice(0, 2)} are not a province-level division code`,
    );
  }
  const year = Number(body.slice(6, 10));
  const parts = year >= 1800 ? partsIfExists(year, Number(body.slice(10, 12)), Number(body.slice(12, 14))) : undefined;
  if (!parts) {
    return fail(
      'ID_BIRTH_DATE',
      `身份证号中的出生日期 ${body.slice(6, 14)} 不存在`,
      `The birth date ${body.slice(6, 14)} in the number does not exist`,
    );
  }
  const birthDate = formatIsoDate(parts);
  if (options.asOf !== undefined && birthDate > options.asOf) {
    return fail(
      'ID_BIRTH_DATE_FUTURE',
      `身份证号中的出生日期 ${birthDate} 晚于 ${options.asOf}`,
      `The birth date ${birthDate} in the number is after ${options.asOf}`,
    );
  }
  const check = residentIdCheckCharacter(body);
  if (s.length === 18 && s[17] !== check) {
    return fail(
      'ID_CHECK_CHARACTER',
      `身份证号校验码错误：最后一位应为 ${check}，请核对是否有数字录错`,
      `Wrong check character: the last character should be ${check}; a digit was probably mistyped`,
    );
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
