/**
 * Scoring villages against a risk model: one village explained (`scoreRisk`), or many at once (`assessVillages`),
 * with exact band boundaries and no NaN.
 */
import * as P from '../problems/codes.js';
import { type Problem, problem, throwIfAny } from '../problems/problem.js';
import type { RiskIndicator } from './indicators.js';
import { bandOf, type RiskBand, type RiskLevel, type RiskModel, UNIT, UNLEVELLED } from './model.js';

/** How one indicator contributed. */
export interface RiskContribution {
  readonly indicatorId: string;
  readonly title: { readonly zh: string; readonly en: string };
  /** The raw value, or `null` when missing. */
  readonly value: unknown;
  readonly missing: boolean;
  /** Points before the weight. */
  readonly points: number;
  readonly weight: number;
  /** Weight × points, the indicator's part of the score. */
  readonly contribution: number;
  /** How much the indicator pushes towards risk: lost points of a health index, or risk points. */
  readonly impact: number;
}

/** A village's score. 研判结果。 */
export interface RiskScore {
  readonly modelId: string;
  /** The score, or `null` when a missing value blocks scoring. */
  readonly score: number | null;
  /** The band's level, 无风险 when the score is in the model's `unlevelled` range, `null` when not scored. */
  readonly level: RiskLevel | null;
  /** The band's colour; `null` when not scored or not levelled (无风险). */
  readonly colour: RiskBand['colour'] | null;
  /** Every indicator, the one that pushes most towards risk first. */
  readonly contributions: readonly RiskContribution[];
  /** Ids of indicators without a value. */
  readonly missing: readonly string[];
}

function describeExpected(ind: RiskIndicator): { expected: string; expectedEn: string } {
  if (ind.kind === 'boolean') return { expected: 'true 或 false', expectedEn: 'true or false' };
  if (ind.kind === 'categorical' && 'lookup' in ind.scale) {
    const keys = Object.keys(ind.scale.lookup);
    return { expected: keys.join('、'), expectedEn: keys.join(', ') };
  }
  return ind.domain
    ? {
        expected: `${ind.domain.min} 至 ${ind.domain.max} 之间的数`,
        expectedEn: `a number from ${ind.domain.min} to ${ind.domain.max}`,
      }
    : { expected: '数值', expectedEn: 'a number' };
}

/** A village's value of an indicator: its own entry only (an indicator may be named `constructor`). */
export function ownValue(values: Readonly<Record<string, unknown>>, id: string): unknown {
  return Object.hasOwn(values, id) ? values[id] : undefined;
}

/** Problems with a village's values: unknown indicator ids and values outside an indicator's domain. */
export function riskValueProblems(values: Readonly<Record<string, unknown>>, model: RiskModel): Problem[] {
  const compiled = model.compiledIndicators;
  const known = new Set(model.indicators.map((i) => i.id));
  const problems: Problem[] = [];
  for (const id of Object.keys(values)) {
    if (!known.has(id)) {
      problems.push(
        problem(
          P.RISK_UNKNOWN_INDICATOR,
          { model: model.title, id },
          { path: [id], expected: [...known].join('、'), expectedEn: [...known].join(', ') },
        ),
      );
    }
  }
  for (const c of compiled) {
    const v = ownValue(values, c.indicator.id);
    if (v === undefined || v === null) continue;
    if (c.points(v) === undefined) {
      const shown = typeof v === 'number' && !Number.isFinite(v) ? String(v) : JSON.stringify(v);
      problems.push(
        problem(
          P.RISK_VALUE_DOMAIN,
          { indicator: c.indicator.title, value: shown },
          { path: [c.indicator.id], value: shown, ...describeExpected(c.indicator) },
        ),
      );
    }
  }
  return problems;
}

/**
 * Scores one village and explains the score. 风险研判。
 *
 * @param values - raw indicator values by indicator id (`null` or absent: missing)
 * @param model - a defined risk model
 * @returns score, level and colour (`null` when a missing value blocks scoring), contributions sorted by impact,
 *   and the missing indicators
 * @throws HuanjieError `RISK_UNKNOWN_INDICATOR` or `RISK_VALUE_DOMAIN`, naming the indicator
 * @example
 * ```ts
 * scoreRisk({ team: 95, finance: '规范', petitions: 0, situation: '平稳', successor: true }, jinhuaIndex)
 * // { score: 99, level: '三级', colour: 'green', contributions: [...], missing: [] }
 * ```
 */
export function scoreRisk(values: Readonly<Record<string, unknown>>, model: RiskModel): RiskScore {
  throwIfAny(riskValueProblems(values, model));
  const health = model.direction === 'health';
  const missing: string[] = [];
  let units = 0;
  const contributions = model.compiledIndicators.map((c): RiskContribution => {
    const raw = ownValue(values, c.indicator.id);
    const isMissing = raw === undefined || raw === null;
    if (isMissing) missing.push(c.indicator.id);
    const points = isMissing ? (health ? c.min : c.max) : (c.points(raw) as number);
    units += c.weight * points;
    const impact = c.weight * (health ? c.max - points : points);
    return {
      indicatorId: c.indicator.id,
      title: c.indicator.title,
      value: isMissing ? null : raw,
      missing: isMissing,
      points: points / 100,
      weight: c.weight / 100,
      contribution: (c.weight * points) / UNIT,
      impact: impact / UNIT,
    };
  });
  contributions.sort((a, b) => b.impact - a.impact);
  if (missing.length > 0 && model.missing === 'block') {
    return { modelId: model.id, score: null, level: null, colour: null, contributions, missing };
  }
  const band = bandOf(model, units);
  const level = band?.level ?? UNLEVELLED;
  return { modelId: model.id, score: units / UNIT, level, colour: band?.colour ?? null, contributions, missing };
}
