/**
 * Where a journal is kept: the contract every store meets. Core holds no store (it does no I/O); the IndexedDB store
 * for browsers is in `@huanjie/elements/journal-store`, the NDJSON file store for Node in `@huanjie/cli/journal-store`,
 * and a portal may keep events in its own database by meeting the same contract.
 */
import type { CampaignEvent } from './event.js';
import type { JournalCheck } from './verifyJournal.js';

/** A place a journal is kept. 纪实存储。 */
export interface JournalStore {
  /**
   * Appends sealed events (`sealEvent`); an event already stored (same id) is skipped, so sending the same events
   * twice stores them once. Nothing stored is ever changed or removed.
   *
   * @returns how many events were new
   */
  append(events: readonly CampaignEvent[]): Promise<number>;
  /** Every stored event, read back through `verifyJournal`: an event changed in storage is named, not trusted. */
  load(): Promise<JournalCheck>;
}
