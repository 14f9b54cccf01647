/**
 * Local variants (本地政策) as overlays on a base policy: national → province → county.
 */

import type { PolicyParameter } from '../parameters/parameter.js';
import { sortedValues } from '../parameters/valueAt.js';
import * as P from '../problems/codes.js';
import { HuanjieError, type ProblemArgs, type ProblemTemplate, problem } from '../problems/problem.js';
import { defineRiskModel } from '../risk/model.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';
import { checkPolicy } from './checkPolicy.js';
import { deepFreeze } from './deepFreeze.js';
import { definePolicy } from './definePolicy.js';
import type { Policy } from './policy.js';
import { OverlaySpec } from './schema.js';
import { addVocabularies } from './vocabularies.js';

function fail<T extends ProblemTemplate>(
  template: T,
  path: (string | number)[],
  params: ProblemArgs<T>,
  expected?: string,
): never {
  throw new HuanjieError([problem(template, params, { path, expected, expectedEn: expected })]);
}

/**
 * Applies an overlay to a base policy and returns a new frozen policy; the base is never changed. The overlay adds
 * rules, replaces rules with the same id, removes rules listed in `removeRules`, and adds or replaces dated parameter
 * values (`null` removes one). Rules it sets are labelled with its jurisdiction. 叠加本地政策。
 *
 * @param base - a defined policy
 * @param overlay - plain data whose `extends` names `base.id`
 * @returns the combined policy, with `chain` ending in the overlay's id
 * @throws HuanjieError when `extends` names another policy, a removed id does not exist in the base, an id is both
 *   removed and set, or set twice, a `null` removes a dated value the base does not have,
 *   a new parameter lacks a title or reference, or the result is not a valid policy
 * @example
 * ```ts
 * const county = extendPolicy(nationalBaseline, { id: 'my-county', extends: 'cn-national', jurisdiction: '某县',
 *   name: { zh: '某县', en: 'A county' }, parameters: { secretaryMaxAge: { values: { '2021-01-01': 55 } } } })
 * ```
 */
export function extendPolicy(base: Policy, overlay: unknown): Policy {
  const o = parseOrThrow(OverlaySpec, overlay);
  if (o.extends !== base.id) {
    fail(P.POLICY_EXTENDS_MISMATCH, ['extends'], { extends: o.extends, base: base.id }, base.id);
  }
  if (base.chain.includes(o.id)) {
    const chain = [...base.chain, o.id].join(' → ');
    fail(P.POLICY_CYCLE, ['id'], { variant: 'inChain', id: o.id, chain });
  }
  const removable = [
    ['removeRules', base.rules, '规则', 'rule', 'rules', '規則'],
    ['removeTeamRules', base.teamRules, '班子规则', 'team rule', 'teamRules', '班子規則'],
    [
      'removeCompositionTargets',
      base.compositionTargets,
      '结构目标',
      'composition target',
      'compositionTargets',
      '結構目標',
    ],
  ] as const;
  for (const [key, list, zh, en, setKey, zhTW] of removable) {
    const what = { zh, en, zhTW };
    const ids = list.map((r) => r.id);
    const set = o[setKey].map((r) => r.id);
    for (const [i, id] of set.entries()) {
      if (set.indexOf(id) !== i) fail(P.POLICY_DUPLICATE_ID, [setKey, i, 'id'], { variant: 'overlay', what, id });
      if (o[key].includes(id)) fail(P.POLICY_REMOVE_AND_SET, [setKey, i, 'id'], { what, id });
    }
    for (const [i, id] of o[key].entries()) {
      if (!ids.includes(id)) fail(P.POLICY_UNKNOWN_RULE, [key, i], { what, id }, ids.join('、'));
    }
  }
  const parameters: Record<string, PolicyParameter> = { ...base.parameters };
  for (const [id, p] of Object.entries(o.parameters)) {
    // Own entries only: an overlay's parameter named `constructor` is new, not Object's.
    const before = Object.hasOwn(base.parameters, id) ? base.parameters[id] : undefined;
    if (!before && (!p.title || !p.reference)) {
      fail(P.POLICY_PARAMETER_INCOMPLETE, ['parameters', id], { id });
    }
    for (const [date, value] of Object.entries(p.values)) {
      if (value === null && !(before && Object.hasOwn(before.values, date))) {
        fail(
          P.POLICY_PARAMETER_NO_SUCH_VALUE,
          ['parameters', id, 'values', date],
          { id, date },
          before ? Object.keys(before.values).join('、') : undefined,
        );
      }
    }
    const title = p.title ?? before?.title;
    const reference = p.reference ?? before?.reference;
    const unit = p.unit ?? before?.unit;
    if (!title || !reference) continue; // unreachable: checked above
    parameters[id] = {
      title,
      reference,
      ...(unit ? { unit } : {}),
      values: sortedValues({ ...(before?.values ?? {}), ...p.values }),
    };
  }

  const replace = <R extends { id: string }>(list: readonly R[], removed: readonly string[], added: readonly R[]) => {
    const byId = new Map(added.map((r) => [r.id, r]));
    const kept = list.filter((r) => !removed.includes(r.id)).map((r) => byId.get(r.id) ?? r);
    return [...kept, ...added.filter((r) => !list.some((b) => b.id === r.id))];
  };
  const label = <R>(r: R) => ({ ...r, source: o.jurisdiction });

  const references = [...base.references.filter((r) => !o.references.some((n) => n.id === r.id)), ...o.references];
  const policy = {
    id: o.id,
    name: o.name,
    jurisdiction: o.jurisdiction,
    effective: o.effective ?? base.effective,
    foundation: base.foundation ?? { name: base.name, effective: base.effective },
    ...(o.example || base.example ? { example: true } : {}),
    chain: [...base.chain, o.id],
    references,
    parameters,
    rules: replace(base.rules, o.removeRules, o.rules.map(label)),
    teamRules: replace(base.teamRules, o.removeTeamRules, o.teamRules.map(label)),
    compositionTargets: replace(base.compositionTargets, o.removeCompositionTargets, o.compositionTargets.map(label)),
    ...(o.reserveMatching
      ? { reserveMatching: label(o.reserveMatching) }
      : base.reserveMatching
        ? { reserveMatching: base.reserveMatching }
        : {}),
    ...(o.reserveForm
      ? { reserveForm: label(o.reserveForm) }
      : base.reserveForm
        ? { reserveForm: base.reserveForm }
        : {}),
    ...(o.staffing ? { staffing: label(o.staffing) } : base.staffing ? { staffing: base.staffing } : {}),
    ...(o.risk ? { risk: defineRiskModel(o.risk) } : base.risk ? { risk: base.risk } : {}),
    ...(o.pay ? { pay: label(o.pay) } : base.pay ? { pay: base.pay } : {}),
    ...(o.review ? { review: label(o.review) } : base.review ? { review: base.review } : {}),
    ...(o.audit ? { audit: label(o.audit) } : base.audit ? { audit: base.audit } : {}),
    ...(o.recommendation
      ? { recommendation: label(o.recommendation) }
      : base.recommendation
        ? { recommendation: base.recommendation }
        : {}),
    milestones: replace(base.milestones, [], o.milestones.map(label)),
    campaignStages: replace(base.campaignStages, [], o.campaignStages.map(label)),
    ...(o.campaign ? { campaign: label(o.campaign) } : base.campaign ? { campaign: base.campaign } : {}),
    // Words are added to the base's lists, never taken away (see addVocabularies).
    ...(o.vocabularies
      ? { vocabularies: addVocabularies(base.vocabularies, o.vocabularies) }
      : base.vocabularies
        ? { vocabularies: base.vocabularies }
        : {}),
  };
  checkPolicy(policy);
  return deepFreeze(policy);
}

/**
 * Defines a set of policies and overlays given in any order (as a CLI or a portal loads them from files), resolving
 * each `extends` chain. 加载政策。
 *
 * @param specs - base policies and overlays; `known` policies (e.g. the built-ins) may be extended too
 * @returns every policy by id
 * @throws HuanjieError for an unknown `extends`, a cycle, or a duplicate id
 * @example
 * ```ts
 * const policies = loadPolicies([provinceOverlay, countyOverlay], [nationalBaseline])
 * policies.get('my-county')?.chain // ['cn-national', 'my-province', 'my-county']
 * ```
 */
export function loadPolicies(specs: readonly unknown[], known: readonly Policy[] = []): Map<string, Policy> {
  const result = new Map(known.map((p) => [p.id, p]));
  const byId = new Map<string, { spec: Record<string, unknown>; index: number }>();
  for (const [index, spec] of specs.entries()) {
    const id = typeof spec === 'object' && spec !== null ? (spec as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') fail(P.POLICY_ID, [index, 'id'], { variant: 'missing', n: index + 1 });
    if (byId.has(id) || result.has(id)) fail(P.POLICY_DUPLICATE_ID, [index, 'id'], { variant: 'policy', id });
    byId.set(id, { spec: spec as Record<string, unknown>, index });
  }
  const resolving: string[] = [];
  const resolve = (id: string): Policy => {
    const done = result.get(id);
    if (done) return done;
    const entry = byId.get(id);
    if (!entry) fail(P.POLICY_UNKNOWN_BASE, ['extends'], { id }, [...result.keys(), ...byId.keys()].join('、'));
    if (resolving.includes(id)) {
      const chain = [...resolving, id].join(' → ');
      fail(P.POLICY_CYCLE, [entry.index, 'extends'], { chain });
    }
    resolving.push(id);
    const base = typeof entry.spec.extends === 'string' ? resolve(entry.spec.extends) : undefined;
    resolving.pop();
    const policy = base ? extendPolicy(base, entry.spec) : definePolicy(entry.spec);
    result.set(id, policy);
    return policy;
  };
  for (const id of byId.keys()) resolve(id);
  return result;
}
