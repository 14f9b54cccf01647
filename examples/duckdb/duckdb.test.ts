// The per-township stage counts computed in SQL by DuckDB over NDJSON journal files equal summarizeCampaign's, on the
// synthetic county's 2021 journal with a retraction, a correction, a township-level event and a file sent twice.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  type CampaignEvent,
  campaignStatus,
  type EventDraft,
  journalToNdjson,
  nationalBaseline,
  sealEvent,
  summarizeCampaign,
} from '@huanjie/core';
import { generateCampaign, generateCounty } from '@huanjie/core/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadJournals, townshipStageCounts } from './campaign-sql.js';

const { villages } = generateCounty();
const clerk = { name: '王某', role: '包村干部', level: '乡镇' } as const;
const record = (draft: Omit<EventDraft, 'actor'>) => sealEvent({ actor: clerk, ...draft } as EventDraft);
const synthetic = generateCampaign(villages).events;
// Two villages that reach no stage on 11 October: there, at 10:00, one is recorded as complete by mistake and the
// other as at its handover; at 15:00 the first is retracted and the second corrected to its nomination.
const quiet = villages.filter(
  (v) => !synthetic.some((e) => e.unit === v.code && e.kind === 'stage' && e.at.startsWith('2021-10-11')),
);
const [misrecorded, corrected] = [quiet[3]!, quiet[40]!];
const wrongComplete = record({
  at: '2021-10-11T10:00:00+08:00',
  unit: misrecorded.code,
  kind: 'stage',
  data: { stage: 'complete' },
});
const wrongHandover = record({
  at: '2021-10-11T10:30:00+08:00',
  unit: corrected.code,
  kind: 'stage',
  data: { stage: 'handover' },
});
const fixes = [
  record({
    at: '2021-10-11T15:00:00+08:00',
    unit: misrecorded.code,
    kind: 'retraction',
    data: {},
    corrects: wrongComplete.id,
  }),
  record({
    at: '2021-10-11T15:30:00+08:00',
    unit: corrected.code,
    kind: 'stage',
    data: { stage: 'nomination' },
    corrects: wrongHandover.id,
  }),
  record({
    at: '2021-10-11T16:00:00+08:00',
    unit: misrecorded.code.slice(0, 9),
    kind: 'note',
    data: { text: '乡镇召开换届工作推进会' },
  }),
];
const journal: CampaignEvent[] = [...synthetic, wrongComplete, wrongHandover, ...fixes];
const INSTANTS = ['2021-10-11T12:00:00+08:00', '2021-10-11', '2021-11-20'];
const stageIds = nationalBaseline.campaignStages.map((s) => s.id);

let dir: string;
let instance: DuckDBInstance;
let connection: Awaited<ReturnType<DuckDBInstance['connect']>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'huanjie-duckdb-'));
  // Two townships' files, as they would send them up: one holds the first township's events as well (sent twice).
  const first = villages[0]!.code.slice(0, 9);
  const write = (name: string, events: CampaignEvent[]) => {
    writeFileSync(path.join(dir, name), journalToNdjson(events));
    return path.join(dir, name);
  };
  const a = write(
    'a.ndjson',
    journal.filter((e) => e.unit.startsWith(first)),
  );
  const b = write('b.ndjson', journal);
  writeFileSync(
    path.join(dir, 'villages.ndjson'),
    villages.map(({ code, name, township }) => `${JSON.stringify({ code, name, township })}\n`).join(''),
  );
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await loadJournals(connection, { journals: [a, b], villages: path.join(dir, 'villages.ndjson') });
});

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** summarizeCampaign's figures in the SQL's shape: per township, villages per stage (null: not started). */
function fromCore(asOf: string): Map<string, Record<string, number>> {
  const summary = summarizeCampaign(campaignStatus(journal, { asOf, policy: nationalBaseline, villages }));
  return new Map(
    summary.townships.map((t) => [
      t.code,
      Object.fromEntries([...Object.entries(t.byStage), ['null', t.notStarted] as const].filter(([, n]) => n > 0)),
    ]),
  );
}

async function fromSql(asOf: string): Promise<Map<string, Record<string, number>>> {
  const out = new Map<string, Record<string, number>>();
  for (const row of await townshipStageCounts(connection, { asOf, stages: stageIds })) {
    const counts = out.get(row.township) ?? {};
    counts[String(row.stage)] = row.villages;
    out.set(row.township, counts);
  }
  return out;
}

describe('examples/duckdb: per-township stage counts in SQL', () => {
  it.each(INSTANTS)('equal summarizeCampaign at %s', async (asOf) => {
    const sql = await fromSql(asOf);
    expect(sql).toEqual(fromCore(asOf));
    // Every village of the county is counted once, and the township note made no village of the township.
    expect([...sql.values()].flatMap(Object.values).reduce((a, b) => a + b, 0)).toBe(villages.length);
  });

  it('count a retracted stage until the retraction and a corrected one until the correction', async () => {
    const township = misrecorded.code.slice(0, 9);
    const before = await fromSql('2021-10-11T12:00:00+08:00');
    const after = await fromSql('2021-10-11');
    expect(before.get(township)?.complete).toBe(1);
    expect(after.get(township)?.complete).toBeUndefined();
    expect(before.get(corrected.code.slice(0, 9))?.handover).toBe(1);
    expect(after.get(corrected.code.slice(0, 9))?.handover).toBeUndefined();
  });
});
