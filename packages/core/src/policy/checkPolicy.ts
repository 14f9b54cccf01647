/**
 * Whole-policy checks that a schema cannot make: unique ids, references that exist, one of require/forbid, valid
 * condition trees. Used by `definePolicy` and `extendPolicy`; throws one `HuanjieError` listing every problem.
 */
import { type ParameterUse, validateCondition } from '../eligibility/operators.js';
import { validateTeamCheck } from '../eligibility/teamChecks.js';
import { type Problem, throwIfAny } from '../problems/problem.js';
import { EDUCATION_LEVELS } from '../schemas/vocabulary.js';
import type { Policy } from './policy.js';

export function checkPolicy(policy: Omit<Policy, 'chain'>): void {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], code: string, message: string, messageEn: string, expected?: string) =>
    problems.push({ code, severity: 'error', path, message, messageEn, expected, expectedEn: expected });
  const references = new Set(policy.references.map((r) => r.id));
  const referenceList = [...references].join('、');
  const parameters = new Set(Object.keys(policy.parameters));

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
  const env = { parameters, problems, uses: [] as ParameterUse[] };
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
    for (const key of ['atLeast', 'shareAtLeast'] as const) {
      const value = target[key];
      if (typeof value === 'object') env.uses.push({ id: value.param, kind: 'integer' });
      if (typeof value === 'object' && !parameters.has(value.param)) {
        add(
          ['compositionTargets', i, key, 'param'],
          'POLICY_UNKNOWN_PARAMETER',
          `未定义的参数“${value.param}”`,
          `Unknown parameter "${value.param}"`,
          [...parameters].join('、'),
        );
      }
    }
  }

  if (policy.reserveMatching && !references.has(policy.reserveMatching.reference)) {
    add(
      ['reserveMatching', 'reference'],
      'POLICY_UNKNOWN_REFERENCE',
      `未定义的依据“${policy.reserveMatching.reference}”`,
      `Unknown reference "${policy.reserveMatching.reference}"`,
      referenceList,
    );
  }
  if (policy.pay) {
    const pay = policy.pay;
    if (!references.has(pay.reference)) {
      add(
        ['pay', 'reference'],
        'POLICY_UNKNOWN_REFERENCE',
        `未定义的依据“${pay.reference}”`,
        `Unknown reference "${pay.reference}"`,
        referenceList,
      );
    }
    const amounts: [unknown, (string | number)[], ParameterUse['kind']][] = [
      ...pay.base.map((b, i): [unknown, (string | number)[], ParameterUse['kind']] => [
        b.monthly,
        ['pay', 'base', i, 'monthly'],
        'money',
      ]),
      [pay.concurrentAllowance, ['pay', 'concurrentAllowance'], 'money'],
      [pay.seniority?.increment, ['pay', 'seniority', 'increment'], 'money'],
      [pay.seniority?.cap, ['pay', 'seniority', 'cap'], 'money'],
      ...Object.entries(pay.seniority?.byRating ?? {}).map(
        ([r, v]): [unknown, (string | number)[], ParameterUse['kind']] => [
          v,
          ['pay', 'seniority', 'byRating', r],
          'money',
        ],
      ),
      ...pay.allowances.map((a, i): [unknown, (string | number)[], ParameterUse['kind']] => [
        a.monthly,
        ['pay', 'allowances', i, 'monthly'],
        'money',
      ]),
      [pay.departure?.perFullYear, ['pay', 'departure', 'perFullYear'], 'money'],
      [pay.performance?.withheldPercent, ['pay', 'performance', 'withheldPercent'], 'share'],
      ...Object.entries(pay.livingAllowance ?? {}).map(
        ([k, v]): [unknown, (string | number)[], ParameterUse['kind']] => [v, ['pay', 'livingAllowance', k], 'integer'],
      ),
      ...Object.entries(pay.performance?.payoutPercent ?? {}).map(
        ([r, v]): [unknown, (string | number)[], ParameterUse['kind']] => [
          v,
          ['pay', 'performance', 'payoutPercent', r],
          'integer',
        ],
      ),
    ];
    for (const [amount, path, kind] of amounts) {
      if (kind === 'share' && typeof amount === 'number' && amount > 100) {
        add(
          path,
          'POLICY_PARAMETER_VALUE',
          `比例 ${amount}% 超过 100%`,
          `The share ${amount} % is above 100 %`,
          '0–100',
        );
      }
      if (typeof amount !== 'object' || amount === null) continue;
      const id = (amount as { param: string }).param;
      env.uses.push({ id, kind });
      if (!parameters.has(id))
        add(
          [...path, 'param'],
          'POLICY_UNKNOWN_PARAMETER',
          `未定义的参数“${id}”`,
          `Unknown parameter "${id}"`,
          [...parameters].join('、'),
        );
    }
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
    if (!references.has(m.reference))
      add(
        ['milestones', i, 'reference'],
        'POLICY_UNKNOWN_REFERENCE',
        `未定义的依据“${m.reference}”`,
        `Unknown reference "${m.reference}"`,
        referenceList,
      );
    for (const key of ['daysBefore', 'daysAfter'] as const) {
      const v = m[key];
      if (typeof v !== 'object') continue;
      env.uses.push({ id: v.param, kind: 'integer' });
      if (!parameters.has(v.param))
        add(
          ['milestones', i, key, 'param'],
          'POLICY_UNKNOWN_PARAMETER',
          `未定义的参数“${v.param}”`,
          `Unknown parameter "${v.param}"`,
          [...parameters].join('、'),
        );
    }
  });
  if (policy.audit) {
    const audit = policy.audit;
    if (!references.has(audit.reference)) {
      add(
        ['audit', 'reference'],
        'POLICY_UNKNOWN_REFERENCE',
        `未定义的依据“${audit.reference}”`,
        `Unknown reference "${audit.reference}"`,
        referenceList,
      );
    }
    for (const key of ['minPostings', 'minDays'] as const) {
      const v = audit[key];
      if (typeof v !== 'object') continue;
      env.uses.push({ id: v.param, kind: 'integer' });
      if (!parameters.has(v.param))
        add(
          ['audit', key, 'param'],
          'POLICY_UNKNOWN_PARAMETER',
          `未定义的参数“${v.param}”`,
          `Unknown parameter "${v.param}"`,
          [...parameters].join('、'),
        );
    }
  }
  if (policy.review) {
    const review = policy.review;
    if (!references.has(review.reference)) {
      add(
        ['review', 'reference'],
        'POLICY_UNKNOWN_REFERENCE',
        `未定义的依据“${review.reference}”`,
        `Unknown reference "${review.reference}"`,
        referenceList,
      );
    }
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
    for (const [tier, t] of Object.entries(review.tiers)) {
      if (typeof t.hours !== 'object') continue;
      env.uses.push({ id: t.hours.param, kind: 'integer' });
      if (!parameters.has(t.hours.param))
        add(
          ['review', 'tiers', tier, 'hours', 'param'],
          'POLICY_UNKNOWN_PARAMETER',
          `未定义的参数“${t.hours.param}”`,
          `Unknown parameter "${t.hours.param}"`,
          [...parameters].join('、'),
        );
    }
  }
  // Every value of a parameter must fit how the conditions use it: a whole number, or an education level.
  for (const use of env.uses) {
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
