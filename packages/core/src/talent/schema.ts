/**
 * The reserve-matching section of a policy (人岗相适): how a locality weighs what it looks for in a reserve.
 */
import * as z from 'zod/mini';
import type { EligibilityPolicy } from '../eligibility/schema.js';
import { Id } from '../parameters/ids.js';
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

/** What `matchReserves` reads of a policy: its eligibility rules, its weights when it sets them, its words. */
export interface TalentPolicy extends EligibilityPolicy, VocabularyPolicy {
  readonly reserveMatching?: Sourced<ReserveMatching>;
}
