/**
 * "不审计不换届，审计不清楚不换届" (seed 004): what a village's departure audits say about whether its election may go
 * ahead. 村民委员会组织法 Art. 35 requires the departure audit's results to be made public before the election; a
 * local policy adds how they are posted and which open findings hold the election up.
 */
import { fromDayNumber, type IsoDate, toDayNumber } from '../dates/calendar.js';
import { formatYuan } from '../pay/money.js';
import * as P from '../problems/codes.js';
import { type Problem, problem } from '../problems/problem.js';
import type { AuditFindingSeverity } from './auditVocabulary.js';
import { type AuditPosting, type AuditPublicityCheck, checkAuditPublicity } from './checkAuditPublicity.js';
import type { AuditPolicy } from './schema.js';

/** A finding as the rule reads it. */
export interface AuditFindingRecord {
  /** The finding's event id. */
  readonly id: string;
  readonly summary: string;
  readonly severity: AuditFindingSeverity;
  readonly amountFen?: number;
  readonly responsible: string;
  readonly deadline: IsoDate;
  /** The day it was recorded. */
  readonly found: IsoDate;
  /** The day it was put right (整改销号), or `null`. */
  readonly closedOn: IsoDate | null;
}

/** A departure audit as the rule reads it (what `departureAudits` gives per audit). 离任审计。 */
export interface DepartureAuditRecord {
  /** The audit's event id. */
  readonly id: string;
  /** The date of its report. */
  readonly reported: IsoDate;
  readonly postings: readonly AuditPosting[];
  readonly findings: readonly AuditFindingRecord[];
}

const ART_35 = '中华人民共和国村民委员会组织法（2018年修正）第三十五条';
const ARTICLE_35 = { zh: ART_35, en: ART_35, zhTW: '中華人民共和國村民委員會組織法（2018年修正）第三十五條' };

const SEVERITY_WORDS: Readonly<Record<AuditFindingSeverity, { zh: string; en: string; zhTW: string }>> = {
  一般: { zh: '一般', en: 'minor', zhTW: '一般' },
  较大: { zh: '较大', en: 'serious', zhTW: '較大' },
  重大: { zh: '重大', en: 'major', zhTW: '重大' },
};

/**
 * Why a village's departure audits stop its election on a date (不审计不换届，审计不清楚不换届): no audit reported
 * (`AUDIT_MISSING`, Art. 35); the latest audit not posted as the policy requires — the problems of
 * `checkAuditPublicity` over the postings begun by `asOf`, judged against the election date (without one, only
 * postings ended by `asOf` count); and each finding open on `asOf` of a grade the policy's
 * `audit.blockOpenFindings` names (`AUDIT_FINDING_OPEN`). An empty list: the audits do not stop the election.
 * 离任审计是否阻止换届。
 *
 * @param audits - the village's audits (`departureAudits(...)` gives them per village)
 * @param options - `asOf`, the `policy` (its `audit` section), and the village's `electionDate` when set
 * @throws HuanjieError `POLICY_NO_AUDIT` for a policy without an `audit` section
 * @example
 * ```ts
 * departureAuditBlockers([], { asOf: '2021-09-20', policy: exampleCountyHardCriteria })[0].code // 'AUDIT_MISSING'
 * ```
 */
export function departureAuditBlockers(
  audits: readonly DepartureAuditRecord[],
  options: { readonly asOf: IsoDate; readonly policy: AuditPolicy; readonly electionDate?: IsoDate | null },
): Problem[] {
  const { asOf, policy } = options;
  const reported = audits.filter((a) => a.reported <= asOf);
  if (reported.length === 0) return [problem(P.AUDIT_MISSING, { article: ARTICLE_35 })];
  const problems: Problem[] = [];
  const latest = reported.reduce((a, b) => (b.reported >= a.reported ? b : a));
  problems.push(...postingsOn(latest.postings, { asOf, policy, electionDate: options.electionDate }).problems);
  const blocking = new Set<string>(policy.audit?.blockOpenFindings?.severities ?? []);
  for (const audit of reported) {
    for (const f of audit.findings) {
      if (!blocking.has(f.severity) || f.found > asOf || (f.closedOn !== null && f.closedOn <= asOf)) continue;
      const amount =
        f.amountFen === undefined
          ? ''
          : { zh: `，涉及金额${formatYuan(f.amountFen)}`, en: `, ${formatYuan(f.amountFen)}` };
      const params = {
        severity: SEVERITY_WORDS[f.severity],
        summary: f.summary,
        amount,
        responsible: f.responsible,
        deadline: f.deadline,
      };
      problems.push(problem(P.AUDIT_FINDING_OPEN, params, { value: f.id }));
    }
  }
  return problems;
}

/**
 * An audit's postings checked on a date: those begun by `asOf`, against the election day; without one, those ended
 * by `asOf`, as if the election were the next day (a posting still up is not yet a posting made).
 */
export function postingsOn(
  postings: readonly AuditPosting[],
  options: { readonly asOf: IsoDate; readonly policy: AuditPolicy; readonly electionDate?: IsoDate | null },
): AuditPublicityCheck {
  const { asOf, electionDate } = options;
  const made = postings.filter((p) => p.from <= asOf && (electionDate ? true : p.to <= asOf));
  return checkAuditPublicity(made, options.policy, {
    electionDate: electionDate ?? fromDayNumber(toDayNumber(asOf) + 1),
  });
}
