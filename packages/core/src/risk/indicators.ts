/**
 * Indicators compiled for scoring: a raw value becomes points in integer hundredths (or `undefined` outside the
 * indicator's domain).
 */
import * as z from 'zod/mini';

/** Exact units per point: points and weights have two decimals each, so their products have four. */
export const UNIT = 10_000;
export const toHundredths = (n: number) => Math.round(n * 100);

export const Id = z
  .string()
  .check(z.refine((s) => /^[a-zA-Z][a-zA-Z0-9-]*$/.test(s), { params: { code: 'POLICY_PARAMETER_ID' } }));
export const Title = z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
/** Points and weights carry at most two decimals (they are computed exactly in hundredths). */
export const Decimal2 = z.number().check(
  z.refine((n) => Number.isFinite(n) && Math.abs(Math.round(n * 100) - n * 100) < 1e-9, {
    params: { code: 'RISK_DECIMALS' },
  }),
);

/** How a raw value becomes points. */
const Scale = z.union([
  /** Numeric: the first threshold the value reaches, from the top (`atLeast` descending), gives the points. */
  z.strictObject({
    thresholds: z.array(z.strictObject({ atLeast: z.number(), points: Decimal2 })).check(z.minLength(1)),
  }),
  /** Numeric: linear between two anchors, clamped, rounded half-up to hundredths of a point. */
  z.strictObject({
    linear: z.strictObject({
      from: z.strictObject({ value: z.number(), points: Decimal2 }),
      to: z.strictObject({ value: z.number(), points: Decimal2 }),
    }),
  }),
  /** Boolean or categorical: points per value (`true`/`false` for booleans). */
  z.strictObject({ lookup: z.record(z.string(), Decimal2) }),
]);

/** A risk indicator (研判指标). */
export const RiskIndicator = z.strictObject({
  id: Id,
  title: Title,
  kind: z.enum(['numeric', 'boolean', 'categorical']),
  /** Allowed raw values of a numeric indicator. */
  domain: z.optional(z.strictObject({ min: z.number(), max: z.number() })),
  scale: Scale,
  /** Multiplies the indicator's points (default 1). */
  /** Not negative: a missing value's "worst" must stay the worst after weighting. */
  weight: z._default(Decimal2.check(z.nonnegative()), 1),
});
export type RiskIndicator = z.infer<typeof RiskIndicator>;

/** An indicator ready to score: points as integer hundredths, and the least and most it can give. */
export interface CompiledIndicator {
  readonly indicator: RiskIndicator;
  readonly weight: number; // hundredths
  /** Points in hundredths for a raw value, or `undefined` when the value is outside the indicator's domain. */
  readonly points: (value: unknown) => number | undefined;
  readonly min: number;
  readonly max: number;
}

export function compileIndicator(ind: RiskIndicator): CompiledIndicator {
  const { scale, domain } = ind;
  const inDomain = (v: unknown): v is number =>
    typeof v === 'number' && Number.isFinite(v) && (!domain || (v >= domain.min && v <= domain.max));
  let points: (v: unknown) => number | undefined;
  let all: number[];
  if ('thresholds' in scale) {
    const steps = [...scale.thresholds]
      .sort((a, b) => b.atLeast - a.atLeast)
      .map((t) => ({ atLeast: t.atLeast, points: toHundredths(t.points) }));
    all = steps.map((s) => s.points);
    points = (v) => {
      if (!inDomain(v)) return undefined;
      for (const s of steps) if (v >= s.atLeast) return s.points;
      return undefined;
    };
  } else if ('linear' in scale) {
    const { from, to } = scale.linear;
    const [p0, p1] = [toHundredths(from.points), toHundredths(to.points)];
    const [lo, hi] = from.value <= to.value ? [from, to] : [to, from];
    all = [p0, p1];
    points = (v) => {
      if (!inDomain(v)) return undefined;
      const x = Math.min(hi.value, Math.max(lo.value, v));
      return Math.floor(p0 + ((x - from.value) * (p1 - p0)) / (to.value - from.value) + 0.5);
    };
  } else {
    const table = new Map(Object.entries(scale.lookup).map(([k, p]) => [k, toHundredths(p)]));
    all = [...table.values()];
    points = (v) => {
      if (ind.kind === 'boolean' ? typeof v !== 'boolean' : typeof v !== 'string') return undefined;
      return table.get(String(v));
    };
  }
  return { indicator: ind, weight: toHundredths(ind.weight), points, min: Math.min(...all), max: Math.max(...all) };
}
