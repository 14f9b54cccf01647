/**
 * Which villages a board (`<hj-risk-board>`, `<hj-campaign-map>`) shows, and where: the villages grouped by township
 * in the order they come, and the groups left by the filters. Villages are referred to by their index in the list.
 * No DOM: tested in Node (test/charts/township-groups.test.ts).
 */

/** The township filter's value for the villages with no township. */
export const NO_TOWNSHIP = '(none)';

/** One township, by the key the board groups on (`''`: the villages with none), and its villages, in list order. */
export interface TownshipGroup {
  readonly key: string;
  readonly indices: number[];
}

/**
 * The villages grouped by township: townships in the order their first village comes.
 *
 * @param list - the villages
 * @param township - the key of a village's township (its name, or its code), `undefined` or `''` for none
 * @example
 * ```ts
 * groupByTownship([{ t: 'A' }, {}, { t: 'A' }], (v) => v.t) // [{ key: 'A', indices: [0, 2] }, { key: '', indices: [1] }]
 * ```
 */
export function groupByTownship<T>(list: readonly T[], township: (v: T) => string | undefined): TownshipGroup[] {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < list.length; i++) {
    const key = township(list[i] as T) ?? '';
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  return [...groups].map(([key, indices]) => ({ key, indices }));
}

/**
 * The first village of each key (a name, a code): how a map's feature or a ledger item finds its village.
 *
 * @example firstIndexBy([{ n: '甲' }, { n: '甲' }], (v) => [v.n]) // Map { '甲' → 0 }
 */
export function firstIndexBy<T>(
  list: readonly T[],
  keys: (v: T) => readonly (string | undefined)[],
): Map<string, number> {
  const byKey = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    for (const key of keys(list[i] as T)) if (key !== undefined && !byKey.has(key)) byKey.set(key, i);
  }
  return byKey;
}

/** The township key a township filter stands for (`''` for the villages with none). */
export function filteredTownship(filter: string): string {
  return filter === NO_TOWNSHIP ? '' : filter;
}

/** The filter value that stands for a group: its key, or `NO_TOWNSHIP` for the villages with none. */
export function townshipFilterValue(group: TownshipGroup): string {
  return group.key || NO_TOWNSHIP;
}

/**
 * The groups left by the filters: only the filtered township (if any), only the villages `keep` keeps (if given),
 * and no group left empty. Without `keep` the groups are the same objects.
 */
export function shownGroups(
  groups: readonly TownshipGroup[],
  filterTownship: string,
  keep?: (i: number) => boolean,
): TownshipGroup[] {
  const township = filteredTownship(filterTownship);
  return groups
    .filter((g) => !filterTownship || g.key === township)
    .map((g) => (keep ? { key: g.key, indices: g.indices.filter(keep) } : g))
    .filter((g) => g.indices.length > 0);
}
