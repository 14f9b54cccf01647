/**
 * The departure living allowance test (离任生活补贴资格): long enough service and old enough, as the policy says.
 */
import type { IsoDate } from '../dates/calendar.js';
import { fromDayNumber, toDayNumber } from '../dates/calendar.js';
import type { UsedParameter } from '../eligibility/types.js';
import { parameterOf, valueAt } from '../parameters/valueAt.js';
import * as P from '../problems/codes.js';
import { HuanjieError, problem } from '../problems/problem.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';
import { Cadre, type PayPolicy } from './schema.js';
import { cumulativeFullYears, fullYears, serviceRuns } from './serviceTime.js';

/** The outcome of the test, with the figures it used. */
export interface LivingAllowanceEligibility {
  readonly eligible: boolean;
  readonly consecutiveTerms: number;
  readonly consecutiveYears: number;
  readonly totalTerms: number;
  readonly totalYears: number;
  readonly age: number | null;
  readonly reasons: ReadonlyArray<{ readonly zh: string; readonly en: string }>;
  readonly parameters: readonly UsedParameter[];
}

/**
 * Tests whether a cadre who has left receives the living allowance: enough consecutive terms or years, or enough
 * terms or years in total, and the age the policy sets for their sex. One appointment counts as one term; service up
 * to `asOf` counts. 离任生活补贴资格。
 *
 * @example
 * ```ts
 * livingAllowanceEligibility(cadre, policy, { asOf: '2021-10-28' }).reasons.map((r) => r.zh)
 * ```
 */
export function livingAllowanceEligibility(
  cadre: unknown,
  policy: PayPolicy,
  options: { readonly asOf: IsoDate },
): LivingAllowanceEligibility {
  const c = parseOrThrow(Cadre, cadre);
  const rule = policy.pay?.livingAllowance;
  if (!rule) {
    const place = { path: ['pay', 'livingAllowance'] };
    throw new HuanjieError([problem(P.POLICY_NO_LIVING_ALLOWANCE, { policy: policy.name }, place)]);
  }
  const used: UsedParameter[] = [];
  const n = (v: number | { param: string }) => {
    if (typeof v === 'number') return v;
    const p = { id: v.param, ...valueAt(parameterOf(policy, v.param), options.asOf) };
    used.push(p);
    return Number(p.value);
  };
  const held = c.appointments.filter((a) => a.from <= options.asOf);
  const runs = serviceRuns(held, options.asOf);
  // Terms are appointments (one appointment is one term); a run's terms are the appointments inside it.
  const termsIn = (r: { from: string; to: string }) => held.filter((a) => a.from >= r.from && a.from <= r.to).length;
  // Service from `from` to `to` inclusive has as many full years as anniversaries up to the day after `to`.
  const yearsOf = (r: { from: string; to: string }) => fullYears(r.from, fromDayNumber(toDayNumber(r.to) + 1));
  const consecutiveTerms = Math.max(0, ...runs.map(termsIn));
  const consecutiveYears = Math.max(0, ...runs.map(yearsOf));
  const totalTerms = held.length;
  const totalYears = cumulativeFullYears(runs);
  const age = c.birthDate ? fullYears(c.birthDate, options.asOf) : null;
  const service =
    consecutiveTerms >= n(rule.consecutiveTerms) ||
    consecutiveYears >= n(rule.consecutiveYears) ||
    totalTerms >= n(rule.totalTerms) ||
    totalYears >= n(rule.totalYears);
  const ageNeeded = c.sex === 'female' ? n(rule.womenAge) : c.sex === 'male' ? n(rule.menAge) : null;
  const reasons: { zh: string; en: string }[] = [];
  const last = c.appointments[c.appointments.length - 1]!; // the schema requires one
  if (last.to === undefined || last.to > options.asOf)
    reasons.push({ zh: '仍在任，离任后方可领取', en: 'Still in office: the allowance starts after leaving' });
  if (!service) {
    reasons.push({
      zh: `任职不足：连续${consecutiveTerms}届/${consecutiveYears}年，累计${totalTerms}届/${totalYears}年`,
      en: `Not enough service: ${consecutiveTerms} consecutive terms / ${consecutiveYears} years, ${totalTerms} terms / ${totalYears} years in all`,
    });
  }
  if (ageNeeded === null || age === null)
    reasons.push({
      zh: '缺少性别或出生日期，无法判断年龄条件',
      en: 'Sex or birth date missing: the age test cannot be made',
    });
  else if (age < ageNeeded)
    reasons.push({ zh: `年龄${age}周岁，未满${ageNeeded}周岁`, en: `Age ${age}, under ${ageNeeded}` });
  return {
    eligible: reasons.length === 0,
    consecutiveTerms,
    consecutiveYears,
    totalTerms,
    totalYears,
    age,
    reasons,
    parameters: used,
  };
}
