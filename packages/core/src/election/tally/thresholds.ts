/**
 * The statutory shares a tally applies, read from the policy on the election day: the policy's own parameter when it
 * has one (a county's variant), else the election section's statutory table.
 */
import type { IsoDate } from '../../dates/calendar.js';
import { isIsoDate } from '../../dates/calendar.js';
import { type Fraction, parseFraction } from '../../parameters/fraction.js';
import type { PolicyBase } from '../../parameters/policyBase.js';
import { valueAt } from '../../parameters/valueAt.js';
import { HuanjieError } from '../../problems/problem.js';
import { ELECTION_PARAMETERS, ELECTION_REFERENCES, type ElectionShareName } from '../statutoryParameters.js';

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
  const own = policy?.parameters[name];
  const parameter = own ?? ELECTION_PARAMETERS[name];
  const { value, since } = valueAt(parameter, date ?? LATEST);
  const share = parseFraction(value);
  if (!share) {
    throw new HuanjieError([
      {
        code: 'POLICY_PARAMETER_VALUE',
        severity: 'error',
        path: ['parameters', name, 'values', since],
        message: `参数“${name}”自 ${since} 的取值 ${JSON.stringify(value)} 不是比例：应写作“分子/分母”，如 "4/5"`,
        messageEn: `Parameter "${name}" from ${since}: ${JSON.stringify(value)} is not a share: write it as "numerator/denominator", e.g. "4/5"`,
        expected: '4/5',
        expectedEn: '4/5',
      },
    ]);
  }
  const references: readonly { readonly id: string; readonly title: string }[] = own
    ? (policy?.references ?? [])
    : ELECTION_REFERENCES;
  const reference = references.find((r) => r.id === parameter.reference)?.title ?? parameter.reference;
  return { ...share, reference };
}

/** The party candidate margin (percent) as the law now stands. */
export function statutoryMargin(): number {
  return Number(valueAt(ELECTION_PARAMETERS.partyCandidateMargin, LATEST).value);
}

/**
 * The election day of a tally's input, checked.
 *
 * @throws HuanjieError `TALLY_DATE` for a date not written `YYYY-MM-DD` or that does not exist
 */
export function tallyDate(date: unknown): IsoDate {
  if (typeof date === 'string' && isIsoDate(date)) return date;
  throw new HuanjieError([
    {
      code: 'TALLY_DATE',
      severity: 'error',
      path: ['date'],
      message: `选举日期应为 YYYY-MM-DD，收到 ${String(date)}`,
      messageEn: `The election date must be YYYY-MM-DD, got ${String(date)}`,
    },
  ]);
}

/**
 * The party candidate margin (percent) in force on the election day: the policy's, or without a policy the election
 * section's statutory one.
 *
 * @throws HuanjieError `POLICY_NO_CANDIDATE_MARGIN` for a policy without the parameter, `TALLY_DATE` for a bad date
 */
export function marginInForce(policy: PolicyBase | undefined, date: unknown): number {
  const parameter = policy ? policy.parameters.partyCandidateMargin : ELECTION_PARAMETERS.partyCandidateMargin;
  if (!parameter) {
    throw new HuanjieError([
      {
        code: 'POLICY_NO_CANDIDATE_MARGIN',
        severity: 'error',
        path: ['parameters', 'partyCandidateMargin'],
        message: `政策“${policy?.name.zh}”没有差额比例参数 partyCandidateMargin（全国基线中有）`,
        messageEn: `Policy "${policy?.name.en}" has no partyCandidateMargin parameter (the national baseline has it)`,
      },
    ]);
  }
  return Number(valueAt(parameter, tallyDate(date)).value);
}
