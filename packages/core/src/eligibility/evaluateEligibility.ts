/**
 * Judging one candidate against a policy, with every outcome explained.
 */
import { EvaluableCandidate } from '../schemas/candidate.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';
import { type CompiledPolicy, compilePolicy, ruleOutcome } from './compilePolicy.js';
import type { EligibilityPolicy } from './schema.js';
import {
  type CandidateInput,
  type EligibilityVerdict,
  type EvaluationOptions,
  failedOutcomes,
  type Seat,
} from './types.js';

/** The seat a candidate is judged for: the options' seat, else the candidate's own. */
export function seatOf(candidate: CandidateInput, options: EvaluationOptions): Seat {
  return { organization: options.organization ?? candidate.organization, post: options.post ?? candidate.post };
}

/** Builds the explained verdict from a compiled policy (shared with `evaluateRoster(...).explain`). */
export function explainCandidate(compiled: CompiledPolicy, candidate: CandidateInput, seat: Seat): EligibilityVerdict {
  const outcomes = compiled.applicable(seat).map((r) => ruleOutcome(r, candidate, seat));
  const { failures, warnings } = failedOutcomes(outcomes);
  return {
    eligible: failures.length === 0,
    failures,
    warnings,
    outcomes,
    asOf: compiled.env.asOf,
    seat,
    policy: { id: compiled.policy.id, chain: compiled.policy.chain },
  };
}

/**
 * Judges one candidate against a policy on a date, for a seat. Every outcome names the rule, its severity, the
 * jurisdiction that set it, its legal or policy reference, the facts it looked at and the parameter values it used
 * (with the date each took effect). 资格审查。
 *
 * @param candidate - a person with dated facts (a `Candidate`, or a `RosterRow`); validated first
 * @param policy - a defined policy
 * @param options - `asOf` (the election date), `organization` and `post` (default: the candidate's own), `predicates`
 * @returns `{ eligible, failures, warnings, outcomes, ... }`
 * @throws HuanjieError when the candidate is not valid (problems name the field), `asOf` is not a date, the policy is
 *   not in force on `asOf`, a parameter has no value yet, or a custom predicate is not registered
 * @example
 * ```ts
 * const v = evaluateEligibility(candidate, nationalBaseline, { asOf: '2021-10-28', organization: '党组织', post: '书记' })
 * v.eligible // false
 * v.failures[0].ruleId // 'party-full-member'
 * v.failures[0].reference.title // '中国共产党基层组织选举工作条例（2020年）第五条'
 * ```
 */
export function evaluateEligibility(
  candidate: unknown,
  policy: EligibilityPolicy,
  options: EvaluationOptions,
): EligibilityVerdict {
  const c = parseOrThrow(EvaluableCandidate, candidate) as CandidateInput;
  return explainCandidate(compilePolicy(policy, options), c, seatOf(c, options));
}
