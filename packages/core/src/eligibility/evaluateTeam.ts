/**
 * Judging a slate (a committee's candidates or members) against the policy's team rules.
 */

import { citeReference } from '../parameters/citation.js';
import * as P from '../problems/codes.js';
import { HuanjieError, problem } from '../problems/problem.js';
import { compilePolicy } from './compilePolicy.js';
import { UnregisteredPredicateError } from './operators.js';
import type { EligibilityPolicy } from './schema.js';
import { evaluateTeamCheck, type TeamCheckResult } from './teamChecks.js';
import { type CandidateInput, type EvaluationOptions, failedOutcomes, type RuleOutcome } from './types.js';

export interface TeamEvaluationOptions extends EvaluationOptions {
  /** What the slate is: the committee (default) or the candidates standing for it. */
  readonly slateKind?: 'committee' | 'candidates';
  /** Seats to fill, for the candidate margin (差额) rule. */
  readonly seats?: number;
  /** Facts about the village that switch team rules on, e.g. `multiEthnic`. */
  readonly flags?: readonly string[];
}

/** A verdict on a slate. 班子结构审查结论。 */
export interface TeamVerdict {
  readonly passed: boolean;
  readonly failures: readonly RuleOutcome[];
  readonly warnings: readonly RuleOutcome[];
  readonly outcomes: readonly RuleOutcome[];
}

/**
 * Judges a slate against the team rules for its organization: committee size, a woman on the villagers' committee
 * (村民委员会组织法 Art. 6), a minority member in multi-ethnic villages, no close relatives together, and the
 * candidate margin (选举工作条例 Art. 13). 班子结构审查。
 *
 * @param slate - the people on the slate (candidates or members)
 * @param policy - a defined policy
 * @param options - `asOf`, `organization` (which rules apply), `slateKind` (`committee` or `candidates`), `seats`
 *   (for the margin), `flags` (e.g. `multiEthnic`)
 * @returns `{ passed, failures, warnings, outcomes }`, each outcome explained like an eligibility outcome
 * @example
 * ```ts
 * evaluateTeam(slate, nationalBaseline, { asOf: '2021-10-28', organization: '村民委员会' }).failures.map((f) => f.ruleId)
 * // ['vc-woman-member'] when no woman stands
 * ```
 */
export function evaluateTeam(
  slate: readonly CandidateInput[],
  policy: EligibilityPolicy,
  options: TeamEvaluationOptions,
): TeamVerdict {
  const { env } = compilePolicy(policy, options);
  const seat = { organization: options.organization };
  const outcomes = policy.teamRules
    .filter(
      (rule) =>
        !rule.appliesTo?.organizations ||
        (options.organization !== undefined && rule.appliesTo.organizations.includes(options.organization)),
    )
    .filter((rule) => rule.slate === (options.slateKind ?? 'committee'))
    .filter((rule) => rule.onlyIf === undefined || (options.flags ?? []).includes(rule.onlyIf))
    .map((rule): RuleOutcome => {
      let result: TeamCheckResult;
      try {
        result = evaluateTeamCheck(rule.check, slate, { ...env, seat, seats: options.seats });
      } catch (e) {
        // A custom predicate nobody registered (in `atLeastOne`), reported as compilePolicy reports one in a rule.
        if (!(e instanceof UnregisteredPredicateError)) throw e;
        const params = { rule: rule.id, predicate: e.predicate };
        const place = { path: ['teamRules', policy.teamRules.indexOf(rule)] };
        throw new HuanjieError([problem(P.POLICY_UNREGISTERED_PREDICATE, params, place)]);
      }
      return {
        ruleId: rule.id,
        title: rule.title,
        severity: rule.severity,
        source: rule.source,
        reference: citeReference(policy.references, rule.reference),
        passed: result.passed,
        facts: result.facts,
        parameters: result.params,
      };
    });
  const { failures, warnings } = failedOutcomes(outcomes);
  return { passed: failures.length === 0, failures, warnings, outcomes };
}
