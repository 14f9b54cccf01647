/**
 * Decoding the bytes of a CSV file: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text", with or without
 * BOM), and GB18030/GBK, which Excel on Chinese Windows writes when saving "CSV (逗号分隔)"; and recognising the
 * files that are not text at all (an Excel workbook dropped instead of its CSV, an image).
 */

/** The encodings a roster file may arrive in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decoded file text. */
export interface DecodedText {
  /** The text, without BOM. */
  readonly text: string;
  /** The encoding the bytes were read as. */
  readonly encoding: TextEncodingName;
  /**
   * Byte sequences that were not valid in that encoding, each a U+FFFD (�) in `text` (a U+FFFD that the file itself
   * holds is counted too); 0 when every byte was valid.
   */
  readonly undecodable: number;
}

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
 * Valid multi-byte UTF-8 sequences and invalid ones, counted as a decoder replaces them (each maximal invalid
 * subpart is one U+FFFD, WHATWG Encoding §4.1.1), up to the `maxInvalid`th invalid one.
 */
function utf8Sequences(bytes: Uint8Array, maxInvalid: number): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length && invalid < maxInvalid) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let j = i + 1;
    let seen = 0;
    for (; seen < need && j < bytes.length; seen++, j++) {
      const c = bytes[j]!;
      if (c < low || c > high) break;
      low = 0x80;
      high = 0xbf;
    }
    if (seen === need) valid++;
    else invalid++;
    i = j; // the byte that broke the sequence is read again as the start of the next
  }
  return { valid, invalid };
}

/**
 * Bytes are read as UTF-8 despite invalid sequences when at least 8 valid multi-byte sequences stand for each
 * invalid one, counted up to the 16th invalid one (so that a GBK file is told within its first line): GBK text read
 * as UTF-8 gives about 1 valid sequence (by chance) for 4 invalid ones (1 for 2 in its worst line), UTF-8 text with
 * a damaged cell hundreds to one.
 */
const UTF8_VALID_PER_INVALID = 8;
const UTF8_INVALID_SEEN = 16;

function decodeAs(encoding: TextEncodingName, bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, undecodable: 0 };
  } catch {
    const text = new TextDecoder(encoding).decode(bytes);
    let undecodable = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) undecodable++;
    return { text, encoding, undecodable };
  }
}

/**
 * Decodes file bytes to text, detecting the encoding: a BOM decides; UTF-16 without BOM is told by its NUL bytes;
 * otherwise the bytes are UTF-8 when they are valid UTF-8 or overwhelmingly so (a damaged cell in a UTF-8 file does
 * not turn every other cell into mojibake), and GB18030 (a superset of GBK and GB2312) when not. Bytes that cannot
 * be decoded become U+FFFD and are counted in `undecodable`; see {@link binaryFileKind} for files that are not text.
 *
 * @param bytes - the file's bytes
 * @returns the text (without BOM), the encoding used and how many byte sequences could not be decoded
 * @example
 * ```ts
 * decodeText(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb])) // { text: '姓名', encoding: 'gb18030', undecodable: 0 }
 * ```
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs('utf-16be', bytes.subarray(2));
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return decodeAs(utf16, bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', undecodable: 0 };
  } catch {
    const { valid, invalid } = utf8Sequences(bytes, UTF8_INVALID_SEEN);
    if (valid >= invalid * UTF8_VALID_PER_INVALID) return decodeAs('utf-8', bytes);
    return decodeAs('gb18030', bytes);
  }
}
