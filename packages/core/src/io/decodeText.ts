/**
 * Decoding the bytes of a CSV file: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), and GB18030/GBK,
 * which Excel on Chinese Windows writes when saving "CSV (逗号分隔)".
 */

/** The encodings a roster file may arrive in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decodes file bytes to text, detecting the encoding: a BOM decides; otherwise strict UTF-8 is tried and GB18030
 * (a superset of GBK and GB2312) is used when the bytes are not valid UTF-8.
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
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
