/**
 * Reading a dated parameter on a date.
 */
import type { IsoDate } from '../dates/calendar.js';
import * as P from '../problems/codes.js';
import { HuanjieError, problem } from '../problems/problem.js';
import type { ParameterTable, PolicyParameter } from './parameter.js';

/** Drops `null` (removed) values and orders the rest by date. */
export function sortedValues(
  values: Readonly<Record<string, number | string | boolean | null>>,
): Record<string, number | string | boolean> {
  return Object.fromEntries(
    Object.entries(values)
      .filter((entry): entry is [string, number | string | boolean] => entry[1] !== null)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/**
 * The value of a dated parameter on a date, and since when it holds. 参数取值。
 *
 * @param parameter - a parameter of a defined policy (`policy.parameters.maxAge`)
 * @param asOf - ISO date
 * @returns `{ value, since }`
 * @throws HuanjieError `POLICY_PARAMETER_NO_VALUE` when no value is in force yet on that date
 * @example
 * ```ts
 * valueAt({ title, reference, values: { '2016-01-01': 60, '2021-01-01': 55 } }, '2021-10-28') // { value: 55, since: '2021-01-01' }
 * ```
 */
export function valueAt(
  parameter: PolicyParameter,
  asOf: IsoDate,
): { value: number | string | boolean; since: IsoDate } {
  let found: { value: number | string | boolean; since: IsoDate } | undefined;
  for (const [since, value] of Object.entries(parameter.values)) {
    if (since <= asOf && (!found || since > found.since)) found = { value, since };
  }
  if (!found) {
    const first = Object.keys(parameter.values).sort()[0];
    throw new HuanjieError([
      problem(P.POLICY_PARAMETER_NO_VALUE, { parameter: parameter.title, asOf, first: first ?? '—' }),
    ]);
  }
  return found;
}

/**
 * The parameter a `{ param }` reference names. 按 id 取参数。
 *
 * @param policy - anything with `parameters` (a policy)
 * @param id - the parameter's id
 * @returns the parameter
 * @throws HuanjieError `POLICY_UNKNOWN_PARAMETER` when the policy has no parameter by that id
 * @example
 * ```ts
 * valueAt(parameterOf(policy, 'maxAge'), '2021-10-28').value // 55
 * ```
 */
export function parameterOf(policy: { readonly parameters: ParameterTable }, id: string): PolicyParameter {
  const parameter = Object.hasOwn(policy.parameters, id) ? policy.parameters[id] : undefined;
  if (!parameter) {
    throw new HuanjieError([problem(P.POLICY_UNKNOWN_PARAMETER, { id }, { path: ['parameters', id] })]);
  }
  return parameter;
}
