/**
 * Risk models (风险研判模型) as data: indicators, how a raw value maps to points, weights, the direction of the score,
 * and the bands that turn a score into a level and a colour (三色预警). Scores are computed in exact integer units
 * (1/10,000 of a point), so a band boundary is never missed by floating-point drift.
 */
import * as z from 'zod/mini';
import * as P from '../problems/codes.js';
import {
  detail,
  type Problem,
  type ProblemParams,
  type ProblemTemplate,
  problem,
  throwIfAny,
} from '../problems/problem.js';
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

function bandBounds(b: RiskBand): Omit<CompiledBand, 'band'> {
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
  const add = (path: (string | number)[], template: ProblemTemplate, params: ProblemParams) =>
    problems.push(problem(template, params, { path }));
  const seen = new Set<string>();
  m.indicators.forEach((ind, i) => {
    if (seen.has(ind.id)) add(['indicators', i, 'id'], P.RISK_DUPLICATE_INDICATOR, { id: ind.id });
    seen.add(ind.id);
    const scale = ind.scale;
    if ('linear' in scale && scale.linear.from.value === scale.linear.to.value) {
      add(['indicators', i, 'scale', 'linear'], P.RISK_SCALE_SHAPE, {
        indicator: ind.title,
        ...detail('线性计分两端取值相同', "the linear scale's two anchors have the same value", '線性計分兩端取值相同'),
      });
    }
    if ('lookup' in scale && Object.keys(scale.lookup).length === 0) {
      add(['indicators', i, 'scale', 'lookup'], P.RISK_SCALE_SHAPE, {
        indicator: ind.title,
        ...detail('对照表是空的', 'the lookup table is empty', '對照表是空的'),
      });
    }
    if (ind.domain && ind.domain.min > ind.domain.max) {
      add(['indicators', i, 'domain'], P.RISK_SCALE_SHAPE, {
        indicator: ind.title,
        ...detail('取值范围下限大于上限', "the domain's min is above its max", '取值範圍下限大於上限'),
      });
    }
    if (ind.domain && 'thresholds' in scale && Math.min(...scale.thresholds.map((t) => t.atLeast)) > ind.domain.min) {
      const min = ind.domain.min;
      add(['indicators', i, 'scale', 'thresholds'], P.RISK_SCALE_SHAPE, {
        indicator: ind.title,
        ...detail(
          `最低阈值高于取值范围下限 ${min}，部分取值没有分数`,
          `the lowest threshold is above the domain's min ${min}, so some values score nothing`,
          `最低門檻高於取值範圍下限 ${min}，部分取值沒有分數`,
        ),
      });
    }
    const numeric = 'thresholds' in ind.scale || 'linear' in ind.scale;
    if ((ind.kind === 'numeric') !== numeric) {
      add(
        ['indicators', i, 'scale'],
        P.RISK_SCALE_KIND,
        detail(
          `指标“${ind.title.zh}”的计分方式与类型 ${ind.kind} 不符`,
          `Indicator "${ind.title.en}": the scale does not fit the kind ${ind.kind}`,
          `指標「${ind.title.zh}」的計分方式與類型 ${ind.kind} 不符`,
        ),
      );
    }
    if (
      ind.kind === 'boolean' &&
      'lookup' in ind.scale &&
      !('true' in ind.scale.lookup && 'false' in ind.scale.lookup)
    ) {
      add(
        ['indicators', i, 'scale', 'lookup'],
        P.RISK_SCALE_KIND,
        detail(
          `是否类指标“${ind.title.zh}”需要 true 和 false 两个分值`,
          `Boolean indicator "${ind.title.en}" needs points for true and false`,
          `是否類指標「${ind.title.zh}」需要 true 和 false 兩個分值`,
        ),
      );
    }
  });
  m.bands.forEach((b, i) => {
    if ((b.atLeast !== undefined && b.above !== undefined) || (b.atMost !== undefined && b.below !== undefined)) {
      add(
        ['bands', i],
        P.RISK_BANDS_SHAPE,
        detail(
          `等级“${b.level}”的下限或上限写了两次`,
          `Band ${b.level} gives a bound twice`,
          `等級「${b.level}」的下限或上限寫了兩次`,
        ),
      );
    }
  });
  const bands = m.bands.map((band) => ({ band, ...bandBounds(band) })).sort((a, b) => a.lower - b.lower);
  bands.forEach((b, i) => {
    const where = m.bands.indexOf(b.band);
    if (i === 0 && b.lower !== Number.NEGATIVE_INFINITY) {
      const score = b.lower / UNIT;
      add(
        ['bands', where],
        P.RISK_BANDS_GAP,
        detail(
          `分数低于 ${score} 的村没有对应的等级`,
          `No band covers scores below ${score}`,
          `分數低於 ${score} 的村沒有對應的等級`,
        ),
      );
    }
    if (i === bands.length - 1 && b.upper !== Number.POSITIVE_INFINITY) {
      const score = b.upper / UNIT;
      add(
        ['bands', where],
        P.RISK_BANDS_GAP,
        detail(
          `分数高于 ${score} 的村没有对应的等级`,
          `No band covers scores above ${score}`,
          `分數高於 ${score} 的村沒有對應的等級`,
        ),
      );
    }
    const next = bands[i + 1];
    if (!next) return;
    if (b.upper < b.lower || (b.upper === b.lower && !(b.upperInclusive && b.lowerInclusive))) {
      const level = b.band.level;
      add(
        ['bands', where],
        P.RISK_BANDS_SHAPE,
        detail(`等级“${level}”的分数区间是空的`, `Band ${level} holds no score`, `等級「${level}」的分數區間是空的`),
      );
    }
    const touching = b.upper === next.lower && b.upperInclusive !== next.lowerInclusive;
    if (!touching) {
      const overlap = b.upper > next.lower || (b.upper === next.lower && b.upperInclusive && next.lowerInclusive);
      const [level, after] = [b.band.level, next.band.level];
      add(
        ['bands', m.bands.indexOf(next.band)],
        overlap ? P.RISK_BANDS_OVERLAP : P.RISK_BANDS_GAP,
        overlap
          ? { level, next: after }
          : detail(
              `等级“${level}”与“${after}”之间有分数没有等级`,
              `Scores between bands ${level} and ${after} have no level`,
              `等級「${level}」與「${after}」之間有分數沒有等級`,
            ),
      );
    }
  });
  throwIfAny(problems);
  return Object.freeze({ ...m, compiledBands: bands, compiledIndicators: m.indicators.map(compileIndicator) });
}

/**
 * The band of an exact score (in units of 1/10,000 point).
 *
 * @example
 * ```ts
 * bandOf(jinhua, 80 * UNIT).colour   // 'green'
 * bandOf(jinhua, 7999 * 100).colour  // 'yellow'
 * ```
 */
export function bandOf(model: RiskModel, units: number): RiskBand {
  for (const b of model.compiledBands) {
    const aboveLower = b.lowerInclusive ? units >= b.lower : units > b.lower;
    const belowUpper = b.upperInclusive ? units <= b.upper : units < b.upper;
    if (aboveLower && belowUpper) return b.band;
  }
  // Unreachable: defineRiskModel proved the bands cover every score.
  throw new Error('no band');
}
