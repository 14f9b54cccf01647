/**
 * `@huanjie/cli/journal-store`: a campaign journal kept in an NDJSON file (one event a line), the form townships send
 * up and `huanjie campaign` reads. Appends go to the end of the file and are on disk (fsync) before they resolve;
 * nothing written is ever rewritten, so a crash can cost at most the last, incomplete line, which a load reports.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  type CampaignEvent,
  HuanjieError,
  type JournalCheck,
  type JournalStore,
  journalToNdjson,
  verifyJournal,
} from '@huanjie/core';

/** What identifies the file's content as last read or written: a change to any of these means read it again. */
interface Seen {
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
}

const sameFile = (a: Seen | undefined, b: Seen | undefined) =>
  a !== undefined && b !== undefined && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

async function statOf(path: string): Promise<Seen | undefined> {
  try {
    const { ino, size, mtimeMs } = await stat(path);
    return { ino, size, mtimeMs };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * A journal in an NDJSON file. 纪实文件（每行一条事项）。
 *
 * Events already in the file (same id, and intact: an edited line does not hold its event) are not written again,
 * so appending a township's events twice stores them once, and appending them again after a crash restores the
 * line the crash cut short. One process should append to a file at a time.
 *
 * @example
 * ```ts
 * import { sealEvent } from '@huanjie/core'
 * import { NdjsonJournalStore } from '@huanjie/cli/journal-store'
 *
 * const store = new NdjsonJournalStore('青石镇.ndjson')
 * await store.append([sealEvent({ at: '2021-09-01T09:00:00+08:00', unit: '529901101001', actor, kind: 'stage', data: { stage: 'preparation' } })]) // 1
 * const { events, problems } = await store.load() // problems name the file's lines (`row`)
 * ```
 */
export class NdjsonJournalStore implements JournalStore {
  /** The ids of the intact events in the file, as of `#seen`; re-read when the file changed under us. */
  #ids: Set<string> | undefined;
  #seen: Seen | undefined;

  /** @param path - the file; it need not exist yet (it loads as an empty journal and the first append creates it) */
  constructor(readonly path: string) {}

  /**
   * Appends the events not yet in the file, in the order given, and waits until they are on disk.
   *
   * @param events - sealed events (`sealEvent`)
   * @returns how many were new
   * @throws HuanjieError when an event is malformed or does not match its id; nothing is written then
   */
  async append(events: readonly CampaignEvent[]): Promise<number> {
    const input = verifyJournal(events);
    const [error, ...errors] = input.problems.filter((p) => p.severity === 'error');
    if (error) throw new HuanjieError([error, ...errors]);
    const ids = await this.#storedIds();
    const fresh = input.events.filter((e) => !ids.has(e.id));
    if (fresh.length === 0) return 0;
    const created = this.#seen === undefined;
    const file = await open(this.path, 'a+');
    try {
      // A line cut short by a crash stays a line of its own (reported by `load`), not the start of the next event.
      const { size } = await file.stat();
      const last = new Uint8Array(1);
      if (size > 0) await file.read(last, 0, 1, size - 1);
      const cutShort = size > 0 && last[0] !== 0x0a;
      await file.appendFile(`${cutShort ? '\n' : ''}${journalToNdjson(fresh)}`, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    if (created) await syncFolder(dirname(this.path));
    for (const e of fresh) ids.add(e.id);
    this.#seen = await statOf(this.path);
    return fresh.length;
  }

  /**
   * Reads the file through `verifyJournal`: problems give the line as `row`. A file that does not exist is an empty
   * journal.
   */
  async load(): Promise<JournalCheck> {
    const before = await statOf(this.path);
    const text = before ? await readText(this.path) : '';
    const check = verifyJournal(text);
    this.#ids = new Set(check.events.map((e) => e.id));
    this.#seen = before;
    return check;
  }

  async #storedIds(): Promise<Set<string>> {
    const now = await statOf(this.path);
    if (this.#ids && (sameFile(this.#seen, now) || (now === undefined && this.#seen === undefined))) return this.#ids;
    await this.load();
    return this.#ids!;
  }
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw e;
  }
}

/** Makes a new file's name durable too; some platforms cannot open a folder for this, and need not. */
async function syncFolder(path: string): Promise<void> {
  try {
    const folder = await open(path, 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  } catch {
    // Windows cannot fsync a folder; its file system records the name with the file.
  }
}
