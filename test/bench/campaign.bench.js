// @ts-nocheck -- a benchmark script run by node, not part of the packages.
// `npm run bench` (sixth part): the campaign journal of a province — 16,000 villages × 50 events, 800,000 events —
// replayed to an instant with campaignStatus and summed per township with summarizeCampaign, beside a hand-written
// loop over the same events computing the same figures, in the same process; then verifyJournal and mergeJournals
// on the same events beside hand-written floors (a loop that only hashes; a union by id with one sort).
import {
  campaignStatus,
  eventId,
  journalToNdjson,
  mergeJournals,
  nationalBaseline,
  summarizeCampaign,
  verifyJournal,
} from '@huanjie/core';
import { generateCampaign, generateCounty } from '@huanjie/core/synthetic';
import { timeInTurns } from './timing.js';

const N = Number(process.env.BENCH_VILLAGES ?? 16_000);
const ASOF = '2021-10-28'; // the county's election day: every village somewhere between 筹备 and 完成
// A province's villages: the synthetic county's 197, repeated with new 12-digit codes (each copy its own county
// code, so its own townships).
const base = generateCounty().villages;
const villages = Array.from({ length: N }, (_, i) => {
  const v = base[i % base.length];
  const copy = Math.floor(i / base.length);
  return {
    code: `52${String(copy).padStart(4, '0')}${v.code.slice(6)}`,
    name: v.name,
    kind: v.kind,
    township: copy ? `${v.township}${copy}` : v.township,
  };
});
// 11 events of every village's own (schedule, 9 stages, tally) and 39 notes and tasks done: 50 a village.
const t0 = performance.now();
const seen = new Set();
// A note written twice in one village at the same minute is the same event (one id): kept once, as a journal would.
const events = generateCampaign(villages, { notesPerVillage: 39 }).events.filter(
  (e) => !seen.has(e.id) && seen.add(e.id),
);
seen.clear();
const generated = performance.now() - t0;

// By hand, for this journal only (the floor): it is in order, as verifyJournal of a kept file and mergeJournals give
// it, and every instant is written `YYYY-MM-DDTHH:MM:SS+08:00`, so the text compares as the instant does and the walk
// stops at the first event after asOf. One pass for the corrections, one for the villages (stage, election held,
// first vote, open incidents), one to count per township.
const COMMITTEES = new Set(['村民委员会', '居民委员会']);
function handWritten(list, asOfText, directory, stages) {
  const stageIndex = new Map(stages.map((s, k) => [s.id, k]));
  const index = new Map(directory.map((v, k) => [v.code, k]));
  const n = directory.length;
  const stage = new Int16Array(n).fill(-1);
  const held = new Uint8Array(n);
  const firstVote = new Uint8Array(n);
  const incidents = new Map();
  let end = 0;
  const corrected = new Set();
  for (; end < list.length; end++) {
    const e = list[end];
    if (e.at > asOfText) break;
    if (e.corrects !== undefined) corrected.add(e.corrects);
  }
  for (let i = 0; i < end; i++) {
    const e = list[i];
    if (e.unit.length !== 12 || e.kind === 'retraction' || (corrected.size > 0 && corrected.has(e.id))) continue;
    const k = index.get(e.unit);
    if (k === undefined) continue; // not in the directory: none here
    const kind = e.kind;
    if (kind === 'stage') {
      const s = stageIndex.get(e.data.stage);
      if (s !== undefined) stage[k] = s;
    } else if (kind === 'tally') {
      if (!held[k] && COMMITTEES.has(e.data.body)) {
        held[k] = 1;
        firstVote[k] = e.data.outcome.succeededAtFirstVote ? 1 : 0;
      }
    } else if (kind === 'incident') incidents.set(e.id, k);
    else if (kind === 'incidentClosed') incidents.delete(e.data.incident);
  }
  const withIncident = new Uint8Array(n);
  for (const k of incidents.values()) withIncident[k] = 1;
  // Per township: counts per stage, then not started, held, at the first vote, with an open incident.
  const width = stages.length + 4;
  const townships = new Map();
  const county = new Int32Array(width);
  for (let k = 0; k < n; k++) {
    const code = directory[k].code.slice(0, 9);
    let t = townships.get(code);
    if (!t) {
      t = new Int32Array(width);
      townships.set(code, t);
    }
    const s = stage[k];
    const slot = s < 0 ? stages.length : s;
    t[slot]++;
    county[slot]++;
    t[stages.length + 1] += held[k];
    t[stages.length + 2] += firstVote[k];
    t[stages.length + 3] += withIncident[k];
  }
  for (const t of townships.values()) for (let j = stages.length + 1; j < width; j++) county[j] += t[j];
  return { county, townships };
}

const stages = [...nationalBaseline.campaignStages].sort((a, b) => a.order - b.order);
const asOfText = `${ASOF}T23:59:59+08:00`;
const options = { asOf: ASOF, policy: nationalBaseline, villages };
const [ours, statusOnly, hand] = timeInTurns(
  [
    () => summarizeCampaign(campaignStatus(events, options)),
    () => campaignStatus(events, options),
    () => handWritten(events, asOfText, villages, stages),
  ],
  9,
  2,
);

// Both must agree, township by township.
const figuresOf = (f) => [
  ...stages.map((s) => f.byStage[s.id]),
  f.notStarted,
  f.held,
  f.succeededAtFirstVote,
  f.withOpenIncidents,
];
const summary = ours.result;
const disagree = (what, a, b) => {
  if (a.join() !== b.join()) throw new Error(`disagreement for ${what}: ${a.join()} vs ${b.join()}`);
};
disagree('the county', figuresOf(summary.county), [...hand.result.county]);
if (summary.townships.length !== hand.result.townships.size) throw new Error('township counts differ');
for (const t of summary.townships) disagree(t.code, figuresOf(t), [...hand.result.townships.get(t.code)]);

// Verifying and merging the same events. The floor of verifying: recomputing every id (canonical JSON, SHA-256)
// and comparing — what tamper evidence costs at the least. Merging: the county receives each copy's journal (the
// first one twice); the floor is a union by id and one sort by instant (the text, as above), then id.
const ndjson = journalToNdjson(events);
const hashOnly = () => {
  let bad = 0;
  for (let i = 0; i < events.length; i++) if (eventId(events[i]) !== events[i].id) bad++;
  return bad;
};
const [verified, verifiedText, hashed] = timeInTurns(
  [() => verifyJournal(events), () => verifyJournal(ndjson), hashOnly],
  3,
  0,
);
const parts = new Map();
for (const e of events) {
  const key = e.unit.slice(0, 6);
  const part = parts.get(key);
  if (part) part.push(e);
  else parts.set(key, [e]);
}
const journals = [...parts.values()];
journals.push(journals[0]);
const union = () => {
  const byId = new Map();
  for (const journal of journals) {
    for (const e of journal) if (!byId.has(e.id)) byId.set(e.id, e);
  }
  return [...byId.values()].sort((a, b) =>
    a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
};
const [merged, unioned] = timeInTurns([() => mergeJournals(...journals), union], 5, 2);
if (!verified.result.ok || verified.result.events.length !== events.length) throw new Error('verifyJournal refused');
if (!verifiedText.result.ok || verifiedText.result.events.length !== events.length) throw new Error('NDJSON refused');
if (hashed.result !== 0) throw new Error('the hash loop found an edited event');
if (merged.result.events.length !== events.length || unioned.result.length !== events.length) {
  throw new Error('merge lost or doubled events');
}

const ratio = ours.ms / hand.ms;
const row = (what, ms, floor) =>
  `| ${what} | ${ms.toFixed(1)} | ${((ms * 1e6) / events.length).toFixed(0)} | ${(ms / floor).toFixed(2)} |`;
console.log(
  `\ncampaign benchmark — ${N.toLocaleString('en')} villages, ${events.length.toLocaleString('en')} events ` +
    `(${(events.length / N).toFixed(1)} a village, ${summary.townships.length.toLocaleString('en')} townships), ` +
    `as of ${ASOF}, Node ${process.version}`,
);
console.log('');
console.log('| implementation | ms | ns per event | × hand-written |');
console.log('|---|---:|---:|---:|');
console.log(row('campaignStatus + summarizeCampaign (huanjie)', ours.ms, hand.ms));
console.log(row('campaignStatus alone', statusOnly.ms, hand.ms));
console.log(row('hand-written loop (floor)', hand.ms, hand.ms));
console.log('');
console.log('| journal work | ms | ns per event | × its floor |');
console.log('|---|---:|---:|---:|');
console.log(row('verifyJournal(events) (huanjie)', verified.ms, hashed.ms));
console.log(
  row(
    `verifyJournal(NDJSON text, ${(ndjson.length / 1e6).toFixed(0)} M characters) (huanjie)`,
    verifiedText.ms,
    hashed.ms,
  ),
);
console.log(row('every id recomputed and compared (floor)', hashed.ms, hashed.ms));
console.log(row(`mergeJournals(${journals.length} journals, one sent twice) (huanjie)`, merged.ms, unioned.ms));
console.log(row('union by id, one sort (floor)', unioned.ms, unioned.ms));
console.log('');
const c = summary.county;
console.log(
  `county: ${c.villages.toLocaleString('en')} villages, not started ${c.notStarted}, complete ${c.complete}, held ${c.held}, ` +
    `at the first vote ${c.succeededAtFirstVote}, late ${c.late}, with an open incident ${c.withOpenIncidents} ` +
    '(the hand-written loop agrees on every stage count, held, first vote and open incidents in every township)',
);
console.log(`journal generated in ${(generated / 1000).toFixed(1)} s (not timed above)`);
console.log(`target: status and summary ≤ 2× hand-written → ${ratio <= 2 ? 'met' : 'NOT met'} (${ratio.toFixed(2)}×)`);
