/**
 * The state of every village at an instant, derived from the journal alone (选情): its stage and since when, the
 * stages it is late with, what blocks its election, its open incidents, whether its election was held and succeeded
 * at the first vote, and its last change. Any instant can be asked, so a campaign can be replayed day by day.
 */
import { type IsoDate, isIsoDate } from '../dates/calendar.js';
import { dateOfInstant, endOfDate, instantMs, parseInstant } from '../dates/instants.js';
import { electionTimeline } from '../election/electionTimeline.js';
import * as P from '../problems/codes.js';
import { HuanjieError, type Problem, problem } from '../problems/problem.js';
import type { ElectionReadiness } from '../risk/ledger.js';
import type { CampaignEvent, EventOf } from './event.js';
import { compareEvents } from './mergeJournals.js';
import type { CampaignPolicy, CampaignStage } from './stages.js';
import type { IncidentSeverity } from './vocabulary.js';

/** A village as the county lists it: its 12-digit division code, its name and its township's. 村(社区)名录。 */
export interface VillageEntry {
  readonly code: string;
  readonly name: string;
  readonly township: string;
}

/** A stage a village is late with. */
export interface LateStage {
  readonly stage: string;
  readonly title: { readonly zh: string; readonly en: string };
  /** The last day it should have been complete on. */
  readonly due: IsoDate;
  /** The milestone of the election timeline it was counted from, or none for a fixed date. */
  readonly milestone?: string;
  readonly reference: string;
}

/** An incident not yet closed. */
export interface OpenIncident {
  readonly id: string;
  readonly at: string;
  readonly category: EventOf<'incident'>['data']['category'];
  readonly severity: IncidentSeverity;
  readonly summary: string;
}

/** One village at an instant. 村(社区)选情。 */
export interface VillageStatus {
  readonly code: string;
  readonly name?: string;
  readonly township?: string;
  /** The stage reached last, or `null` before any. */
  readonly stage: (CampaignStage & { readonly source: string }) | null;
  /** When it was reached. */
  readonly since: string | null;
  /** The election day of its villagers' (residents') committee, when set. */
  readonly electionDate: IsoDate | null;
  /** Whether the final stage was reached. */
  readonly complete: boolean;
  readonly late: readonly LateStage[];
  /** What stops its election from going ahead (an open blocking incident; the readiness reasons passed in). */
  readonly blockers: readonly Problem[];
  readonly openIncidents: readonly OpenIncident[];
  /** Its committee election: held (a tally recorded), and whether the first tally filled the seats. */
  readonly election: { readonly held: boolean; readonly succeededAtFirstVote: boolean | null };
  /** The last event about it. */
  readonly lastChange: { readonly id: string; readonly at: string; readonly kind: CampaignEvent['kind'] } | null;
}

/** Every village at an instant. 选情。 */
export interface CampaignStatus {
  /** The instant, in epoch milliseconds, and its date in China Standard Time. */
  readonly asOf: { readonly ms: number; readonly date: IsoDate };
  /** The stages in order, as the policy has them. */
  readonly stages: readonly (CampaignStage & { readonly source: string })[];
  /** By division code. */
  readonly villages: readonly VillageStatus[];
}

export interface CampaignStatusOptions {
  /** An instant (`2021-10-20T18:00:00+08:00`) or a date (then its end, China Standard Time). */
  readonly asOf: string;
  readonly policy: CampaignPolicy;
  /** The county's villages, so that those without an event yet are listed too, with their names. */
  readonly villages?: readonly VillageEntry[];
  /** `readyForElection` per village code: a village not ready is blocked, with its reasons. */
  readonly readiness?: ReadonlyMap<string, ElectionReadiness>;
}

/** The instant an `asOf` option names, or a coded error. */
export function asOfInstant(asOf: unknown, field = 'asOf'): { ms: number; date: IsoDate } {
  if (typeof asOf === 'string' && isIsoDate(asOf)) return { ms: endOfDate(asOf), date: asOf };
  const instant = parseInstant(asOf);
  if (instant) return { ms: instant.ms, date: dateOfInstant(instant.ms) };
  throw new HuanjieError([
    problem(
      P.INSTANT,
      { field },
      { path: [field], value: String(asOf), expected: '2021-10-20 或 2021-10-20T18:00:00+08:00' },
    ),
  ]);
}

interface Track {
  stage: (CampaignStage & { source: string }) | null;
  since: string | null;
  /** The highest order of a main-sequence stage reached. */
  reached: number;
  electionDate: IsoDate | null;
  held: boolean;
  firstVote: boolean | null;
  /** Created at the first incident: most villages have none. */
  incidents: Map<string, OpenIncident> | null;
  last: CampaignEvent | null;
  /** The instant of `last`. */
  lastMs: number;
}

const COMMITTEES = new Set(['村民委员会', '居民委员会']);

/** The events in the journal's order (instant, then id), with their instants; sorted only when they are not. */
export function orderedEvents(events: readonly CampaignEvent[]): { ms: number; id: string; event: CampaignEvent }[] {
  const timed = events.map((event) => ({ ms: instantMs(event.at), id: event.id, event }));
  for (let i = 1; i < timed.length; i++) {
    if (compareEvents(timed[i - 1]!, timed[i]!) > 0) return timed.sort(compareEvents);
  }
  return timed;
}

/**
 * The positions of the events in the journal's order (as {@link orderedEvents}), or `undefined` when they are in it
 * already — the usual case, read without an object per event.
 */
function journalOrder(events: readonly CampaignEvent[], ms: Float64Array): number[] | undefined {
  for (let i = 1; i < events.length; i++) {
    const d = ms[i - 1]! - ms[i]!;
    // compareEvents: the instants, then (when equal, or one unreadable) the ids.
    if (d > 0 || (!(d < 0) && events[i - 1]!.id > events[i]!.id)) {
      const at = (k: number) => ({ ms: ms[k]!, id: events[k]!.id });
      return Array.from(events, (_, k) => k).sort((x, y) => compareEvents(at(x), at(y)));
    }
  }
  return undefined;
}

function newTrack(): Track {
  return {
    stage: null,
    since: null,
    reached: Number.NEGATIVE_INFINITY,
    electionDate: null,
    held: false,
    firstVote: null,
    incidents: null,
    last: null,
    lastMs: Number.NEGATIVE_INFINITY,
  };
}

type Tracks = Map<string, Track>;

/**
 * Replays the events up to `asOfMs` into one track per village (directory villages first). With `order` `null` the
 * events are walked as given; with `undefined` too, but the walk gives up (`undefined`) at the first event that
 * comes before the previous one of its village in the journal's order (instant, then id).
 */
function replay(
  events: readonly CampaignEvent[],
  ms: Float64Array,
  asOfMs: number,
  order: number[] | null | undefined,
  corrected: ReadonlySet<string>,
  stageById: ReadonlyMap<string, CampaignStage & { source: string }>,
  directory: readonly VillageEntry[],
): Tracks | undefined {
  const tracks: Tracks = new Map();
  for (const v of directory) if (!tracks.has(v.code)) tracks.set(v.code, newTrack());
  const checked = order === undefined;
  for (let j = 0; j < events.length; j++) {
    const i = order ? order[j]! : j;
    if (!(ms[i]! <= asOfMs)) continue;
    const event = events[i]!;
    if (event.unit.length !== 12) continue; // township and county events concern no one village
    let t = tracks.get(event.unit);
    if (!t) {
      t = newTrack();
      tracks.set(event.unit, t);
    }
    if (checked) {
      const m = ms[i]!;
      if (m < t.lastMs || (m === t.lastMs && event.id < (t.last as CampaignEvent).id)) return undefined;
      t.lastMs = m;
    }
    t.last = event;
    if (event.kind === 'retraction' || (corrected.size > 0 && corrected.has(event.id))) continue;
    switch (event.kind) {
      case 'stage': {
        const stage = stageById.get(event.data.stage);
        if (!stage) break;
        t.stage = stage;
        t.since = event.at;
        if (!stage.branch && stage.order > t.reached) t.reached = stage.order;
        break;
      }
      case 'schedule':
        if (COMMITTEES.has(event.data.body)) t.electionDate = event.data.electionDate;
        break;
      case 'tally':
        if (COMMITTEES.has(event.data.body) && !t.held) {
          t.held = true;
          t.firstVote = event.data.outcome.succeededAtFirstVote;
        }
        break;
      case 'incident':
        t.incidents ??= new Map();
        t.incidents.set(event.id, {
          id: event.id,
          at: event.at,
          category: event.data.category,
          severity: event.data.severity,
          summary: event.data.summary,
        });
        break;
      case 'incidentClosed':
        t.incidents?.delete(event.data.incident);
        break;
      default:
        break;
    }
  }
  return tracks;
}

/**
 * The state of every village at an instant, from the journal. Events after `asOf` do not count; an event named by
 * a later correction (`corrects`) counts no longer once the correction is recorded, and a retraction withdraws it.
 * 选情：各村(社区)所处阶段、滞后事项、阻碍选举的问题、未处置的突发事件、选举结果。
 *
 * @param events - verified events (`verifyJournal(...).events`, or `mergeJournals(...).events`)
 * @param options - `asOf`, the `policy` (its `campaignStages`, its `campaign` section, its timeline), the county's
 *   `villages`, and `readiness` per village
 * @returns every village (directory villages first, then others met in the journal), by division code
 * @throws HuanjieError `INSTANT` for an `asOf` that is neither a date nor an instant
 * @example
 * ```ts
 * const status = campaignStatus(journal, { asOf: '2021-10-20', policy: nationalBaseline, villages })
 * status.villages[0].stage?.title.zh // '选民登记与公布'
 * ```
 */
export function campaignStatus(events: readonly CampaignEvent[], options: CampaignStatusOptions): CampaignStatus {
  const asOf = asOfInstant(options.asOf);
  const { policy } = options;
  const stages = [...policy.campaignStages].sort((a, b) => a.order - b.order);
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const blocking = new Set<string>(policy.campaign?.blockingSeverities ?? []);

  // Every instant read once; events after `asOf` (and any whose instant is unreadable) do not count.
  const ms = new Float64Array(events.length);
  const corrected = new Set<string>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    ms[i] = instantMs(event.at);
    if (event.corrects && ms[i]! <= asOf.ms) corrected.add(event.corrects);
  }
  // A village's state depends on its own events only, so a replay needs each village's events in the journal's
  // order: the events are walked as given (verified files and merges are in order), and put in the journal's order
  // first only when some village's are not, or when an instant is unreadable (then exactly as `orderedEvents` would).
  const directory = options.villages ?? [];
  const readable = !ms.some(Number.isNaN);
  const tracks =
    (readable ? replay(events, ms, asOf.ms, undefined, corrected, stageById, directory) : undefined) ??
    (replay(events, ms, asOf.ms, journalOrder(events, ms) ?? null, corrected, stageById, directory) as Tracks);

  const timelines = new Map<IsoDate, Map<string, IsoDate>>();
  const milestoneDate = (electionDate: IsoDate, id: string): IsoDate | undefined => {
    let dates = timelines.get(electionDate);
    if (!dates) {
      dates = new Map(electionTimeline(electionDate, policy).map((m) => [m.id, m.date]));
      timelines.set(electionDate, dates);
    }
    return dates.get(id);
  };
  const names = new Map((options.villages ?? []).map((v) => [v.code, v]));
  const villages: VillageStatus[] = [];
  for (const [code, t] of tracks) {
    const late: LateStage[] = [];
    for (const stage of stages) {
      if (!stage.completeBy || stage.branch || t.reached > stage.order) continue;
      const milestone = 'milestone' in stage.completeBy ? stage.completeBy.milestone : undefined;
      const due =
        'date' in stage.completeBy
          ? stage.completeBy.date
          : t.electionDate
            ? milestoneDate(t.electionDate, stage.completeBy.milestone)
            : undefined;
      if (due !== undefined && asOf.date > due) {
        late.push({
          stage: stage.id,
          title: stage.title,
          due,
          ...(milestone ? { milestone } : {}),
          reference: stage.reference,
        });
      }
    }
    const openIncidents = t.incidents ? [...t.incidents.values()] : [];
    const blockers: Problem[] = [];
    if (!t.held) {
      for (const i of openIncidents) {
        if (blocking.has(i.severity)) {
          blockers.push(
            problem(P.CAMPAIGN_INCIDENT_BLOCKS, { severity: i.severity, summary: i.summary }, { value: i.id }),
          );
        }
      }
      const readiness = options.readiness?.get(code);
      if (readiness && !readiness.ready) blockers.push(...readiness.reasons);
    }
    const entry = names.get(code);
    villages.push({
      code,
      ...(entry ? { name: entry.name, township: entry.township } : {}),
      stage: t.stage,
      since: t.since,
      electionDate: t.electionDate,
      complete: t.stage?.final === true,
      late,
      blockers,
      openIncidents,
      election: { held: t.held, succeededAtFirstVote: t.firstVote },
      lastChange: t.last ? { id: t.last.id, at: t.last.at, kind: t.last.kind } : null,
    });
  }
  villages.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { asOf, stages, villages };
}
