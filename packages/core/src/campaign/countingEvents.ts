/**
 * The events that count on a date, as every register reads them: those recorded by then, in the journal's order,
 * without the ones a later correction replaced or a retraction withdrew; and a reference to a corrected event
 * followed to its correction.
 */

import { orderedEvents } from './campaignStatus.js';
import type { CampaignEvent } from './event.js';

/** The counting events up to an instant, and how a reference resolves. */
export interface CountingEvents {
  /** In the journal's order (instant, then id). */
  readonly events: readonly CampaignEvent[];
  /** The event an id names now: its correction if it was corrected, nothing if withdrawn or not recorded by then. */
  resolve(id: string): CampaignEvent | undefined;
}

/** The events recorded by `asOfMs` that count (see the file comment). */
export function countingEvents(all: readonly CampaignEvent[], asOfMs: number): CountingEvents {
  const timed = orderedEvents(all).filter((t) => t.ms <= asOfMs);
  // A correction takes the place of the event it names; a retraction withdraws it.
  const replacedBy = new Map<string, string | null>();
  for (const { event } of timed) {
    if (event.corrects) replacedBy.set(event.corrects, event.kind === 'retraction' ? null : event.id);
  }
  const byId = new Map(timed.map((t) => [t.id, t.event]));
  return {
    events: timed.filter((t) => t.event.kind !== 'retraction' && !replacedBy.has(t.id)).map((t) => t.event),
    resolve(id) {
      let current: string | null | undefined = id;
      // Bounded: a chain of corrections cannot be longer than the journal.
      for (let hops = 0; current && replacedBy.has(current) && hops <= byId.size; hops++) {
        current = replacedBy.get(current);
      }
      return current ? byId.get(current) : undefined;
    },
  };
}
