/**
 * The stages of a campaign as policy data (换届工作阶段): their order, the law or document they rest on, the branches
 * an election can take (另行选举, 重新选举), and by when each must be complete — a milestone of `electionTimeline`
 * (counted from the village's election day) or a fixed date the county set.
 */
import * as z from 'zod/mini';
import { IsoDateField } from '../dates/isoDateField.js';
import type { TimelinePolicy } from '../election/schema.js';
import { Id, Title } from '../parameters/ids.js';
import type { Sourced } from '../parameters/policyBase.js';
import { INCIDENT_SEVERITIES } from './vocabulary.js';

/** A stage of the campaign. 工作阶段。 */
export const CampaignStage = z.strictObject({
  id: Id,
  title: Title,
  /** Position in the sequence; an overlay inserts a stage between two by giving it an order between theirs. */
  order: z.number(),
  reference: Id,
  /**
   * A branch taken when an election did not fill its seats (另行选举) or was void (重新选举): outside the main
   * sequence, so reaching it does not complete the stages before it.
   */
  branch: z.optional(z.boolean()),
  /** The stage that means the campaign is complete (完成). */
  final: z.optional(z.boolean()),
  /** By when the stage must be complete: a milestone id of `electionTimeline`, or a date. */
  completeBy: z.optional(z.union([z.strictObject({ milestone: Id }), z.strictObject({ date: IsoDateField })])),
});
export type CampaignStage = z.infer<typeof CampaignStage>;

/** How the campaign's record is read: which incidents block a village's election. */
export const CampaignSection = z.strictObject({
  reference: Id,
  /** Open incidents of these severities block the election until closed. */
  blockingSeverities: z.array(z.enum(INCIDENT_SEVERITIES)),
});
export type CampaignSection = z.infer<typeof CampaignSection>;

/** What `campaignStatus` reads of a policy. */
export interface CampaignPolicy extends TimelinePolicy {
  readonly campaignStages: readonly Sourced<CampaignStage>[];
  readonly campaign?: Sourced<CampaignSection>;
}
