/**
 * The eligibility section of a policy: rules over one candidate (资格条件, 负面清单) and rules over a whole slate
 * (班子结构要求), and the policy shape that eligibility evaluation reads.
 *
 * Conditions are checked by the operator table in `operators.ts`, not by this schema, so that an unknown operator is
 * reported with its path and the list of operators that exist.
 */
import * as z from 'zod/mini';
import { Id, Title } from '../parameters/ids.js';
import type { PolicyBase, Sourced } from '../parameters/policyBase.js';
import { ORGANIZATIONS, POSTS } from '../schemas/vocabulary.js';

/** Which seats a rule is about. Omitted: every organization and post. */
export const AppliesTo = z.strictObject({
  organizations: z.optional(z.array(z.enum(ORGANIZATIONS))),
  posts: z.optional(z.array(z.enum(POSTS))),
});

/**
 * A condition tree, checked by the operator table (see `eligibility/operators.ts`). The object is kept as written: a
 * record schema would drop a key `__proto__`, and the table must see it to report it as an unknown operator.
 */
export const ConditionSpec = z.custom<Record<string, unknown>>().check(
  z.superRefine((value, ctx) => {
    const proto = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : undefined;
    if (proto !== Object.prototype && proto !== null)
      ctx.addIssue({ code: 'invalid_type', expected: 'record', input: value });
  }),
);
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

/** A rule of a defined policy, labelled with the layer that set it. */
export type PolicyRule = Sourced<Rule>;
/** A team rule of a defined policy, labelled with the layer that set it. */
export type PolicyTeamRule = Sourced<TeamRule>;

/** What eligibility evaluation reads of a policy. */
export interface EligibilityPolicy extends PolicyBase {
  readonly rules: readonly PolicyRule[];
  readonly teamRules: readonly PolicyTeamRule[];
}
