/**
 * Which villages `<hj-risk-board>` shows, and where: the villages grouped by township in the order they come, and
 * the groups left by the level and township filters. Villages are referred to by their index in the list (as
 * `assessVillages` scores them). No DOM: tested in Node (test/charts/township-groups.test.ts).
 */
import type { VillageAssessment, VillageRiskInput } from '@huanjie/core';

/** Which villages are shown: a model level, `unscored`, or every one (`''`). */
export type RiskLevelFilter = '' | '一级' | '二级' | '三级' | 'unscored';

/** The township filter's value for the villages with no township. */
export const NO_TOWNSHIP = '(none)';

/** One township (`''`: the villages with none) and the indices of its villages, in list order. */
export interface TownshipGroup {
  readonly name: string;
  readonly indices: number[];
}

/**
 * The villages grouped by township, townships in the order their first village comes, and the first village of
 * each name (how the map and the ledger find a village).
 *
 * @example
 * ```ts
 * groupByTownship([{ village: '甲', township: 'A', values }, { village: '乙', values }, { village: '丙', township: 'A', values }])
 * // { groups: [{ name: 'A', indices: [0, 2] }, { name: '', indices: [1] }], byName: Map { '甲' → 0, '乙' → 1, '丙' → 2 } }
 * ```
 */
export function groupByTownship(list: readonly VillageRiskInput[]): {
  groups: TownshipGroup[];
  byName: Map<string, number>;
} {
  const groups = new Map<string, number[]>();
  const byName = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const v = list[i] as VillageRiskInput;
    const key = v.township ?? '';
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
    if (!byName.has(v.village)) byName.set(v.village, i);
  }
  return { groups: [...groups].map(([name, indices]) => ({ name, indices })), byName };
}

/** The township name a township filter stands for (`''` for the villages with none). */
export function filteredTownship(filter: string): string {
  return filter === NO_TOWNSHIP ? '' : filter;
}

/** Whether village `i` passes the level filter. */
export function levelShown(a: Pick<VillageAssessment, 'level'>, i: number, filter: RiskLevelFilter): boolean {
  if (filter === 'unscored') return a.level(i) === null;
  return !filter || a.level(i) === filter;
}

/**
 * The groups left by the filters: only the filtered township (if any), only the villages of the filtered level (if
 * any), and no group left empty. With no level filter the groups are the same objects.
 */
export function shownGroups(
  groups: readonly TownshipGroup[],
  a: Pick<VillageAssessment, 'level'>,
  filterLevel: RiskLevelFilter,
  filterTownship: string,
): TownshipGroup[] {
  const township = filteredTownship(filterTownship);
  return groups
    .filter((g) => !filterTownship || g.name === township)
    .map((g) => (filterLevel ? { name: g.name, indices: g.indices.filter((i) => levelShown(a, i, filterLevel)) } : g))
    .filter((g) => g.indices.length > 0);
}
