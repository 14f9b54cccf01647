/**
 * A defined policy: validated, frozen, with every rule labelled by the jurisdiction that set it. It has every
 * section; each domain function asks only for the sections it reads (`PayPolicy`, `ReviewPolicy` …), which a
 * `Policy` has.
 */
import type { CampaignPolicy } from '../campaign/stages.js';
import type { CompositionPolicy } from '../composition/schema.js';
import type { StaffingPolicy } from '../composition/staffingNorms.js';
import type { AuditPolicy, RecommendationPolicy, TimelinePolicy } from '../election/schema.js';
import type { PayPolicy } from '../pay/schema.js';
import type { ReviewPolicy } from '../review/schema.js';
import type { RiskModel } from '../risk/model.js';
import type { VocabularyPolicy } from '../schemas/vocabularies.js';
import type { TalentPolicy } from '../talent/schema.js';

/** A validated, frozen policy (政策). Create one with `definePolicy` or `extendPolicy`. */
export interface Policy
  extends TalentPolicy,
    CompositionPolicy,
    StaffingPolicy,
    PayPolicy,
    ReviewPolicy,
    AuditPolicy,
    RecommendationPolicy,
    TimelinePolicy,
    CampaignPolicy,
    VocabularyPolicy {
  /** The risk model, validated (see `scoreRisk`). */
  readonly risk?: RiskModel;
}
