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

// 选举法 (2020) Art. 12 para. 1 item (1): 省、自治区每十五万人可以增加一名代表，直辖市每二万五千人可以增加一名代表.
describe('deputyQuota for a municipality directly under the central government (选举法 Art. 12 para. 1 (1))', () => {
  it('adds one deputy per 25,000 people, not per 150,000 as for a province', () => {
    expect(deputyQuota({ level: 'municipality', population: 5_000_000 })).toMatchObject({
      total: 550,
      base: 350,
      added: 200,
      capped: false,
    });
    expect(deputyQuota({ level: 'province', population: 5_000_000 }).total).toBe(383);
    expect(deputyQuota({ level: 'municipality', population: 4_999_999 }).total).toBe(549);
    expect(deputyQuota({ level: 'municipality', population: 5_000_000 }).explanation.zh).toBe(
      '直辖市：基数350名，每25000人增加1名（增加200名），共550名',
    );
  });

  it('caps a municipality at 1,000 deputies as a province', () => {
    // 16,250,000 people: 350 + 650 = 1,000 exactly; one more block of 25,000 would pass the cap.
    expect(deputyQuota({ level: 'municipality', population: 16_250_000 })).toMatchObject({
      total: 1000,
      capped: false,
    });
    expect(deputyQuota({ level: 'municipality', population: 16_275_000 })).toMatchObject({ total: 1000, capped: true });
    expect(deputyQuota({ level: 'municipality', population: 21_890_000 }).reference).toContain(
      '第十二条第一款第（一）项',
    );
  });
});

// 选举法 (2020) Art. 12 para. 3: 聚居的少数民族多或者人口居住分散的 areas may have 5 % more, by decision of the
// standing committee above.
describe('deputyQuota with the extra 5 % (选举法 Art. 12 para. 3)', () => {
  const decision = '某省人大常委会关于某县人大代表名额另加百分之五的决定';

  it('adds 5 % of the total, rounded down, on the decision it names', () => {
    const county = deputyQuota({ level: 'county', population: 500_000, additional: { decision } });
    expect(county).toMatchObject({ total: 252, additional: 12 });
    expect(county.explanation.zh).toContain(`依${decision}另加百分之五（12名）`);
    expect(county.reference).toContain('第十二条第三款');
    // 65 × 5 % = 3.25: three more, never more than the law allows.
    expect(deputyQuota({ level: 'township', population: 30_000, additional: { decision } }).total).toBe(68);
    expect(deputyQuota({ level: 'township', population: 30_000 }).additional).toBe(0);
  });

  it('comes on top of the cap', () => {
    expect(deputyQuota({ level: 'county', population: 3_000_000, additional: { decision } })).toMatchObject({
      total: 472,
      capped: true,
      additional: 22,
    });
  });

  it('is refused without a decision, and for a city or a municipality', () => {
    expect(
      thrown(() => deputyQuota({ level: 'county', population: 500_000, additional: { decision: ' ' } })).problems[0],
    ).toMatchObject({ code: 'QUOTA_INPUT', path: ['additional', 'decision'] });
    const city = thrown(() => deputyQuota({ level: 'city', population: 5_000_000, additional: { decision } }));
    expect(city.problems[0]).toMatchObject({ code: 'QUOTA_INPUT', path: ['additional'], value: 'city' });
    expect(city.problems[0]!.message).toContain('设区的市、自治州的代表名额不能另加百分之五');
    expect(
      thrown(() => deputyQuota({ level: 'municipality', population: 5_000_000, additional: { decision } })).code,
    ).toBe('QUOTA_INPUT');
  });
});
