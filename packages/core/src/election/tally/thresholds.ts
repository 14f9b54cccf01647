/**
 * The statutory shares a tally applies, read from the policy on the election day: the policy's own parameter when it
 * has one (a county's variant), else the election section's statutory table.
 */
import type { IsoDate } from '../../dates/calendar.js';
import { isIsoDate } from '../../dates/calendar.js';
import { citeReference } from '../../parameters/citation.js';
import { type Fraction, notAShare, parseFraction } from '../../parameters/fraction.js';
import type { PolicyBase } from '../../parameters/policyBase.js';
import { valueAt } from '../../parameters/valueAt.js';
import * as P from '../../problems/codes.js';
import { HuanjieError, problem } from '../../problems/problem.js';
import {
  type CommitteeSizeName,
  ELECTION_PARAMETERS,
  ELECTION_REFERENCES,
  type ElectionShareName,
  electionParameterInForce,
} from '../statutoryParameters.js';

/** A share in force, and the reference (as cited) it rests on. */
export interface Threshold extends Fraction {
  readonly reference: string;
}

// Without an election date, the latest value: the rule as it now stands.
const LATEST: IsoDate = '9999-12-31';

/**
 * The share `name` in force on `date`.
 *
 * @throws HuanjieError `POLICY_PARAMETER_NO_VALUE` when none is in force on that date, `POLICY_PARAMETER_VALUE` when
 *   the value is not a fraction such as `'4/5'`
 */
export function shareInForce(
  policy: PolicyBase | undefined,
  name: ElectionShareName,
  date: IsoDate | undefined,
): Threshold {
  const { value, since, reference } = electionParameterInForce(policy, name, date ?? LATEST);
  const share = parseFraction(value);
  if (!share) {
    const place = { path: ['parameters', name, 'values', since], expected: '4/5', expectedEn: '4/5' };
    throw new HuanjieError([problem(P.POLICY_PARAMETER_VALUE, notAShare(name, since, value), place)]);
  }
  return { ...share, reference };
}

/** The party candidate margin (percent) as the law now stands. */
export function statutoryMargin(): number {
  return Number(valueAt(ELECTION_PARAMETERS.partyCandidateMargin, LATEST).value);
}

/** The committee whose size bounds are read: `villagersCommittee…` or `residentsCommittee…` parameters. */
export type CommitteeSizePrefix = 'villagersCommittee' | 'residentsCommittee';

/**
 * The fewest and most members of a committee in force on `date` (without a date, as the law now stands), with the
 * reference of the bounds as cited: 村民委员会组织法 Art. 6 (3–7), 城市居民委员会组织法 Art. 7 (5–9), or a policy's own.
 *
 * @throws HuanjieError `POLICY_PARAMETER_NO_VALUE` when none is in force on that date
 */
export function sizeInForce(
  policy: PolicyBase | undefined,
  prefix: CommitteeSizePrefix,
  date: IsoDate | undefined,
): { readonly min: number; readonly max: number; readonly reference: string } {
  const read = (name: CommitteeSizeName) => electionParameterInForce(policy, name, date ?? LATEST);
  // Whole numbers: the national baseline's team rules (vc-size, rc-size) read them too, and checkPolicy holds them.
  const min = read(`${prefix}Min`);
  return { min: Number(min.value), max: Number(read(`${prefix}Max`).value), reference: min.reference };
}

/**
 * The election day of a tally's input, checked.
 *
 * @throws HuanjieError `TALLY_DATE` for a date not written `YYYY-MM-DD` or that does not exist
 */
export function tallyDate(date: unknown): IsoDate {
  if (typeof date === 'string' && isIsoDate(date)) return date;
  throw new HuanjieError([problem(P.TALLY_DATE, { value: String(date) }, { path: ['date'] })]);
}

/**
 * The party candidate margin (percent) in force on the election day, with the reference it rests on as cited: the
 * policy's, or without a policy the election section's statutory one.
 *
 * @throws HuanjieError `POLICY_NO_CANDIDATE_MARGIN` for a policy without the parameter, `TALLY_DATE` for a bad date
 */
export function marginInForce(
  policy: PolicyBase | undefined,
  date: unknown,
): { readonly margin: number; readonly reference: string } {
  const parameter = policy ? policy.parameters.partyCandidateMargin : ELECTION_PARAMETERS.partyCandidateMargin;
  if (!parameter) {
    const place = { path: ['parameters', 'partyCandidateMargin'] };
    throw new HuanjieError([problem(P.POLICY_NO_CANDIDATE_MARGIN, { policy: policy?.name ?? '—' }, place)]);
  }
  const references = policy ? policy.references : ELECTION_REFERENCES;
  return {
    margin: Number(valueAt(parameter, tallyDate(date)).value),
    reference: citeReference(references, parameter.reference).title,
  };
}
