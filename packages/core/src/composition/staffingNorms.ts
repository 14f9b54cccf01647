/**
 * Staffing norms (专职党务工作者编制): how many full-time party workers each party organization should have, by its
 * kind, as a locality sets it (seed 002, 海淀: "按照党委3人、总支和支部2人的标准"), and the shortfall per
 * organization. Local figures: the policy's `staffing` section reads them from dated parameters with their source.
 */
import * as z from 'zod/mini';
import type { IsoDate } from '../dates/calendar.js';
import { Id, NumberOrParam } from '../parameters/ids.js';
import type { PolicyBase, Sourced } from '../parameters/policyBase.js';
import { parameterOf, valueAt } from '../parameters/valueAt.js';
import * as P from '../problems/codes.js';
import { HuanjieError, problem } from '../problems/problem.js';
import { NameField } from '../schemas/fields.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';

/** Kinds of party organization: 党委 (基层委员会), 党总支 (总支部委员会), 党支部 (支部委员会). 党组织类型。 */
export const PARTY_ORGANIZATION_KINDS = ['党委', '党总支', '党支部'] as const;
export type PartyOrganizationKind = (typeof PARTY_ORGANIZATION_KINDS)[number];

/** The staffing section of a policy: full-time party workers required per organization, by kind. 编制标准。 */
export const StaffingSection = z.strictObject({
  reference: Id,
  /** 专职党务工作者 per organization of each kind (a number or a dated parameter). */
  fullTimePartyWorkers: z.strictObject({ 党委: NumberOrParam, 党总支: NumberOrParam, 党支部: NumberOrParam }),
});
export type StaffingSection = z.infer<typeof StaffingSection>;

/** What `staffingNorms` reads of a policy. */
export interface StaffingPolicy extends PolicyBase {
  readonly staffing?: Sourced<StaffingSection>;
}

/** A party organization and the full-time party workers it has. */
export const StaffedOrganization = z.strictObject({
  name: NameField,
  kind: z.enum(PARTY_ORGANIZATION_KINDS),
  /** 专职党务工作者 in post. */
  fullTimePartyWorkers: z.int().check(z.nonnegative()),
});
export type StaffedOrganization = z.infer<typeof StaffedOrganization>;

/** One organization against its norm. */
export interface StaffingLine {
  readonly name: string;
  readonly kind: PartyOrganizationKind;
  readonly required: number;
  readonly have: number;
  /** Workers missing (0 when the norm is met or exceeded). 缺编。 */
  readonly shortfall: number;
}

/** Organizations against the norms, and the totals. 专职党务工作者配备情况。 */
export interface StaffingResult {
  readonly organizations: readonly StaffingLine[];
  readonly required: number;
  readonly have: number;
  /** The sum of the organizations' shortfalls: one organization's surplus does not fill another's gap. */
  readonly shortfall: number;
  /** The norm per kind on `asOf`, each with the parameter it came from and since when, when it is one. */
  readonly norms: Readonly<
    Record<PartyOrganizationKind, { readonly value: number; readonly parameter?: string; readonly since?: IsoDate }>
  >;
  /** The policy's reference for the norms, and the jurisdiction that set them. */
  readonly reference: string;
  readonly source: string;
}

/**
 * Compares each party organization's full-time party workers with the policy's staffing norm for its kind (seed 002:
 * 党委 3, 党总支 and 党支部 2) and lists the shortfall. 专职党务工作者编制测算。
 *
 * @param organizations - each organization's name, kind (党委/党总支/党支部) and workers in post
 * @param policy - a policy with a `staffing` section
 * @param options - `asOf`: the date the norms are read on
 * @returns per organization required, have and shortfall, and the totals
 * @throws HuanjieError `POLICY_NO_STAFFING` when the policy sets no norms; the schema's problems for a malformed
 *   organization, naming its index and field
 * @example
 * ```ts
 * staffingNorms([{ name: '苏家坨村党委', kind: '党委', fullTimePartyWorkers: 2 }], exampleCountyHardCriteria,
 *   { asOf: '2019-02-15' }).shortfall // 1
 * ```
 */
export function staffingNorms(
  organizations: readonly unknown[],
  policy: StaffingPolicy,
  options: { readonly asOf: IsoDate },
): StaffingResult {
  const staffing = policy.staffing;
  if (!staffing)
    throw new HuanjieError([problem(P.POLICY_NO_STAFFING, { policy: policy.name }, { path: ['staffing'] })]);
  const orgs = organizations.map((o, i) => parseOrThrow(StaffedOrganization, o, [i]));
  const norm = (kind: PartyOrganizationKind) => {
    const v = staffing.fullTimePartyWorkers[kind];
    if (typeof v === 'number') return { value: v };
    const { value, since } = valueAt(parameterOf(policy, v.param), options.asOf);
    return { value: Number(value), parameter: v.param, since };
  };
  const norms = { 党委: norm('党委'), 党总支: norm('党总支'), 党支部: norm('党支部') };
  const lines = orgs.map((o) => {
    const required = norms[o.kind].value;
    const have = o.fullTimePartyWorkers;
    return { name: o.name, kind: o.kind, required, have, shortfall: Math.max(0, required - have) };
  });
  const total = (f: 'required' | 'have' | 'shortfall') => lines.reduce((s, l) => s + l[f], 0);
  return {
    organizations: lines,
    required: total('required'),
    have: total('have'),
    shortfall: total('shortfall'),
    norms,
    reference: staffing.reference,
    source: staffing.source,
  };
}
