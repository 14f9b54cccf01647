/**
 * Risk models (风险研判模型) as data: indicators, how a raw value maps to points, weights, the direction of the score,
 * and the bands that turn a score into a level and a colour (三色预警). Scores are computed in exact integer units
 * (1/10,000 of a point), so a band boundary is never missed by floating-point drift.
 */
import * as z from 'zod/mini';
import * as P from '../problems/codes.js';
import { type Problem, type ProblemArgs, type ProblemTemplate, problem, throwIfAny } from '../problems/problem.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';
import {
  type CompiledIndicator,
  compileIndicator,
  Decimal2,
  Id,
  RiskIndicator,
  Title,
  toHundredths,
  UNIT,
} from './indicators.js';

export { type RiskIndicator, UNIT } from './indicators.js';

/** A band of scores: a level (一级/二级/三级) and a colour. Bounds: `atLeast` / `above` and `atMost` / `below`. */
export const RiskBand = z.strictObject({
  level: z.enum(['一级', '二级', '三级']),
  colour: z.enum(['red', 'yellow', 'green']),
  atLeast: z.optional(Decimal2),
  above: z.optional(Decimal2),
  atMost: z.optional(Decimal2),
  below: z.optional(Decimal2),
});
export type RiskBand = z.infer<typeof RiskBand>;

/** The level of a village scored at the calm end below every band, when the model leaves such villages unlevelled. */
export const UNLEVELLED = '无风险';
/** A village's level: a band's (一级/二级/三级), or 无风险 (screened, not levelled). */
export type RiskLevel = RiskBand['level'] | typeof UNLEVELLED;

/** Scores that get no level (无风险), bounded as a band is. */
const Unlevelled = z.strictObject({
  atLeast: z.optional(Decimal2),
  above: z.optional(Decimal2),
  atMost: z.optional(Decimal2),
  below: z.optional(Decimal2),
});

/** A risk model. */
export const RiskModelSpec = z.strictObject({
  id: Id,
  title: Title,
  /** Where the model comes from (a local document or a published index). */
  source: z.string().check(z.minLength(1)),
  /** `health`: higher is safer (金华 100-point index); `risk`: higher is riskier (risk points). */
  direction: z.enum(['health', 'risk']),
  /** A missing value counts as the worst value, or leaves the village unscored. */
  missing: z.enum(['worst', 'block']),
  indicators: z.array(RiskIndicator).check(z.minLength(1)),
  bands: z.array(RiskBand).check(z.minLength(1)),
  /**
   * 无风险: scores at the calm end, beyond the lowest-risk band, that get no level — screened, not levelled (seed 000
   * screened 26 villages and levelled 10). E.g. `{ below: 10 }` of risk points, `{ atLeast: 95 }` of a health index.
   * Without it (the default) every score has a band.
   */
  unlevelled: z.optional(Unlevelled),
  /** Before the election: levels that block it until cleared, and ledger categories whose open items block it. */
  election: z._default(
    z.strictObject({
      blockLevels: z._default(z.array(z.enum(['一级', '二级', '三级'])), () => []),
      blockOpenCategories: z._default(z.array(z.string()), () => []),
    }),
    () => ({ blockLevels: [], blockOpenCategories: [] }),
  ),
});
export type RiskModelSpec = z.input<typeof RiskModelSpec>;

/** A band with its bounds in exact units (1/10,000 point). */
export interface CompiledBand {
  readonly band: RiskBand;
  readonly lower: number;
  readonly lowerInclusive: boolean;
  readonly upper: number;
  readonly upperInclusive: boolean;
}

/** A validated, frozen risk model, with its bands in exact units and its indicators ready to score. */
export interface RiskModel extends z.infer<typeof RiskModelSpec> {
  readonly compiledBands: readonly CompiledBand[];
  readonly compiledIndicators: readonly CompiledIndicator[];
}

function bandBounds(b: z.infer<typeof Unlevelled>): Omit<CompiledBand, 'band'> {
  const lower = b.atLeast ?? b.above;
  const upper = b.atMost ?? b.below;
  return {
    lower: lower === undefined ? Number.NEGATIVE_INFINITY : toHundredths(lower) * 100,
    lowerInclusive: b.atLeast !== undefined || lower === undefined,
    upper: upper === undefined ? Number.POSITIVE_INFINITY : toHundredths(upper) * 100,
    upperInclusive: b.atMost !== undefined || upper === undefined,
  };
}

/**
 * Validates a risk model: indicator ids unique, scales matching kinds, thresholds inside domains, and bands that
 * cover every score with no gap and no overlap. 定义风险研判模型。
 *
 * @throws HuanjieError naming the indicator or band at fault
 * @example
 * ```ts
 * const model = defineRiskModel(jinhuaIndexSpec)
 * scoreRisk({ team: 90, finance: '规范', … }, model).colour // 'green'
 * ```
 */
export function defineRiskModel(spec: unknown): RiskModel {
  const m = parseOrThrow(RiskModelSpec, spec);
  const problems: Problem[] = [];
  const add = <T extends ProblemTemplate>(path: (string | number)[], template: T, params: ProblemArgs<T>) =>
    problems.push(problem(template, params, { path }));
  const seen = new Set<string>();
  m.indicators.forEach((ind, i) => {
    if (seen.has(ind.id)) add(['indicators', i, 'id'], P.RISK_DUPLICATE_INDICATOR, { id: ind.id });
    seen.add(ind.id);
    const scale = ind.scale;
    if ('linear' in scale && scale.linear.from.value === scale.linear.to.value) {
      add(['indicators', i, 'scale', 'linear'], P.RISK_SCALE_SHAPE, {
        indicator: ind.title,
        variant: 'linear',
      });
    }
    if ('lookup' in scale && Object.keys(scale.lookup).length === 0) {
      add(['indicators', i, 'scale', 'lookup'], P.RISK_SCALE_SHAPE, { indicator: ind.title });
    }
    if (ind.domain && ind.domain.min > ind.domain.max) {
      add(['indicators', i, 'domain'], P.RISK_SCALE_SHAPE, {
        indicator: ind.title,
        variant: 'domain',
      });
    }
    if (ind.domain && 'thresholds' in scale && Math.min(...scale.thresholds.map((t) => t.atLeast)) > ind.domain.min) {
      const params = { variant: 'thresholds', indicator: ind.title, min: ind.domain.min } as const;
      add(['indicators', i, 'scale', 'thresholds'], P.RISK_SCALE_SHAPE, params);
    }
    const numeric = 'thresholds' in ind.scale || 'linear' in ind.scale;
    if ((ind.kind === 'numeric') !== numeric) {
      add(['indicators', i, 'scale'], P.RISK_SCALE_KIND, { indicator: ind.title, kind: ind.kind });
    }
    if (
      ind.kind === 'boolean' &&
      'lookup' in ind.scale &&
      !('true' in ind.scale.lookup && 'false' in ind.scale.lookup)
    ) {
      add(['indicators', i, 'scale', 'lookup'], P.RISK_SCALE_KIND, { variant: 'boolean', indicator: ind.title });
    }
  });
  // The bands and the unlevelled range (无风险) must cover every score, with no gap and no overlap.
  const ranges = [
    ...m.bands.map((band, i) => ({ ...band, level: band.level as string, path: ['bands', i] as (string | number)[] })),
    ...(m.unlevelled
      ? [{ ...m.unlevelled, level: UNLEVELLED as string, path: ['unlevelled'] as (string | number)[] }]
      : []),
  ];
  for (const r of ranges) {
    if ((r.atLeast !== undefined && r.above !== undefined) || (r.atMost !== undefined && r.below !== undefined)) {
      add(r.path, P.RISK_BANDS_SHAPE, { variant: 'twice', level: r.level });
    }
  }
  const sorted = ranges.map((r) => ({ ...r, ...bandBounds(r) })).sort((a, b) => a.lower - b.lower);
  sorted.forEach((b, i) => {
    if (i === 0 && b.lower !== Number.NEGATIVE_INFINITY) {
      const score = b.lower / UNIT;
      add(b.path, P.RISK_BANDS_GAP, { variant: 'below', score });
    }
    if (i === sorted.length - 1 && b.upper !== Number.POSITIVE_INFINITY) {
      const score = b.upper / UNIT;
      add(b.path, P.RISK_BANDS_GAP, { variant: 'above', score });
    }
    // 无风险 lies at the calm end: the lowest risk points, or the highest health index.
    const calmEnd = m.direction === 'risk' ? i === 0 : i === sorted.length - 1;
    if (b.level === UNLEVELLED && !calmEnd) add(b.path, P.RISK_BANDS_SHAPE, { variant: 'unlevelled', level: b.level });
    const next = sorted[i + 1];
    if (!next) return;
    if (b.upper < b.lower || (b.upper === b.lower && !(b.upperInclusive && b.lowerInclusive))) {
      add(b.path, P.RISK_BANDS_SHAPE, { level: b.level });
    }
    const touching = b.upper === next.lower && b.upperInclusive !== next.lowerInclusive;
    if (!touching) {
      const overlap = b.upper > next.lower || (b.upper === next.lower && b.upperInclusive && next.lowerInclusive);
      add(next.path, overlap ? P.RISK_BANDS_OVERLAP : P.RISK_BANDS_GAP, { level: b.level, next: next.level });
    }
  });
  const bands = m.bands.map((band) => ({ band, ...bandBounds(band) })).sort((a, b) => a.lower - b.lower);
  throwIfAny(problems);
  return Object.freeze({ ...m, compiledBands: bands, compiledIndicators: m.indicators.map(compileIndicator) });
}

/**
 * The band of an exact score (in units of 1/10,000 point); `null` when the score is in the model's `unlevelled`
 * range (无风险).
 *
 * @example
 * ```ts
 * bandOf(jinhua, 80 * UNIT).colour   // 'green'
 * bandOf(jinhua, 7999 * 100).colour  // 'yellow'
 * ```
 */
export function bandOf(model: RiskModel, units: number): RiskBand | null {
  for (const b of model.compiledBands) {
    const aboveLower = b.lowerInclusive ? units >= b.lower : units > b.lower;
    const belowUpper = b.upperInclusive ? units <= b.upper : units < b.upper;
    if (aboveLower && belowUpper) return b.band;
  }
  // defineRiskModel proved the bands and the unlevelled range cover every score.
  return null;
}
