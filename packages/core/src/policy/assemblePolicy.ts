/**
 * A policy assembled from a spec already read: what `definePolicy` builds after its schema has read the spec. The
 * national baseline is assembled from its spec directly (complete, every default written out, and held equal to
 * `definePolicy`'s result by a test), so a page that only uses it ships no policy schema.
 */
import type * as z from 'zod/mini';
import { sortedValues } from '../parameters/valueAt.js';
import type { RiskModel } from '../risk/model.js';
import type { Policy } from './policy.js';
import type { PolicySpec } from './schema.js';

/** A policy spec as the schema reads it: every default filled in. */
export type ReadPolicySpec = z.output<typeof PolicySpec>;

/**
 * Every rule, target, section and milestone labelled with the policy's jurisdiction, parameter values in date order.
 *
 * @param s - the spec as read
 * @param risk - its risk model, defined (when the spec has one)
 */
export function assemblePolicy(s: ReadPolicySpec, risk?: RiskModel): Policy {
  return {
    id: s.id,
    name: s.name,
    jurisdiction: s.jurisdiction,
    effective: s.effective,
    ...(s.example ? { example: true } : {}),
    chain: [s.id],
    references: s.references,
    parameters: Object.fromEntries(
      Object.entries(s.parameters).map(([id, p]) => [id, { ...p, values: sortedValues(p.values) }]),
    ),
    rules: s.rules.map((r) => ({ ...r, source: s.jurisdiction })),
    teamRules: s.teamRules.map((r) => ({ ...r, source: s.jurisdiction })),
    compositionTargets: s.compositionTargets.map((t) => ({ ...t, source: s.jurisdiction })),
    ...(s.reserveMatching ? { reserveMatching: { ...s.reserveMatching, source: s.jurisdiction } } : {}),
    ...(s.reserveForm ? { reserveForm: { ...s.reserveForm, source: s.jurisdiction } } : {}),
    ...(s.staffing ? { staffing: { ...s.staffing, source: s.jurisdiction } } : {}),
    ...(risk ? { risk } : {}),
    ...(s.pay ? { pay: { ...s.pay, source: s.jurisdiction } } : {}),
    ...(s.review ? { review: { ...s.review, source: s.jurisdiction } } : {}),
    ...(s.audit ? { audit: { ...s.audit, source: s.jurisdiction } } : {}),
    ...(s.recommendation ? { recommendation: { ...s.recommendation, source: s.jurisdiction } } : {}),
    milestones: s.milestones.map((m) => ({ ...m, source: s.jurisdiction })),
    campaignStages: s.campaignStages.map((m) => ({ ...m, source: s.jurisdiction })),
    ...(s.campaign ? { campaign: { ...s.campaign, source: s.jurisdiction } } : {}),
    ...(s.vocabularies ? { vocabularies: s.vocabularies } : {}),
  };
}
