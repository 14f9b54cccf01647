/**
 * Event ids derived from content: the SHA-256 of an event's canonical JSON. An event edited after it was recorded
 * no longer matches its id, so a journal is tamper-evident without a server or a signature; and the same event
 * recorded twice (a township's file sent up twice) has one id, so merging drops the copy.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { CampaignEvent, EventDraft } from './event.js';

/**
 * Canonical JSON (RFC 8785 for the values a journal holds): object keys sorted by UTF-16 code units, no spaces, and
 * strings and numbers exactly as `JSON.stringify` writes them (which is what RFC 8785 specifies for both).
 * `undefined` members are left out, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

/** How many hex digits of the SHA-256 an id keeps: 128 bits, far past any accidental or contrived collision. */
const ID_HEX_DIGITS = 32;

/**
 * The id of an event: the first 32 hex digits of the SHA-256 of its canonical JSON without the `id` member.
 *
 * @param event - an event, with or without its id
 * @example
 * ```ts
 * eventId({ at: '2021-10-20T09:30:00+08:00', unit: '529901101001', actor, kind: 'stage', data: { stage: 'voter-registration' } })
 * // '3f1c…' (32 hex digits)
 * ```
 */
export function eventId(event: EventDraft | CampaignEvent): string {
  const { id: _ignored, ...content } = event as CampaignEvent;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(content)))).slice(0, ID_HEX_DIGITS);
}

/** An event with its id. 生成纪实事项。 */
export function sealEvent<D extends EventDraft>(draft: D): D & { readonly id: string } {
  return { ...draft, id: eventId(draft) };
}
