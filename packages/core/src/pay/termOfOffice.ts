/**
 * The term of office (任期) that pay is computed over: where a term ends when only its start is known, which months
 * of it are paid to a cadre appointed during it, and which calendar years take an annual rating (年度考核).
 */
import { anniversaryOn, fromDayNumber, type IsoDate, toDayNumber } from '../dates/calendar.js';
import type { PolicyBase } from '../parameters/policyBase.js';
import { valueAt } from '../parameters/valueAt.js';

/** A span of days, both ISO dates inclusive. */
export interface DateSpan {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * The last day of a term of office that starts on `start` (任期届满日): the day before the anniversary `termYears`
 * years on, `termYears` being the policy's term length in force on `asOf` (five years under the national baseline,
 * 村民委员会组织法 Art. 11). The anniversary of 29 February in a common year is 1 March.
 *
 * @param start - first day of the term (ISO date)
 * @param policy - a policy with the parameter `termYears` (every policy extending the national baseline has it)
 * @param asOf - ISO date on which the term length is read
 * @returns the term's last day (ISO date), or `undefined` when the policy sets no term length
 * @throws HuanjieError `POLICY_PARAMETER_NO_VALUE` when no term length is in force on `asOf`
 * @example
 * ```ts
 * termEnd('2021-11-01', nationalBaseline, '2021-11-01') // '2026-10-31'
 * termEnd('2024-02-29', nationalBaseline, '2024-02-29') // '2029-02-28'
 * ```
 */
export function termEnd(start: IsoDate, policy: PolicyBase, asOf: IsoDate): IsoDate | undefined {
  const parameter = policy.parameters.termYears;
  if (!parameter) return undefined;
  const years = Number(valueAt(parameter, asOf).value);
  return fromDayNumber(toDayNumber(anniversaryOn(start, years)) - 1);
}

/**
 * The part of a term paid to a cadre appointed on `appointed` (任期内计酬期间): from the later of the term's start
 * and the appointment to the term's end. It is empty (`from` after `to`) when the appointment is after the term.
 *
 * @param term - the term of office
 * @param appointed - the appointment date (ISO date)
 * @returns the period to pass to `computeTermPay`
 * @example
 * ```ts
 * payPeriod({ from: '2021-11-01', to: '2026-10-31' }, '2022-03-15') // { from: '2022-03-15', to: '2026-10-31' }
 * payPeriod({ from: '2021-11-01', to: '2026-10-31' }, '2018-01-01') // { from: '2021-11-01', to: '2026-10-31' }
 * ```
 */
export function payPeriod(term: DateSpan, appointed: IsoDate): DateSpan {
  return { from: appointed > term.from ? appointed : term.from, to: term.to };
}

/**
 * The calendar years that take an annual rating (年度考核) for pay in a term: from the year of the appointment to
 * the year service ends, that is the appointment's end or else the term's, whichever comes first.
 *
 * @param appointment - `from` and, once it has ended, `to` (ISO dates)
 * @param term - the term of office
 * @returns the first and last year (`last` below `first` when the appointment begins after the term)
 * @example
 * ```ts
 * ratedYears({ from: '2018-01-01' }, { from: '2018-01-01', to: '2022-12-31' }) // { first: 2018, last: 2022 }
 * ratedYears({ from: '2018-01-01', to: '2020-06-30' }, { from: '2018-01-01', to: '2022-12-31' }) // { first: 2018, last: 2020 }
 * ```
 */
export function ratedYears(
  appointment: { readonly from: IsoDate; readonly to?: IsoDate | undefined },
  term: DateSpan,
): { first: number; last: number } {
  const end = appointment.to !== undefined && appointment.to < term.to ? appointment.to : term.to;
  return { first: Number(appointment.from.slice(0, 4)), last: Number(end.slice(0, 4)) };
}
