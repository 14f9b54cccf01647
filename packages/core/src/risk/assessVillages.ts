/**
 * Assessing many villages at once: scores and levels for all (a county, a province, the whole country), the
 * distribution per level and per township, explanations on demand.
 */
import type { Problem } from '../problems/problem.js';
import { bandOf, type RiskBand, type RiskLevel, type RiskModel, UNLEVELLED } from './model.js';
import { ownValue, type RiskScore, riskValueProblems, scoreRisk } from './scoreRisk.js';

/** One village to assess. */
export interface VillageRiskInput {
  readonly village: string;
  readonly township?: string;
  readonly values: Readonly<Record<string, unknown>>;
}

const LEVELS = ['一级', '二级', '三级', UNLEVELLED] as const satisfies readonly RiskLevel[];

/** Counts per level (无风险: scored in the model's `unlevelled` range), plus villages that could not be scored. */
export type LevelCounts = Record<RiskLevel, number> & { unscored: number };

/** The assessment of many villages. 批量研判。 */
export interface VillageAssessment {
  readonly count: number;
  /** Score of village `i`, or `null` (missing value blocks scoring, or its values are invalid). */
  score(i: number): number | null;
  /** The level of village `i`: a band's, 无风险 (scored, not levelled), or `null` (not scored). */
  level(i: number): RiskLevel | null;
  colour(i: number): RiskBand['colour'] | null;
  /** The full explained score of village `i` (equal to `scoreRisk` on its values). */
  explain(i: number): RiskScore;
  /** Villages whose values are invalid, with their problems (they are counted as unscored). */
  readonly problems: ReadonlyArray<{
    readonly index: number;
    readonly village: string;
    readonly problems: readonly Problem[];
  }>;
  readonly distribution: LevelCounts;
  /** Villages scored (研判/摸排): all but the unscored. */
  readonly screened: number;
  /** Villages given a level (定级): the scored ones not 无风险. */
  readonly levelled: number;
  readonly byTownship: Readonly<Record<string, LevelCounts>>;
}

const zero = (): LevelCounts => ({ 一级: 0, 二级: 0, 三级: 0, 无风险: 0, unscored: 0 });

/**
 * Scores every village, counts them per level and per township. A village with invalid values is listed under
 * `problems` and counted as unscored; the others are not held up by it. A model with an `unlevelled` range leaves
 * its calmest villages without a level (无风险): they count as screened, not as levelled. 批量研判与三色分布。
 *
 * @example
 * ```ts
 * const a = assessVillages(villages, seed004RiskModel)
 * a.distribution // { 一级: 2, 二级: 3, 三级: 192, 无风险: 0, unscored: 0 }
 * // seed 000: 26 villages screened, 10 levelled (一级 2, 二级 3, 三级 5) by a model whose calm villages are 无风险
 * [a.screened, a.levelled] // [26, 10]
 * ```
 */
export function assessVillages(list: readonly VillageRiskInput[], model: RiskModel): VillageAssessment {
  const indicators = model.compiledIndicators;
  const n = list.length;
  const units = new Float64Array(n);
  const scored = new Uint8Array(n);
  const levelIndex = new Uint8Array(n);
  const health = model.direction === 'health';
  const problems: { index: number; village: string; problems: Problem[] }[] = [];
  const distribution = zero();
  const townships = new Map<string, LevelCounts>();
  const ids = indicators.map((c) => c.indicator.id);
  const known = new Set(ids);
  for (let i = 0; i < n; i++) {
    const { values, township } = list[i]!;
    let total = 0;
    let missing = false;
    let bad = false;
    for (let k = 0; k < indicators.length; k++) {
      const c = indicators[k]!;
      const raw = ownValue(values, ids[k]!);
      if (raw === undefined || raw === null) {
        missing = true;
        total += c.weight * (health ? c.min : c.max);
        continue;
      }
      const p = c.points(raw);
      if (p === undefined) {
        bad = true;
        break;
      }
      total += c.weight * p;
    }
    let counts: LevelCounts | undefined;
    if (township !== undefined) {
      counts = townships.get(township);
      if (!counts) {
        counts = zero();
        townships.set(township, counts);
      }
    }
    // An unknown id makes the village invalid (as scoreRisk says): look for one without allocating.
    let unknown = false;
    if (!bad) for (const key in values) if (!known.has(key)) unknown = true;
    if (bad || unknown) {
      const found = riskValueProblems(values, model);
      if (found.length > 0) {
        problems.push({ index: i, village: list[i]!.village, problems: found });
        distribution.unscored++;
        if (counts) counts.unscored++;
        continue;
      }
    }
    if (missing && model.missing === 'block') {
      distribution.unscored++;
      if (counts) counts.unscored++;
      continue;
    }
    const level = bandOf(model, total)?.level ?? UNLEVELLED;
    units[i] = total;
    scored[i] = 1;
    levelIndex[i] = LEVELS.indexOf(level);
    distribution[level]++;
    if (counts) counts[level]++;
  }
  return {
    count: n,
    score: (i) => (scored[i] ? units[i]! / 10_000 : null),
    level: (i) => (scored[i] ? LEVELS[levelIndex[i]!]! : null),
    colour: (i) => (scored[i] ? (bandOf(model, units[i]!)?.colour ?? null) : null),
    explain: (i) => scoreRisk(list[i]!.values, model),
    problems,
    distribution,
    screened: n - distribution.unscored,
    levelled: n - distribution.unscored - distribution.无风险,
    byTownship: Object.fromEntries(townships),
  };
}
