/**
 * Compiling a policy for one evaluation date: parameters resolved to their values on `asOf`, conditions turned into
 * closures over precomputed date bounds (ISO strings compared as text, no date library per candidate).
 */
import { isIsoDate } from '../dates/calendar.js';
import { type Citation, citeReference } from '../parameters/reference.js';
import { parameterOf, valueAt } from '../parameters/valueAt.js';
import { HuanjieError, type ProblemCode } from '../problems/problem.js';
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

function fail(code: ProblemCode, message: string, messageEn: string, path?: (string | number)[]): never {
  throw new HuanjieError([{ code, severity: 'error', message, messageEn, path }]);
}

/** Resolves parameters and compiles every rule of a policy for one date. */
export function compilePolicy(policy: EligibilityPolicy, options: EvaluationOptions): CompiledPolicy {
  const { asOf } = options;
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) {
    fail(
      'EVALUATION_AS_OF',
      `评判日期 asOf 应为存在的日期 YYYY-MM-DD，收到“${String(asOf)}”`,
      `asOf must be an existing date YYYY-MM-DD, got "${String(asOf)}"`,
      ['asOf'],
    );
  }
  if (asOf < policy.effective.from || (policy.effective.to !== undefined && asOf > policy.effective.to)) {
    fail(
      'POLICY_NOT_IN_FORCE',
      `政策“${policy.name.zh}”在 ${asOf} 不在有效期内（${policy.effective.from} 至 ${policy.effective.to ?? '今'}）`,
      `EligibilityPolicy "${policy.name.en}" is not in force on ${asOf} (${policy.effective.from} to ${policy.effective.to ?? 'now'})`,
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
        fail(
          'POLICY_UNREGISTERED_PREDICATE',
          `规则“${rule.id}”使用了未注册的自定义判断“${e.predicate}”`,
          `Rule "${rule.id}" uses the unregistered custom predicate "${e.predicate}"`,
          ['rules', i],
        );
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
