// Recommendation rounds: 两推一选 for a branch committee of 5 under the example county's rules (both recommendations
// above half of those taking part, ranked 60 : 40, sitting members' evaluation at least 2/3), and the villagers'
// nomination under 村民委员会组织法 Art. 15 (more candidates than seats) with no policy.
import {
  exampleCountyHardCriteria as county,
  nationalBaseline,
  type RecommendationInput,
  tallyRecommendation,
} from '@huanjie/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../../test/support/thrown.js';

// 48 of the branch's party members took part, each naming at most 5; 126 villagers' representatives and group
// heads; the three sitting members (张某甲, 李某乙, 陈某戊) evaluated by the same 126.
const branch: RecommendationInput = {
  date: '2021-08-20',
  body: '党组织',
  seats: 5,
  rounds: [
    { round: '党员推荐', ballots: { issued: 48, returned: 48, valid: 47, invalid: 1 } },
    { round: '群众推荐', ballots: { issued: 126, returned: 126, valid: 124, invalid: 2 } },
    { round: '民主测评', ballots: { issued: 126, returned: 126, valid: 126, invalid: 0 } },
  ],
  candidates: [
    { name: '张某甲', votes: { 党员推荐: 44, 群众推荐: 110, 民主测评: 118 } },
    { name: '李某乙', votes: { 党员推荐: 34, 群众推荐: 96, 民主测评: 80 } },
    { name: '王某丙', votes: { 党员推荐: 36, 群众推荐: 100 } },
    { name: '赵某丁', votes: { 党员推荐: 30, 群众推荐: 80 } },
    { name: '孙某壬', votes: { 党员推荐: 28, 群众推荐: 72 } },
    { name: '陈某戊', votes: { 党员推荐: 26, 群众推荐: 66, 民主测评: 100 } },
    { name: '刘某己', votes: { 党员推荐: 25, 群众推荐: 65 } },
    { name: '周某庚', votes: { 党员推荐: 6, 群众推荐: 20 } },
    { name: '吴某辛', votes: { 党员推荐: 2, 群众推荐: 5 } },
  ],
};

const nominationOf = (): RecommendationInput => ({
  body: '村民委员会',
  seats: 5,
  rounds: [{ round: '村民提名', ballots: { issued: 960, returned: 900, valid: 890, invalid: 10 } }],
  candidates: [],
});

describe('tallyRecommendation: 两推一选 (example county rules)', () => {
  const r = tallyRecommendation(branch, county);

  it('puts forward five seats and 20 % (条例 Art. 13), ranked by the weighted share of both recommendations', () => {
    expect(r.valid).toBe(true);
    expect(r.forwardCount).toBe(6);
    expect(r.margin).toEqual({ percent: 20, atLeast: 0, reference: expect.stringContaining('两推一选') });
    expect(r.forward).toEqual(['张某甲', '王某丙', '赵某丁', '孙某壬', '陈某戊', '刘某己']);
    // 张某甲: 60 × 44/48 + 40 × 110/126 = 89.92 %.
    expect(r.ranking.slice(0, 3).map((p) => [p.rank, p.name, p.score])).toEqual([
      [1, '张某甲', 89.92],
      [2, '王某丙', 76.75],
      [3, '李某乙', 72.98],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('states each threshold with the votes it takes, and keeps out who falls short, saying why', () => {
    expect(r.thresholds.map((t) => [t.round, t.participants, t.share?.zh, t.comparison, t.votesNeeded])).toEqual([
      ['党员推荐', 48, '半数', 'above', 25],
      ['群众推荐', 126, '半数', 'above', 64],
      ['民主测评', 126, '三分之二', 'atLeast', 84],
    ]);
    const li = r.ranking.find((p) => p.name === '李某乙');
    expect(li).toMatchObject({ qualified: false, forward: false });
    expect(li?.reason?.zh).toBe('民主测评得 80 票，少于参加人数 126 的三分之二（需 84 票）');
    // Not a sitting member, 王某丙 is not held to the evaluation.
    expect(r.ranking.find((p) => p.name === '王某丙')?.qualified).toBe(true);
    expect(r.ranking.find((p) => p.name === '吴某辛')?.reason?.zh).toBe(
      '党员推荐得 2 票，未超过参加人数 48 的半数（需 25 票）；群众推荐得 5 票，未超过参加人数 126 的半数（需 64 票）',
    );
    expect(r.parameters.map((p) => [p.id, p.value])).toEqual([
      ['partyCandidateMargin', 20],
      ['partyRecommendationShare', '1/2'],
      ['publicRecommendationShare', '1/2'],
      ['evaluationApprovalShare', '2/3'],
    ]);
  });

  it('warns when fewer met the requirements than are to go forward (W.301)', () => {
    const short = tallyRecommendation(
      { ...branch, candidates: branch.candidates.filter((c) => c.name !== '孙某壬') },
      county,
    );
    expect(short.forward).toHaveLength(5);
    expect(short.problems).toMatchObject([
      {
        code: 'W.301',
        severity: 'warning',
        message: '达到推荐要求的人数少于应产生的人选数：应产生 6 人（应选 5 人），达到要求的 5 人',
      },
    ]);
    expect(short.checks.find((c) => c.code === 'W.301')?.reference).toContain('两推一选');
  });

  it('refuses counts that do not add up, naming the round and field (F.003, F.302, F.005)', () => {
    const bad = tallyRecommendation(
      {
        ...branch,
        rounds: [
          { round: '党员推荐', ballots: { issued: 48, returned: 49, valid: 47, invalid: 1 } },
          branch.rounds[1]!,
          branch.rounds[2]!,
        ],
      },
      county,
    );
    expect(bad.valid).toBe(false);
    expect(bad.forward).toEqual([]);
    expect(bad.problems.map((p) => [p.code, p.path])).toEqual([
      ['F.003', ['rounds', 0, 'ballots', 'returned']],
      ['F.302', ['rounds', 0, 'ballots', 'returned']],
    ]);
    const tooMany = tallyRecommendation(
      {
        ...branch,
        candidates: branch.candidates.map((c) => ({ ...c, votes: { ...c.votes, 党员推荐: 30 } })),
      },
      county,
    );
    expect(tooMany.problems[0]).toMatchObject({
      code: 'F.005',
      message: expect.stringContaining('党员推荐：得票合计 270，多于有效票 47 × 应选 5 = 235'),
    });
  });

  it('holds the rounds to the rules: the required ones held, none unknown (F.301)', () => {
    const r2 = tallyRecommendation(
      {
        ...branch,
        rounds: [branch.rounds[0]!, { round: '村民提名', ballots: branch.rounds[1]!.ballots }],
        candidates: [{ name: '张某甲', votes: { 党员推荐: 44, 群众推荐: 110 } }],
      },
      county,
    );
    expect(r2.valid).toBe(false);
    expect(r2.problems.map((p) => [p.code, p.path, p.message])).toEqual([
      [
        'F.301',
        ['rounds', 1, 'round'],
        '推荐轮次应与规则相符：党组织的推荐规则没有“村民提名”（可用：党员推荐、群众推荐、民主测评）',
      ],
      ['F.301', ['rounds'], '推荐轮次应与规则相符：缺少“群众推荐”'],
      ['F.301', ['candidates', 0, 'votes', '群众推荐'], expect.stringContaining('有“群众推荐”得票，但没有这一轮')],
    ]);
  });

  it('names a blank or negative count (F.001) and a person listed twice (F.002)', () => {
    const r3 = tallyRecommendation(
      {
        ...branch,
        candidates: [
          { name: '张某甲', votes: { 党员推荐: -1 } },
          { name: '张某甲', votes: {} },
        ],
      },
      county,
    );
    expect(r3.problems.map((p) => [p.code, p.path])).toEqual([
      ['F.001', ['candidates', 0, 'votes', '党员推荐']],
      ['F.002', ['candidates', 1, 'name']],
    ]);
    const noVotes = { ...nominationOf(), candidates: [{ name: '张某甲', votes: null }] };
    expect(tallyRecommendation(noVotes as unknown as RecommendationInput).problems).toMatchObject([
      { code: 'F.001', path: ['candidates', 0, 'votes'], message: expect.stringContaining('第 1 位人选的得票为空白') },
    ]);
  });
});

describe("tallyRecommendation: villagers' nomination (村民委员会组织法 Art. 15)", () => {
  // 5 seats; 900 registered villagers returned nomination forms naming up to 5 people each.
  const nomination = (votes: number[]): RecommendationInput => ({
    body: '村民委员会',
    seats: 5,
    rounds: [{ round: '村民提名', ballots: { issued: 960, returned: 900, valid: 890, invalid: 10 } }],
    candidates: votes.map((v, i) => ({ name: `候选${'甲乙丙丁戊己庚辛'[i]}`, votes: { 村民提名: v } })),
  });

  it('without a policy, puts forward more than the seats (Art. 15: one more), by nominations received', () => {
    const r = tallyRecommendation(nomination([620, 580, 540, 500, 470, 400, 120]));
    expect(r.margin.reference).toBe('中华人民共和国村民委员会组织法（2018年修正）第十五条');
    expect(r.forwardCount).toBe(6);
    expect(r.forward).toEqual(['候选甲', '候选乙', '候选丙', '候选丁', '候选戊', '候选己']);
    expect(r.thresholds).toMatchObject([{ round: '村民提名', share: null, votesNeeded: null }]);
    expect(r.ranking.at(-1)?.reason?.zh).toBe('达到要求，但名额已满（应产生 6 人）');
    // The national baseline holds the same rules.
    expect(tallyRecommendation(nomination([620, 580, 540, 500, 470, 400, 120]), nationalBaseline).forward).toEqual(
      r.forward,
    );
  });

  it('asks for another round among those tied for the last place (W.302)', () => {
    const r = tallyRecommendation(nomination([620, 580, 540, 500, 470, 400, 400]));
    expect(r.forward).toHaveLength(5);
    expect(r.revoteAmong).toEqual(['候选己', '候选庚']);
    expect(r.problems).toMatchObject([
      { code: 'W.302', message: expect.stringContaining('候选己、候选庚 综合得票相等') },
    ]);
  });

  it('gives the party committee 条例 Art. 13’s margin without a policy: 3 seats → 4, 7 seats → 9', () => {
    const party = (seats: number) =>
      tallyRecommendation({
        body: '党组织',
        seats,
        rounds: [{ round: '党员推荐', ballots: { issued: 30, returned: 30, valid: 30, invalid: 0 } }],
        candidates: [{ name: '张某甲', votes: { 党员推荐: 20 } }],
      });
    expect(party(3).forwardCount).toBe(4);
    expect(party(7).forwardCount).toBe(9);
    expect(party(3).margin.reference).toBe('中国共产党基层组织选举工作条例（2020年）第十三条');
  });

  it('throws a coded problem for a committee the rules do not cover', () => {
    const e = thrown(() => tallyRecommendation({ ...nomination([1]), body: '居民委员会' }));
    expect(e.problems).toMatchObject([{ code: 'POLICY_NO_RECOMMENDATION', path: ['body'] }]);
    expect(e.message).toBe('政策“法定规则”没有居民委员会的推荐（提名）规则');
  });
});

describe('tallyRecommendation on any counts (property)', () => {
  it('never throws, never shows NaN or undefined, never puts forward more than it should', () => {
    const count = fc.oneof(fc.nat(300), fc.constant(-1), fc.constant(Number.NaN), fc.constant(1.5), fc.constant(null));
    const round = fc.constantFrom('党员推荐', '群众推荐', '民主测评', '村民提名', '投票');
    const ballots = fc.oneof(
      fc.record({ issued: count, returned: count, valid: count, invalid: count }),
      fc.constant(null),
    );
    const person = fc.oneof(
      fc.record({
        name: fc.constantFrom('甲', '乙', '丙', '丁', '戊', ''),
        votes: fc.oneof(fc.dictionary(round, count, { maxKeys: 3 }), fc.constant(null), fc.constant(7)),
      }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('党组织', '村民委员会'),
        fc.oneof(fc.nat(7), count),
        fc.array(fc.record({ round, ballots }), { maxLength: 4 }),
        fc.array(person, { maxLength: 7 }),
        (body, seats, rounds, candidates) => {
          const input = { body, seats, rounds, candidates } as unknown as RecommendationInput;
          const r = tallyRecommendation(input, county);
          expect(r.forward.length).toBeLessThanOrEqual(r.forwardCount);
          for (const p of r.ranking) expect(Number.isFinite(p.score)).toBe(true);
          for (const p of r.problems) expect(p.message).not.toMatch(/undefined/);
          if (!r.valid) expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: Math.min(fc.readConfigureGlobal().numRuns ?? 2000, 2000) },
    );
  });
});
