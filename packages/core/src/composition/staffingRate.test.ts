// 配备率 and policy age bands in the composition summary (issue 22; seeds 002 and 003).
import {
  exampleCountyHardCriteria,
  formatPercent,
  mergeCompositions,
  parseRosterCsv,
  rollUp,
  summarizeComposition,
} from '@huanjie/core';
import { describe, expect, it } from 'vitest';

const asOf = '2019-02-15';
const HEADER = '姓名,性别,出生日期,民族,学历,政治面貌,入党时间,转正时间,组织,职务,村(社区),乡镇(街道)';

/** A party committee of three per village: secretary, 专职副书记 (unless left out), 纪检委员. */
function committees(villages: readonly [string, string][], without?: { village: string; title: string }) {
  const lines = [HEADER];
  for (const [i, [village, township]] of villages.entries()) {
    const seat = (name: string, post: string) =>
      `${name}${i},男,1980-01-02,汉族,大专,中共党员,2005-07-01,2006-07-01,党组织,${post},${village},${township}`;
    lines.push(seat('书记', '书记'));
    for (const title of ['专职副书记', '纪检委员'])
      if (!(without?.village === village && without.title === title)) lines.push(seat(title, title));
  }
  const r = parseRosterCsv(lines.join('\n'), { policy: exampleCountyHardCriteria });
  expect(r.errors).toEqual([]);
  return r.rows;
}

const HAIDIAN: [string, string][] = [
  ['北安河村', '苏家坨镇'],
  ['苏一二村', '苏家坨镇'],
  ['永丰屯村', '西北旺镇'],
];

describe('配备率 of 专职副书记 and 纪检委员', () => {
  it('reproduces seed 002’s "每个村和社区100%配备专职副书记和纪检委员" from a roster that has both in every village', () => {
    const county = rollUp(committees(HAIDIAN), { asOf, top: '海淀区' });
    const s = county.summary;
    expect(s.teams).toBe(3);
    expect(s.titled).toEqual({ 专职副书记: 3, 纪检委员: 3 });
    expect(formatPercent(s.titled.专职副书记!, s.teams)).toBe('100.00%');
    expect(county.children.map((t) => [t.key, t.summary.teams, t.summary.titled.纪检委员])).toEqual([
      ['苏家坨镇', 2, 2],
      ['西北旺镇', 1, 1],
    ]);
  });

  it('counts a village without a 纪检委员 against the rate, and sums the same from partial figures', () => {
    const members = committees(HAIDIAN, { village: '苏一二村', title: '纪检委员' });
    const s = summarizeComposition(members, { asOf });
    expect(s.titled).toEqual({ 专职副书记: 3, 纪检委员: 2 });
    expect(formatPercent(s.titled.纪检委员!, s.teams)).toBe('66.67%');
    const byTownship = summarizeComposition(members, {
      asOf,
      by: (m) => String((m as { township?: string }).township),
    });
    expect(mergeCompositions(...Object.values(byTownship))).toMatchObject({ teams: 3, titled: s.titled });
  });
});

describe('age bands of the policy (seed 003: "30岁左右干部")', () => {
  const bands = exampleCountyHardCriteria.vocabularies?.ageBands ?? [];
  const born = (age: number) => ({ birthDate: `${2021 - age}-01-01` });

  it('counts "30岁左右" (28–32 in the example) beside 35岁以下, which the same people also fall in', () => {
    const s = summarizeComposition([27, 28, 32, 33, 40].map(born), { asOf: '2021-10-28', bands });
    const count = (id: string) => s.ageBands[bands.findIndex((b) => b.id === id)];
    expect(count('around30')).toBe(2);
    expect(count('under35')).toBe(4);
    expect(count('35-45')).toBe(1);
    // Overlapping bands still merge: each band is checked against the ages known, not their sum.
    expect(mergeCompositions(s, s).ageBands[bands.findIndex((b) => b.id === 'around30')]).toBe(4);
  });
});
