/**
 * Whole-policy checks that a schema cannot make: an end date not before the start, unique ids, references that
 * exist, one of require/forbid, valid condition trees. Used by `definePolicy` and `extendPolicy`; throws one
 * `HuanjieError` listing every problem.
 */
import { type ParameterUse, validateCondition } from '../eligibility/operators.js';
import { validateTeamCheck } from '../eligibility/teamChecks.js';
import { notAShare, parseFraction } from '../parameters/fraction.js';
import * as P from '../problems/codes.js';
import { type Problem, type ProblemArgs, type ProblemTemplate, problem, throwIfAny } from '../problems/problem.js';
import { EDUCATION_LEVELS, VOCABULARY_NAMES } from '../schemas/vocabulary.js';
import type { Policy } from './policy.js';

/** What a parameter's value must be for its use, in zh-CN, English and zh-TW. */
const NEEDED: Record<ParameterUse['kind'], readonly [string, string, string]> = {
  education: ['应为学历层次', 'an education level', '應為學歷層次'],
  money: ['应为整数分（不可为负）', 'whole fen, not negative', '應為整數分（不可為負）'],
  share: ['应为 0–100 的整数', 'an integer 0–100', '應為 0–100 的整數'],
  integer: ['应为 0–1000 的整数', 'an integer 0–1000', '應為 0–1000 的整數'],
};

export function checkPolicy(policy: Omit<Policy, 'chain'>): void {
  const problems: Problem[] = [];
  const add = <T extends ProblemTemplate>(
    path: (string | number)[],
    template: T,
    params: ProblemArgs<T>,
    expected?: string,
  ) => problems.push(problem(template, params, { path, expected, expectedEn: expected }));
  const references = new Set(policy.references.map((r) => r.id));
  const referenceList = [...references].join('、');
  const parameters = new Set(Object.keys(policy.parameters));
  const uses: ParameterUse[] = [];
  type Path = (string | number)[];
  /** A section cites a reference: it must exist. */
  const cites = (id: string, path: Path) => {
    if (!references.has(id)) add(path, P.POLICY_UNKNOWN_REFERENCE, { id }, referenceList);
  };
  /** A section's list whose ids must be unique: the second of two is reported, as `variant`'s wording says. */
  const uniqueIds = (list: readonly { id: string }[], path: Path, variant: 'department' | 'dimension') =>
    list.forEach((d, i) => {
      if (list.findIndex((x) => x.id === d.id) !== i)
        add([...path, i, 'id'], P.POLICY_DUPLICATE_ID, { variant, id: d.id });
    });
  /** An amount given as `{ param }`: the parameter must exist, and its values must fit `kind` (checked below). */
  const reads = (value: unknown, path: Path, kind: ParameterUse['kind']) => {
    if (kind === 'share' && typeof value === 'number' && value > 100) {
      add(path, P.POLICY_PARAMETER_VALUE, { value }, '0–100');
    }
    if (typeof value !== 'object' || value === null) return;
    const id = (value as { param: string }).param;
    uses.push({ id, kind });
    if (!parameters.has(id)) add([...path, 'param'], P.POLICY_UNKNOWN_PARAMETER, { id }, [...parameters].join('、'));
  };

  // A policy that ends before it starts is in force on no day: every evaluation would fail POLICY_NOT_IN_FORCE.
  const { from, to } = policy.effective;
  if (to !== undefined && to < from) {
    const expected = { expected: `${from} 或之后`, expectedEn: `${from} or later` };
    problems.push(problem(P.PERIOD_REVERSED, { date: from }, { path: ['effective', 'to'], value: to, ...expected }));
  }

  const seenRefs = new Set<string>();
  for (const [i, r] of policy.references.entries()) {
    if (seenRefs.has(r.id)) add(['references', i, 'id'], P.POLICY_DUPLICATE_ID, { variant: 'reference', id: r.id });
    seenRefs.add(r.id);
  }
  for (const [id, p] of Object.entries(policy.parameters)) {
    if (!references.has(p.reference))
      add(['parameters', id, 'reference'], P.POLICY_UNKNOWN_REFERENCE, { id: p.reference }, referenceList);
    if (Object.keys(p.values).length === 0) add(['parameters', id, 'values'], P.POLICY_PARAMETER_EMPTY, { id });
    // A share written as a fraction is read when a tally runs; a wrong one is reported when the policy is defined.
    if (p.unit === 'fraction')
      for (const [since, value] of Object.entries(p.values))
        if (!parseFraction(value))
          add(['parameters', id, 'values', since], P.POLICY_PARAMETER_VALUE, notAShare(id, since, value), '4/5');
  }
  for (const [key, list] of [
    ['rules', policy.rules],
    ['teamRules', policy.teamRules],
    ['compositionTargets', policy.compositionTargets],
  ] as const) {
    const seen = new Set<string>();
    for (const [i, rule] of list.entries()) {
      if (seen.has(rule.id)) add([key, i, 'id'], P.POLICY_DUPLICATE_ID, { id: rule.id });
      seen.add(rule.id);
      if (!references.has(rule.reference))
        add([key, i, 'reference'], P.POLICY_UNKNOWN_REFERENCE, { id: rule.reference }, referenceList);
    }
  }
  const env = { parameters, problems, uses };
  for (const [i, rule] of policy.rules.entries()) {
    const hasRequire = rule.require !== undefined;
    if (hasRequire === (rule.forbid !== undefined)) {
      add(['rules', i], P.POLICY_RULE_SHAPE, { id: rule.id });
    } else {
      validateCondition(hasRequire ? rule.require : rule.forbid, ['rules', i, hasRequire ? 'require' : 'forbid'], env);
    }
  }
  for (const [i, rule] of policy.teamRules.entries()) validateTeamCheck(rule.check, ['teamRules', i, 'check'], env);
  for (const [i, target] of policy.compositionTargets.entries()) {
    if ((target.atLeast === undefined) === (target.shareAtLeast === undefined)) {
      const what = { zh: '结构目标', en: 'Target', zhTW: '結構目標' };
      add(['compositionTargets', i], P.POLICY_RULE_SHAPE, {
        what,
        id: target.id,
        one: 'atLeast',
        other: 'shareAtLeast',
      });
    }
    reads(target.atLeast, ['compositionTargets', i, 'atLeast'], 'integer');
    reads(target.shareAtLeast, ['compositionTargets', i, 'shareAtLeast'], 'integer');
  }

  if (policy.staffing) {
    cites(policy.staffing.reference, ['staffing', 'reference']);
    for (const [kind, v] of Object.entries(policy.staffing.fullTimePartyWorkers))
      reads(v, ['staffing', 'fullTimePartyWorkers', kind], 'integer');
  }
  if (policy.reserveMatching) cites(policy.reserveMatching.reference, ['reserveMatching', 'reference']);
  if (policy.reserveForm) {
    cites(policy.reserveForm.reference, ['reserveForm', 'reference']);
    uniqueIds(policy.reserveForm.dimensions, ['reserveForm', 'dimensions'], 'dimension');
  }
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
      add(['milestones', i], P.POLICY_RULE_SHAPE, { variant: 'milestone', id: m.id });
    }
    cites(m.reference, ['milestones', i, 'reference']);
    reads(m.daysBefore, ['milestones', i, 'daysBefore'], 'integer');
    reads(m.daysAfter, ['milestones', i, 'daysAfter'], 'integer');
  });
  policy.campaignStages.forEach((stage, i) => {
    cites(stage.reference, ['campaignStages', i, 'reference']);
  });
  if (policy.campaign) cites(policy.campaign.reference, ['campaign', 'reference']);
  if (policy.audit) {
    cites(policy.audit.reference, ['audit', 'reference']);
    reads(policy.audit.minPostings, ['audit', 'minPostings'], 'integer');
    reads(policy.audit.minDays, ['audit', 'minDays'], 'integer');
    const blocking = policy.audit.blockOpenFindings;
    if (blocking) cites(blocking.reference, ['audit', 'blockOpenFindings', 'reference']);
  }
  if (policy.recommendation) {
    cites(policy.recommendation.reference, ['recommendation', 'reference']);
    policy.recommendation.bodies.forEach((b, i) => {
      const at = ['recommendation', 'bodies', i];
      if (policy.recommendation?.bodies.findIndex((x) => x.body === b.body) !== i)
        add([...at, 'body'], P.POLICY_DUPLICATE_ID, { id: b.body });
      cites(b.reference, [...at, 'reference']);
      reads(b.marginPercent, [...at, 'marginPercent'], 'share');
      reads(b.marginAtLeast, [...at, 'marginAtLeast'], 'integer');
      b.rounds.forEach((r, k) => {
        // A share is a fraction parameter (its values are checked as fractions above, by its unit).
        const id = r.share?.param;
        if (id !== undefined && !parameters.has(id))
          add([...at, 'rounds', k, 'share', 'param'], P.POLICY_UNKNOWN_PARAMETER, { id }, [...parameters].join('、'));
        if (b.rounds.findIndex((x) => x.round === r.round) !== k)
          add([...at, 'rounds', k, 'round'], P.POLICY_DUPLICATE_ID, { id: r.round });
      });
    });
  }
  if (policy.review) {
    const review = policy.review;
    cites(review.reference, ['review', 'reference']);
    uniqueIds(review.departments, ['review', 'departments'], 'department');
    for (const [tier, t] of Object.entries(review.tiers)) reads(t.hours, ['review', 'tiers', tier, 'hours'], 'integer');
  }
  if (policy.vocabularies) {
    const v = policy.vocabularies;
    if (v.reference !== undefined) cites(v.reference, ['vocabularies', 'reference']);
    const keyed = [
      ['ledgerCategories', v.ledgerCategories],
      ['reserveSources', v.reserveSources],
      ['reserveChannels', v.reserveChannels],
      ['posts', v.posts?.map((p) => p.title)],
      ['ageBands', v.ageBands?.map((b) => b.id)],
    ] as const;
    for (const [key, words] of keyed) {
      words?.forEach((word, i) => {
        if (words.indexOf(word) !== i) {
          const vocabulary = VOCABULARY_NAMES[key];
          add(['vocabularies', key, i], P.POLICY_DUPLICATE_ID, { variant: 'word', vocabulary, id: word });
        }
      });
    }
  }
  // Every value of a parameter must fit how the conditions use it: a whole number, or an education level.
  for (const use of uses) {
    if (!Object.hasOwn(policy.parameters, use.id)) continue; // reported above as unknown
    const parameter = policy.parameters[use.id]!;
    for (const [date, value] of Object.entries(parameter.values)) {
      const ok =
        use.kind === 'education'
          ? (EDUCATION_LEVELS as readonly unknown[]).includes(value)
          : Number.isSafeInteger(value) &&
            (value as number) >= 0 &&
            (use.kind === 'money' || (value as number) <= (use.kind === 'share' ? 100 : 1000));
      if (!ok) {
        const [need, needEn, needTW] = NEEDED[use.kind];
        const shown = JSON.stringify(value);
        add(
          ['parameters', use.id, 'values', date],
          P.POLICY_PARAMETER_VALUE,
          { variant: 'unfit', id: use.id, since: date, value: shown, need: { zh: need, en: needEn, zhTW: needTW } },
          use.kind === 'education' ? EDUCATION_LEVELS.join('、') : '0–1000 的整数',
        );
      }
    }
  }
  throwIfAny(problems);
}
