/**
 * Running policy cases: each case is evaluated and compared with what it expects; a failing case says, in words a
 * policy officer reads, what differed and why the rules decided as they did.
 */
import { evaluateEligibility } from '../eligibility/evaluateEligibility.js';
import { evaluateTeam } from '../eligibility/evaluateTeam.js';
import type { EvaluationOptions, RuleOutcome } from '../eligibility/types.js';
import { extendPolicy } from '../policy/extendPolicy.js';
import type { Policy } from '../policy/policy.js';
import { HuanjieError } from '../problems/problem.js';
import { assertionKeys, assertsSomething, type PolicyCase, type PolicyCaseFile } from './caseFile.js';

/** The outcome of one case. */
export interface PolicyCaseResult {
  readonly name: string;
  readonly passed: boolean;
  /** What differed, one line each (empty when passed). */
  readonly diff: readonly string[];
}

const list = (ids: readonly string[]) => `[${[...ids].sort().join(', ')}]`;

function describeOutcome(o: RuleOutcome): string {
  const facts = o.facts.map(
    (f) => `${f.field} = ${typeof f.value === 'object' ? JSON.stringify(f.value) : String(f.value)}`,
  );
  const params = o.parameters.map((p) => `${p.id} = ${p.value}（自 ${p.since}）`);
  return `    ${o.ruleId} ${o.title.zh}〔${o.reference.title}〕${[...facts, ...params].length ? `：${[...facts, ...params].join('，')}` : ''}`;
}

function compareIds(
  what: 'failures' | 'warnings',
  expected: readonly string[] | undefined,
  got: readonly RuleOutcome[],
  diff: string[],
): void {
  if (!expected) return;
  const ids = got.map((o) => o.ruleId);
  if (list(expected) === list(ids)) return;
  diff.push(`${what}: 期望 expected ${list(expected)}，实际 got ${list(ids)}`);
  for (const o of got.filter((g) => !expected.includes(g.ruleId))) diff.push(`  + ${describeOutcome(o).trim()}`);
  for (const id of expected.filter((e) => !ids.includes(e))) diff.push(`  - ${id}（未触发 / did not fail）`);
}

function withParameters(policy: Policy, parameters: PolicyCase['parameters'], asOf: string): Policy {
  if (!parameters || Object.keys(parameters).length === 0) return policy;
  return extendPolicy(policy, {
    id: 'case-parameters',
    extends: policy.id,
    name: policy.name,
    jurisdiction: policy.jurisdiction,
    parameters: Object.fromEntries(
      Object.entries(parameters).map(([id, value]) => [id, { values: { [asOf]: value } }]),
    ),
  });
}

function runCase(policy: Policy, file: Pick<PolicyCaseFile, 'defaults'>, c: PolicyCase): PolicyCaseResult {
  const diff: string[] = [];
  // parsePolicyCases refuses such a case; one built in code must not pass unchecked either.
  if (!assertsSomething(c)) {
    const keys = assertionKeys(c).join(', ');
    return { name: c.name, passed: false, diff: [`expect 没有断言任何结果 / asserts nothing: give one of ${keys}`] };
  }
  const asOf = c.asOf ?? file.defaults?.asOf;
  if (!asOf) return { name: c.name, passed: false, diff: ['用例缺少 asOf（评判日期）/ the case has no asOf'] };
  const options: EvaluationOptions = {
    asOf,
    organization: c.organization ?? file.defaults?.organization,
    post: c.post ?? file.defaults?.post,
  };
  const base = file.defaults?.input ?? {};
  // A case's own keys win; `null` removes a default (e.g. `partyFullDate: null` for a probationary member).
  const merge = (own: Record<string, unknown> | undefined) =>
    Object.fromEntries(Object.entries({ ...base, ...own }).filter(([, v]) => v !== null));
  try {
    const p = withParameters(policy, c.parameters, asOf);
    if (c.slate) {
      const slate = c.slate.map(merge) as never;
      const v = evaluateTeam(slate, p, { ...options, seats: c.seats, flags: c.flags, slateKind: c.slateKind });
      if (c.expect.passed !== undefined && c.expect.passed !== v.passed)
        diff.push(`passed: 期望 expected ${c.expect.passed}，实际 got ${v.passed}`);
      compareIds('failures', c.expect.failures, v.failures, diff);
      compareIds('warnings', c.expect.warnings, v.warnings, diff);
    } else {
      const v = evaluateEligibility(merge(c.input), p, options);
      if (c.expect.eligible !== undefined && c.expect.eligible !== v.eligible) {
        diff.push(`eligible: 期望 expected ${c.expect.eligible}，实际 got ${v.eligible}`);
        for (const o of v.failures) diff.push(`  ${describeOutcome(o).trim()}`);
      }
      compareIds('failures', c.expect.failures, v.failures, diff);
      compareIds('warnings', c.expect.warnings, v.warnings, diff);
    }
    if (c.expect.error) diff.push(`error: 期望错误 expected error ${c.expect.error}，实际没有错误 / got none`);
  } catch (e) {
    if (!(e instanceof HuanjieError)) throw e;
    if (c.expect.error !== e.code) {
      diff.push(`error: ${e.code} ${e.message}${c.expect.error ? `（期望 expected ${c.expect.error}）` : ''}`);
      for (const p of e.problems.slice(1)) diff.push(`  ${p.code} ${(p.path ?? []).join('.')} ${p.message}`);
    }
  }
  return { name: c.name, passed: diff.length === 0, diff };
}

/**
 * Runs policy cases against a policy. 运行政策测试用例。
 *
 * @param policy - the policy under test
 * @param file - a parsed case file (its `defaults` and `cases`), or just a list of cases
 * @returns one result per case: passed, or a readable diff (expected vs got, with each deciding rule's reference,
 *   facts and parameter values)
 * @example
 * ```ts
 * const results = runPolicyCases(exampleCountyHardCriteria, parsePolicyCases(text))
 * results.filter((r) => !r.passed).forEach((r) => console.log(r.name, r.diff.join('\n')))
 * ```
 */
export function runPolicyCases(
  policy: Policy,
  file: Pick<PolicyCaseFile, 'cases' | 'defaults'> | readonly PolicyCase[],
): PolicyCaseResult[] {
  const f: { cases: readonly PolicyCase[]; defaults?: PolicyCaseFile['defaults'] } = Array.isArray(file)
    ? { cases: file as readonly PolicyCase[] }
    : (file as Pick<PolicyCaseFile, 'cases' | 'defaults'>);
  return f.cases.map((c) => runCase(policy, f, c));
}

/** The parts of a test runner that {@link policyCaseTests} needs (vitest's or jest's `it` and `expect`). */
export interface CaseTestRunner {
  readonly it: (name: string, fn: () => void) => void;
  readonly expect: (value: unknown) => { toEqual(expected: unknown): void };
}

/**
 * Makes each case of a file a test of your own test runner, so that a county's cases run in its `npm test`.
 *
 * @example
 * ```ts
 * import { describe, expect, it } from 'vitest'
 * describe('our county', () => policyCaseTests(policy, parsePolicyCases(text), { it, expect }))
 * ```
 */
export function policyCaseTests(
  policy: Policy,
  file: Pick<PolicyCaseFile, 'cases' | 'defaults'>,
  runner: CaseTestRunner,
): void {
  for (const c of file.cases) {
    runner.it(c.name, () => {
      const [result] = runPolicyCases(policy, { defaults: file.defaults, cases: [c] });
      runner.expect(result!.diff).toEqual([]);
    });
  }
}
