/**
 * The check vocabulary of team rules (班子结构), over a whole slate of candidates or members.
 *
 * | check | argument | passes when |
 * |---|---|---|
 * | `teamSize` | `{ min?, max? }` (numbers or `{ param }`) | the slate has that many people |
 * | `atLeastOne` | a condition | someone on the slate meets it (e.g. `{ sexIs: female }`) |
 * | `noCloseRelatives` | `true` | no one lists another slate member among their close relatives |
 * | `candidateMargin` | percent or `{ param }` | candidates ≥ seats × (1 + percent), rounded up (needs `seats`) |
 */
import * as P from '../problems/codes.js';
import {
  type CompileEnvironment,
  compileCondition,
  type NumberOrParam,
  type Path,
  problem,
  resolveNumber,
  type ValidationEnvironment,
  validateCondition,
  validateNumber,
} from './operators.js';
import type { CandidateInput, Seat, UsedFact, UsedParameter } from './types.js';

/** What a team check found. */
export interface TeamCheckResult {
  readonly passed: boolean;
  readonly facts: UsedFact[];
  readonly params: UsedParameter[];
}

export interface TeamEnvironment extends CompileEnvironment {
  readonly seat: Seat;
  /** Seats to fill, for `candidateMargin`. */
  readonly seats?: number;
}

interface TeamCheck {
  validate(arg: unknown, path: Path, env: ValidationEnvironment): void;
  evaluate(arg: never, slate: readonly CandidateInput[], env: TeamEnvironment): TeamCheckResult;
}

const label = (c: CandidateInput) => c.name;

const TEAM_CHECK_TABLE: Readonly<Record<string, TeamCheck>> = {
  teamSize: {
    validate(arg, path, env) {
      if (typeof arg !== 'object' || arg === null || (!('min' in arg) && !('max' in arg))) {
        problem(env, path, P.POLICY_OPERATOR_ARGUMENT, { variant: 'range' });
        return;
      }
      const a = arg as { min?: unknown; max?: unknown };
      if (a.min !== undefined) validateNumber(a.min, [...path, 'min'], env);
      if (a.max !== undefined) validateNumber(a.max, [...path, 'max'], env);
    },
    evaluate(arg: { min?: NumberOrParam; max?: NumberOrParam }, slate, env) {
      const min = arg.min === undefined ? undefined : resolveNumber(arg.min, env);
      const max = arg.max === undefined ? undefined : resolveNumber(arg.max, env);
      const n = slate.length;
      return {
        passed: (min === undefined || n >= min.value) && (max === undefined || n <= max.value),
        facts: [{ field: 'size', value: n }],
        params: [...(min?.params ?? []), ...(max?.params ?? [])],
      };
    },
  },
  atLeastOne: {
    validate: (arg, path, env) => validateCondition(arg, path, env),
    evaluate(arg: Record<string, unknown>, slate, env) {
      const condition = compileCondition(arg, env);
      const matching = slate.filter((c) => condition.test(c, env.seat));
      return {
        passed: matching.length > 0,
        facts: [{ field: 'matching', value: matching.map(label) }],
        params: [...condition.params],
      };
    },
  },
  noCloseRelatives: {
    validate(arg, path, env) {
      if (arg !== true) problem(env, path, P.POLICY_OPERATOR_ARGUMENT, { variant: 'true' });
    },
    evaluate(_arg: true, slate) {
      const ids = new Map(slate.filter((c) => c.residentId).map((c) => [c.residentId as string, c]));
      const pairs: string[][] = [];
      for (const c of slate) {
        for (const relative of c.closeRelatives ?? []) {
          const other = ids.get(relative);
          if (other && other !== c) pairs.push([label(c), label(other)]);
        }
      }
      return { passed: pairs.length === 0, facts: [{ field: 'relatedPairs', value: pairs }], params: [] };
    },
  },
  candidateMargin: {
    validate: validateNumber,
    evaluate(arg: NumberOrParam, slate, env) {
      const percent = resolveNumber(arg, env);
      if (env.seats === undefined) {
        return { passed: false, facts: [{ field: 'seats', value: null }], params: percent.params };
      }
      // Integer arithmetic: ⌈seats × (100 + p) / 100⌉.
      const required = Math.ceil((env.seats * (100 + percent.value)) / 100);
      return {
        passed: slate.length >= required,
        facts: [
          { field: 'seats', value: env.seats },
          { field: 'candidates', value: slate.length },
          { field: 'requiredCandidates', value: required },
        ],
        params: percent.params,
      };
    },
  },
};

// Looked up in a Map, never in the object: a check named `constructor` or `__proto__` must not find an
// inherited member.
const TEAM_CHECKS: ReadonlyMap<string, TeamCheck> = new Map(Object.entries(TEAM_CHECK_TABLE));

export const TEAM_CHECK_NAMES = [...TEAM_CHECKS.keys()];

/** Checks a team rule's `check`: one known check with a valid argument. */
export function validateTeamCheck(node: unknown, path: Path, env: ValidationEnvironment): void {
  const keys = typeof node === 'object' && node !== null ? Object.keys(node) : [];
  if (keys.length !== 1) {
    problem(env, path, P.POLICY_CONDITION, { variant: 'team' }, TEAM_CHECK_NAMES.join('、'));
    return;
  }
  const check = TEAM_CHECKS.get(keys[0]!);
  if (!check) {
    problem(
      env,
      [...path, keys[0]!],
      P.POLICY_UNKNOWN_OPERATOR,
      { variant: 'team', operator: keys[0]! },
      TEAM_CHECK_NAMES.join('、'),
    );
    return;
  }
  check.validate((node as Record<string, unknown>)[keys[0]!], [...path, keys[0]!], env);
}

/** Runs a validated team check. */
export function evaluateTeamCheck(
  node: Record<string, unknown>,
  slate: readonly CandidateInput[],
  env: TeamEnvironment,
): TeamCheckResult {
  const [name] = Object.keys(node) as [string];
  return TEAM_CHECKS.get(name)!.evaluate(node[name] as never, slate, env);
}
