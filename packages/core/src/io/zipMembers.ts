/**
 * A damaged `.xlsx` must be refused, not read: SheetJS inflates a zip member with its own inflater, which never
 * returns on some damaged deflate streams (the page, or the command, hangs). Before SheetJS sees the bytes, every
 * member is walked as SheetJS walks them and inflated with the platform's `DecompressionStream`, which fails on a
 * damaged stream instead, and stops at {@link MAX_INFLATED} bytes (a zip bomb is no roster).
 */

/** What the members of one roster workbook may inflate to, in all: far more than any sheet of people. */
const MAX_INFLATED = 256 * 1024 * 1024;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** The last end-of-central-directory signature `PK\x05\x06`, searched from the end as SheetJS does. */
function endOfDirectory(b: Uint8Array): number {
  for (let i = b.length - 4; i >= 0; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

/**
 * Whether this platform can inflate raw deflate data (`DecompressionStream('deflate-raw')`: Node 20, Chromium 103,
 * Firefox 113, Safari 16.4). Without it a damaged workbook cannot be told from a sound one before SheetJS reads it.
 */
export function canCheckZipMembers(): boolean {
  try {
    return typeof DecompressionStream === 'function' && new DecompressionStream('deflate-raw') !== undefined;
  } catch {
    return false;
  }
}

/** Inflates raw deflate data; the size inflated, or `undefined` when the data is damaged or inflates past `limit`. */
async function inflatedSize(data: Uint8Array<ArrayBuffer>, limit: number): Promise<number | undefined> {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return undefined;
      }
    }
  } catch {
    return undefined;
  }
}

/**
 * Whether every member of a zip archive is stored or inflates cleanly, walked as SheetJS walks them: the central
 * directory named by the last end-of-directory record, each member's local header, its data from there.
 */
export async function zipMembersInflate(b: Uint8Array): Promise<boolean> {
  const end = endOfDirectory(b);
  if (end < 0 || end + 22 > b.length) return false;
  const count = u16(b, end + 8);
  let at = u32(b, end + 16);
  let budget = MAX_INFLATED;
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) return false;
    const compressed = u32(b, at + 20);
    const local = u32(b, at + 42);
    at += 46 + u16(b, at + 28) + u16(b, at + 30) + u16(b, at + 32);
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50) return false;
    const method = u16(b, local + 8);
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (start + compressed > b.length) return false;
    if (method === 0) continue;
    if (method !== 8) return false;
    const size = await inflatedSize(b.slice(start, start + compressed), budget);
    if (size === undefined) return false;
    budget -= size;
  }
  return true;
}
