import { type RosterRow, summarizeRoster } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { describe, expect, it } from 'vitest';

describe('summarizeRoster', () => {
  it('counts a 一肩挑 secretary-director once, over two rows', () => {
    const members = generateCounty().terms.current.members;
    const secretary = members.find((m) => m.concurrent && m.post === '书记')!;
    const pair = members.filter((m) => m.residentId === secretary.residentId);
    expect(pair).toHaveLength(2);
    expect(summarizeRoster(pair)).toMatchObject({ rows: 2, people: 1, villages: 1, concurrent: 1 });
  });

  it('counts two people without ID numbers, of one name and birth date, in two villages as two', () => {
    const person: RosterRow = {
      name: '张某甲',
      sex: 'male',
      birthDate: '1980-01-01',
      ethnicity: '汉族',
      education: '高中',
      politicalStatus: '中共党员',
      township: '青石镇',
      village: '碾房村',
    };
    const rows = [person, { ...person, village: '坡头社区' }, { ...person, organization: '党组织' as const }];
    expect(summarizeRoster(rows)).toMatchObject({ rows: 3, people: 2, villages: 2, partyMembers: 2 });
  });
});
