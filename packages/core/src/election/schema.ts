/**
 * The election sections of a policy: departure audit posting (离任审计公示), the local milestones of the campaign
 * (倒排时间) and the recommendation rules (推荐提名), and the policy shapes that `checkAuditPublicity`,
 * `electionTimeline` and `tallyRecommendation` read.
 */
import * as z from 'zod/mini';
import { Id, NumberOrParam, ParameterId, Title } from '../parameters/ids.js';
import type { PolicyBase, Sourced } from '../parameters/policyBase.js';
import { ORGANIZATIONS } from '../schemas/vocabulary.js';
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

/**
 * The rounds of a recommendation (推荐提名): party members' and the public's recommendation (党员推荐、群众推荐, the
 * 两推 of 两推一选) and the democratic evaluation (民主测评) for the party committee; the villagers' nomination
 * (村民提名, 村民委员会组织法 Art. 15) for the villagers' committee.
 */
export const RECOMMENDATION_ROUNDS = ['党员推荐', '群众推荐', '民主测评', '村民提名'] as const;
export type RecommendationRound = (typeof RECOMMENDATION_ROUNDS)[number];

/** How one round counts: the share of those who took part a person needs from it, and its weight in the ranking. */
export const RoundRule = z.strictObject({
  round: z.enum(RECOMMENDATION_ROUNDS),
  /** The round must be held. */
  required: z.boolean(),
  /** A fraction parameter (`'1/2'`): a person needs this share of those who took part (ballots returned). */
  share: z.optional(z.strictObject({ param: ParameterId })),
  /** `above` (超过) or `atLeast` (不少于) the share. */
  comparison: z.optional(z.enum(['above', 'atLeast'])),
  /** The weight of the round's share of votes in the ranking; 0 for a gate only (as 民主测评 usually is). */
  weight: z.int().check(z.nonnegative(), z.lte(100)),
});
export type RoundRule = z.infer<typeof RoundRule>;

/**
 * A committee's recommendation rules: its rounds, and how many go forward beyond the seats — at least
 * `marginPercent` of the seats, rounded up, and at least `marginAtLeast` more.
 */
export const RecommendationRules = z.strictObject({
  body: z.enum(ORGANIZATIONS),
  reference: Id,
  rounds: z.array(RoundRule).check(z.minLength(1)),
  marginPercent: NumberOrParam,
  marginAtLeast: NumberOrParam,
});
export type RecommendationRules = z.infer<typeof RecommendationRules>;

/** Recommendation and nomination (推荐提名): the rules per committee. */
export const RecommendationSection = z.strictObject({
  reference: Id,
  bodies: z.array(RecommendationRules).check(z.minLength(1)),
});
export type RecommendationSection = z.infer<typeof RecommendationSection>;

/** What `tallyRecommendation` reads of a policy. */
export interface RecommendationPolicy extends PolicyBase {
  readonly recommendation?: Sourced<RecommendationSection>;
}
