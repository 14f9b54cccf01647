/**
 * Comparing two terms: the "一降一升" verdict (average age down, high-school-or-above share up) with the numbers and
 * phrases a report needs ("较上届下降12.35岁").
 */

import type { IsoDate } from '../dates/calendar.js';
import { averageInHundredths, formatHundredths, formatPercent } from './formatting.js';
import type { CompositionMember, CompositionSummary } from './summarizeComposition.js';
import { summarizeComposition } from './summarizeComposition.js';

/** The change of average age, in hundredths of a year as the reports subtract them (rounded averages). */
export interface AgeChange {
  readonly previous: string;
  readonly current: string;
  /** Current minus previous, in hundredths of a year (−1235: 12.35 years younger). */
  readonly change: number;
  readonly text: { readonly zh: string; readonly en: string };
}

/** The change of the high-school-or-above share, in hundredths of a percentage point. */
export interface ShareChange {
  readonly previous: string;
  readonly current: string;
  /** Current minus previous, in hundredths of a percentage point, from the printed (rounded) shares. */
  readonly change: number;
  readonly text: { readonly zh: string; readonly en: string };
}

/** The comparison of two summaries. 换届前后对比。 */
export interface CompositionComparison {
  /** `null` when either term has no known ages. */
  readonly averageAge: AgeChange | null;
  /** `null` when either term has no known education. */
  readonly highSchoolOrAbove: ShareChange | null;
  /** Average age went down. 年龄下降。 */
  readonly ageDown: boolean;
  /** The high-school-or-above share went up (compared exactly, not after rounding). 学历提升。 */
  readonly educationUp: boolean;
  /** Both: 一降一升. */
  readonly yiJiangYiSheng: boolean;
}

function percentHundredths(count: number, total: number): number {
  return Math.floor((2 * count * 10000 + total) / (2 * total));
}

/**
 * Compares the previous term with the current one. 对比两届班子结构。
 *
 * @param previous - summary of the previous term (ages at its election date)
 * @param current - summary of the current term
 * @returns deltas with report phrases, and the 一降一升 verdict
 * @example
 * ```ts
 * const c = compareCompositions(previous, current)
 * c.averageAge?.text.zh // '较上届下降12.35岁'
 * c.yiJiangYiSheng      // true
 * ```
 */
export function compareCompositions(previous: CompositionSummary, current: CompositionSummary): CompositionComparison {
  const before = averageInHundredths(previous.ageSum, previous.ageKnown);
  const after = averageInHundredths(current.ageSum, current.ageKnown);
  let averageAge: AgeChange | null = null;
  if (before !== undefined && after !== undefined) {
    const change = after - before;
    const amount = formatHundredths(Math.abs(change));
    averageAge = {
      previous: formatHundredths(before),
      current: formatHundredths(after),
      change,
      text:
        change < 0
          ? { zh: `较上届下降${amount}岁`, en: `${amount} years younger than the previous term` }
          : change > 0
            ? { zh: `较上届上升${amount}岁`, en: `${amount} years older than the previous term` }
            : { zh: '与上届持平', en: 'the same as the previous term' },
    };
  }
  let highSchoolOrAbove: ShareChange | null = null;
  let educationUp = false;
  if (previous.educationKnown > 0 && current.educationKnown > 0) {
    const change =
      percentHundredths(current.highSchoolOrAbove, current.educationKnown) -
      percentHundredths(previous.highSchoolOrAbove, previous.educationKnown);
    const amount = formatHundredths(Math.abs(change));
    highSchoolOrAbove = {
      previous: formatPercent(previous.highSchoolOrAbove, previous.educationKnown),
      current: formatPercent(current.highSchoolOrAbove, current.educationKnown),
      change,
      text:
        change > 0
          ? { zh: `较上届提高${amount}个百分点`, en: `${amount} percentage points higher than the previous term` }
          : change < 0
            ? { zh: `较上届降低${amount}个百分点`, en: `${amount} percentage points lower than the previous term` }
            : { zh: '与上届持平', en: 'the same as the previous term' },
    };
    // Exact: a/b > c/d ⟺ a·d > c·b.
    educationUp =
      current.highSchoolOrAbove * previous.educationKnown > previous.highSchoolOrAbove * current.educationKnown;
  }
  const ageDown =
    previous.ageKnown > 0 &&
    current.ageKnown > 0 &&
    current.ageSum * previous.ageKnown < previous.ageSum * current.ageKnown;
  return { averageAge, highSchoolOrAbove, ageDown, educationUp, yiJiangYiSheng: ageDown && educationUp };
}

/** One term's members and the date its ages are judged on. */
export interface Term {
  readonly members: readonly CompositionMember[];
  readonly asOf: IsoDate;
}

/** The report of a re-election: the team and its secretaries, compared with the previous term. */
export interface TermReport {
  readonly team: {
    readonly previous: CompositionSummary;
    readonly current: CompositionSummary;
    readonly comparison: CompositionComparison;
  };
  readonly secretaries: {
    readonly previous: CompositionSummary;
    readonly current: CompositionSummary;
    readonly comparison: CompositionComparison;
  };
  /** The paragraph as the reports write it. */
  readonly text: { readonly zh: string; readonly en: string };
}

/**
 * The outcome paragraph of a re-election, as seed 001 reports it for party committees: members, average age and
 * its change, high school or above, and the same for secretaries, with the 一降一升 verdict. 换届结果综述。
 *
 * @param previous - the previous term's members and election date
 * @param current - the current term's members and election date
 * @param options - `organization` of the team (default `党组织`)
 * @example
 * ```ts
 * reportTermChange({ members: before, asOf: '2016-10-28' }, { members: now, asOf: '2021-10-28' }).text.zh
 * // '共选举产生村(社区)党组织班子成员989人，平均年龄39.35岁，较上届下降12.35岁；高中及以上学历916名、占92.62%；…'
 * ```
 */
export function reportTermChange(
  previous: Term,
  current: Term,
  options: { readonly organization?: string } = {},
): TermReport {
  const organization = options.organization ?? '党组织';
  const inTeam = (m: CompositionMember) => m.organization === organization;
  const secretary = (m: CompositionMember) => inTeam(m) && m.post === (organization === '党组织' ? '书记' : '主任');
  const summarize = (t: Term, filter: (m: CompositionMember) => boolean) =>
    summarizeComposition(t.members, { asOf: t.asOf, filter });
  const team = { previous: summarize(previous, inTeam), current: summarize(current, inTeam) };
  const heads = { previous: summarize(previous, secretary), current: summarize(current, secretary) };
  const teamComparison = compareCompositions(team.previous, team.current);
  const headComparison = compareCompositions(heads.previous, heads.current);
  const t = team.current;
  const h = heads.current;
  const teamName = organization === '党组织' ? '村(社区)党组织班子成员' : `村(社区)${organization}成员`;
  const headName = organization === '党组织' ? '村(社区)党组织书记' : `村(社区)${organization}主任`;
  const both = teamComparison.yiJiangYiSheng && headComparison.yiJiangYiSheng;
  const zh =
    `共选举产生${teamName}${t.count}人，平均年龄${teamComparison.averageAge?.current ?? '—'}岁，${teamComparison.averageAge?.text.zh ?? ''}；` +
    `高中及以上学历${t.highSchoolOrAbove}名、占${formatPercent(t.highSchoolOrAbove, t.educationKnown)}；` +
    `${headName}平均年龄${headComparison.averageAge?.current ?? '—'}岁，${headComparison.averageAge?.text.zh ?? ''}，` +
    `高中及以上学历${h.highSchoolOrAbove}名、占${formatPercent(h.highSchoolOrAbove, h.educationKnown)}` +
    `${both ? '，实现了年龄学历“一降一升”。' : '，未全部实现年龄学历“一降一升”。'}`;
  const en =
    `${t.count} members elected, average age ${teamComparison.averageAge?.current ?? '—'} (${teamComparison.averageAge?.text.en ?? ''}); ` +
    `${t.highSchoolOrAbove} with high school or above = ${formatPercent(t.highSchoolOrAbove, t.educationKnown)}; ` +
    `heads: average age ${headComparison.averageAge?.current ?? '—'} (${headComparison.averageAge?.text.en ?? ''}), ` +
    `${h.highSchoolOrAbove} with high school or above = ${formatPercent(h.highSchoolOrAbove, h.educationKnown)}` +
    `${both ? '; age down and education up on both counts.' : '; not both down and up on every count.'}`;
  return {
    team: { ...team, comparison: teamComparison },
    secretaries: { ...heads, comparison: headComparison },
    text: { zh, en },
  };
}
