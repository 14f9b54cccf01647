import {
  electionTimeline,
  exampleCountyHardCriteria,
  extendPolicy,
  formatProblem,
  nationalBaseline,
} from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../test/support/thrown.js';

// 村民委员会组织法 Art. 14: voter list posted 20 days before; objections within 5 days; decisions within 3 days.
// Art. 20: handover within 10 days of the new committee.
describe('electionTimeline', () => {
  it('counts the statutory milestones from the election date', () => {
    const t = electionTimeline('2021-10-28');
    expect(t.map((m) => [m.id, m.date])).toEqual([
      ['voter-list-posted', '2021-10-08'],
      ['voter-list-objections', '2021-10-13'],
      ['voter-list-decisions', '2021-10-16'],
      ['election', '2021-10-28'],
      ['handover', '2021-11-07'],
    ]);
    expect(t[0]!.reference).toContain('第十四条');
    expect(t[4]!.reference).toContain('第二十条');
  });

  it('counts from the day the list was actually posted, and refuses a list posted too late', () => {
    expect(electionTimeline('2021-10-28', undefined, { voterListPostedOn: '2021-10-01' })[1]!.date).toBe('2021-10-06');
    expect(
      thrown(() => electionTimeline('2021-10-28', undefined, { voterListPostedOn: '2021-10-09' })).problems[0],
    ).toMatchObject({
      code: 'TIMELINE_VOTER_LIST_LATE',
      message: '选民名单应在选举日的二十日以前公布（最迟 2021-10-08）',
      messageEn: 'The voter list must be posted 20 days before the election (by 2021-10-08)',
      expected: '2021-10-08 或之前',
    });
    expect(thrown(() => electionTimeline('2021-02-30')).code).toBe('TIMELINE_DATE');
  });

  it('adds the policy’s local milestones, labelled with who set them', () => {
    const local = electionTimeline('2021-10-28', exampleCountyHardCriteria).find((m) => m.id === 'county-audit-posted');
    expect(local).toMatchObject({ date: '2021-09-28', source: '示例县' });
  });

  it('reads its day counts as dated parameters of the baseline, each with its article (Art. 14, Art. 20)', () => {
    const p = nationalBaseline.parameters;
    expect(
      [p.voterListDaysBefore, p.voterListObjectionDays, p.voterListDecisionDays, p.handoverDays].map((x) => [
        x?.values['2010-10-28'],
        x?.reference,
      ]),
    ).toEqual([
      [20, 'vc-law-art14'],
      [5, 'vc-law-art14'],
      [3, 'vc-law-art14'],
      [10, 'vc-law-art20'],
    ]);
    // A province that asks for the list 25 days before: the timeline and the refusal follow it.
    const variant = extendPolicy(nationalBaseline, {
      id: 'province-variant',
      extends: 'cn-national',
      name: { zh: '某省试行', en: 'A province variant' },
      jurisdiction: '某省',
      parameters: { voterListDaysBefore: { values: { '2021-01-01': 25 } } },
    });
    expect(electionTimeline('2021-10-28', variant)[0]).toMatchObject({ id: 'voter-list-posted', date: '2021-10-03' });
    const late = thrown(() => electionTimeline('2021-10-28', variant, { voterListPostedOn: '2021-10-05' }));
    expect(late.problems[0]!.message).toBe('选民名单应在选举日的二十五日以前公布（最迟 2021-10-03）');
    expect(formatProblem(late.problems[0]!, 'zh-TW')).toBe('選民名冊應在選舉日的二十五日以前公告（最遲 2021-10-03）');
  });
});
