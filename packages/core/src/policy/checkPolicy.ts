/**
 * Whole-policy checks that a schema cannot make: unique ids, references that exist, one of require/forbid, valid
 * condition trees. Used by `definePolicy` and `extendPolicy`; throws one `HuanjieError` listing every problem.
 */
import { type ParameterUse, validateCondition } from '../eligibility/operators.js';
import { validateTeamCheck } from '../eligibility/teamChecks.js';
import { parseFraction } from '../parameters/fraction.js';
import { type Problem, type ProblemCode, throwIfAny } from '../problems/problem.js';
import { EDUCATION_LEVELS } from '../schemas/vocabulary.js';
import type { Policy } from './policy.js';

export function checkPolicy(policy: Omit<Policy, 'chain'>): void {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], code: ProblemCode, message: string, messageEn: string, expected?: string) =>
    problems.push({ code, severity: 'error', path, message, messageEn, expected, expectedEn: expected });
  const references = new Set(policy.references.map((r) => r.id));
  const referenceList = [...references].join('、');
  const parameters = new Set(Object.keys(policy.parameters));
  const uses: ParameterUse[] = [];
  type Path = (string | number)[];
  /** A section cites a reference: it must exist. */
  const cites = (id: string, path: Path) => {
    if (!references.has(id))
      add(path, 'POLICY_UNKNOWN_REFERENCE', `未定义的依据“${id}”`, `Unknown reference "${id}"`, referenceList);
  };
  /** An amount given as `{ param }`: the parameter must exist, and its values must fit `kind` (checked below). */
  const reads = (value: unknown, path: Path, kind: ParameterUse['kind']) => {
    if (kind === 'share' && typeof value === 'number' && value > 100) {
      add(path, 'POLICY_PARAMETER_VALUE', `比例 ${value}% 超过 100%`, `The share ${value} % is above 100 %`, '0–100');
    }
    if (typeof value !== 'object' || value === null) return;
    const id = (value as { param: string }).param;
    uses.push({ id, kind });
    if (!parameters.has(id))
      add(
        [...path, 'param'],
        'POLICY_UNKNOWN_PARAMETER',
        `未定义的参数“${id}”`,
        `Unknown parameter "${id}"`,
        [...parameters].join('、'),
      );
  };

  const seenRefs = new Set<string>();
  for (const [i, r] of policy.references.entries()) {
    if (seenRefs.has(r.id))
      add(['references', i, 'id'], 'POLICY_DUPLICATE_ID', `依据 id “${r.id}”重复`, `Duplicate reference id "${r.id}"`);
    seenRefs.add(r.id);
  }
  for (const [id, p] of Object.entries(policy.parameters)) {
    if (!references.has(p.reference))
      add(
        ['parameters', id, 'reference'],
        'POLICY_UNKNOWN_REFERENCE',
        `未定义的依据“${p.reference}”`,
        `Unknown reference "${p.reference}"`,
        referenceList,
      );
    if (Object.keys(p.values).length === 0)
      add(
        ['parameters', id, 'values'],
        'POLICY_PARAMETER_EMPTY',
        `参数“${id}”没有任何取值`,
        `Parameter "${id}" has no value`,
      );
    // A share written as a fraction is read when a tally runs; a wrong one is reported when the policy is defined.
    if (p.unit === 'fraction')
      for (const [since, value] of Object.entries(p.values))
        if (!parseFraction(value))
          add(
            ['parameters', id, 'values', since],
            'POLICY_PARAMETER_VALUE',
            `参数“${id}”自 ${since} 的取值 ${JSON.stringify(value)} 不是比例：应写作“分子/分母”，如 "4/5"`,
            `Parameter "${id}" from ${since}: ${JSON.stringify(value)} is not a share: write it as "numerator/denominator", e.g. "4/5"`,
            '4/5',
          );
  }
  for (const [key, list] of [
    ['rules', policy.rules],
    ['teamRules', policy.teamRules],
    ['compositionTargets', policy.compositionTargets],
  ] as const) {
    const seen = new Set<string>();
    for (const [i, rule] of list.entries()) {
      if (seen.has(rule.id))
        add([key, i, 'id'], 'POLICY_DUPLICATE_ID', `规则 id “${rule.id}”重复`, `Duplicate rule id "${rule.id}"`);
      seen.add(rule.id);
      if (!references.has(rule.reference))
        add(
          [key, i, 'reference'],
          'POLICY_UNKNOWN_REFERENCE',
          `未定义的依据“${rule.reference}”`,
          `Unknown reference "${rule.reference}"`,
          referenceList,
        );
    }
  }
  const env = { parameters, problems, uses };
  for (const [i, rule] of policy.rules.entries()) {
    const hasRequire = rule.require !== undefined;
    if (hasRequire === (rule.forbid !== undefined)) {
      add(
        ['rules', i],
        'POLICY_RULE_SHAPE',
        `规则“${rule.id}”应有且只有 require 或 forbid 之一`,
        `Rule "${rule.id}" needs exactly one of require or forbid`,
      );
    } else {
      validateCondition(hasRequire ? rule.require : rule.forbid, ['rules', i, hasRequire ? 'require' : 'forbid'], env);
    }
  }
  for (const [i, rule] of policy.teamRules.entries()) validateTeamCheck(rule.check, ['teamRules', i, 'check'], env);
  for (const [i, target] of policy.compositionTargets.entries()) {
    if ((target.atLeast === undefined) === (target.shareAtLeast === undefined)) {
      add(
        ['compositionTargets', i],
        'POLICY_RULE_SHAPE',
        `结构目标“${target.id}”应有且只有 atLeast 或 shareAtLeast 之一`,
        `Target "${target.id}" needs exactly one of atLeast or shareAtLeast`,
      );
    }
    reads(target.atLeast, ['compositionTargets', i, 'atLeast'], 'integer');
    reads(target.shareAtLeast, ['compositionTargets', i, 'shareAtLeast'], 'integer');
  }

  if (policy.reserveMatching) cites(policy.reserveMatching.reference, ['reserveMatching', 'reference']);
  if (policy.pay) {
    const pay = policy.pay;
    cites(pay.reference, ['pay', 'reference']);
    for (const [i, b] of pay.base.entries()) reads(b.monthly, ['pay', 'base', i, 'monthly'], 'money');
    reads(pay.concurrentAllowance, ['pay', 'concurrentAllowance'], 'money');
    reads(pay.seniority?.increment, ['pay', 'seniority', 'increment'], 'money');
    reads(pay.seniority?.cap, ['pay', 'seniority', 'cap'], 'money');
    for (const [r, v] of Object.entries(pay.seniority?.byRating ?? {}))
      reads(v, ['pay', 'seniority', 'byRating', r], 'money');
    for (const [i, a] of pay.allowances.entries()) reads(a.monthly, ['pay', 'allowances', i, 'monthly'], 'money');
    reads(pay.departure?.perFullYear, ['pay', 'departure', 'perFullYear'], 'money');
    reads(pay.performance?.withheldPercent, ['pay', 'performance', 'withheldPercent'], 'share');
    for (const [r, v] of Object.entries(pay.performance?.payoutPercent ?? {}))
      reads(v, ['pay', 'performance', 'payoutPercent', r], 'integer');
    for (const [k, v] of Object.entries(pay.livingAllowance ?? {})) reads(v, ['pay', 'livingAllowance', k], 'integer');
  }
  policy.milestones.forEach((m, i) => {
    if ((m.daysBefore === undefined) === (m.daysAfter === undefined)) {
      add(
        ['milestones', i],
        'POLICY_RULE_SHAPE',
        `节点“${m.id}”应有且只有 daysBefore 或 daysAfter 之一`,
        `Milestone "${m.id}" needs exactly one of daysBefore or daysAfter`,
      );
    }
    cites(m.reference, ['milestones', i, 'reference']);
    reads(m.daysBefore, ['milestones', i, 'daysBefore'], 'integer');
    reads(m.daysAfter, ['milestones', i, 'daysAfter'], 'integer');
  });
  if (policy.audit) {
    cites(policy.audit.reference, ['audit', 'reference']);
    reads(policy.audit.minPostings, ['audit', 'minPostings'], 'integer');
    reads(policy.audit.minDays, ['audit', 'minDays'], 'integer');
  }
  if (policy.review) {
    const review = policy.review;
    cites(review.reference, ['review', 'reference']);
    review.departments.forEach((d, i) => {
      if (review.departments.findIndex((x) => x.id === d.id) !== i) {
        add(
          ['review', 'departments', i, 'id'],
          'POLICY_DUPLICATE_ID',
          `联审部门“${d.id}”重复`,
          `Department "${d.id}" is listed twice`,
        );
      }
    });
    for (const [tier, t] of Object.entries(review.tiers)) reads(t.hours, ['review', 'tiers', tier, 'hours'], 'integer');
  }
  // Every value of a parameter must fit how the conditions use it: a whole number, or an education level.
  for (const use of uses) {
    const parameter = policy.parameters[use.id];
    if (!parameter) continue;
    for (const [date, value] of Object.entries(parameter.values)) {
      const ok =
        use.kind === 'education'
          ? (EDUCATION_LEVELS as readonly unknown[]).includes(value)
          : Number.isSafeInteger(value) &&
            (value as number) >= 0 &&
            (use.kind === 'money' || (value as number) <= (use.kind === 'share' ? 100 : 1000));
      if (!ok) {
        add(
          ['parameters', use.id, 'values', date],
          'POLICY_PARAMETER_VALUE',
          `参数“${use.id}”自 ${date} 的取值 ${JSON.stringify(value)} 不合用：${use.kind === 'education' ? '应为学历层次' : use.kind === 'money' ? '应为整数分（不可为负）' : use.kind === 'share' ? '应为 0–100 的整数' : '应为 0–1000 的整数'}`,
          `Parameter "${use.id}" from ${date}: ${JSON.stringify(value)} does not fit its use: ${use.kind === 'education' ? 'an education level' : use.kind === 'money' ? 'whole fen, not negative' : use.kind === 'share' ? 'an integer 0–100' : 'an integer 0–1000'} is needed`,
          use.kind === 'education' ? EDUCATION_LEVELS.join('、') : '0–1000 的整数',
        );
      }
    }
  }
  throwIfAny(problems);
}
