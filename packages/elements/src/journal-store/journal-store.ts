/**
 * `@huanjie/elements/journal-store`: a campaign journal kept in the browser's IndexedDB, so that a township's work
 * survives a reload and goes on with the network off. One object store, keyed by event id; nothing stored is ever
 * changed or removed, and every load goes through `verifyJournal`, so a record edited in storage is named, not
 * trusted.
 */
import {
  type CampaignEvent,
  HuanjieError,
  type JournalCheck,
  type JournalStore,
  mergeJournals,
  verifyJournal,
} from '@huanjie/core';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/** The database's one object store: events by id. */
const EVENTS = 'events';

interface JournalDb extends DBSchema {
  [EVENTS]: { key: string; value: CampaignEvent };
}

export interface IndexedDbJournalStoreOptions {
  /** The IndexedDB database (default `huanjie-journal`): one per journal a page keeps. */
  readonly name?: string;
}

/**
 * A journal in IndexedDB. 浏览器本地纪实存储。
 *
 * @example
 * ```ts
 * import { sealEvent } from '@huanjie/core'
 * import { IndexedDbJournalStore } from '@huanjie/elements/journal-store'
 *
 * const store = new IndexedDbJournalStore()            // database 'huanjie-journal'
 * await store.append([sealEvent(draft)])               // 1; the same again: 0
 * const { events, problems } = await store.load()      // after a reload too, in the journal's order
 * ```
 */
export class IndexedDbJournalStore implements JournalStore {
  /** The database's name. */
  readonly name: string;
  #db: Promise<IDBPDatabase<JournalDb>> | undefined;

  constructor(options: IndexedDbJournalStoreOptions = {}) {
    this.name = options.name ?? 'huanjie-journal';
  }

  /**
   * Stores the events not yet stored, in one transaction: all or none.
   *
   * @param events - sealed events (`sealEvent`)
   * @returns how many were new
   * @throws HuanjieError when an event is malformed or does not match its id; nothing is stored then
   */
  async append(events: readonly CampaignEvent[]): Promise<number> {
    const input = verifyJournal(events);
    const [error, ...errors] = input.problems.filter((p) => p.severity === 'error');
    if (error) throw new HuanjieError([error, ...errors]);
    const db = await this.#open();
    const tx = db.transaction(EVENTS, 'readwrite');
    // Asked and written in the same transaction, so two tabs appending the same events store them once.
    const stored = await Promise.all(input.events.map((e) => tx.store.getKey(e.id)));
    const fresh = input.events.filter((_, i) => stored[i] === undefined);
    await Promise.all([...fresh.map((e) => tx.store.add(e)), tx.done]);
    return fresh.length;
  }

  /**
   * Every stored event through `verifyJournal`, in the journal's order (instant, then id). Problems name the event
   * by its id.
   */
  async load(): Promise<JournalCheck> {
    const db = await this.#open();
    const records: unknown[] = await db.getAll(EVENTS);
    const check = verifyJournal(records);
    return { ...check, events: mergeJournals(check.events).events };
  }

  /** Closes the connection (a later call opens it again), e.g. before the database is deleted. */
  async close(): Promise<void> {
    const db = this.#db;
    this.#db = undefined;
    (await db?.catch(() => undefined))?.close();
  }

  #open(): Promise<IDBPDatabase<JournalDb>> {
    this.#db ??= openDB<JournalDb>(this.name, 1, {
      upgrade(db) {
        db.createObjectStore(EVENTS, { keyPath: 'id' });
      },
      // Another tab wants a newer version, or the browser closed the database: let go, and reopen on next use.
      blocking: () => void this.close(),
      terminated: () => {
        this.#db = undefined;
      },
    });
    const opening = this.#db;
    opening.catch(() => {
      if (this.#db === opening) this.#db = undefined;
    });
    return opening;
  }
}
