import {
  definePolicy,
  exampleCountyHardCriteria,
  exampleShibuxuan,
  extendPolicy,
  formatProblem,
  type HuanjieError,
  matchReserves,
  nationalBaselineSpec,
  parseReserves,
  type Reserve,
  summarizeReserves,
} from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { describe, expect, it } from 'vitest';

const asOf = '2021-10-28';

describe('summarizeReserves', () => {
  it('counts the pool by source as seed 001 reports it (287 / 164 / 249 / 141 / 195)', () => {
    const s = summarizeReserves(generateCounty().reserves);
    expect(s.total).toBe(1036);
    expect(s.bySource).toMatchObject({
      致富能人: 287,
      返乡人员: 164,
      大学毕业生: 249,
      退役军人: 141,
      优秀青年: 195,
      后备干部: 0,
    });
    expect(Object.values(s.byReadiness).reduce((a, b) => a + b, 0)).toBe(1036);
  });
});

describe('reserve sources and channels as policy data', () => {
  const profile = {
    name: '李某',
    sex: 'male',
    birthDate: '1988-04-02',
    ethnicity: '汉族',
    education: '大专',
    politicalStatus: '中共党员',
    partyJoinDate: '2012-07-01',
    partyFullDate: '2013-07-01',
    readiness: '一至两年',
    source: '致富能人',
  };

  it("reads seed 001's four channels (村民举荐、个人自荐、组织推荐、公开招募) under the national lists and counts them", () => {
    const channels = ['村民举荐', '个人自荐', '组织推荐', '公开招募', '公开招募'];
    const pool = parseReserves(channels.map((channel) => ({ ...profile, channel })));
    expect(summarizeReserves(pool).byChannel).toEqual({ 村民举荐: 1, 个人自荐: 1, 组织推荐: 1, 公开招募: 2 });
  });

  it("refuses seed 004's 专业合作组织负责人 under the national lists, listing the accepted sources in three languages", () => {
    let problem: HuanjieError['problems'][number] | undefined;
    try {
      parseReserves([profile, { ...profile, source: '专业合作组织负责人' }]);
    } catch (e) {
      problem = (e as HuanjieError).problems[0];
    }
    expect(problem).toMatchObject({ code: 'WORD_NOT_IN_VOCABULARY', path: [1, 'source'] });
    expect(problem?.message).toBe(
      '来源“专业合作组织负责人”不在政策的后备人才来源中；可用：后备干部、致富能人、返乡人员、大学毕业生、退役军人、优秀青年、乡贤、其他',
    );
    expect(problem?.messageEn).toMatch(
      /^Source "专业合作组织负责人" is not in the policy's reserve sources; accepted: 后备干部, /,
    );
    expect(formatProblem(problem!, 'zh-TW')).toMatch(
      /^來源「专业合作组织负责人」不在政策的後備人才來源中；可用：后备干部、/,
    );
  });

  it('reads the words an overlay adds, and still refuses a channel no list has', () => {
    const policy = exampleCountyHardCriteria;
    const [head] = parseReserves([{ ...profile, source: '专业合作组织负责人', channel: '组织发现' }], { policy });
    expect(head).toMatchObject({ source: '专业合作组织负责人', channel: '组织发现' });
    expect(summarizeReserves([head!]).bySource.专业合作组织负责人).toBe(1);
    expect(() => parseReserves([{ ...profile, channel: '网上报名' }], { policy })).toThrow(/党员群众推荐、组织发现/);
  });
});

describe('matchReserves', () => {
  const person = {
    ethnicity: '汉族',
    politicalStatus: '群众',
    readiness: '可立即使用',
    skills: [],
    trialPosts: [],
    evaluations: [],
    facts: [],
  } as const;
  const reserve = (over: Partial<Reserve> & Pick<Reserve, 'name' | 'sex' | 'birthDate' | 'education'>): Reserve =>
    ({ ...person, source: '返乡人员', ...over }) as Reserve;
  const pool = [
    reserve({ name: '男五十', sex: 'male', birthDate: '1971-03-01', education: '初中', village: '别村' }),
    reserve({
      name: '女三十',
      sex: 'female',
      birthDate: '1991-05-01',
      education: '大专',
      village: '坡头村',
      skills: ['电商', '财会'],
      trialPosts: [{ village: '坡头村', post: '委员', from: '2020-03-01' }],
      evaluations: [{ date: '2021-06-30', rating: '优秀' }],
      source: '大学毕业生',
    }),
    reserve({
      name: '失信者',
      sex: 'female',
      birthDate: '1990-01-01',
      education: '本科',
      facts: [{ kind: 'dishonestDebtor', date: '2021-01-01' }],
    }),
  ];
  // The current team: three men over 35.
  const team = ['甲', '乙', '丙'].map((name) => ({
    name,
    sex: 'male' as const,
    birthDate: '1975-01-01',
    ethnicity: '汉族' as const,
    education: '高中' as const,
    politicalStatus: '群众' as const,
  }));
  const needs = {
    village: { name: '坡头村' },
    team,
    organization: '村民委员会',
    post: '委员',
    minEducation: '大专',
    skills: ['电商'],
  } as const;

  it('filters out the ineligible with their reasons and ranks the rest, explained', () => {
    const r = matchReserves(needs, pool, exampleShibuxuan, { asOf });
    expect(r.ineligible).toEqual([
      expect.objectContaining({
        index: 2,
        name: '失信者',
        failures: [expect.objectContaining({ ruleId: 'sbx-dishonest' })],
      }),
    ]);
    expect(r.ranked.map((m) => m.name)).toEqual(['女三十', '男五十']);
    const best = r.ranked[0]!;
    expect(best.score).toBeCloseTo(
      best.contributions.reduce((s, c) => s + c.points, 0),
      2,
    );
    expect(best.score).toBeGreaterThan(r.ranked[1]!.score + 20);
    expect(best.contributions.find((c) => c.criterion === 'structureGap')).toMatchObject({
      fit: 1,
      reason: { zh: '补上班子缺口：女性、35岁以下' },
    });
    expect(best.contributions.find((c) => c.criterion === 'education')?.reason.zh).toBe('大专，要求大专及以上');
    expect(best.contributions.find((c) => c.criterion === 'trialPost')?.reason.zh).toBe('在本村试岗锻炼过');
    expect(r.weightsFrom).toContain('示例权重');
  });

  it('uses the policy’s own weights when it sets them', () => {
    const local = extendPolicy(exampleShibuxuan, {
      id: 'skills-first',
      extends: exampleShibuxuan.id,
      name: { zh: '重专长', en: 'Skills first' },
      jurisdiction: '某县',
      references: [{ id: 'match-2021', kind: 'example', title: '某县后备人才选用办法（示例）' }],
      reserveMatching: {
        reference: 'match-2021',
        weights: {
          skills: 100,
          age: 0,
          education: 0,
          structureGap: 0,
          residence: 0,
          trialPost: 0,
          evaluation: 0,
          readiness: 0,
        },
      },
    });
    const r = matchReserves(
      { ...needs, skills: ['种养殖'] },
      [
        ...pool.slice(0, 2),
        reserve({ name: '养殖能手', sex: 'male', birthDate: '1970-01-01', education: '初中', skills: ['种养殖'] }),
      ],
      local,
      { asOf },
    );
    expect(r.ranked[0]!.name).toBe('养殖能手');
    expect(r.weightsFrom).toBe('某县（match-2021）');
  });

  it('ignores evaluations and trial posts dated after asOf, and tells villages apart by code', () => {
    const future = reserve({
      ...pool[1]!,
      evaluations: [{ date: '2030-01-01', rating: '优秀' }],
      trialPosts: [{ village: '坡头村', post: '委员', from: '2030-01-01' }],
    });
    const c = matchReserves(needs, [future], exampleShibuxuan, { asOf }).ranked[0]!.contributions;
    expect(c.find((x) => x.criterion === 'evaluation')?.reason.zh).toBe('没有评价记录');
    expect(c.find((x) => x.criterion === 'trialPost')?.reason.zh).toBe('没有试岗经历');
    const namesake = reserve({ ...pool[1]!, villageCode: '529901101001' });
    const elsewhere = matchReserves(
      { ...needs, village: { name: '坡头村', code: '529901999001' } },
      [namesake],
      exampleShibuxuan,
      { asOf },
    );
    expect(elsewhere.ranked[0]!.contributions.find((x) => x.criterion === 'residence')?.reason.zh).toBe('非本村人');
  });

  it('rejects a malformed profile, naming its index and field', () => {
    try {
      matchReserves(needs, [pool[0], { ...pool[1], source: '网红' }], exampleShibuxuan, { asOf });
      expect.unreachable();
    } catch (e) {
      expect((e as HuanjieError).problems[0]).toMatchObject({ code: 'WORD_NOT_IN_VOCABULARY', path: [1, 'source'] });
    }
  });

  it("ranks a reserve whose source is a word of the policy's vocabulary (seed 004: 专业合作组织负责人)", () => {
    const head = { ...pool[1], source: '专业合作组织负责人', channel: '党员群众推荐' };
    expect(() => matchReserves(needs, [head], exampleShibuxuan, { asOf })).toThrow(/专业合作组织负责人/);
    const r = matchReserves(needs, [head], exampleCountyHardCriteria, { asOf });
    expect(r.ranked.length + r.ineligible.length).toBe(1);
  });

  it('ranks the synthetic county’s pool for a village, eligible reserves only', () => {
    const county = generateCounty();
    const village = county.villages[0]!;
    const teamOf = county.terms.current.members.filter((m) => m.villageCode === village.code);
    const policy = definePolicy({ ...nationalBaselineSpec, id: 'baseline-copy' });
    const r = matchReserves(
      { village: { name: village.name, code: village.code }, team: teamOf, organization: '党组织', post: '委员' },
      county.reserves,
      policy,
      { asOf },
    );
    expect(r.ranked.length + r.ineligible.length).toBe(county.reserves.length);
    expect(r.ranked.length).toBeGreaterThan(100);
    expect(r.ineligible.length).toBeGreaterThan(100);
    // Party seats need full party members (选举工作条例 Art. 5): everyone ranked is one.
    for (const m of r.ranked) expect(county.reserves[m.index]!.politicalStatus).toBe('中共党员');
    for (let i = 1; i < r.ranked.length; i++) expect(r.ranked[i - 1]!.score).toBeGreaterThanOrEqual(r.ranked[i]!.score);
  });
});
