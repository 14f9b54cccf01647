import { readFileSync } from 'node:fs';
import { ageOn, Candidate, educationRank, Member, Reserve, Village } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { describe, expect, it } from 'vitest';

describe('generateCounty', () => {
  const county = generateCounty();

  it('has the size of the county in seed 001: 27 townships, 197 villages and communities', () => {
    expect(county.townships).toHaveLength(27);
    expect(county.villages).toHaveLength(197);
    expect(new Set(county.villages.map((v) => v.code)).size).toBe(197);
    expect(county.synthetic).toBe(true);
  });

  it('is the same every time and equals the committed data file', () => {
    expect(generateCounty()).toEqual(county);
    const committed = JSON.parse(
      readFileSync(new URL('../../../../examples/data/synthetic-county.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(county)));
    expect(generateCounty({ seed: 7 }).terms.current.members[0]).not.toEqual(county.terms.current.members[0]);
  });

  it('holds only records that the schemas accept', () => {
    for (const v of county.villages) expect(Village.safeParse(v).success).toBe(true);
    for (const m of [...county.terms.current.members, ...county.terms.previous.members])
      expect(Member.safeParse(m).success).toBe(true);
    for (const c of county.candidates) expect(Candidate.safeParse(c).success).toBe(true);
    for (const r of county.reserves) expect(Reserve.safeParse(r).success).toBe(true);
  });

  it('looks like seed 001: party teams younger and better educated than last term', () => {
    const stats = (key: 'current' | 'previous') => {
      const t = county.terms[key];
      const party = t.members.filter((m) => m.organization === '党组织');
      const age = party.reduce((s, m) => s + ageOn(m.birthDate, t.electionDate), 0) / party.length;
      const highSchool = party.filter((m) => educationRank(m.education) >= educationRank('高中')).length / party.length;
      return { members: party.length, age, highSchool };
    };
    const now = stats('current');
    const before = stats('previous');
    expect(now.members).toBeGreaterThan(950);
    expect(now.members).toBeLessThan(1030);
    expect(now.age).toBeGreaterThan(37);
    expect(now.age).toBeLessThan(42);
    expect(before.age - now.age).toBeGreaterThan(9);
    expect(now.highSchool).toBeGreaterThan(0.9);
    expect(now.highSchool).toBeGreaterThan(before.highSchool);
  });

  it('seats a woman on every villagers\u2019 committee (村民委员会组织法 Art. 6)', () => {
    for (const v of county.villages) {
      if (v.kind !== '村') continue;
      const committee = county.terms.current.members.filter(
        (m) => m.villageCode === v.code && m.organization === '村民委员会',
      );
      expect(committee.length).toBeGreaterThanOrEqual(3);
      expect(committee.some((m) => m.sex === 'female')).toBe(true);
    }
  });

  it('gives some candidates negative facts', () => {
    const withFacts = county.candidates.filter((c) => c.facts.length > 0).length;
    expect(withFacts).toBeGreaterThan(50);
    expect(withFacts).toBeLessThan(county.candidates.length / 5);
  });
});
