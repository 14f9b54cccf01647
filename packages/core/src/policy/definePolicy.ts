/**
 * Defining a base policy from its plain-data spec.
 */
import * as P from '../problems/codes.js';
import { HuanjieError, problem } from '../problems/problem.js';
import { defineRiskModel } from '../risk/model.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';
import { assemblePolicy } from './assemblePolicy.js';
import { checkPolicy } from './checkPolicy.js';
import { deepFreeze } from './deepFreeze.js';
import type { Policy } from './policy.js';
import { PolicySpec } from './schema.js';

/**
 * Validates a policy spec and returns it frozen, every rule labelled with the policy's jurisdiction. 定义政策。
 *
 * @param spec - plain data (e.g. parsed from JSON or YAML): `id`, `name`, `jurisdiction`, `effective`, `references`,
 *   `parameters`, `rules`, `teamRules`
 * @returns the frozen policy
 * @throws HuanjieError listing every problem with its path (unknown operators, duplicate ids, missing references…)
 * @example
 * ```ts
 * const policy = definePolicy({ id: 'my-county', name: { zh: '某县', en: 'A county' }, jurisdiction: '某县',
 *   effective: { from: '2021-01-01' }, references: [...], parameters: {}, rules: [...] })
 * policy.rules[0].source // '某县'
 * ```
 */
export function definePolicy(spec: unknown): Policy {
  if (typeof spec === 'object' && spec !== null && 'extends' in spec) {
    throw new HuanjieError([problem(P.POLICY_IS_OVERLAY, {}, { path: ['extends'] })]);
  }
  const s = parseOrThrow(PolicySpec, spec);
  const policy = assemblePolicy(s, s.risk ? defineRiskModel(s.risk) : undefined);
  checkPolicy(policy);
  return deepFreeze(policy);
}
