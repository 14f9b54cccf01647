/**
 * Merging journals: townships record offline and send their journals up; the county takes the union. Because an
 * event's id is its content's hash, the union is order-free and idempotent: the same event sent twice is one event.
 */
import { parseInstant } from '../dates/instants.js';
import * as P from '../problems/codes.js';
import { type Problem, problem } from '../problems/problem.js';
import type { CampaignEvent } from './event.js';

/** A merged journal. 合并后的纪实。 */
export interface MergedJournal {
  /** Every event once, ordered by instant, then by id (so every merge of the same events gives the same list). */
  readonly events: CampaignEvent[];
  /**
   * Stage or schedule events of one unit at the same instant that say different things: all are kept (a journal
   * drops nothing); a correction event resolves them. One warning per instant, naming the events.
   */
  readonly conflicts: ReadonlyArray<{
    readonly unit: string;
    readonly at: string;
    readonly kind: 'stage' | 'schedule';
    readonly events: readonly string[];
    readonly problem: Problem;
  }>;
}

/** Events ordered by instant, then id: the journal's one order. */
export function compareEvents(a: { ms: number; id: string }, b: { ms: number; id: string }): number {
  return a.ms - b.ms || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const KIND_LABEL = {
  stage: { zh: '阶段', en: 'stage', zhTW: '階段' },
  schedule: { zh: '选举日', en: 'schedule', zhTW: '選舉日' },
};

/**
 * Merges journals into one: the union of their events by id, in the journal's order (instant, then id). Any order
 * and any repetition of the same journals give the same result. Pass verified events (`verifyJournal(...).events`):
 * an event's id is trusted here.
 * 合并各乡镇纪实：按编号去重，按时刻排序；同一时刻相互冲突的阶段记录全部保留并列出。
 *
 * @param journals - the journals to merge, e.g. each township's
 * @returns the events and the conflicts found
 * @example
 * ```ts
 * const county = mergeJournals(township1.events, township2.events, township1.events)
 * county.events.length // township1.events.length + township2.events.length (when no event is shared)
 * ```
 */
export function mergeJournals(...journals: ReadonlyArray<readonly CampaignEvent[]>): MergedJournal {
  const byId = new Map<string, { ms: number; id: string; event: CampaignEvent }>();
  for (const journal of journals) {
    for (const event of journal) {
      if (byId.has(event.id)) continue;
      const ms = parseInstant(event.at)?.ms ?? Number.NaN;
      byId.set(event.id, { ms, id: event.id, event });
    }
  }
  const sorted = [...byId.values()].sort(compareEvents);
  const events = sorted.map((e) => e.event);
  // Stage and schedule events of one unit at one instant: conflicting when they differ (their ids differ, so they
  // do; a correction names one of them and is a later event).
  const conflicts: MergedJournal['conflicts'][number][] = [];
  const groups = new Map<string, CampaignEvent[]>();
  for (const { ms, event } of sorted) {
    if (event.kind !== 'stage' && event.kind !== 'schedule') continue;
    const key = `${event.unit}\u0000${event.kind}\u0000${ms}`;
    const group = groups.get(key);
    if (group) group.push(event);
    else groups.set(key, [event]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const { unit, at, kind } = group[0] as CampaignEvent & { kind: 'stage' | 'schedule' };
    const ids = group.map((e) => e.id);
    conflicts.push({
      unit,
      at,
      kind,
      events: ids,
      problem: problem(
        P.JOURNAL_CONFLICT,
        { unit, at, count: group.length, kind: KIND_LABEL[kind] },
        { value: ids.join('、'), path: ['events'] },
      ),
    });
  }
  return { events, conflicts };
}
