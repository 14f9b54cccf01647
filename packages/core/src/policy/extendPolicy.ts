/**
 * Local variants (本地政策) as overlays on a base policy: national → province → county.
 */

import type { PolicyParameter } from '../parameters/parameter.js';
import { sortedValues } from '../parameters/valueAt.js';
import { HuanjieError, type Problem, type ProblemCode } from '../problems/problem.js';
import { defineRiskModel } from '../risk/model.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';
import { checkPolicy } from './checkPolicy.js';
import { deepFreeze } from './deepFreeze.js';
import { definePolicy } from './definePolicy.js';
import type { Policy } from './policy.js';
import { OverlaySpec } from './schema.js';

function fail(
  code: ProblemCode,
  path: (string | number)[],
  message: string,
  messageEn: string,
  expected?: string,
): never {
  const problem: Problem = { code, severity: 'error', path, message, messageEn, expected, expectedEn: expected };
  throw new HuanjieError([problem]);
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
    fail(
      'POLICY_EXTENDS_MISMATCH',
      ['extends'],
      `该本地政策叠加在“${o.extends}”上，而不是“${base.id}”`,
      `The overlay extends "${o.extends}", not "${base.id}"`,
      base.id,
    );
  }
  if (base.chain.includes(o.id)) {
    fail(
      'POLICY_CYCLE',
      ['id'],
      `政策链中已有“${o.id}”：${[...base.chain, o.id].join(' → ')}`,
      `"${o.id}" is already in the chain: ${[...base.chain, o.id].join(' → ')}`,
    );
  }
  const removable = [
    ['removeRules', base.rules, '规则', 'rule', 'rules'],
    ['removeTeamRules', base.teamRules, '班子规则', 'team rule', 'teamRules'],
    ['removeCompositionTargets', base.compositionTargets, '结构目标', 'composition target', 'compositionTargets'],
  ] as const;
  for (const [key, list, zh, en, setKey] of removable) {
    const ids = list.map((r) => r.id);
    const set = o[setKey].map((r) => r.id);
    for (const [i, id] of set.entries()) {
      if (set.indexOf(id) !== i)
        fail(
          'POLICY_DUPLICATE_ID',
          [setKey, i, 'id'],
          `${zh} id “${id}”在本地政策中出现两次`,
          `The overlay sets the ${en} "${id}" twice`,
        );
      if (o[key].includes(id))
        fail(
          'POLICY_REMOVE_AND_SET',
          [setKey, i, 'id'],
          `${zh}“${id}”既被删除又被改写，只能选一个`,
          `The overlay both removes and sets the ${en} "${id}"`,
        );
    }
    for (const [i, id] of o[key].entries()) {
      if (!ids.includes(id))
        fail(
          'POLICY_UNKNOWN_RULE',
          [key, i],
          `基础政策中没有${zh}“${id}”`,
          `The base has no ${en} "${id}"`,
          ids.join('、'),
        );
    }
  }
  const parameters: Record<string, PolicyParameter> = { ...base.parameters };
  for (const [id, p] of Object.entries(o.parameters)) {
    const before = base.parameters[id];
    if (!before && (!p.title || !p.reference)) {
      fail(
        'POLICY_PARAMETER_INCOMPLETE',
        ['parameters', id],
        `新参数“${id}”需要 title 和 reference`,
        `The new parameter "${id}" needs a title and a reference`,
      );
    }
    for (const [date, value] of Object.entries(p.values)) {
      if (value === null && !(before && date in before.values)) {
        fail(
          'POLICY_PARAMETER_NO_SUCH_VALUE',
          ['parameters', id, 'values', date],
          `基础政策中参数“${id}”没有 ${date} 的取值，无法删除`,
          `The base has no value of "${id}" dated ${date} to remove`,
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
    ...(o.risk ? { risk: defineRiskModel(o.risk) } : base.risk ? { risk: base.risk } : {}),
    ...(o.pay ? { pay: label(o.pay) } : base.pay ? { pay: base.pay } : {}),
    ...(o.review ? { review: label(o.review) } : base.review ? { review: base.review } : {}),
    ...(o.audit ? { audit: label(o.audit) } : base.audit ? { audit: base.audit } : {}),
    milestones: replace(base.milestones, [], o.milestones.map(label)),
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
    if (typeof id !== 'string')
      fail('POLICY_ID', [index, 'id'], `第 ${index + 1} 个政策没有 id`, `Policy ${index + 1} has no id`);
    if (byId.has(id) || result.has(id))
      fail('POLICY_DUPLICATE_ID', [index, 'id'], `政策 id “${id}”重复`, `Duplicate policy id "${id}"`);
    byId.set(id, { spec: spec as Record<string, unknown>, index });
  }
  const resolving: string[] = [];
  const resolve = (id: string): Policy => {
    const done = result.get(id);
    if (done) return done;
    const entry = byId.get(id);
    if (!entry)
      fail(
        'POLICY_UNKNOWN_BASE',
        ['extends'],
        `找不到被叠加的政策“${id}”`,
        `No policy "${id}" to extend`,
        [...result.keys(), ...byId.keys()].join('、'),
      );
    if (resolving.includes(id)) {
      fail(
        'POLICY_CYCLE',
        [entry.index, 'extends'],
        `政策循环叠加：${[...resolving, id].join(' → ')}`,
        `Policies extend each other in a cycle: ${[...resolving, id].join(' → ')}`,
      );
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
