/**
 * The joint qualification review section of a policy (资格联审): the departments asked, and the tiers that set the
 * deadline.
 */
import * as z from 'zod/mini';
import { Id, NumberOrParam, Title } from '../parameters/ids.js';
import type { PolicyBase, Sourced } from '../parameters/policyBase.js';

/** Joint qualification review (资格联审): the departments asked, and the tiers that set the deadline. */
export const ReviewSection = z.strictObject({
  reference: Id,
  departments: z
    .array(z.strictObject({ id: z.string().check(z.minLength(1)), title: z.optional(Title) }))
    .check(z.minLength(1)),
  tiers: z.record(z.string().check(z.minLength(1)), z.strictObject({ title: Title, hours: NumberOrParam })),
});
export type ReviewSection = z.infer<typeof ReviewSection>;

/** What `reviewStatus` and `reviewDeadline` read of a policy. */
export interface ReviewPolicy extends PolicyBase {
  readonly review?: Sourced<ReviewSection>;
}
