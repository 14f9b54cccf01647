/**
 * Pure figures for `<hj-progress-board>`: groups core's `taskProgress` result by township (the roll-up figures are
 * core's `byTownship`, taken as they are) beside each township's campaign figures from core's `summarizeCampaign`
 * (elections held, first-vote success), matched by township name. No figure is computed here. No DOM, no clock:
 * tested in Node (test/charts/progress-summary.test.ts).
 */
import type {
  CampaignFigures,
  CampaignStatus,
  CampaignSummary,
  TaskProgress,
  UnitProgress,
  VillageStatus,
} from '@huanjie/core';

/** One township: core's roll-up, its units (villages and its own record) and its campaign figures. */
export interface TownshipRow {
  readonly name: string;
  readonly units: number;
  readonly total: number;
  readonly done: number;
  readonly overdue: number;
  /** Whole percent done, rounded down (100 only when every task is done); `null` without tasks. */
  readonly percent: number | null;
  readonly villages: readonly UnitProgress[];
  /** Core's campaign figures of the township (elections held, first-vote success), when a campaign was given. */
  readonly campaign: CampaignFigures | undefined;
}

/** The county: sums of the townships' tasks, and core's campaign figures for the county. */
export interface CountySummary {
  readonly townships: number;
  readonly units: number;
  readonly total: number;
  readonly done: number;
  readonly overdue: number;
  readonly percent: number | null;
  readonly campaign: CampaignFigures | undefined;
}

/** Whole percent of `part` in `whole`, rounded down so that 100 % means all; `null` when `whole` is not positive. */
export function percent(part: number, whole: number): number | null {
  if (!(whole > 0) || !Number.isFinite(part)) return null;
  return Math.floor((Math.max(0, Math.min(part, whole)) * 100) / whole);
}

/** The township a unit counts under in core's roll-up (its township, else itself). */
export const townshipOf = (u: UnitProgress): string => u.township ?? u.unit;

/** The name a township of core's campaign summary goes by: its name from the village directory, else its code. */
export const campaignTownshipName = (t: CampaignSummary['townships'][number]): string => t.name ?? t.code;

/**
 * One row per township in the order core rolled them up, then townships that only the campaign lists.
 *
 * @param progress - what `taskProgress` of @huanjie/core returned (or nothing)
 * @param campaign - what `summarizeCampaign` of @huanjie/core returned (or nothing)
 */
export function townshipRows(progress: TaskProgress | undefined, campaign?: CampaignSummary): TownshipRow[] {
  const rollUp = progress?.byTownship ?? {};
  const units = progress?.units ?? [];
  const figures = new Map((campaign?.townships ?? []).map((t) => [campaignTownshipName(t), t]));
  const names = [...Object.keys(rollUp)];
  for (const name of figures.keys()) if (!names.includes(name)) names.push(name);
  return names.map((name) => {
    const r = rollUp[name] ?? { units: 0, total: 0, done: 0, overdue: 0 };
    return {
      name,
      units: r.units,
      total: r.total,
      done: r.done,
      overdue: r.overdue,
      percent: percent(r.done, r.total),
      villages: units.filter((u) => townshipOf(u) === name),
      campaign: figures.get(name),
    };
  });
}

/** The county line: sums of the township rows' tasks, and the campaign's county figures. */
export function countySummary(rows: readonly TownshipRow[], campaign?: CampaignSummary): CountySummary {
  const sum = (key: 'units' | 'total' | 'done' | 'overdue') => rows.reduce((n, r) => n + r[key], 0);
  const total = sum('total');
  const done = sum('done');
  return {
    townships: rows.length,
    units: sum('units'),
    total,
    done,
    overdue: sum('overdue'),
    percent: percent(done, total),
    campaign: campaign?.county,
  };
}

/**
 * Each village's election in a campaign status, by township and village name (as task records name them).
 *
 * @example electionsByVillage(status).get(villageKey('青石镇', '大湾村')) // { held: true, succeededAtFirstVote: true }
 */
export function electionsByVillage(status: CampaignStatus | undefined): Map<string, VillageStatus['election']> {
  const elections = new Map<string, VillageStatus['election']>();
  for (const v of status?.villages ?? []) {
    if (v.name !== undefined) elections.set(villageKey(v.township ?? '', v.name), v.election);
  }
  return elections;
}

/** The key of a village among those of its township. */
export const villageKey = (township: string, village: string): string => `${township}\u0000${village}`;
