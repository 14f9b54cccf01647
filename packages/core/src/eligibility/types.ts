/**
 * The shapes that eligibility evaluation reads and returns.
 */
import type { IsoDate } from '../dates/calendar.js';
import type { Fact } from '../schemas/candidate.js';
import type { Person } from '../schemas/person.js';
import type { Organization, Post } from '../schemas/vocabulary.js';

/**
 * What a rule can look at: a person, the seat they stand for, their dated facts, free flags set by the host (e.g.
 * `residesInVillage`) and the resident IDs of close relatives. A `Candidate` or a `RosterRow` fits.
 */
export interface CandidateInput extends Person {
  readonly organization?: Organization;
  readonly post?: Post;
  readonly facts?: readonly Fact[];
  readonly flags?: readonly string[];
  readonly closeRelatives?: readonly string[];
}

/** The seat a candidate is judged for. */
export interface Seat {
  readonly organization?: Organization;
  readonly post?: Post;
}

/** A parameter value as used by a verdict: which value, in force since when. */
export interface UsedParameter {
  readonly id: string;
  readonly value: number | string | boolean;
  /** The date this value took effect. */
  readonly since: IsoDate;
}

/** A fact about the candidate that a rule looked at. */
export interface UsedFact {
  /** Field or fact kind, e.g. `birthDate`, `age`, `facts.partyDiscipline`. */
  readonly field: string;
  readonly value: unknown;
}

/** A custom predicate, registered by name and referred to as `{ custom: 'name', args }` in a policy. */
export type CustomPredicate = (
  candidate: CandidateInput,
  context: { readonly asOf: IsoDate; readonly seat: Seat; readonly args: unknown },
) => boolean;

/** Options of every evaluation. */
export interface EvaluationOptions {
  /** The election date the rules are judged on (core never reads the clock). */
  readonly asOf: IsoDate;
  /** The seat (default: the candidate's own `organization` and `post`). */
  readonly organization?: Organization;
  readonly post?: Post;
  /** Custom predicates by name, for `{ custom: … }` conditions. */
  readonly predicates?: Readonly<Record<string, CustomPredicate>>;
}

/** The explained outcome of one rule for one candidate. 规则结论。 */
export interface RuleOutcome {
  readonly ruleId: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly severity: 'disqualify' | 'warning';
  /** The jurisdiction that set the rule. */
  readonly source: string;
  readonly reference: { readonly id: string; readonly title: string; readonly kind: string; readonly url?: string };
  readonly passed: boolean;
  /** The candidate's facts the rule looked at. */
  readonly facts: readonly UsedFact[];
  /** The parameter values it used, each with the date it took effect. */
  readonly parameters: readonly UsedParameter[];
}

/**
 * A verdict on one candidate: eligible or not, and why. Plain JSON: `JSON.stringify(verdict)` is the audit trace.
 * 资格审查结论。
 */
export interface EligibilityVerdict {
  readonly eligible: boolean;
  /** Failed rules of severity `disqualify`. */
  readonly failures: readonly RuleOutcome[];
  /** Failed rules of severity `warning`. */
  readonly warnings: readonly RuleOutcome[];
  /** Every rule that applies to the seat, passed or not, in policy order. */
  readonly outcomes: readonly RuleOutcome[];
  readonly asOf: string;
  readonly seat: Seat;
  readonly policy: { readonly id: string; readonly chain: readonly string[] };
}

/** Splits outcomes into failed `disqualify` rules and failed `warning` rules. */
export function failedOutcomes(outcomes: readonly RuleOutcome[]): { failures: RuleOutcome[]; warnings: RuleOutcome[] } {
  return {
    failures: outcomes.filter((o) => !o.passed && o.severity === 'disqualify'),
    warnings: outcomes.filter((o) => !o.passed && o.severity === 'warning'),
  };
}
