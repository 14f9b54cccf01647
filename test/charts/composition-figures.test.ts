import { HuanjieError, reportTermChange, summarizeComposition } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { describe, expect, it } from 'vitest';
import { COMPOSITION_CHART_MESSAGES } from '../../packages/elements/src/composition-chart/composition-chart.messages.js';
import {
  chartGroups,
  isCompositionSummary,
  termFigures,
} from '../../packages/elements/src/composition-chart/composition-figures.js';

// The synthetic county's two terms, as the element's tests use them.
const county = generateCounty();
const { previous, current } = county.terms;
const dates = { asOf: current.electionDate, previousAsOf: previous.electionDate };
const report = reportTermChange(
  { members: previous.members, asOf: previous.electionDate },
  { members: current.members, asOf: current.electionDate },
);

describe('termFigures', () => {
  it('takes members through reportTermChange: team, secretaries and the paragraph', () => {
    const f = termFigures(current.members, previous.members, dates);
    expect(f?.kind).toBe('members');
    expect(f?.team).toEqual(report.team);
    expect(f?.secretaries).toEqual(report.secretaries);
    expect(f?.text).toEqual(report.text);
  });

  it('has no previous figures and no paragraph without a previous term, or with none of its team', () => {
    for (const before of [undefined, current.members.filter((m) => m.organization !== '党组织')]) {
      const f = termFigures(current.members, before, dates);
      expect(f?.team).toEqual({ previous: null, current: report.team.current, comparison: null });
      expect(f?.secretaries?.previous).toBeNull();
      expect(f).not.toHaveProperty('text');
    }
  });

  it('counts the team of another organization', () => {
    const f = termFigures(current.members, previous.members, { ...dates, organization: '村民委员会' });
    const committee = reportTermChange(
      { members: previous.members, asOf: previous.electionDate },
      { members: current.members, asOf: current.electionDate },
      { organization: '村民委员会' },
    );
    expect(f?.team.current.count).toBe(committee.team.current.count);
    expect(f?.team.current.count).not.toBe(report.team.current.count);
  });

  it('compares summaries as they are, summarizing a member array beside one whole', () => {
    const before = summarizeComposition(previous.members, { asOf: previous.electionDate });
    const f = termFigures(current.members, before, dates);
    expect(f?.kind).toBe('summaries');
    expect(f?.team.previous).toBe(before);
    expect(f?.team.current.count).toBe(current.members.length);
    expect(f?.team.comparison?.averageAge).not.toBeNull();
    expect(f).not.toHaveProperty('secretaries');
    expect(termFigures(before, undefined, dates)?.team).toEqual({ previous: null, current: before, comparison: null });
  });

  it('is null with neither term, and lets core reject a date that does not exist', () => {
    expect(termFigures(undefined, null, dates)).toBeNull();
    expect(() => termFigures(current.members, previous.members, { ...dates, asOf: '2021-02-29' })).toThrowError(
      HuanjieError,
    );
  });
});

describe('isCompositionSummary', () => {
  it('tells a summary from members and from other values', () => {
    expect(isCompositionSummary(summarizeComposition([], { asOf: '2021-10-28' }))).toBe(true);
    expect(isCompositionSummary(current.members)).toBe(false);
    expect(isCompositionSummary([])).toBe(false);
    expect(isCompositionSummary(null)).toBe(false);
    expect(isCompositionSummary({ count: 3, bands: [] })).toBe(false);
  });
});

describe('chartGroups', () => {
  const f = termFigures(current.members, previous.members, dates);
  if (!f) throw new Error('the county has two terms');

  it('labels the age bands by their own names and the rest by the element’s words', () => {
    const zh = chartGroups(f.team, COMPOSITION_CHART_MESSAGES['zh-CN'], 'zh-CN');
    expect(zh.age.map((g) => [g.key, g.label])).toEqual(f.team.current.bands.map((b) => [`age-${b.id}`, b.label.zh]));
    expect(zh.education.map((g) => [g.key, g.label])).toEqual([
      ['education-highSchoolOrAbove', '高中及以上'],
      ['education-collegeOrAbove', '大专及以上'],
      ['education-bachelorOrAbove', '本科及以上'],
    ]);
    expect([zh.ageUnknown.key, zh.educationUnknown.key]).toEqual(['age-unknown', 'education-unknown']);
    const en = chartGroups(f.team, COMPOSITION_CHART_MESSAGES.en, 'en');
    expect(en.age[0]?.label).toBe(f.team.current.bands[0]?.label.en);
    expect(en.educationUnknown.label).toBe(COMPOSITION_CHART_MESSAGES.en.unknownEducation);
    // zh-TW has its own words for education, and takes the bands' Chinese names.
    const tw = chartGroups(f.team, COMPOSITION_CHART_MESSAGES['zh-TW'], 'zh-TW');
    expect(tw.education[0]?.label).toBe(COMPOSITION_CHART_MESSAGES['zh-TW'].education.highSchoolOrAbove);
    expect(tw.age[0]?.label).toBe(f.team.current.bands[0]?.label.zh);
  });

  it('carries core’s counts for both terms', () => {
    const g = chartGroups(f.team, COMPOSITION_CHART_MESSAGES['zh-CN'], 'zh-CN');
    expect(g.age.map((a) => [a.previous?.count, a.current.count])).toEqual(
      f.team.current.ageBands.map((n, i) => [f.team.previous?.ageBands[i], n]),
    );
    expect(g.education[1]?.current.count).toBe(f.team.current.collegeOrAbove);
    expect(g.educationUnknown.previous?.count).toBe(f.team.previous?.unknown.education);
  });
});
