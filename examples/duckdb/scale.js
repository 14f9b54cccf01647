// The whole country's campaign in DuckDB: 600,000 villages × 50 events (30 M events) written as NDJSON journals, one
// file per county, then loaded into DuckDB and counted per township in SQL — with the time each step takes.
//   node examples/duckdb/scale.js [villages, default 600000]
// Needs the built packages (`npm run build`) and about 10 GB in the temp folder at full size (the journals, ~7 GB,
// and DuckDB's database file); KEEP=1 keeps the folder. Not a test: run it by hand.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { campaignStatus, canonicalJson, nationalBaseline, summarizeCampaign, verifyJournal } from '@huanjie/core';
import { generateCampaign, generateCounty } from '@huanjie/core/synthetic';
import { loadJournals, townshipStageCounts } from './campaign-sql.js';

const VILLAGES = Number(process.argv[2] ?? 600_000);
const INSTANTS = ['2021-10-20', '2021-12-31'];
const TEMPLATES = 4;
const county = generateCounty().villages;
const copies = Math.ceil(VILLAGES / county.length);
const stages = nationalBaseline.campaignStages.map((s) => s.id);
const seconds = (/** @type {number} */ t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

const dir = mkdtempSync(path.join(tmpdir(), 'huanjie-scale-'));
const free = statfsSync(dir);
console.log(`${VILLAGES.toLocaleString('en')} villages in ${copies.toLocaleString('en')} counties → ${dir}`);
console.log(`free space there: ${((free.bavail * free.bsize) / 2 ** 30).toFixed(1)} GB`);

// Four synthetic county journals (different seeds, 50 events a village) serve as templates. A county copy takes one,
// with its own 6-digit county code in every village code, and every event sealed anew: its id is the SHA-256 of its
// canonical JSON, as `eventId` computes it (here with node:crypto), so the files pass `verifyJournal`.
const templates = Array.from({ length: TEMPLATES }, (_, k) => {
  const seen = new Set();
  const events = generateCampaign(county, { seed: 2021 + k, notesPerVillage: 39 }).events.filter(
    (e) => !seen.has(e.id) && seen.add(e.id),
  );
  const referenced = new Set(events.flatMap((e) => [e.corrects, e.kind === 'incidentClosed' ? e.data.incident : null]));
  const index = new Map(county.map((v, i) => [v.code, i]));
  return {
    events,
    lines: events.map((e) => {
      const { id, ...content } = e;
      const text = canonicalJson(content);
      const unit = `"unit":"${e.unit}"`;
      const at = text.indexOf(unit);
      const refs = [e.corrects, e.kind === 'incidentClosed' ? e.data.incident : undefined].filter(
        (ref) => ref !== undefined,
      );
      return {
        id,
        village: index.get(e.unit),
        before: `${text.slice(0, at)}"unit":"`,
        rest: e.unit.slice(6),
        after: `"${text.slice(at + unit.length)}`,
        refs,
        referenced: referenced.has(id),
      };
    }),
  };
});

let t0 = performance.now();
let written = 0;
let bytes = 0;
const directory = [];
for (let k = 0; k < copies; k++) {
  const code = String(100_000 + k);
  const villages = Math.min(county.length, VILLAGES - k * county.length);
  const template = templates[k % TEMPLATES] ?? templates[0];
  const newIds = new Map();
  const out = [];
  for (const line of template?.lines ?? []) {
    if ((line.village ?? 0) >= villages) continue;
    let text = `${line.before}${code}${line.rest}${line.after}`;
    for (const ref of line.refs) text = text.replace(ref, newIds.get(ref) ?? ref);
    const id = createHash('sha256').update(text).digest('hex').slice(0, 32);
    if (line.referenced) newIds.set(line.id, id);
    out.push(`{"id":"${id}",${text.slice(1)}\n`);
  }
  const file = out.join('');
  writeFileSync(path.join(dir, `county-${code}.ndjson`), file);
  written += out.length;
  bytes += Buffer.byteLength(file);
  for (const v of county.slice(0, villages)) {
    directory.push(
      `${JSON.stringify({ code: `${code}${v.code.slice(6)}`, name: v.name, township: `${v.township}${k}` })}\n`,
    );
  }
  if (k % 500 === 499) console.log(`  ${(k + 1).toLocaleString('en')} counties written (${seconds(t0)})`);
}
writeFileSync(path.join(dir, 'villages.ndjson'), directory.join(''));
directory.length = 0;
console.log(
  `written: ${written.toLocaleString('en')} events in ${copies.toLocaleString('en')} files, ` +
    `${(bytes / 2 ** 30).toFixed(2)} GB, in ${seconds(t0)}`,
);

// One county's file, read back as the county would send it: every event well formed and matching its id.
const sample = verifyJournal(readFileSync(path.join(dir, 'county-100000.ndjson'), 'utf8'));
if (!sample.ok) throw new Error(`the first county's file does not verify: ${sample.problems[0]?.message}`);

const instance = await DuckDBInstance.create(path.join(dir, 'journal.duckdb'), {
  memory_limit: process.env.DUCKDB_MEMORY ?? '6GB',
  temp_directory: path.join(dir, 'spill'),
});
const connection = await instance.connect();
t0 = performance.now();
await loadJournals(connection, {
  journals: [path.join(dir, 'county-*.ndjson')],
  villages: path.join(dir, 'villages.ndjson'),
});
const loaded = Number((await connection.runAndReadAll('SELECT count(*) FROM events')).getRows()[0]?.[0]);
console.log(`loaded into DuckDB: ${loaded.toLocaleString('en')} events in ${seconds(t0)}`);

/**
 * The county-wide villages per stage (`null`: not started) that core finds in a journal.
 *
 * @param {import('@huanjie/core').CampaignEvent[]} events
 * @param {readonly import('@huanjie/core').VillageEntry[]} villages
 * @param {string} asOf
 * @returns {Map<string, number>}
 */
function figuresOf(events, villages, asOf) {
  const { county: f } = summarizeCampaign(campaignStatus(events, { asOf, policy: nationalBaseline, villages }));
  return new Map([...Object.entries(f.byStage), ['null', f.notStarted]]);
}

for (const asOf of INSTANTS) {
  t0 = performance.now();
  const rows = await townshipStageCounts(connection, { asOf, stages });
  const took = seconds(t0);
  // The county-wide figures must be core's for each template, summed over the copies that took it.
  const full = templates.map((t) => figuresOf(t.events, county, asOf));
  /** @type {Map<string, number>} */
  const expected = new Map();
  const add = (/** @type {Map<string, number> | undefined} */ figures) => {
    for (const [stage, n] of figures ?? []) expected.set(stage, (expected.get(stage) ?? 0) + n);
  };
  for (let k = 0; k < copies; k++) {
    const n = Math.min(county.length, VILLAGES - k * county.length);
    if (n === county.length) add(full[k % TEMPLATES]);
    else {
      const villages = county.slice(0, n);
      const codes = new Set(villages.map((v) => v.code));
      add(
        figuresOf(
          (templates[k % TEMPLATES]?.events ?? []).filter((e) => codes.has(e.unit)),
          villages,
          asOf,
        ),
      );
    }
  }
  const got = new Map();
  for (const r of rows) got.set(String(r.stage), (got.get(String(r.stage)) ?? 0) + r.villages);
  for (const [stage, n] of expected) {
    if ((got.get(stage) ?? 0) !== n) throw new Error(`${asOf} ${stage}: SQL ${got.get(stage) ?? 0}, expected ${n}`);
  }
  const townships = new Set(rows.map((r) => r.township)).size;
  const summary = [...got].map(([stage, n]) => `${stage === 'null' ? 'not started' : stage} ${n.toLocaleString('en')}`);
  console.log(`per-township stage counts at ${asOf}: ${townships.toLocaleString('en')} townships in ${took}`);
  console.log(`  ${summary.join(', ')} (county totals equal summarizeCampaign's)`);
}

connection.closeSync();
instance.closeSync();
if (process.env.KEEP) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
