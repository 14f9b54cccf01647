/**
 * Decoding the bytes of a CSV file: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text", with or without
 * BOM), and GB18030/GBK, which Excel on Chinese Windows writes when saving "CSV (逗号分隔)"; and recognising the
 * files that are not text at all (an Excel workbook dropped instead of its CSV, an image).
 */

/** The encodings a roster file may arrive in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** What a file that is not text is: an Excel workbook (`.xlsx` is a zip archive, `.xls` an OLE file) or else. */
export type BinaryFileKind = 'xlsx' | 'xls' | 'binary';

/** The bytes looked at to tell text from binary and UTF-16 from the rest: a roster's first lines are in them. */
const SAMPLE_BYTES = 64 * 1024;

/** NUL bytes at even and odd offsets of the sample, over its byte pairs. */
function nulBytes(bytes: Uint8Array): { even: number; odd: number; pairs: number } {
  const pairs = Math.min(bytes.length, SAMPLE_BYTES) >> 1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) even++;
    if (bytes[2 * i + 1] === 0) odd++;
  }
  return { even, odd, pairs };
}

/**
 * UTF-16 without BOM, by its NUL bytes: every ASCII character (delimiters, digits, dates, line breaks) has a NUL high
 * byte, so at least 1 pair in 16 has a NUL on one side, and the other side hardly ever (a CJK character ending in
 * 00, 1 in 256). Text in any other encoding has no NUL; binary data has them on both sides alike.
 */
function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const { even, odd, pairs } = nulBytes(bytes);
  if (odd > 0 && odd * 16 >= pairs && even * 16 <= odd) return 'utf-16le';
  if (even > 0 && even * 16 >= pairs && odd * 16 <= even) return 'utf-16be';
  return undefined;
}

/**
 * Recognises bytes that are not a text file, before anyone decodes them: an Excel workbook by its signature (zip
 * `PK\x03\x04` for `.xlsx`, OLE `D0 CF 11 E0 A1 B1 1A E1` for `.xls`), other binary data by its NUL bytes (more
 * than 1 in 64, not in the pattern of UTF-16). A few stray NULs in a text file do not make it binary.
 *
 * @param bytes - the file's bytes
 * @returns the kind of binary file, or `undefined` for text
 * @example
 * ```ts
 * binaryFileKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])) // 'xlsx'
 * binaryFileKind(new TextEncoder().encode('姓名,性别')) // undefined
 * ```
 */
export function binaryFileKind(bytes: Uint8Array): BinaryFileKind | undefined {
  const starts = (signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts([0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (starts([0xef, 0xbb, 0xbf]) || starts([0xff, 0xfe]) || starts([0xfe, 0xff])) return undefined;
  const { even, odd, pairs } = nulBytes(bytes);
  if ((even + odd) * 64 > pairs * 2 && utf16ByteOrder(bytes) === undefined) return 'binary';
  return undefined;
}

/**
 * Decodes file bytes to text, detecting the encoding: a BOM decides; UTF-16 without BOM is told by its NUL bytes;
 * otherwise strict UTF-8 is tried and GB18030 (a superset of GBK and GB2312) is used when the bytes are not valid
 * UTF-8. See {@link binaryFileKind} for files that are not text.
 *
 * @param bytes - the file's bytes
 * @returns the text (without BOM) and the encoding used
 * @example
 * ```ts
 * decodeText(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb])) // { text: '姓名', encoding: 'gb18030' }
 * ```
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
