/**
 * What waits for a signature, at which level and for how long (待审核签字事项), read from the journal: each matter put
 * up for sign-off (`submission`: a 人选动议, a township's 换届方案, a village's 选举办法, a secretary's 县级备案) and
 * the `signoff` events that answer it, step by step in the order the submission lists.
 */
import { type IsoDate, toDayNumber } from '../dates/calendar.js';
import { dateOfInstant } from '../dates/instants.js';
import { asOfInstant, orderedEvents } from './campaignStatus.js';
import type { Actor, CampaignEvent, EventOf } from './event.js';
import { ACTOR_LEVELS, type ActorLevel, type SignoffMatter } from './vocabulary.js';

/** A sign-off given on a matter. */
export interface GivenSignoff {
  readonly id: string;
  readonly at: string;
  readonly level: ActorLevel;
  readonly body: string;
  readonly person: string;
  readonly decision: EventOf<'signoff'>['data']['decision'];
  readonly comment?: string;
}

/** A matter waiting. 待签事项。 */
export interface PendingSignoff {
  /** The submission event's id: what a sign-off names as its `subject`. */
  readonly submission: string;
  readonly unit: string;
  readonly matter: SignoffMatter;
  readonly title: string;
  readonly submittedAt: string;
  readonly submittedBy: Actor;
  /**
   * `waiting`: for the sign-off of `waitingAt`; `returned` (退回修改): back with the submitter (`waitingAt` is the
   * submitter's level and role) until the revised matter is submitted as a correction of this one.
   */
  readonly status: 'waiting' | 'returned';
  readonly waitingAt: { readonly level: ActorLevel; readonly body: string };
  /** Which step of the submission's list it waits for (1-based), and how many there are. */
  readonly step: number;
  readonly steps: number;
  /** Since when: the submission, or the last sign-off given. */
  readonly since: string;
  /** For how long at `asOf`: whole hours, and calendar days (China Standard Time) since the day of `since`. */
  readonly waited: { readonly hours: number; readonly days: number };
  /** The sign-offs given so far, in order. */
  readonly signed: readonly GivenSignoff[];
}

/** What {@link pendingSignoffs} found. 待审核签字情况。 */
export interface PendingSignoffs {
  readonly asOf: { readonly ms: number; readonly date: IsoDate };
  /** The matters waiting (at `level` when asked), the longest wait first. */
  readonly pending: readonly PendingSignoff[];
  /** How many matters wait at each level (whatever `level` asked), returned ones at the submitter's. */
  readonly byLevel: Readonly<Record<ActorLevel, number>>;
  /** Matters signed off at every step (同意), and refused (不同意) at one. */
  readonly approved: number;
  readonly refused: number;
}

export interface PendingSignoffsOptions {
  /** An instant or a date (then its end, China Standard Time). */
  readonly asOf: string;
  /** Only what waits at this level (村, 乡镇, 县). */
  readonly level?: ActorLevel;
  /** A division code prefix: only matters of that county, township or village. */
  readonly within?: string;
}

interface State {
  readonly event: EventOf<'submission'>;
  next: number;
  since: { at: string; ms: number };
  outcome: 'open' | 'returned' | 'approved' | 'refused';
  signed: GivenSignoff[];
}

const HOUR = 3_600_000;

/**
 * The matters waiting for a sign-off at an instant: for each, the level and body whose signature it waits for (or,
 * returned for revision, the submitter), since when and for how long. A `signoff` counts for a submission when its
 * `subject` is the submission's id and its level and body are those of the step the matter waits at: 同意 moves the
 * matter to the next step (or closes it, approved), 不同意 closes it, 退回修改 hands it back. A sign-off that names
 * no submission (a free-text subject) is a record like any other and is not read here. A correction (`corrects`) or
 * retraction withdraws the event it names, so a revised matter, submitted as a correction of the returned one,
 * starts again at its first step. 待审核签字事项。
 *
 * @param events - verified events (`verifyJournal(...).events`)
 * @param options - `asOf`, the `level` asked about, `within` a county, township or village
 * @returns the matters waiting, the longest first; how many wait at each level; how many were approved or refused
 * @throws HuanjieError `INSTANT` for an `asOf` that is neither a date nor an instant
 * @example
 * ```ts
 * const { pending } = pendingSignoffs(journal, { asOf: '2021-09-05', level: '乡镇' })
 * pending[0].matter    // '人选动议'
 * pending[0].waitingAt // { level: '乡镇', body: '坡头镇党委书记' }
 * pending[0].waited    // { hours: 81, days: 3 }
 * ```
 */
export function pendingSignoffs(events: readonly CampaignEvent[], options: PendingSignoffsOptions): PendingSignoffs {
  const asOf = asOfInstant(options.asOf);
  const within = options.within ?? '';
  const ordered = orderedEvents(events).filter(({ ms }) => ms <= asOf.ms);
  const corrected = new Set<string>();
  for (const { event } of ordered) if (event.corrects) corrected.add(event.corrects);

  const matters = new Map<string, State>();
  for (const { ms, event } of ordered) {
    if (corrected.has(event.id)) continue;
    if (event.kind === 'submission') {
      if (event.unit.startsWith(within)) {
        matters.set(event.id, { event, next: 0, since: { at: event.at, ms }, outcome: 'open', signed: [] });
      }
      continue;
    }
    if (event.kind !== 'signoff') continue;
    const state = matters.get(event.data.subject);
    if (!state || state.outcome === 'approved' || state.outcome === 'refused') continue;
    const step = state.event.data.to[state.next] as { level: ActorLevel; body: string };
    const { level, body, person, decision, comment } = event.data;
    if (state.outcome === 'returned' || level !== step.level || body !== step.body) continue;
    state.signed.push({ id: event.id, at: event.at, level, body, person, decision, ...(comment ? { comment } : {}) });
    state.since = { at: event.at, ms };
    if (decision === '不同意') state.outcome = 'refused';
    else if (decision === '退回修改') state.outcome = 'returned';
    else if (++state.next === state.event.data.to.length) state.outcome = 'approved';
  }

  const byLevel = Object.fromEntries(ACTOR_LEVELS.map((l) => [l, 0])) as Record<ActorLevel, number>;
  const pending: PendingSignoff[] = [];
  let approved = 0;
  let refused = 0;
  for (const { event, next, since, outcome, signed } of matters.values()) {
    if (outcome === 'approved' || outcome === 'refused') {
      if (outcome === 'approved') approved++;
      else refused++;
      continue;
    }
    const returned = outcome === 'returned';
    const waitingAt = returned
      ? { level: event.actor.level, body: event.actor.role }
      : (event.data.to[next] as { level: ActorLevel; body: string });
    byLevel[waitingAt.level]++;
    if (options.level && waitingAt.level !== options.level) continue;
    pending.push({
      submission: event.id,
      unit: event.unit,
      matter: event.data.matter,
      title: event.data.title,
      submittedAt: event.at,
      submittedBy: event.actor,
      status: returned ? 'returned' : 'waiting',
      waitingAt,
      step: next + 1,
      steps: event.data.to.length,
      since: since.at,
      waited: {
        hours: Math.floor((asOf.ms - since.ms) / HOUR),
        days: toDayNumber(asOf.date) - toDayNumber(dateOfInstant(since.ms) as IsoDate),
      },
      signed,
    });
  }
  pending.sort((a, b) => b.waited.hours - a.waited.hours || (a.submission < b.submission ? -1 : 1));
  return { asOf, pending, byLevel, approved, refused };
}
