// The IndexedDB journal store in real Chromium: what a clerk records is there for the next store opened on the same
// database, once however often it is sent, and a record changed behind the store's back is named, not trusted.
import { type CampaignEvent, type EventDraft, sealEvent } from '@huanjie/core';
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexedDbJournalStore } from './journal-store.js';

const clerk = { name: '王某', role: '包村干部', level: '乡镇' } as const;
const stage = (unit: string, at: string, id: string): CampaignEvent =>
  sealEvent({ at, unit, actor: clerk, kind: 'stage', data: { stage: id } } satisfies EventDraft);
// Recorded out of order (as a clerk catches up): the store gives them back in the journal's order.
const events = [
  stage('529901101001', '2021-09-12T15:00:00+08:00', 'departure-audit'),
  stage('529901101001', '2021-09-01T09:00:00+08:00', 'preparation'),
  stage('529901101002', '2021-09-01T10:30:00+08:00', 'preparation'),
];
const inOrder = [events[1], events[2], events[0]];

const opened: IndexedDbJournalStore[] = [];
let databases = 0;
const name = () => `huanjie-journal-test-${Date.now()}-${++databases}`;
const storeOn = (db: string) => {
  const store = new IndexedDbJournalStore({ name: db });
  opened.push(store);
  return store;
};

afterEach(async () => {
  const names = new Set(opened.map((s) => s.name));
  await Promise.all(opened.splice(0).map((s) => s.close()));
  await Promise.all([...names].map((n) => deleteDB(n)));
});

describe('IndexedDbJournalStore', () => {
  it('keeps the events for a new store opened on the same database, in the journal’s order', async () => {
    const db = name();
    expect(await storeOn(db).append(events)).toBe(3);
    const check = await storeOn(db).load();
    expect(check).toMatchObject({ ok: true, problems: [], repeated: 0 });
    expect(check.events).toEqual(inOrder);
  });

  it('uses the database it is given, and huanjie-journal by default', async () => {
    expect(new IndexedDbJournalStore().name).toBe('huanjie-journal');
    const db = name();
    await storeOn(db).append(events);
    expect((await storeOn(name()).load()).events).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).toContain(db);
  });

  it('stores the same events once, however often and by whichever store they are sent', async () => {
    const db = name();
    const store = storeOn(db);
    expect(await store.append(events.slice(0, 2))).toBe(2);
    expect(await store.append(events)).toBe(1);
    expect(await storeOn(db).append([...events, events[0]!])).toBe(0);
    const check = await storeOn(db).load();
    expect(check.events).toEqual(inOrder);
    expect(check.repeated).toBe(0);
  });

  it('refuses an event that does not match its id, and stores nothing of that batch', async () => {
    const store = storeOn(name());
    const forged = { ...events[1]!, data: { stage: 'complete' } } as CampaignEvent;
    await expect(store.append([events[0]!, forged])).rejects.toMatchObject({
      name: 'HuanjieError',
      problems: [{ code: 'JOURNAL_EVENT_TAMPERED', value: forged.id }],
    });
    expect((await store.load()).events).toEqual([]);
  });

  it('names a record changed directly in IndexedDB as tampered, and keeps the others', async () => {
    const db = name();
    await storeOn(db).append(events);
    // Someone with the browser's developer tools moves 坡头村's audit a day earlier.
    const raw = await openDB(db);
    await raw.put('events', { ...events[0], at: '2021-09-11T15:00:00+08:00' });
    raw.close();
    const check = await storeOn(db).load();
    expect(check.ok).toBe(false);
    expect(check.events).toEqual([events[1], events[2]]);
    expect(check.problems).toMatchObject([{ code: 'JOURNAL_EVENT_TAMPERED', severity: 'error', value: events[0]!.id }]);
    expect(check.problems[0]!.message).toContain(events[0]!.id);
  });
});
