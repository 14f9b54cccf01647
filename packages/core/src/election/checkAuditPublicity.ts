/**
 * Posting the departure audit (离任经济责任审计公示): 村民委员会组织法 Art. 35 requires the results to be made public
 * before the election; how many postings of how many days is local policy (seed 004: at least twice, five days each).
 * Two postings that share a day are one posting on the board, not two. Whether a posting still up on election day
 * counts (by its days before the election) is the policy's parameter `auditPostingCountsUntilElection`.
 */
import type { IsoDate } from '../dates/calendar.js';
import { isIsoDate, toDayNumber } from '../dates/calendar.js';
import type { UsedParameter } from '../eligibility/types.js';
import { parameterOf, valueAt } from '../parameters/valueAt.js';
import * as P from '../problems/codes.js';
import { HuanjieError, type Problem, problem } from '../problems/problem.js';
import type { AuditPolicy } from './schema.js';

/** One posting of the audit results: first and last day on the notice board (inclusive). */
export interface AuditPosting {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly place?: string;
}

/** What the check found. 公示检查结果。 */
export interface AuditPublicityCheck {
  /** Whether the postings meet the policy: no error (an overlap is a warning; the count then tells). */
  readonly ok: boolean;
  /** Postings that count: complete, long enough before the election, and not overlapping one counted before. */
  readonly counted: number;
  readonly required: { readonly postings: number; readonly days: number };
  /** Each shortfall, coded, with the posting it concerns. */
  readonly problems: readonly Problem[];
  readonly parameters: readonly UsedParameter[];
}

const ART_35 = '中华人民共和国村民委员会组织法（2018年修正）第三十五条';
/** The policy parameter: whether a posting still up on election day counts by its days before it (boolean). */
export const UNTIL_ELECTION = 'auditPostingCountsUntilElection';
const ARTICLE_35 = { zh: ART_35, en: ART_35, zhTW: '中華人民共和國村民委員會組織法（2018年修正）第三十五條' };

/**
 * Checks the postings of a village's departure audit before its election. 离任审计公示检查。
 *
 * @param postings - the postings made
 * @param policy - a policy with an `audit` section (number of postings, days each)
 * @param options - `electionDate`
 * @returns whether the posting requirement is met, and every shortfall: none posted before the election
 *   (`AUDIT_NOT_BEFORE_ELECTION`, Art. 35), a posting too short (`AUDIT_TOO_SHORT`), too few postings
 *   (`AUDIT_TOO_FEW`), a posting that ends before it starts (`AUDIT_PERIOD`), and, as a warning, a posting that
 *   shares days with an earlier one (`AUDIT_POSTINGS_OVERLAP`: one posting on the board, counted once)
 * @example
 * ```ts
 * checkAuditPublicity([{ from: '2021-09-01', to: '2021-09-05' }], policy, { electionDate: '2021-10-28' }).problems[0].code
 * // 'AUDIT_TOO_FEW' (twice required)
 * ```
 */
export function checkAuditPublicity(
  postings: readonly AuditPosting[],
  policy: AuditPolicy,
  options: { readonly electionDate: IsoDate },
): AuditPublicityCheck {
  const audit = policy.audit;
  if (!audit) {
    throw new HuanjieError([problem(P.POLICY_NO_AUDIT, { policy: policy.name }, { path: ['audit'] })]);
  }
  const { electionDate } = options;
  const used: UsedParameter[] = [];
  const n = (v: number | { param: string }) => {
    if (typeof v === 'number') return v;
    const p = { id: v.param, ...valueAt(parameterOf(policy, v.param), electionDate) };
    used.push(p);
    return Number(p.value);
  };
  const required = { postings: n(audit.minPostings), days: n(audit.minDays) };
  // Art. 35 asks for publication before the election: whether the days before it of a posting still up on election
  // day count is the policy's reading (the national baseline: they do); without the parameter, they do not.
  const untilElection = Object.hasOwn(policy.parameters, UNTIL_ELECTION)
    ? valueAt(parameterOf(policy, UNTIL_ELECTION), electionDate)
    : undefined;
  if (untilElection) used.push({ id: UNTIL_ELECTION, ...untilElection });
  const countsUntilElection = untilElection?.value === true;
  const problems: Problem[] = [];
  const valid: { i: number; from: number; to: number }[] = [];
  postings.forEach((p, i) => {
    if (!isIsoDate(p.from) || !isIsoDate(p.to) || p.to < p.from) {
      problems.push(problem(P.AUDIT_PERIOD, { n: i + 1 }, { path: [i], value: `${p.from}~${p.to}` }));
      return;
    }
    if (p.from >= electionDate || (p.to >= electionDate && !countsUntilElection)) {
      const params = {
        n: i + 1,
        electionDate,
        article: ARTICLE_35,
        ...(p.from >= electionDate ? { variant: 'after' as const } : {}),
      };
      const where = p.from >= electionDate ? 'from' : 'to';
      problems.push(problem(P.AUDIT_NOT_BEFORE_ELECTION, params, { path: [i, where], value: p[where] }));
      return;
    }
    // The days on the board before election day.
    const last = Math.min(toDayNumber(p.to), toDayNumber(electionDate) - 1);
    const days = last - toDayNumber(p.from) + 1;
    if (days < required.days) {
      const params = { n: i + 1, days, required: required.days };
      problems.push(problem(P.AUDIT_TOO_SHORT, params, { path: [i], value: String(days) }));
      return;
    }
    valid.push({ i, from: toDayNumber(p.from), to: last });
  });
  // In date order, a posting sharing a day with one counted before it is the same posting on the board.
  let counted = 0;
  let boardUntil = Number.NEGATIVE_INFINITY;
  let boardPosting = 0;
  for (const v of [...valid].sort((x, y) => x.from - y.from || x.i - y.i)) {
    if (v.from <= boardUntil) {
      const params = { n: v.i + 1, other: boardPosting + 1 };
      problems.push(
        problem(P.AUDIT_POSTINGS_OVERLAP, params, {
          path: [v.i],
          value: `${postings[v.i]!.from}~${postings[v.i]!.to}`,
        }),
      );
      if (v.to > boardUntil) boardUntil = v.to;
      continue;
    }
    counted++;
    boardUntil = v.to;
    boardPosting = v.i;
  }
  if (postings.length === 0) {
    problems.push(problem(P.AUDIT_NOT_BEFORE_ELECTION, { variant: 'none', article: ARTICLE_35 }, { path: [] }));
  } else if (counted < required.postings) {
    const params = { counted, postings: required.postings, days: required.days };
    problems.push(problem(P.AUDIT_TOO_FEW, params, { path: [], value: String(counted) }));
  }
  const ok = problems.every((p) => p.severity !== 'error');
  return { ok, counted, required, problems, parameters: used };
}
