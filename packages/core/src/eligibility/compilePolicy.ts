/**
 * Compiling a policy for one evaluation date: parameters resolved to their values on `asOf`, conditions turned into
 * closures over precomputed date bounds (ISO strings compared as text, no date library per candidate).
 */
import { isIsoDate } from '../dates/calendar.js';
import { type Citation, citeReference } from '../parameters/citation.js';
import { parameterOf, valueAt } from '../parameters/valueAt.js';
import * as P from '../problems/codes.js';
import { HuanjieError, type ProblemArgs, type ProblemTemplate, problem } from '../problems/problem.js';
import {
  type CompiledCondition,
  type CompileEnvironment,
  compileCondition,
  UnregisteredPredicateError,
} from './operators.js';
import type { EligibilityPolicy, PolicyRule } from './schema.js';
import type { EvaluationOptions, RuleOutcome, Seat, UsedParameter } from './types.js';

export interface CompiledRule {
  readonly rule: PolicyRule;
  readonly reference: Citation;
  readonly condition: CompiledCondition;
  /** What the condition must evaluate to for the rule to pass (`true` for require, `false` for forbid). */
  readonly expect: boolean;
  readonly disqualifies: boolean;
}

export interface CompiledPolicy {
  readonly policy: EligibilityPolicy;
  readonly env: CompileEnvironment;
  readonly rules: readonly CompiledRule[];
  /** The rules that apply to a seat (cached per organization and post). */
  applicable(seat: Seat): readonly CompiledRule[];
}

function fail<T extends ProblemTemplate>(template: T, params: ProblemArgs<T>, path: (string | number)[]): never {
  throw new HuanjieError([problem(template, params, { path })]);
}

/** Resolves parameters and compiles every rule of a policy for one date. */
export function compilePolicy(policy: EligibilityPolicy, options: EvaluationOptions): CompiledPolicy {
  const { asOf } = options;
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) {
    fail(P.EVALUATION_AS_OF, { value: String(asOf) }, ['asOf']);
  }
  if (asOf < policy.effective.from || (policy.effective.to !== undefined && asOf > policy.effective.to)) {
    const { from, to } = policy.effective;
    const until = to ?? { zh: '今', en: 'now', zhTW: '今' };
    fail(P.POLICY_NOT_IN_FORCE, { policy: policy.name, asOf, from, to: until }, ['asOf']);
  }
  // An overlay dated before its base does not carry the base's rules back in time: the texts in force then differ
  // (a 2018 election was held under the 1990 暂行条例 and the 2010 组织法, not the 2020 条例).
  const base = policy.foundation;
  if (base && (asOf < base.effective.from || (base.effective.to !== undefined && asOf > base.effective.to))) {
    fail(
      P.POLICY_NOT_IN_FORCE,
      { variant: 'foundation', policy: policy.name, base: base.name, asOf, from: base.effective.from },
      ['asOf'],
    );
  }
  const cache = new Map<string, UsedParameter>();
  const env: CompileEnvironment = {
    asOf,
    predicates: options.predicates ?? {},
    param(id) {
      let used = cache.get(id);
      if (!used) {
        used = { id, ...valueAt(parameterOf(policy, id), asOf) };
        cache.set(id, used);
      }
      return used;
    },
  };
  const rules = policy.rules.map((rule, i): CompiledRule => {
    const spec = rule.require ?? rule.forbid ?? {};
    try {
      return {
        rule,
        reference: citeReference(policy.references, rule.reference),
        condition: compileCondition(spec, env),
        expect: rule.require !== undefined,
        disqualifies: rule.severity === 'disqualify',
      };
    } catch (e) {
      if (e instanceof UnregisteredPredicateError) {
        fail(P.POLICY_UNREGISTERED_PREDICATE, { rule: rule.id, predicate: e.predicate }, ['rules', i]);
      }
      throw e;
    }
  });
  const bySeat = new Map<string, readonly CompiledRule[]>();
  return {
    policy,
    env,
    rules,
    applicable(seat) {
      const key = `${seat.organization ?? ''}|${seat.post ?? ''}`;
      let list = bySeat.get(key);
      if (!list) {
        list = rules.filter(({ rule: { appliesTo } }) => {
          if (!appliesTo) return true;
          if (appliesTo.organizations && !(seat.organization && appliesTo.organizations.includes(seat.organization)))
            return false;
          if (appliesTo.posts && !(seat.post && appliesTo.posts.includes(seat.post))) return false;
          return true;
        });
        bySeat.set(key, list);
      }
      return list;
    },
  };
}

/** The full, explained outcome of one rule for one candidate. */
export function ruleOutcome(
  compiled: CompiledRule,
  candidate: Parameters<CompiledCondition['test']>[0],
  seat: Seat,
): RuleOutcome {
  const { rule, reference, condition } = compiled;
  return {
    ruleId: rule.id,
    title: rule.title,
    severity: rule.severity,
    source: rule.source,
    reference,
    passed: condition.test(candidate, seat) === compiled.expect,
    facts: condition.facts(candidate, seat),
    parameters: [...condition.params],
  };
}
