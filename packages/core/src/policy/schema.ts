/**
 * The policy object (政策): plain JSON-serializable data — dated parameters, eligibility rules, team rules and the
 * references they cite. Later capabilities (risk, pay, review, audit) add sections of their own to the same object.
 *
 * Conditions are checked by the operator table in `eligibility/operators.ts`, not by this schema, so that an unknown
 * operator is reported with its path and the list of operators that exist.
 */
import * as z from 'zod/mini';
import { PaySection } from '../pay/schema.js';
import { RiskModelSpec } from '../risk/model.js';
import { IsoDateField } from '../schemas/fields.js';
import { ORGANIZATIONS, POSTS } from '../schemas/vocabulary.js';
import { Id, NumberOrParam, ParameterId, Title } from './ids.js';

export { Title } from './ids.js';

/** A law article or local document that a rule or parameter rests on. 依据。 */
export const Reference = z.strictObject({
  id: Id,
  /** As it is cited, e.g. `中华人民共和国村民委员会组织法 第十三条`. */
  title: z.string().check(z.minLength(1)),
  /** National law, party rules, or a local policy document. */
  kind: z.enum(['law', 'party-rule', 'local-policy', 'example']),
  url: z.optional(z.string()),
  note: z.optional(z.string()),
});
export type Reference = z.infer<typeof Reference>;

/** A parameter with dated values: each value holds from its date until the next one. 政策参数。 */
export const Parameter = z.strictObject({
  title: Title,
  unit: z.optional(
    z.enum(['years', 'percent', 'people', 'level', 'yuan', 'fen', 'hours', 'days', 'count', 'fraction']),
  ),
  reference: Id,
  /** `{ '2021-01-01': 60 }`: value from that date on. In an overlay, `null` removes a dated value of the base. */
  values: z.record(IsoDateField, z.nullable(z.union([z.number(), z.string(), z.boolean()]))),
});
export type Parameter = z.infer<typeof Parameter>;

/** Which seats a rule is about. Omitted: every organization and post. */
export const AppliesTo = z.strictObject({
  organizations: z.optional(z.array(z.enum(ORGANIZATIONS))),
  posts: z.optional(z.array(z.enum(POSTS))),
});

/** A condition tree, checked by the operator table (see `eligibility/operators.ts`). */
export const ConditionSpec = z.record(z.string(), z.unknown());
export type ConditionSpec = Record<string, unknown>;

/**
 * An eligibility rule over one candidate. Exactly one of `require` (fails when the condition is false) or `forbid`
 * (fails when it is true). 资格条件 / 负面清单条目。
 */
export const Rule = z.strictObject({
  id: Id,
  title: Title,
  severity: z.enum(['disqualify', 'warning']),
  appliesTo: z.optional(AppliesTo),
  reference: Id,
  require: z.optional(ConditionSpec),
  forbid: z.optional(ConditionSpec),
  note: z.optional(z.string()),
});
export type Rule = z.infer<typeof Rule>;

/** A rule over a whole slate (a committee's candidates or members). 班子结构要求。 */
export const TeamRule = z.strictObject({
  id: Id,
  title: Title,
  severity: z.enum(['disqualify', 'warning']),
  appliesTo: z.optional(z.strictObject({ organizations: z.optional(z.array(z.enum(ORGANIZATIONS))) })),
  /** Which slate the rule judges: the committee as elected (default) or the list of candidates. */
  slate: z._default(z.enum(['committee', 'candidates']), 'committee'),
  /** Only when the evaluation says so, e.g. `multiEthnic` for a village where several ethnic groups live. */
  onlyIf: z.optional(z.string()),
  reference: Id,
  check: ConditionSpec,
  note: z.optional(z.string()),
});
export type TeamRule = z.infer<typeof TeamRule>;

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

/** Joint qualification review (资格联审): the departments asked, and the tiers that set the deadline. */
export const ReviewSection = z.strictObject({
  reference: Id,
  departments: z
    .array(z.strictObject({ id: z.string().check(z.minLength(1)), title: z.optional(Title) }))
    .check(z.minLength(1)),
  tiers: z.record(z.string().check(z.minLength(1)), z.strictObject({ title: Title, hours: NumberOrParam })),
});
export type ReviewSection = z.infer<typeof ReviewSection>;

/** Departure audit posting (离任审计公示): at least so many postings of at least so many days (local policy). */
export const AuditSection = z.strictObject({ reference: Id, minPostings: NumberOrParam, minDays: NumberOrParam });
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
    /** The risk model (风险研判模型). */
    risk: z.optional(RiskModelSpec),
    /** Pay of village cadres (村干部报酬). */
    pay: z.optional(PaySection),
    /** Joint qualification review (资格联审). */
    review: z.optional(ReviewSection),
    /** Departure audit posting (离任审计公示). */
    audit: z.optional(AuditSection),
    /** Local milestones of the campaign, beside the statutory ones (see `electionTimeline`). */
    milestones: z._default(z.array(LocalMilestone), () => []),
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
