/**
 * Pure figures for `<hj-progress-board>`: groups core's `taskProgress` result by township (the roll-up figures are
 * core's `byTownship`, taken as they are) and counts elections held and succeeded at the first vote. No DOM, no
 * clock: tested in Node (test/charts/progress-summary.test.ts).
 */
import type { TaskProgress, UnitProgress } from '@huanjie/core';

/** Whether a village has held its election, and whether it succeeded at the first vote (一次选举成功). */
export interface VillageElection {
  readonly village: string;
  readonly township: string;
  readonly held: boolean;
  readonly succeededAtFirstVote?: boolean;
}

/** Elections of a group of villages. */
export interface ElectionFigures {
  /** Villages listed. */
  readonly total: number;
  /** Villages that have held their election. */
  readonly held: number;
  /** Villages whose election succeeded at the first vote. */
  readonly succeededAtFirstVote: number;
  /** `succeededAtFirstVote / held` (0–1), `null` when none has been held. */
  readonly firstVoteRate: number | null;
}

/** One township: core's roll-up, its units (villages and its own record) and its elections. */
export interface TownshipRow {
  readonly name: string;
  readonly units: number;
  readonly total: number;
  readonly done: number;
  readonly overdue: number;
  /** Whole percent done, rounded down (100 only when every task is done); `null` without tasks. */
  readonly percent: number | null;
  readonly villages: readonly UnitProgress[];
  readonly elections: ElectionFigures;
}

/** The county: sums over the townships. */
export interface CountySummary {
  readonly townships: number;
  readonly units: number;
  readonly total: number;
  readonly done: number;
  readonly overdue: number;
  readonly percent: number | null;
  readonly elections: ElectionFigures;
}

/** Whole percent of `part` in `whole`, rounded down so that 100 % means all; `null` when `whole` is not positive. */
export function percent(part: number, whole: number): number | null {
  if (!(whole > 0) || !Number.isFinite(part)) return null;
  return Math.floor((Math.max(0, Math.min(part, whole)) * 100) / whole);
}

/** Counts elections held and succeeded at the first vote (only held elections count as succeeded). */
export function electionFigures(elections: readonly VillageElection[]): ElectionFigures {
  const held = elections.filter((e) => e.held);
  const succeeded = held.filter((e) => e.succeededAtFirstVote === true).length;
  return {
    total: elections.length,
    held: held.length,
    succeededAtFirstVote: succeeded,
    firstVoteRate: held.length ? succeeded / held.length : null,
  };
}

/** The township a unit counts under in core's roll-up (its township, else itself). */
export const townshipOf = (u: UnitProgress): string => u.township ?? u.unit;

/**
 * One row per township in the order core rolled them up, then townships that only have elections listed.
 *
 * @param progress - what `taskProgress` of @huanjie/core returned (or nothing)
 * @param elections - per village, whether its election was held and succeeded at the first vote
 */
export function townshipRows(
  progress: TaskProgress | undefined,
  elections: readonly VillageElection[] = [],
): TownshipRow[] {
  const rollUp = progress?.byTownship ?? {};
  const units = progress?.units ?? [];
  const names = [...Object.keys(rollUp)];
  for (const e of elections) if (!names.includes(e.township)) names.push(e.township);
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
      elections: electionFigures(elections.filter((e) => e.township === name)),
    };
  });
}

/** The county line: sums of the township rows, and every election listed. */
export function countySummary(rows: readonly TownshipRow[], elections: readonly VillageElection[] = []): CountySummary {
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
    elections: electionFigures(elections),
  };
}

/** The election of a unit, if listed (matched by village and township names). */
export function electionOf(
  unit: UnitProgress,
  elections: readonly VillageElection[] = [],
): VillageElection | undefined {
  return elections.find((e) => e.village === unit.unit && e.township === townshipOf(unit));
}
