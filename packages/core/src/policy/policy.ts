/**
 * A defined policy: validated, frozen, with every rule labelled by the jurisdiction that set it.
 */
import type { PaySection } from '../pay/schema.js';
import type { RiskModel } from '../risk/model.js';
import type {
  AuditSection,
  CompositionTarget,
  LocalMilestone,
  Reference,
  ReserveMatching,
  ReviewSection,
  Rule,
  TeamRule,
  Title,
} from './schema.js';

/** A rule of a defined policy, labelled with the layer that set it. */
export type PolicyRule = Rule & {
  /** Jurisdiction of the policy or overlay that added or last replaced this rule. */
  readonly source: string;
};
export type PolicyTeamRule = TeamRule & { readonly source: string };

/** A parameter of a defined policy: dated values sorted by date. */
export interface PolicyParameter {
  readonly title: Title;
  readonly unit?: string;
  readonly reference: string;
  readonly values: Readonly<Record<string, number | string | boolean>>;
}

/** A validated, frozen policy (政策). Create one with `definePolicy` or `extendPolicy`. */
export interface Policy {
  readonly id: string;
  readonly name: Title;
  readonly jurisdiction: string;
  readonly effective: { readonly from: string; readonly to?: string };
  readonly example?: boolean;
  /** Ids from the national base to this policy, e.g. `['cn-national', 'example-shibuxuan-2020']`. */
  readonly chain: readonly string[];
  readonly references: readonly Reference[];
  readonly parameters: Readonly<Record<string, PolicyParameter>>;
  readonly rules: readonly PolicyRule[];
  readonly teamRules: readonly PolicyTeamRule[];
  /** Structure targets per village team (see `checkCompositionTargets`). */
  readonly compositionTargets: readonly (CompositionTarget & { readonly source: string })[];
  /** How reserves are weighed for a village (see `matchReserves`); absent: the library's example weights. */
  readonly reserveMatching?: ReserveMatching & { readonly source: string };
  /** The risk model, validated (see `scoreRisk`). */
  readonly risk?: RiskModel;
  /** Pay of village cadres (see `computeTermPay`). */
  readonly pay?: PaySection & { readonly source: string };
  /** Joint qualification review (see `reviewStatus`). */
  readonly review?: ReviewSection & { readonly source: string };
  /** Departure audit posting (see `checkAuditPublicity`). */
  readonly audit?: AuditSection & { readonly source: string };
  /** Local milestones (see `electionTimeline`). */
  readonly milestones: readonly (LocalMilestone & { readonly source: string })[];
}
