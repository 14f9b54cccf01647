/**
 * The level filter of `<hj-risk-board>`: which villages a level (or `unscored`) keeps. No DOM: tested in Node
 * (test/charts/township-groups.test.ts).
 */
import type { VillageAssessment } from '@huanjie/core';

/** Which villages are shown: a model level, 无风险 (not levelled), `unscored`, or every one (`''`). */
export type RiskLevelFilter = '' | '一级' | '二级' | '三级' | '无风险' | 'unscored';

/** Whether village `i` passes the level filter. */
export function levelShown(a: Pick<VillageAssessment, 'level'>, i: number, filter: RiskLevelFilter): boolean {
  if (filter === 'unscored') return a.level(i) === null;
  return !filter || a.level(i) === filter;
}
