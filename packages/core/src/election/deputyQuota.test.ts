import { deputyQuota } from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../test/support/thrown.js';

// 选举法 (2020) Art. 12: province 350 + 1/150,000 ≤ 1,000; city 240 + 1/25,000 ≤ 650; county 140 + 1/5,000 ≤ 450
// (fewer than 140 allowed under 50,000 people); township 45 + 1/1,500 ≤ 160 (fewer than 45 allowed under 2,000).
describe('deputyQuota (选举法 Art. 12)', () => {
  it('adds one deputy per so many people to the base', () => {
    expect(deputyQuota({ level: 'township', population: 30_000 })).toMatchObject({
      total: 65,
      base: 45,
      added: 20,
      capped: false,
      mayBeFewer: false,
    });
    expect(deputyQuota({ level: 'township', population: 29_999 }).total).toBe(64);
    expect(deputyQuota({ level: 'county', population: 500_000 }).total).toBe(240);
    expect(deputyQuota({ level: 'city', population: 5_000_000 }).total).toBe(440);
    expect(deputyQuota({ level: 'province', population: 45_000_000 }).total).toBe(650);
  });

  it('caps the total', () => {
    expect(deputyQuota({ level: 'township', population: 200_000 })).toMatchObject({ total: 160, capped: true });
    expect(deputyQuota({ level: 'county', population: 1_550_000 })).toMatchObject({ total: 450, capped: false });
    expect(deputyQuota({ level: 'county', population: 1_555_000 })).toMatchObject({ total: 450, capped: true });
    expect(deputyQuota({ level: 'city', population: 12_000_000 }).total).toBe(650);
    expect(deputyQuota({ level: 'province', population: 120_000_000 }).total).toBe(1000);
  });

  it('says when a small population may have fewer deputies than the base', () => {
    const small = deputyQuota({ level: 'township', population: 1_800 });
    expect(small).toMatchObject({ total: 46, mayBeFewer: true });
    expect(small.explanation.zh).toContain('人口不足2000人，可以少于45名');
    expect(small.reference).toContain('第十二条');
    expect(deputyQuota({ level: 'county', population: 49_999 }).mayBeFewer).toBe(true);
    expect(deputyQuota({ level: 'county', population: 50_000 }).mayBeFewer).toBe(false);
  });

  it('rejects an unknown level or a population that is not a whole number', () => {
    expect(thrown(() => deputyQuota({ level: 'village' as never, population: 100 })).problems[0]).toMatchObject({
      code: 'QUOTA_INPUT',
      path: ['level'],
    });
    expect(thrown(() => deputyQuota({ level: 'county', population: -1 })).problems[0]).toMatchObject({
      code: 'QUOTA_INPUT',
      path: ['population'],
    });
    expect(thrown(() => deputyQuota({ level: 'county', population: 1.5 })).code).toBe('QUOTA_INPUT');
    // A level named like an inherited member is unknown, not Object.prototype's constructor.
    expect(thrown(() => deputyQuota({ level: 'constructor' as never, population: 100 })).problems[0]).toMatchObject({
      code: 'QUOTA_INPUT',
      path: ['level'],
    });
  });
});
