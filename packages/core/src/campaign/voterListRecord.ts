/**
 * The voter list on the campaign record: what a `voterList` event holds, made from a checked list and the file
 * posted, so that the record carries the counts the tally later divides by and which file they came from.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { IsoDate } from '../dates/calendar.js';
import type { VoterRegisterCheck } from '../voters/checkVoterRegister.js';
import type { EventOf } from './event.js';

/**
 * The data of a `voterList` event (公布选民名单纪实): the day posted, the election day, the voters by category of
 * 村民委员会组织法 Art. 13, the people left out, the proxies that hold (Art. 15) and the SHA-256 of the file posted
 * (its bytes as read, or its text as UTF-8). Seal it with `sealEvent` like any event.
 *
 * @param check - the list as `checkVoterRegister` checked it
 * @param options - the election day, the day the list was posted, and the file (bytes or text)
 * @returns the event's `data`
 * @example
 * ```ts
 * const data = voterListRecord(check, { electionDate: '2021-10-28', publishedOn: '2021-10-06', file: bytes })
 * sealEvent({ at: '2021-10-06T09:00:00+08:00', unit: '430124101201', actor, kind: 'voterList', data })
 * ```
 */
export function voterListRecord(
  check: VoterRegisterCheck,
  options: { readonly electionDate: IsoDate; readonly publishedOn: IsoDate; readonly file: Uint8Array | string },
): EventOf<'voterList'>['data'] {
  const bytes = typeof options.file === 'string' ? utf8ToBytes(options.file) : options.file;
  return {
    publishedOn: options.publishedOn,
    electionDate: options.electionDate,
    registered: check.registeredVoters,
    byCategory: { ...check.counts.byCategory },
    excluded: check.counts.excluded,
    proxies: check.proxies.accepted.length,
    fileSha256: bytesToHex(sha256(bytes)),
  };
}
