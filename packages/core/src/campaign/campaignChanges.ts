/**
 * What changed in a campaign between two instants (选情变化): the villages that moved to another stage, the
 * elections held, the villages that fell late or were blocked, the incidents opened and closed — the daily report.
 */

import {
  type CampaignStatus,
  type CampaignStatusOptions,
  campaignStatus,
  orderedEvents,
  type VillageStatus,
} from './campaignStatus.js';
import type { CampaignEvent } from './event.js';

/** A village named in a report. */
export interface VillageRef {
  readonly code: string;
  readonly name?: string;
  readonly township?: string;
}

/** What changed between two instants. 选情变化。 */
export interface CampaignChanges {
  readonly from: CampaignStatus;
  readonly to: CampaignStatus;
  /** Villages whose stage is not the one they had at `from`. */
  readonly moved: ReadonlyArray<VillageRef & { readonly before: string | null; readonly after: string | null }>;
  /** Villages whose committee election was held in between, and whether it succeeded at the first vote. */
  readonly electionsHeld: ReadonlyArray<VillageRef & { readonly succeededAtFirstVote: boolean | null }>;
  /** Villages late with a stage at `to` that they were not late with at `from`. */
  readonly newlyLate: ReadonlyArray<VillageRef & { readonly stages: readonly string[] }>;
  /** Villages blocked at `to` and not at `from`. */
  readonly newlyBlocked: readonly VillageRef[];
  /** Villages no longer blocked. */
  readonly unblocked: readonly VillageRef[];
  readonly incidentsOpened: number;
  readonly incidentsClosed: number;
  /** The events recorded after `from` and up to `to`, in the journal's order. */
  readonly events: readonly CampaignEvent[];
}

const ref = (v: VillageStatus): VillageRef => ({
  code: v.code,
  ...(v.name ? { name: v.name } : {}),
  ...(v.township ? { township: v.township } : {}),
});

/**
 * Compares the campaign at two instants. 选情日报：两个时刻之间的变化。
 *
 * @param events - verified events
 * @param options - `from` and `to` (dates mean the end of the day, China Standard Time), with `campaignStatus`'s
 *   `policy`, `villages` and `readiness`
 * @returns the two statuses and what changed between them
 * @example
 * ```ts
 * const today = campaignChanges(journal, { from: '2021-10-19', to: '2021-10-20', policy, villages })
 * today.moved.length // villages that reached a new stage on 20 October
 * ```
 */
export function campaignChanges(
  events: readonly CampaignEvent[],
  options: Omit<CampaignStatusOptions, 'asOf'> & { readonly from: string; readonly to: string },
): CampaignChanges {
  const { from: fromAsOf, to: toAsOf, ...rest } = options;
  const from = campaignStatus(events, { ...rest, asOf: fromAsOf });
  const to = campaignStatus(events, { ...rest, asOf: toAsOf });
  const before = new Map(from.villages.map((v) => [v.code, v]));
  const moved: CampaignChanges['moved'][number][] = [];
  const electionsHeld: CampaignChanges['electionsHeld'][number][] = [];
  const newlyLate: CampaignChanges['newlyLate'][number][] = [];
  const newlyBlocked: VillageRef[] = [];
  const unblocked: VillageRef[] = [];
  for (const v of to.villages) {
    const b = before.get(v.code);
    const stageBefore = b?.stage?.id ?? null;
    const stageAfter = v.stage?.id ?? null;
    if (stageBefore !== stageAfter) moved.push({ ...ref(v), before: stageBefore, after: stageAfter });
    if (v.election.held && !b?.election.held) {
      electionsHeld.push({ ...ref(v), succeededAtFirstVote: v.election.succeededAtFirstVote });
    }
    const wasLate = new Set((b?.late ?? []).map((l) => l.stage));
    const nowLate = v.late.map((l) => l.stage).filter((s) => !wasLate.has(s));
    if (nowLate.length) newlyLate.push({ ...ref(v), stages: nowLate });
    const wasBlocked = (b?.blockers.length ?? 0) > 0;
    if (v.blockers.length > 0 && !wasBlocked) newlyBlocked.push(ref(v));
    if (v.blockers.length === 0 && wasBlocked) unblocked.push(ref(v));
  }
  const window = orderedEvents(events)
    .filter((e) => e.ms > from.asOf.ms && e.ms <= to.asOf.ms)
    .map((e) => e.event);
  return {
    from,
    to,
    moved,
    electionsHeld,
    newlyLate,
    newlyBlocked,
    unblocked,
    incidentsOpened: window.filter((e) => e.kind === 'incident').length,
    incidentsClosed: window.filter((e) => e.kind === 'incidentClosed').length,
    events: window,
  };
}
