/**
 * Structure targets (结构目标) per village team, from the policy: which villages miss each one.
 */
import type { IsoDate } from '../dates/calendar.js';
import type { UsedParameter } from '../eligibility/types.js';
import { type Citation, citeReference } from '../parameters/citation.js';
import { parameterOf, valueAt } from '../parameters/valueAt.js';
import type { CompositionPolicy } from './schema.js';
import { type CompositionMember, type CompositionSummary, summarizeCompositionBy } from './summarizeComposition.js';

/** How one target fared across the villages. */
export interface CompositionTargetResult {
  readonly targetId: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly reference: Citation;
  readonly source: string;
  readonly measure: string;
  /** The bar, and the parameter it came from (with the date it took effect) when it is one. */
  readonly atLeast?: number;
  readonly shareAtLeast?: number;
  readonly parameters: readonly UsedParameter[];
  /** Villages that meet the target. */
  readonly met: number;
  /** Villages that miss it, with their figures: members counted and how many have the property. */
  readonly missed: ReadonlyArray<{ readonly unit: string; readonly count: number; readonly value: number }>;
}

type Unit = CompositionMember & { readonly villageCode?: unknown; readonly village?: unknown };

const defaultUnit = (m: Unit) => String(m.villageCode ?? m.village ?? '（未填村）');

/**
 * Checks every composition target of a policy against each village's team. 结构目标检查。
 *
 * @param members - committee members of many villages
 * @param policy - a policy with `compositionTargets`
 * @param options - `asOf`; `unit` names a member's village (default: division code, else name)
 * @returns one result per target, listing the villages that miss it
 * @example
 * ```ts
 * checkCompositionTargets(members, exampleCountyHardCriteria, { asOf: '2021-10-28' })
 *   .map((t) => [t.title.zh, t.missed.length])
 * ```
 */
export function checkCompositionTargets<M extends Unit>(
  members: readonly M[],
  policy: CompositionPolicy,
  options: { readonly asOf: IsoDate; readonly unit?: (member: M) => string },
): CompositionTargetResult[] {
  const unit = (options.unit ?? defaultUnit) as (m: CompositionMember) => string;
  const units = [...new Set(members.map((m) => unit(m)))];
  return policy.compositionTargets.map((target) => {
    const parameters: UsedParameter[] = [];
    const resolve = (v: number | { param: string } | undefined) => {
      if (v === undefined || typeof v === 'number') return v;
      const used = { id: v.param, ...valueAt(parameterOf(policy, v.param), options.asOf) };
      parameters.push(used);
      return Number(used.value);
    };
    const atLeast = resolve(target.atLeast);
    const shareAtLeast = resolve(target.shareAtLeast);
    const { organizations, posts } = target.appliesTo ?? {};
    const counts = summarizeCompositionBy(members, unit, {
      asOf: options.asOf,
      filter: (m) =>
        (!organizations || (organizations as readonly unknown[]).includes(m.organization)) &&
        (!posts || (posts as readonly unknown[]).includes(m.post)),
    });
    const measure = target.measure;
    const denominator = (s: CompositionSummary) =>
      measure === 'under35' ? s.ageKnown : measure.endsWith('OrAbove') ? s.educationKnown : s.count;
    const missed: { unit: string; count: number; value: number }[] = [];
    for (const u of units) {
      const s = counts[u];
      const value = s ? s[measure] : 0;
      const total = s ? denominator(s) : 0;
      // Shares compare exactly: value / total ≥ p / 100 ⟺ 100 · value ≥ p · total; no members never meets a share.
      const ok = atLeast !== undefined ? value >= atLeast : total > 0 && 100 * value >= (shareAtLeast ?? 0) * total;
      if (!ok) missed.push({ unit: u, count: s?.count ?? 0, value });
    }
    return {
      targetId: target.id,
      title: target.title,
      reference: citeReference(policy.references, target.reference),
      source: target.source,
      measure,
      ...(atLeast !== undefined ? { atLeast } : {}),
      ...(shareAtLeast !== undefined ? { shareAtLeast } : {}),
      parameters,
      met: units.length - missed.length,
      missed,
    };
  });
}
