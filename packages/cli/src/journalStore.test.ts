// The NDJSON journal store on real files: what a township's clerk appends is there after a restart, once, and a file
// edited by hand or cut short by a crash is reported line by line without losing the other events.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CampaignEvent, type EventDraft, sealEvent } from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { NdjsonJournalStore } from './journalStore.js';

const dir = mkdtempSync(join(tmpdir(), 'huanjie-journal-'));
let files = 0;
const freshPath = () => join(dir, `青石镇-${++files}.ndjson`);

const clerk = { name: '王某', role: '包村干部', level: '乡镇' } as const;
const stage = (unit: string, at: string, id: string): CampaignEvent =>
  sealEvent({ at, unit, actor: clerk, kind: 'stage', data: { stage: id } } satisfies EventDraft);
const events = [
  stage('529901101001', '2021-09-01T09:00:00+08:00', 'preparation'),
  stage('529901101002', '2021-09-01T10:30:00+08:00', 'preparation'),
  stage('529901101001', '2021-09-12T15:00:00+08:00', 'departure-audit'),
];
const lines = (path: string) => readFileSync(path, 'utf8').split('\n');

describe('NdjsonJournalStore', () => {
  it('loads a file that does not exist yet as an empty journal', async () => {
    const store = new NdjsonJournalStore(freshPath());
    expect(await store.load()).toEqual({ ok: true, events: [], problems: [], repeated: 0 });
  });

  it('appends events as one line each, and a new store on the same file reads them back', async () => {
    const path = freshPath();
    expect(await new NdjsonJournalStore(path).append(events)).toBe(3);
    const written = lines(path);
    expect(written.pop()).toBe(''); // every line ends, the last one too
    expect(written.map((line) => JSON.parse(line))).toEqual(events);
    const check = await new NdjsonJournalStore(path).load();
    expect(check).toMatchObject({ ok: true, problems: [], repeated: 0 });
    expect(check.events).toEqual(events);
  });

  it('stores the same events once, however often they are sent, by this store or another', async () => {
    const path = freshPath();
    const store = new NdjsonJournalStore(path);
    expect(await store.append(events.slice(0, 2))).toBe(2);
    expect(await store.append(events)).toBe(1);
    expect(await store.append(events)).toBe(0);
    expect(await new NdjsonJournalStore(path).append([...events, events[0]!])).toBe(0);
    expect(lines(path)).toHaveLength(4); // three events and the final line end
    expect((await store.load()).events).toEqual(events);
  });

  it('notices events another process appended since it last looked', async () => {
    const path = freshPath();
    const store = new NdjsonJournalStore(path);
    await store.append(events.slice(0, 1));
    writeFileSync(path, `${JSON.stringify(events[1])}\n`, { flag: 'a' });
    expect(await store.append(events.slice(0, 2))).toBe(0);
    expect(lines(path)).toHaveLength(3);
  });

  it('refuses an event that does not match its id, and writes nothing', async () => {
    const path = freshPath();
    const store = new NdjsonJournalStore(path);
    const forged = { ...events[1]!, data: { stage: 'complete' } } as CampaignEvent;
    await expect(store.append([events[0]!, forged])).rejects.toMatchObject({
      name: 'HuanjieError',
      problems: [{ code: 'JOURNAL_EVENT_TAMPERED', value: forged.id }],
    });
    expect((await store.load()).events).toEqual([]);
  });

  it('names the line a person edited by hand, and keeps the other events', async () => {
    const path = freshPath();
    await new NdjsonJournalStore(path).append(events);
    const text = readFileSync(path, 'utf8');
    // Someone moves 坡头村's audit a day earlier in a text editor.
    writeFileSync(path, text.replace('2021-09-12T15:00:00+08:00', '2021-09-11T15:00:00+08:00'));
    const check = await new NdjsonJournalStore(path).load();
    expect(check.ok).toBe(false);
    expect(check.events).toEqual(events.slice(0, 2));
    expect(check.problems).toMatchObject([
      { code: 'JOURNAL_EVENT_TAMPERED', severity: 'error', row: 3, value: events[2]!.id },
    ]);
    expect(check.problems[0]!.message).toContain('记录后被改动过');
  });

  it('reports a last line cut short by a crash, keeps the others, and appends after it on a line of its own', async () => {
    const path = freshPath();
    await new NdjsonJournalStore(path).append(events);
    const text = readFileSync(path, 'utf8');
    // The machine lost power while the third event was being written: half of its line reached the disk.
    const third = JSON.stringify(events[2]);
    writeFileSync(path, text.slice(0, text.length - third.length - 1) + third.slice(0, 60));
    const store = new NdjsonJournalStore(path);
    const check = await store.load();
    expect(check.events).toEqual(events.slice(0, 2));
    expect(check.problems).toMatchObject([{ code: 'JOURNAL_LINE_JSON', severity: 'error', row: 3 }]);
    expect(check.problems[0]!.message).toBe('纪实文件第 3 行不是一条 JSON 记录');

    // The clerk sends the day's events again: the lost one is restored, the others are not repeated.
    const next = stage('529901101002', '2021-09-13T09:00:00+08:00', 'departure-audit');
    expect(await store.append([...events, next])).toBe(2);
    const after = await new NdjsonJournalStore(path).load();
    expect(after.events).toEqual([events[0], events[1], events[2], next]);
    expect(after.problems).toMatchObject([{ code: 'JOURNAL_LINE_JSON', row: 3 }]);
  });
});
