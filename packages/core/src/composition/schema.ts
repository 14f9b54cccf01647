/**
 * The composition section of a policy: structure targets per village team (结构目标), and the policy shape that
 * `checkCompositionTargets` reads.
 */
import * as z from 'zod/mini';
import { AppliesTo } from '../eligibility/schema.js';
import { Id, NumberOrParam, Title } from '../parameters/ids.js';
import type { PolicyBase, Sourced } from '../parameters/policyBase.js';

/** What a composition target counts: a field of the composition summary. */
export const COMPOSITION_MEASURES = [
  'women',
  'under35',
  'minorities',
  'highSchoolOrAbove',
  'collegeOrAbove',
  'bachelorOrAbove',
  'partyMembers',
  'concurrent',
] as const;

/**
 * A structure target (结构目标) per village team: at least N members, or at least a share, with a property — e.g.
 * a woman and a member under 35 on every team, secretaries all with 高中 or above. `checkCompositionTargets` lists
 * the villages that miss it.
 */
export const CompositionTarget = z.strictObject({
  id: Id,
  title: Title,
  reference: Id,
  /** Which members count (default: both committees). */
  appliesTo: z.optional(AppliesTo),
  measure: z.enum(COMPOSITION_MEASURES),
  /** At least this many members. */
  atLeast: z.optional(NumberOrParam),
  /** At least this share, in percent. */
  shareAtLeast: z.optional(NumberOrParam),
});
export type CompositionTarget = z.infer<typeof CompositionTarget>;

/** What `checkCompositionTargets` reads of a policy. */
export interface CompositionPolicy extends PolicyBase {
  readonly compositionTargets: readonly Sourced<CompositionTarget>[];
}
