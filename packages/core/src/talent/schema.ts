/**
 * The reserve pool's sections of a policy: how a locality weighs what it looks for in a reserve (人岗相适), and the
 * form its evaluations rate (人才画像、考察评价).
 */
import * as z from 'zod/mini';
import type { EligibilityPolicy } from '../eligibility/schema.js';
import { Id, Title } from '../parameters/ids.js';
import type { Sourced } from '../parameters/policyBase.js';
import type { VocabularyPolicy } from '../schemas/vocabularies.js';

/** What reserve matching weighs (see `matchReserves`). */
export const MATCH_CRITERIA = [
  'age',
  'education',
  'skills',
  'residence',
  'trialPost',
  'evaluation',
  'structureGap',
  'readiness',
] as const;

/** How a locality weighs the criteria when ranking reserves for a village (人岗相适). */
export const ReserveMatching = z.strictObject({
  reference: Id,
  /** Points per criterion; a reserve scores the sum of weight × how well it meets the criterion (0–1). */
  weights: z.record(z.enum(MATCH_CRITERIA), z.number().check(z.nonnegative())),
});
export type ReserveMatching = z.infer<typeof ReserveMatching>;

/**
 * The evaluation form of the reserve pool (后备人才考察评价表): the dimensions each evaluation rates, on the scale of
 * `EVALUATION_RATINGS`. A dimension may belong to a standard (`standard`: 五强, 双强四好 …), which the profile groups
 * it under. The form is the locality's: no national text fixes one.
 */
export const ReserveForm = z.strictObject({
  reference: Id,
  title: Title,
  dimensions: z.array(z.strictObject({ id: Id, title: Title, standard: z.optional(Title) })).check(z.minLength(1)),
});
export type ReserveForm = z.infer<typeof ReserveForm>;

/** What `matchReserves` reads of a policy: its eligibility rules, its weights when it sets them, its words. */
export interface TalentPolicy extends EligibilityPolicy, VocabularyPolicy {
  readonly reserveMatching?: Sourced<ReserveMatching>;
  /** The evaluation form (see `checkReserves`, `portrayReserve`). */
  readonly reserveForm?: Sourced<ReserveForm>;
}
