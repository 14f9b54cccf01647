/**
 * The policy object (政策): plain JSON-serializable data — dated parameters, eligibility rules, team rules, the
 * references they cite, and a section per capability (risk, pay, review, audit, milestones, campaign stages). Each section's schema
 * lives with its domain folder; this file assembles them into the policy and the overlay that a locality writes.
 */
import * as z from 'zod/mini';
import { CampaignSection, CampaignStage } from '../campaign/stages.js';
import { CompositionTarget } from '../composition/schema.js';
import { StaffingSection } from '../composition/staffingNorms.js';
import { IsoDateField } from '../dates/isoDateField.js';
import { AuditSection, LocalMilestone, RecommendationSection } from '../election/schema.js';
import { Rule, TeamRule } from '../eligibility/schema.js';
import { Id, ParameterId, Title } from '../parameters/ids.js';
import { Parameter } from '../parameters/parameter.js';
import { Reference } from '../parameters/reference.js';
import { PaySection } from '../pay/schema.js';
import { ReviewSection } from '../review/schema.js';
import { RiskModelSpec } from '../risk/model.js';
import { VocabulariesSection } from '../schemas/vocabularies.js';
import { ReserveForm, ReserveMatching } from '../talent/schema.js';

const Effective = z.strictObject({ from: IsoDateField, to: z.optional(IsoDateField) });

/**
 * The sections a policy and an overlay share. Lists (team rules, targets, milestones) are merged by id; the other
 * sections of an overlay replace its base's whole.
 */
function sectionFields() {
  return {
    teamRules: z._default(z.array(TeamRule), () => []),
    compositionTargets: z._default(z.array(CompositionTarget), () => []),
    reserveMatching: z.optional(ReserveMatching),
    /** The reserve pool's evaluation form (后备人才考察评价表). */
    reserveForm: z.optional(ReserveForm),
    /** Staffing norms (专职党务工作者编制): full-time party workers per organization, by kind. */
    staffing: z.optional(StaffingSection),
    /** The risk model (风险研判模型). */
    risk: z.optional(RiskModelSpec),
    /** Pay of village cadres (村干部报酬). */
    pay: z.optional(PaySection),
    /** Joint qualification review (资格联审). */
    review: z.optional(ReviewSection),
    /** Departure audit posting (离任审计公示). */
    audit: z.optional(AuditSection),
    /** Recommendation and nomination (推荐提名): rounds, shares and margins per committee. */
    recommendation: z.optional(RecommendationSection),
    /** Local milestones of the campaign, beside the statutory ones (see `electionTimeline`). */
    milestones: z._default(z.array(LocalMilestone), () => []),
    /** The stages of the campaign (换届工作阶段), merged by id; `order` places them. */
    campaignStages: z._default(z.array(CampaignStage), () => []),
    /** How the campaign's record is read (which incidents block an election). */
    campaign: z.optional(CampaignSection),
    /** Words records may use (词表): ledger categories, reserve sources and channels, post titles, age bands. */
    vocabularies: z.optional(VocabulariesSection),
  };
}

const policyFields = {
  id: Id,
  name: Title,
  /** Who issued it, e.g. `全国`, `某省`, `某县`. Rules are labelled with the jurisdiction that set them. */
  jurisdiction: z.string().check(z.minLength(1)),
  effective: Effective,
  /** An example built from public sources, not a policy in force. */
  example: z.optional(z.boolean()),
  references: z.array(Reference),
  parameters: z.record(ParameterId, Parameter),
  rules: z.array(Rule),
  ...sectionFields(),
};

/** A complete policy as written (a base, or the result of applying overlays). */
export const PolicySpec = z.strictObject({ ...policyFields, extends: z.optional(Id) });
export type PolicySpec = z.input<typeof PolicySpec>;

/**
 * A local variant (本地政策): names the policy it extends, and adds, replaces (same id) or removes rules and dated
 * parameter values. The base is never changed.
 */
export const OverlaySpec = z.strictObject({
  id: Id,
  name: Title,
  jurisdiction: z.string().check(z.minLength(1)),
  extends: Id,
  effective: z.optional(Effective),
  example: z.optional(z.boolean()),
  references: z._default(z.array(Reference), () => []),
  parameters: z._default(
    z.record(ParameterId, z.strictObject({ ...Parameter.shape, title: z.optional(Title), reference: z.optional(Id) })),
    () => ({}),
  ),
  rules: z._default(z.array(Rule), () => []),
  ...sectionFields(),
  removeRules: z._default(z.array(Id), () => []),
  removeTeamRules: z._default(z.array(Id), () => []),
  removeCompositionTargets: z._default(z.array(Id), () => []),
});
export type OverlaySpec = z.input<typeof OverlaySpec>;
