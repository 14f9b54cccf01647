/**
 * The operator vocabulary of eligibility conditions: one table, from which conditions are validated, compiled to
 * fast closures (for rosters) and explained (for verdicts). Each operator appears once.
 *
 * | operator | argument | true when |
 * |---|---|---|
 * | `all` / `any` | conditions | every / some condition holds |
 * | `not` | condition | the condition does not hold |
 * | `ageAtLeast` / `ageAtMost` | years or `{ param }` | age in whole years (周岁) at `asOf` is ≥ / ≤ |
 * | `educationAtLeast` | level or `{ param }` | education ranks at least that (中专 = 高中) |
 * | `politicalStatusIn` | statuses | political status is one of them |
 * | `fullPartyMemberYears` | years or `{ param }` | full party member (转正) for at least that many years |
 * | `fact` | `{ kind, withinYears?, coversAsOf?, sanctionIn? }` | a dated fact of that kind exists: at any time, within the last N years (counted from its end if it has one), or with a period covering `asOf` |
 * | `flag` | name | the host set that flag on the candidate |
 * | `postIn` / `organizationIn` | posts / organizations | the seat is one of them |
 * | `sexIs` | `male` / `female` | sex |
 * | `ethnicityIn` | ethnic groups | ethnicity is one of them |
 * | `custom` | `{ name, args? }` | the predicate registered under that name says so |
 *
 * Conditions nest at most {@link MAX_CONDITION_DEPTH} (64) levels.
 */
import type { IsoDate } from '../dates/calendar.js';
import * as P from '../problems/codes.js';
import { problem as fromCatalogue, type Problem, type ProblemArgs, type ProblemTemplate } from '../problems/problem.js';
import {
  EDUCATION_LEVELS,
  type EducationLevel,
  ETHNICITIES,
  educationRank,
  FACT_KINDS,
  type FactKind,
  GOVERNMENT_SANCTIONS,
  ORGANIZATIONS,
  PARTY_SANCTIONS,
  POLITICAL_STATUSES,
  POSTS,
  SEXES,
} from '../schemas/vocabulary.js';
import type { CandidateInput, CustomPredicate, Seat, UsedFact, UsedParameter } from './types.js';

/** What a compiled condition can do: test fast, and say which facts and parameters it used. */
export interface CompiledCondition {
  readonly test: (c: CandidateInput, seat: Seat) => boolean;
  readonly facts: (c: CandidateInput, seat: Seat) => UsedFact[];
  readonly params: readonly UsedParameter[];
  /** `true` when the condition is false for anyone without dated facts: rosters then skip it for them. */
  readonly needsFacts?: boolean;
  /** A single comparison that a roster loop can run inline instead of calling `test` (same result). */
  readonly leaf?: Leaf;
}

/** Inline comparisons, by opcode: see `runLeaf`. */
export const LeafOp = {
  bornOnOrBefore: 1,
  bornAfter: 2,
  statusIn: 3,
  educationRankAtLeast: 4,
  fullMemberOnOrBefore: 5,
} as const;
export type LeafOp = (typeof LeafOp)[keyof typeof LeafOp];

export interface Leaf {
  readonly op: LeafOp;
  readonly value: string | number | ReadonlySet<string>;
}

/** Resolved parameters and options that conditions are compiled against. */
export interface CompileEnvironment {
  readonly asOf: IsoDate;
  readonly param: (id: string) => UsedParameter;
  readonly predicates: Readonly<Record<string, CustomPredicate>>;
}

/** What validation knows: the policy's parameter ids. */
export interface ValidationEnvironment {
  readonly parameters: ReadonlySet<string>;
  readonly problems: Problem[];
  /** Parameters the conditions read, and as what: `checkPolicy` then checks their values. */
  readonly uses?: ParameterUse[];
}

/** A parameter read by a condition, as a whole number or as an education level. */
export interface ParameterUse {
  readonly id: string;
  /** `integer`: 0–1000 (years, people, percent); `share`: a percent 0–100; `money`: whole fen; `education`: a level. */
  readonly kind: 'integer' | 'share' | 'education' | 'money';
}

export type Path = readonly (string | number)[];

interface Operator {
  /** `depth`: how deep the condition holding this argument is (the rule's own condition is 1). */
  validate(arg: unknown, path: Path, env: ValidationEnvironment, depth: number): void;
  compile(arg: never, env: CompileEnvironment): CompiledCondition;
}

export function problem<T extends ProblemTemplate>(
  env: ValidationEnvironment,
  path: Path,
  template: T,
  params: ProblemArgs<T>,
  expected?: string,
): void {
  env.problems.push(fromCatalogue(template, params, { path, expected, expectedEn: expected }));
}

/** `YYYY-MM-DD` shifted by whole years, keeping month and day as text (mirrors `ageOn`). */
function yearsBefore(asOf: IsoDate, years: number): IsoDate {
  return `${String(Number(asOf.slice(0, 4)) - years).padStart(4, '0')}${asOf.slice(4)}`;
}

export type NumberOrParam = number | { param: string };

/** A value written in a policy, as a problem shows it: not `String(v)`, which throws on `{ toString: … }`. */
function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value; // too deep, cyclic or a BigInt
  }
}

export function validateNumber(arg: unknown, path: Path, env: ValidationEnvironment): void {
  if (typeof arg === 'number' && Number.isInteger(arg) && arg >= 0 && arg <= 200) return;
  if (isParamRef(arg)) {
    validateParamRef(arg, path, env, 'integer');
    return;
  }
  problem(env, path, P.POLICY_OPERATOR_ARGUMENT, { variant: 'integer' });
}

function isParamRef(arg: unknown): arg is { param: string } {
  return (
    typeof arg === 'object' &&
    arg !== null &&
    Object.keys(arg).length === 1 &&
    typeof (arg as { param?: unknown }).param === 'string'
  );
}

function validateParamRef(
  arg: { param: string },
  path: Path,
  env: ValidationEnvironment,
  kind: ParameterUse['kind'],
): void {
  env.uses?.push({ id: arg.param, kind });
  if (!env.parameters.has(arg.param)) {
    problem(env, [...path, 'param'], P.POLICY_UNKNOWN_PARAMETER, { id: arg.param }, [...env.parameters].join('、'));
  }
}

export function resolveNumber(arg: NumberOrParam, env: CompileEnvironment): { value: number; params: UsedParameter[] } {
  if (typeof arg === 'number') return { value: arg, params: [] };
  const p = env.param(arg.param);
  return { value: Number(p.value), params: [p] };
}

function validateList(allowed: readonly string[]) {
  return (arg: unknown, path: Path, env: ValidationEnvironment) => {
    if (!Array.isArray(arg) || arg.length === 0) {
      problem(env, path, P.POLICY_OPERATOR_ARGUMENT, { variant: 'list' }, allowed.join('、'));
      return;
    }
    for (const [i, v] of arg.entries()) {
      if (!allowed.includes(v))
        problem(env, [...path, i], P.POLICY_OPERATOR_ARGUMENT, { value: shown(v) }, allowed.join('、'));
    }
  };
}

const none: readonly UsedParameter[] = [];

function ageOperator(compare: 'atLeast' | 'atMost'): Operator {
  return {
    validate: validateNumber,
    compile(arg: NumberOrParam, env) {
      const { value, params } = resolveNumber(arg, env);
      // age ≥ N ⟺ born on or before asOf − N years; age ≤ N ⟺ born after asOf − (N + 1) years.
      const bound = yearsBefore(env.asOf, compare === 'atLeast' ? value : value + 1);
      const test =
        compare === 'atLeast'
          ? (c: CandidateInput) => c.birthDate <= bound
          : (c: CandidateInput) => c.birthDate > bound;
      const leaf: Leaf = { op: compare === 'atLeast' ? LeafOp.bornOnOrBefore : LeafOp.bornAfter, value: bound };
      const asOfYear = Number(env.asOf.slice(0, 4));
      const md = env.asOf.slice(5);
      return {
        test,
        leaf,
        params,
        facts: (c) => [
          { field: 'birthDate', value: c.birthDate },
          { field: 'age', value: asOfYear - Number(c.birthDate.slice(0, 4)) - (md < c.birthDate.slice(5) ? 1 : 0) },
        ],
      };
    },
  };
}

interface FactArg {
  kind: FactKind | FactKind[];
  withinYears?: NumberOrParam;
  coversAsOf?: boolean;
  sanctionIn?: string[];
}

const FACT_ARG_KEYS = ['kind', 'withinYears', 'coversAsOf', 'sanctionIn'];

const OPERATOR_TABLE: Readonly<Record<string, Operator>> = {
  all: logical('all'),
  any: logical('any'),
  not: {
    validate: (arg, path, env, depth) => validateCondition(arg, path, env, depth + 1),
    compile(arg: Record<string, unknown>, env) {
      const inner = compileCondition(arg, env);
      return { test: (c, s) => !inner.test(c, s), facts: inner.facts, params: inner.params, needsFacts: false };
    },
  },
  ageAtLeast: ageOperator('atLeast'),
  ageAtMost: ageOperator('atMost'),
  educationAtLeast: {
    validate(arg, path, env) {
      if (isParamRef(arg)) {
        validateParamRef(arg, path, env, 'education');
        return;
      }
      if (!(EDUCATION_LEVELS as readonly unknown[]).includes(arg)) {
        problem(env, path, P.POLICY_OPERATOR_ARGUMENT, { variant: 'education' }, EDUCATION_LEVELS.join('、'));
      }
    },
    compile(arg: EducationLevel | { param: string }, env) {
      const used = typeof arg === 'string' ? undefined : env.param(arg.param);
      const level = (used ? used.value : arg) as EducationLevel;
      const min = educationRank(level);
      return {
        test: (c) => educationRank(c.education) >= min,
        leaf: { op: LeafOp.educationRankAtLeast, value: min },
        facts: (c) => [{ field: 'education', value: c.education }],
        params: used ? [used] : none,
      };
    },
  },
  politicalStatusIn: {
    validate: validateList(POLITICAL_STATUSES),
    compile(arg: string[]) {
      const set = new Set(arg);
      return {
        test: (c) => set.has(c.politicalStatus),
        leaf: { op: LeafOp.statusIn, value: set },
        facts: (c) => [{ field: 'politicalStatus', value: c.politicalStatus }],
        params: none,
      };
    },
  },
  fullPartyMemberYears: {
    validate: validateNumber,
    compile(arg: NumberOrParam, env) {
      const { value, params } = resolveNumber(arg, env);
      const bound = yearsBefore(env.asOf, value);
      return {
        test: (c) => c.politicalStatus === '中共党员' && c.partyFullDate !== undefined && c.partyFullDate <= bound,
        leaf: { op: LeafOp.fullMemberOnOrBefore, value: bound },
        facts: (c) => [
          { field: 'politicalStatus', value: c.politicalStatus },
          { field: 'partyFullDate', value: c.partyFullDate ?? null },
        ],
        params,
      };
    },
  },
  fact: {
    validate(arg, path, env) {
      if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) {
        problem(env, path, P.POLICY_OPERATOR_ARGUMENT, { variant: 'fact' });
        return;
      }
      const a = arg as Record<string, unknown>;
      for (const key of Object.keys(a)) {
        if (!FACT_ARG_KEYS.includes(key))
          problem(
            env,
            [...path, key],
            P.POLICY_OPERATOR_ARGUMENT,
            { variant: 'option', key },
            FACT_ARG_KEYS.join('、'),
          );
      }
      const kinds = Array.isArray(a.kind) ? a.kind : [a.kind];
      if (kinds.length === 0) {
        problem(env, [...path, 'kind'], P.FACT_KIND_UNKNOWN, { variant: 'none' }, Object.keys(FACT_KINDS).join('、'));
      }
      for (const k of kinds) {
        if (!(typeof k === 'string' && Object.hasOwn(FACT_KINDS, k))) {
          problem(
            env,
            [...path, 'kind'],
            P.FACT_KIND_UNKNOWN,
            { variant: 'named', kind: shown(k) },
            Object.keys(FACT_KINDS).join('、'),
          );
        }
      }
      if (a.withinYears !== undefined) validateNumber(a.withinYears, [...path, 'withinYears'], env);
      if (a.coversAsOf !== undefined && typeof a.coversAsOf !== 'boolean')
        problem(env, [...path, 'coversAsOf'], P.POLICY_OPERATOR_ARGUMENT, { variant: 'boolean' });
      if (a.withinYears !== undefined && a.coversAsOf)
        problem(env, path, P.POLICY_OPERATOR_ARGUMENT, { variant: 'withinOrCovers' });
      if (a.sanctionIn !== undefined) {
        // A sanction that is misspelled or belongs to another kind would make the rule silently never fire.
        const allowed = kinds.flatMap((k) =>
          k === 'partyDiscipline' ? PARTY_SANCTIONS : k === 'governmentSanction' ? GOVERNMENT_SANCTIONS : [],
        ) as string[];
        const list = Array.isArray(a.sanctionIn) ? a.sanctionIn : [];
        if (!Array.isArray(a.sanctionIn) || list.length === 0 || list.some((s) => !allowed.includes(s))) {
          problem(
            env,
            [...path, 'sanctionIn'],
            P.POLICY_OPERATOR_ARGUMENT,
            { variant: 'sanctions' },
            allowed.join('、'),
          );
        }
      }
    },
    compile(arg: FactArg, env) {
      const kinds = new Set<string>(Array.isArray(arg.kind) ? arg.kind : [arg.kind]);
      const sanctions = arg.sanctionIn ? new Set(arg.sanctionIn) : undefined;
      const asOf = env.asOf;
      const within = arg.withinYears === undefined ? undefined : resolveNumber(arg.withinYears, env);
      const since = within ? yearsBefore(asOf, within.value) : undefined;
      const matches = (f: NonNullable<CandidateInput['facts']>[number]): boolean => {
        if (!kinds.has(f.kind) || f.date > asOf) return false;
        if (sanctions && !('sanction' in f && sanctions.has(f.sanction))) return false;
        if (since !== undefined) return (f.until ?? f.date) >= since;
        if (arg.coversAsOf) return f.until === undefined ? FACT_KINDS[f.kind].lasting : f.until >= asOf;
        return true;
      };
      return {
        test: (c) => {
          const facts = c.facts;
          if (facts === undefined) return false;
          for (let i = 0; i < facts.length; i++) if (matches(facts[i]!)) return true;
          return false;
        },
        facts: (c) =>
          (c.facts ?? []).filter((f) => kinds.has(f.kind)).map((f) => ({ field: `facts.${f.kind}`, value: f })),
        params: within?.params ?? none,
        needsFacts: true,
      };
    },
  },
  flag: {
    validate(arg, path, env) {
      if (typeof arg !== 'string' || arg === '') problem(env, path, P.POLICY_OPERATOR_ARGUMENT, { variant: 'flag' });
    },
    compile(arg: string) {
      return {
        test: (c) => c.flags?.includes(arg) ?? false,
        facts: (c) => [{ field: `flags.${arg}`, value: c.flags?.includes(arg) ?? false }],
        params: none,
      };
    },
  },
  postIn: {
    validate: validateList(POSTS),
    compile(arg: string[]) {
      const set = new Set(arg);
      return {
        test: (_c, s) => s.post !== undefined && set.has(s.post),
        facts: (_c, s) => [{ field: 'post', value: s.post ?? null }],
        params: none,
      };
    },
  },
  organizationIn: {
    validate: validateList(ORGANIZATIONS),
    compile(arg: string[]) {
      const set = new Set(arg);
      return {
        test: (_c, s) => s.organization !== undefined && set.has(s.organization),
        facts: (_c, s) => [{ field: 'organization', value: s.organization ?? null }],
        params: none,
      };
    },
  },
  sexIs: {
    validate(arg, path, env) {
      if (!(SEXES as readonly unknown[]).includes(arg))
        problem(env, path, P.POLICY_OPERATOR_ARGUMENT, { variant: 'sex' }, SEXES.join('、'));
    },
    compile(arg: string) {
      return { test: (c) => c.sex === arg, facts: (c) => [{ field: 'sex', value: c.sex }], params: none };
    },
  },
  ethnicityIn: {
    validate: validateList(ETHNICITIES),
    compile(arg: string[]) {
      const set = new Set(arg);
      return {
        test: (c) => set.has(c.ethnicity),
        facts: (c) => [{ field: 'ethnicity', value: c.ethnicity }],
        params: none,
      };
    },
  },
  custom: {
    validate(arg, path, env) {
      if (typeof arg !== 'object' || arg === null || typeof (arg as { name?: unknown }).name !== 'string') {
        problem(env, path, P.POLICY_OPERATOR_ARGUMENT, { variant: 'custom' });
        return;
      }
      // The arguments are the host's business, but they are frozen and shown in verdicts: nothing endless.
      const deep = pathDeeperThan((arg as { args?: unknown }).args, MAX_CONDITION_DEPTH);
      if (deep) {
        problem(env, [...path, 'args', ...deep], P.POLICY_CONDITION_DEPTH, {
          variant: 'args',
          max: MAX_CONDITION_DEPTH,
        });
      }
    },
    compile(arg: { name: string; args?: unknown }, env) {
      // The host's predicates are a plain object: only its own entries are registered (not `constructor` …).
      const predicate = Object.hasOwn(env.predicates, arg.name) ? env.predicates[arg.name] : undefined;
      if (typeof predicate !== 'function') throw new UnregisteredPredicateError(arg.name, Object.keys(env.predicates));
      const asOf = env.asOf;
      return {
        test: (c, seat) => predicate(c, { asOf, seat, args: arg.args }) === true,
        facts: () => [{ field: `custom.${arg.name}`, value: arg.args ?? null }],
        params: none,
      };
    },
  },
};

// Looked up in a Map, never in the object: a name a policy writes (`constructor`, `__proto__` …) must not find a
// member every object inherits.
const OPERATORS: ReadonlyMap<string, Operator> = new Map(Object.entries(OPERATOR_TABLE));

/** The names of every operator, for documentation and error messages. */
export const OPERATOR_NAMES = [...OPERATORS.keys()];

/** Thrown while compiling a policy that uses `{ custom }` with a name no one registered. */
export class UnregisteredPredicateError extends Error {
  constructor(
    readonly predicate: string,
    readonly registered: readonly string[],
  ) {
    super(`未注册的自定义判断“${predicate}” / Custom predicate "${predicate}" is not registered`);
  }
}

function logical(kind: 'all' | 'any'): Operator {
  return {
    validate(arg, path, env, depth) {
      if (!Array.isArray(arg) || arg.length === 0) {
        problem(env, path, P.POLICY_OPERATOR_ARGUMENT, { variant: 'conditions' });
        return;
      }
      for (const [i, c] of arg.entries()) validateCondition(c, [...path, i], env, depth + 1);
    },
    compile(arg: Record<string, unknown>[], env) {
      const parts = arg.map((c) => compileCondition(c, env));
      const tests = parts.map((p) => p.test);
      const test =
        kind === 'all'
          ? (c: CandidateInput, s: Seat) => {
              for (let i = 0; i < tests.length; i++) if (!tests[i]!(c, s)) return false;
              return true;
            }
          : (c: CandidateInput, s: Seat) => {
              for (let i = 0; i < tests.length; i++) if (tests[i]!(c, s)) return true;
              return false;
            };
      return {
        test,
        facts: (c, s) => dedupeFacts(parts.flatMap((p) => p.facts(c, s))),
        params: parts.flatMap((p) => p.params),
        // all: false without facts if any part is; any: only if every part is.
        needsFacts: kind === 'all' ? parts.some((p) => p.needsFacts) : parts.every((p) => p.needsFacts),
      };
    },
  };
}

function dedupeFacts(facts: UsedFact[]): UsedFact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.field}\u0000${JSON.stringify(f.value)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * How deep conditions may nest: a rule's condition is level 1, each `all`, `any` or `not` adds one. Far more than any
 * real rule needs (the built-in policies nest 3), and few enough that checking, compiling and explaining a condition
 * never run out of stack. Deeper conditions (or the arguments of a custom predicate) are refused when the policy is
 * defined, with `POLICY_CONDITION_DEPTH` naming the path of the first node too deep. 条件嵌套层数上限。
 */
export const MAX_CONDITION_DEPTH = 64;

/**
 * The path to the first value inside `value` that lies more than `max` objects or arrays deep (`value` itself is at
 * depth 1), or `undefined`. Iterative and bounded by `max`, so that neither deep nor cyclic data overflows the stack.
 */
function pathDeeperThan(value: unknown, max: number): Path | undefined {
  const stack: { value: unknown; path: Path }[] = [{ value, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.path.length >= max) return next.path;
    const array = Array.isArray(next.value);
    for (const [key, child] of Object.entries(next.value))
      stack.push({ value: child, path: [...next.path, array ? Number(key) : key] });
  }
  return undefined;
}

/**
 * Checks a condition tree: one operator per node, known operators, valid arguments, known parameters, at most
 * {@link MAX_CONDITION_DEPTH} deep. Problems are appended to `env.problems` with their path.
 *
 * @param depth - the depth of `node` (1 for a rule's condition); the check stops below the limit, so that it never
 *   recurses deeper than the limit however deep (or cyclic) the data
 */
export function validateCondition(node: unknown, path: Path, env: ValidationEnvironment, depth = 1): void {
  if (depth > MAX_CONDITION_DEPTH) {
    problem(env, path, P.POLICY_CONDITION_DEPTH, { max: MAX_CONDITION_DEPTH });
    return;
  }
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    problem(env, path, P.POLICY_CONDITION, {}, OPERATOR_NAMES.join('、'));
    return;
  }
  const keys = Object.keys(node);
  if (keys.length !== 1) {
    problem(env, path, P.POLICY_CONDITION, { variant: 'operators', count: keys.length }, OPERATOR_NAMES.join('、'));
    return;
  }
  const op = OPERATORS.get(keys[0]!);
  if (!op) {
    problem(env, [...path, keys[0]!], P.POLICY_UNKNOWN_OPERATOR, { operator: keys[0]! }, OPERATOR_NAMES.join('、'));
    return;
  }
  op.validate((node as Record<string, unknown>)[keys[0]!], [...path, keys[0]!], env, depth);
}

/** Compiles a validated condition tree against resolved parameters. */
export function compileCondition(node: Record<string, unknown>, env: CompileEnvironment): CompiledCondition {
  const [name] = Object.keys(node) as [string];
  return OPERATORS.get(name)!.compile(node[name] as never, env);
}
