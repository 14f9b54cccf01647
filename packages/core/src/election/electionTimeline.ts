/**
 * The campaign timeline (倒排时间表) of a villagers' committee election: the statutory milestones counted from the
 * election date, plus the policy's local milestones.
 */
import { fromDayNumber, type IsoDate, isIsoDate, toDayNumber } from '../dates/calendar.js';
import { chineseNumeral } from '../parameters/fraction.js';
import { parameterOf, valueAt } from '../parameters/valueAt.js';
import * as P from '../problems/codes.js';
import { HuanjieError, problem } from '../problems/problem.js';
import type { TimelinePolicy } from './schema.js';
import { electionParameterInForce, type TimelineDaysName } from './statutoryParameters.js';

/** A milestone: the last (or first) day for something, and why. */
export interface Milestone {
  readonly id: string;
  readonly date: IsoDate;
  readonly title: { readonly zh: string; readonly en: string };
  readonly reference: string;
  /** `law` for the statutory milestones, else the jurisdiction that set it. */
  readonly source: string;
}

/**
 * The timeline of an election: the voter list posted at least 20 days before (Art. 14), objections within 5 days of
 * posting and decisions within 3 days of an objection (Art. 14), the handover within 10 days of the new committee
 * (Art. 20), and the policy's local milestones. 换届时间表。 The day counts are dated parameters
 * (`voterListDaysBefore`, `voterListObjectionDays`, `voterListDecisionDays`, `handoverDays`): the policy's in force on
 * the election day, else the statutory ones of `ELECTION_PARAMETERS`.
 *
 * @param electionDate - the election day
 * @param policy - for its day counts and local milestones (optional)
 * @param options - `voterListPostedOn` when the list was (or will be) posted; by default the latest lawful day
 * @returns milestones by date
 * @throws HuanjieError `TIMELINE_DATE` for an invalid date, `TIMELINE_VOTER_LIST_LATE` for a list posted less than
 *   the required days (20) before the election
 * @example
 * ```ts
 * electionTimeline('2021-10-28').map((m) => [m.date, m.title.zh])
 * // [['2021-10-08', '公布选民名单（最迟）'], ['2021-10-13', '对选民名单提出申诉（截止）'], …]
 * ```
 */
export function electionTimeline(
  electionDate: IsoDate,
  policy?: TimelinePolicy,
  options: { readonly voterListPostedOn?: IsoDate } = {},
): Milestone[] {
  for (const [key, value] of [
    ['electionDate', electionDate],
    ['voterListPostedOn', options.voterListPostedOn],
  ] as const) {
    if (value !== undefined && !isIsoDate(value)) {
      throw new HuanjieError([problem(P.TIMELINE_DATE, { field: key }, { path: [key], value: String(value) })]);
    }
  }
  const day = toDayNumber(electionDate);
  const daysInForce = (name: TimelineDaysName) => {
    const { value, reference } = electionParameterInForce(policy, name, electionDate);
    return { days: Number(value), reference };
  };
  const posting = daysInForce('voterListDaysBefore');
  const objecting = daysInForce('voterListObjectionDays');
  const deciding = daysInForce('voterListDecisionDays');
  const handover = daysInForce('handoverDays');
  const latestPosting = fromDayNumber(day - posting.days);
  const posted = options.voterListPostedOn ?? latestPosting;
  if (posted > latestPosting) {
    const place = { path: ['voterListPostedOn'], value: posted, expected: `${latestPosting} 或之前` };
    const days = { zh: chineseNumeral(posting.days), en: String(posting.days) };
    throw new HuanjieError([problem(P.TIMELINE_VOTER_LIST_LATE, { days, latest: latestPosting }, place)]);
  }
  const objections = fromDayNumber(toDayNumber(posted) + objecting.days);
  const milestones: Milestone[] = [
    {
      id: 'voter-list-posted',
      date: posted,
      title: {
        zh: options.voterListPostedOn ? '公布选民名单' : '公布选民名单（最迟）',
        en: options.voterListPostedOn ? 'Voter list posted' : 'Voter list posted (latest)',
      },
      reference: posting.reference,
      source: 'law',
    },
    {
      id: 'voter-list-objections',
      date: objections,
      title: { zh: '对选民名单提出申诉（截止）', en: 'Objections to the voter list (last day)' },
      reference: objecting.reference,
      source: 'law',
    },
    {
      id: 'voter-list-decisions',
      date: fromDayNumber(toDayNumber(objections) + deciding.days),
      title: {
        zh: '对申诉作出处理决定（最迟，以最后一天收到的申诉计）',
        en: 'Decisions on objections (latest, for one received on the last day)',
      },
      reference: deciding.reference,
      source: 'law',
    },
    {
      id: 'election',
      date: electionDate,
      title: { zh: '选举日', en: 'Election day' },
      reference: posting.reference,
      source: 'law',
    },
    {
      id: 'handover',
      date: fromDayNumber(day + handover.days),
      title: { zh: '完成工作移交（最迟）', en: 'Handover complete (latest)' },
      reference: handover.reference,
      source: 'law',
    },
  ];
  if (policy) milestones.push(...localMilestones(policy, electionDate));
  return milestones.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The policy's own milestones, dated from the election day. */
function localMilestones(policy: TimelinePolicy, electionDate: IsoDate): Milestone[] {
  const day = toDayNumber(electionDate);
  const days = (v: number | { param: string }) =>
    typeof v === 'number' ? v : Number(valueAt(parameterOf(policy, v.param), electionDate).value);
  return policy.milestones.map((m) => ({
    id: m.id,
    date:
      m.daysBefore !== undefined
        ? fromDayNumber(day - days(m.daysBefore))
        : fromDayNumber(day + days(m.daysAfter ?? 0)),
    title: m.title,
    reference: policy.references.find((r) => r.id === m.reference)?.title ?? m.reference,
    source: m.source,
  }));
}
