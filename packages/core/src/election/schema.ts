/**
 * The election sections of a policy: departure audit posting (离任审计公示) and the local milestones of the campaign
 * (倒排时间), and the policy shapes that `checkAuditPublicity` and `electionTimeline` read.
 */
import * as z from 'zod/mini';
import { Id, NumberOrParam, Title } from '../parameters/ids.js';
import type { PolicyBase, Sourced } from '../parameters/policyBase.js';
import { AUDIT_FINDING_SEVERITIES } from './auditVocabulary.js';

/**
 * Departure audit posting (离任审计公示): at least so many postings of at least so many days (local policy); and, when
 * `blockOpenFindings` is set, the grades of finding that block the election until put right ("审计不清楚不换届",
 * local policy with its own reference).
 */
export const AuditSection = z.strictObject({
  reference: Id,
  minPostings: NumberOrParam,
  minDays: NumberOrParam,
  blockOpenFindings: z.optional(
    z.strictObject({ reference: Id, severities: z.array(z.enum(AUDIT_FINDING_SEVERITIES)).check(z.minLength(1)) }),
  ),
});
export type AuditSection = z.infer<typeof AuditSection>;

/** A local milestone of the campaign (倒排时间): so many days before or after the election date. */
export const LocalMilestone = z.strictObject({
  id: Id,
  title: Title,
  reference: Id,
  daysBefore: z.optional(NumberOrParam),
  daysAfter: z.optional(NumberOrParam),
});
export type LocalMilestone = z.infer<typeof LocalMilestone>;

/** What `checkAuditPublicity` reads of a policy. */
export interface AuditPolicy extends PolicyBase {
  readonly audit?: Sourced<AuditSection>;
}

/** What `electionTimeline` reads of a policy. */
export interface TimelinePolicy extends PolicyBase {
  readonly milestones: readonly Sourced<LocalMilestone>[];
}
