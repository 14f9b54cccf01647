import { readFileSync } from 'node:fs';
import {
  extendPolicy,
  nationalBaseline,
  type PartyElectionInput,
  type PartyOfficerElectionInput,
  TALLY_CHECKS,
  type TallyResult,
  tallyPartyElection,
  tallyPartyOfficerElection,
  tallyVillagersCommitteeElection,
  type VillagersCommitteeElectionInput,
} from '@huanjie/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { villageElection } from '../../../../../test/fixtures/elections.js';
import { thrown } from '../../../../../test/support/thrown.js';

// A branch committee of 5 seats: 52 members entitled, 2 excused (50 due), 48 present; 6 candidates (5 × 1.2).
const party: PartyElectionInput = {
  date: '2021-10-10',
  seats: 5,
  entitled: 52,
  excused: 2,
  present: 48,
  ballots: { issued: 48, returned: 48, valid: 47, invalid: 1 },
  candidates: [
    { name: '张某甲', votes: 46 },
    { name: '李某乙', votes: 44 },
    { name: '王某丙', votes: 40 },
    { name: '赵某丁', votes: 38 },
    { name: '陈某戊', votes: 30 },
    { name: '刘某己', votes: 20 },
  ],
};
const village: VillagersCommitteeElectionInput = villageElection;

/** The party election with `present` members there, each casting a valid ballot. */
const presentOf = (present: number): PartyElectionInput => ({
  ...party,
  present,
  ballots: { issued: present, returned: present, valid: present, invalid: 0 },
  candidates: party.candidates.map((c) => ({ ...c, votes: Math.min(c.votes, present - 5) })),
});
const failed = (r: TallyResult) => r.checks.filter((c) => c.status === 'failed').map((c) => c.code);
const withCandidates = <T extends { candidates: readonly object[] }>(input: T, votes: number[]) => ({
  ...input,
  candidates: votes.map((v, i) => ({ ...input.candidates[i], votes: v })),
});

/** Each case breaks one thing and must fail exactly the named check. */
const partyCases: [string, unknown, string][] = [
  ['a negative count', { ...party, present: -1 }, 'F.001'],
  ['a fractional vote count', withCandidates(party, [46.5, 44, 40, 38, 30, 20]), 'F.001'],
  ['a candidate listed twice', { ...party, candidates: [...party.candidates, { name: '张某甲', votes: 1 }] }, 'F.002'],
  ['no seat', { ...party, seats: 0 }, 'F.006'],
  ['valid + invalid ≠ returned', { ...party, ballots: { ...party.ballots, invalid: 3 } }, 'F.003'],
  ['a candidate above the valid ballots', withCandidates(party, [48, 44, 40, 38, 30, 20]), 'F.004'],
  ['ballots naming more than five people', withCandidates(party, [47, 47, 47, 47, 47, 10]), 'F.005'],
  ['five candidates for five seats (Art. 13)', { ...party, candidates: party.candidates.slice(0, 5) }, 'F.101'],
  ['more present than due', { ...party, present: 51, ballots: { ...party.ballots, issued: 48 } }, 'F.104'],
  ['40 present of 50 due: not above 4/5', presentOf(40), 'F.102'],
  [
    'more ballots returned than issued',
    { ...party, ballots: { issued: 47, returned: 48, valid: 47, invalid: 1 } },
    'F.103',
  ],
  ['a tie for the last seat', withCandidates(party, [46, 44, 40, 38, 30, 30]), 'W.102'],
  ['only four above half of 50 due', withCandidates(party, [46, 44, 40, 38, 25, 20]), 'W.101'],
];
const villageCases: [string, unknown, string][] = [
  ['a missing count', { ...village, registeredVoters: undefined }, 'F.001'],
  ['a blank candidate name', { ...village, candidates: [{ name: ' ', votes: 1 }, ...village.candidates] }, 'F.001'],
  [
    'a candidate listed twice',
    { ...village, candidates: [...village.candidates, { name: '李某乙', votes: 1 }] },
    'F.002',
  ],
  ['ballots that do not add up', { ...village, ballots: { ...village.ballots, valid: 969 } }, 'F.003'],
  ['votes above the valid ballots', withCandidates(village, [971, 850, 700, 600, 520, 300]), 'F.004'],
  ['more marks than valid × seats', withCandidates(village, [970, 970, 970, 970, 970, 100]), 'F.005'],
  ['more ballots issued than voters', { ...village, registeredVoters: 990 }, 'F.202'],
  [
    '600 of 1,200 voted: not more than half (Art. 15)',
    {
      ...village,
      ballots: { issued: 600, returned: 600, valid: 600, invalid: 0 },
      candidates: village.candidates.map((c) => ({ ...c, votes: Math.min(c.votes, 400) })),
    },
    'F.201',
  ],
  ['a tie for the last seat', withCandidates(village, [900, 850, 700, 600, 520, 520]), 'W.203'],
  ['only three above half of 986 (Art. 15)', withCandidates(village, [900, 850, 700, 490, 480, 300]), 'W.201'],
  [
    'two seats: a committee has three to seven (Art. 6)',
    withCandidates({ ...village, seats: 2 }, [900, 600, 200, 100, 50, 30]),
    'W.204',
  ],
  [
    'five with votes for five seats: not contested (Art. 15)',
    withCandidates(village, [900, 850, 700, 600, 520]),
    'W.205',
  ],
  [
    'no woman elected (Art. 6)',
    { ...village, candidates: village.candidates.map((c) => (c.name === '李某乙' ? { ...c, sex: 'male' } : c)) },
    'W.202',
  ],
];

// The committee's plenary electing its secretary: 5 members, all present, one candidate (tallyPartyOfficer.test.ts).
const officer: PartyOfficerElectionInput = {
  date: '2021-10-10',
  seats: 1,
  committee: ['张某甲', '李某乙', '王某丙', '赵某丁', '陈某戊'],
  present: 5,
  ballots: { issued: 5, returned: 5, valid: 5, invalid: 0 },
  candidates: [{ name: '张某甲', votes: 5 }],
};
const officerCases: [string, unknown, string][] = [
  ['a candidate not on the committee', { ...officer, candidates: [{ name: '周某辛', votes: 5 }] }, 'F.105'],
  ['two yes votes of five due', { ...officer, candidates: [{ name: '张某甲', votes: 2 }] }, 'W.103'],
];

describe('tallyPartyElection (中国共产党基层组织选举工作条例 2020: Art. 13 margin, 4/5 quorum, majority of 应到会)', () => {
  it('elects the five with yes votes above half of the 50 due to attend, and every check passes', () => {
    const r = tallyPartyElection(party, nationalBaseline);
    expect(r.valid).toBe(true);
    expect(r.elected.map((c) => c.name)).toEqual(['张某甲', '李某乙', '王某丙', '赵某丁', '陈某戊']);
    expect(r.notElected).toEqual([
      { name: '刘某己', votes: 20, reason: expect.objectContaining({ zh: expect.stringContaining('一半') }) },
    ]);
    expect(r.succeededAtFirstVote).toBe(true);
    expect(r.checks.every((c) => c.status === 'passed')).toBe(true);
    expect(r.problems).toEqual([]);
  });

  it.each(partyCases)('fails one numbered check for %s', (_, input, code) => {
    const r = tallyPartyElection(input as PartyElectionInput, nationalBaseline);
    expect(failed(r)).toEqual([code]);
    expect(r.problems[0]).toMatchObject({ code, severity: code.startsWith('F') ? 'error' : 'warning' });
    if (code.startsWith('F')) expect(r).toMatchObject({ valid: false, elected: [], succeededAtFirstVote: false });
  });

  it('counts 26 yes votes of 50 due as above half, 25 not (Art. 13 margin: 6 candidates for 5 seats)', () => {
    const r = tallyPartyElection(withCandidates(party, [46, 44, 40, 26, 25, 20]), nationalBaseline);
    expect(r.elected.map((c) => c.votes)).toEqual([46, 44, 40, 26]);
    expect(r).toMatchObject({ seatsOpen: 1, additionalVoteNeeded: true, succeededAtFirstVote: false });
    // 41 of 50 present is above 4/5; 40 is not.
    expect(tallyPartyElection(presentOf(41), nationalBaseline).valid).toBe(true);
    expect(failed(tallyPartyElection(presentOf(40), nationalBaseline))).toEqual(['F.102']);
  });

  it('leaves tied candidates to a second vote, electing those above them', () => {
    const r = tallyPartyElection(withCandidates(party, [46, 44, 40, 38, 30, 30]), nationalBaseline);
    expect(r.elected).toHaveLength(4);
    expect(r).toMatchObject({ seatsOpen: 1, revoteAmong: ['陈某戊', '刘某己'], additionalVoteNeeded: false });
  });

  it('reports a second vote (另行选举) that fills the seats as no first-vote success', () => {
    const r = tallyPartyElection({ ...party, round: 'additional' }, nationalBaseline);
    expect(r).toMatchObject({ valid: true, seatsOpen: 0, succeededAtFirstVote: false });
  });

  it('uses the national baseline margin when no policy is given, and needs a date, as a coded error', () => {
    expect(tallyPartyElection(party).checks.find((c) => c.code === 'F.101')?.status).toBe('passed');
    expect(failed(tallyPartyElection({ ...party, candidates: party.candidates.slice(0, 5) }))).toEqual(['F.101']);
    expect(thrown(() => tallyPartyElection({ ...party, date: '10/10/2021' }, nationalBaseline)).problems[0]!.code).toBe(
      'TALLY_DATE',
    );
  });
});

describe('tallyPartyOfficerElection (条例 2020: the committee plenary elects its secretary and deputies)', () => {
  it.each(officerCases)('fails one numbered check for %s', (_, input, code) => {
    const r = tallyPartyOfficerElection(input as PartyOfficerElectionInput);
    expect(failed(r)).toEqual([code]);
    expect(r.problems[0]!.code).toBe(code);
  });
});

describe('tallyVillagersCommitteeElection (村民委员会组织法 Art. 15 双过半, 另行选举 ≥ 1/3; Art. 6 a woman)', () => {
  it('elects the five with more than half of the 986 votes cast, a woman among them', () => {
    const r = tallyVillagersCommitteeElection(village);
    expect(r.elected.map((c) => c.name)).toEqual(['张某甲', '李某乙', '王某丙', '赵某丁', '陈某戊']);
    expect(r.succeededAtFirstVote).toBe(true);
    expect(r.checks.every((c) => c.status === 'passed')).toBe(true);
  });

  it.each(villageCases)('fails one numbered check for %s', (_, input, code) => {
    const r = tallyVillagersCommitteeElection(input as VillagersCommitteeElectionInput);
    expect(failed(r)).toEqual([code]);
    expect(r.problems[0]!.code).toBe(code);
  });

  it('warns of a committee of fewer than three or more than seven seats, not at three or seven (Art. 6)', () => {
    const seats = (n: number) => {
      const candidates = Array.from({ length: n + 1 }, (_, i) => ({
        name: `候选人${i + 1}`,
        votes: i < n ? 600 - i : 10,
        sex: i === 0 ? ('female' as const) : ('male' as const),
      }));
      const r = tallyVillagersCommitteeElection({ ...village, seats: n, candidates });
      return r.checks.find((c) => c.code === 'W.204')?.status;
    };
    expect([2, 3, 7, 8, 9].map(seats)).toEqual(['failed', 'passed', 'passed', 'failed', 'failed']);
    expect(TALLY_CHECKS['W.204'].reference).toContain('村民委员会组织法（2018年修正）第六条');
  });

  it("居民委员会组织法 Art. 7: a residents' committee of 5–9 seats, not 3–7, from the baseline's parameters", () => {
    const seats = (n: number, body?: '居民委员会' | '村民委员会') => {
      const candidates = Array.from({ length: n + 1 }, (_, i) => ({
        name: `候选人${i + 1}`,
        votes: i < n ? 600 - i : 10,
      }));
      const r = tallyVillagersCommitteeElection({ ...village, seats: n, candidates, ...(body ? { body } : {}) });
      return r.checks.find((c) => c.code === 'W.204')?.status;
    };
    expect([3, 4, 5, 9, 10].map((n) => seats(n, '居民委员会'))).toEqual([
      'failed',
      'failed',
      'passed',
      'passed',
      'failed',
    ]);
    // The default is still the villagers' committee: 3 and 7 pass, 8 and 9 do not.
    expect([3, 7, 8, 9].map((n) => seats(n))).toEqual(['passed', 'passed', 'failed', 'failed']);
    const four = tallyVillagersCommitteeElection(
      { ...withCandidates({ ...village, seats: 4 }, [900, 850, 700, 600, 520, 300]), body: '居民委员会' },
      nationalBaseline,
    );
    expect(four.problems.map((p) => p.message)).toEqual(['居民委员会由五至九人组成：应选 4 人，不在五至九人之间']);
    expect(four.checks.find((c) => c.code === 'W.204')).toMatchObject({
      title: { en: "A residents' committee has five to nine members" },
      reference: '中华人民共和国城市居民委员会组织法（2018年修正）第七条',
    });
  });

  it("居民委员会组织法 Art. 7: a county overlay's bounds apply; the woman and 差额 rules of the villagers' law do not", () => {
    const county = extendPolicy(nationalBaseline, {
      id: 'test-county',
      extends: 'cn-national',
      name: { zh: '某县', en: 'A county' },
      jurisdiction: '某县',
      effective: { from: '2021-01-01' },
      parameters: { residentsCommitteeMax: { values: { '2021-01-01': 11 } } },
    });
    // Five men for five seats: no W.202 (Art. 6) nor W.205 (Art. 15) for a 社区; 11 seats pass under the overlay.
    const five = {
      ...withCandidates({ ...village, seats: 5 }, [900, 850, 700, 600, 520]),
      candidates: village.candidates.slice(0, 5).map((c) => ({ ...c, sex: 'male' as const })),
      body: '居民委员会' as const,
    };
    const r = tallyVillagersCommitteeElection(five);
    expect(r.checks.map((c) => c.code)).not.toContain('W.202');
    expect(r.checks.map((c) => c.code)).not.toContain('W.205');
    expect(r.problems).toEqual([]);
    expect(r.elected).toHaveLength(5);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `候选人${i + 1}`, votes: 600 }));
    const big = { ...village, date: '2021-06-01', seats: 11, candidates: eleven, body: '居民委员会' as const };
    expect(failed(tallyVillagersCommitteeElection(big))).toEqual(['W.204']);
    expect(failed(tallyVillagersCommitteeElection(big, county))).toEqual([]);
  });

  it('warns when no more people had votes than seats, in the first round only (Art. 15 差额)', () => {
    const three = withCandidates({ ...village, seats: 3 }, [900, 850, 700]);
    const r = tallyVillagersCommitteeElection(three);
    expect(r.elected).toHaveLength(3);
    expect(r.problems.map((p) => [p.code, p.message])).toEqual([
      ['W.205', '候选人名额应当多于应选名额（差额选举）：得票的 3 人不多于应选 3 人'],
    ]);
    expect(TALLY_CHECKS['W.205'].reference).toContain('第十五条');
    // 另行选举 fills one open seat from those not elected: neither Art. 6 nor the margin is asked of it.
    const additional = tallyVillagersCommitteeElection({
      ...three,
      seats: 1,
      round: 'additional',
      candidates: [{ name: '王某丙', votes: 600 }],
      womanAlreadyElected: true,
    });
    expect(failed(additional)).toEqual([]);
  });

  it('in 另行选举 elects the highest with at least 1/3 of the votes cast (Art. 15)', () => {
    const additional = {
      ...village,
      seats: 2,
      round: 'additional' as const,
      womanAlreadyElected: true,
      ballots: { issued: 900, returned: 900, valid: 900, invalid: 0 },
      candidates: [
        { name: '赵某丁', votes: 420 },
        { name: '陈某戊', votes: 300 },
        { name: '刘某己', votes: 299 },
      ],
    };
    const r = tallyVillagersCommitteeElection(additional);
    expect(r.elected.map((c) => c.name)).toEqual(['赵某丁', '陈某戊']); // 300 = 900 / 3 is enough
    expect(r.succeededAtFirstVote).toBe(false);
    const short = tallyVillagersCommitteeElection({
      ...additional,
      candidates: [
        { name: '赵某丁', votes: 420 },
        { name: '陈某戊', votes: 299 },
      ],
    });
    expect(short.notElected[0]!.reason.zh).toContain('三分之一');
    expect(failed(short)).toEqual(['W.201']);
  });

  it('is not fooled by 600 of 1,200 voting: not more than half, the vote does not stand', () => {
    const r = tallyVillagersCommitteeElection(villageCases[7]![1] as VillagersCommitteeElectionInput);
    expect(r).toMatchObject({ valid: false, elected: [], seatsOpen: 5 });
  });
});

describe('the check catalogue', () => {
  it('has every code triggered by a case above, and a statutory check cites its article', () => {
    const triggered = new Set([...partyCases, ...villageCases, ...officerCases].map(([, , code]) => code));
    expect(Object.keys(TALLY_CHECKS).filter((code) => !triggered.has(code))).toEqual([]);
    expect(TALLY_CHECKS['F.101'].reference).toContain('第十三条');
    expect(TALLY_CHECKS['F.201'].reference).toContain('第十五条');
    expect(TALLY_CHECKS['W.202'].reference).toContain('第六条');
  });

  it('is listed in the README, code by code', () => {
    const readme = readFileSync(new URL('../../../../../README.md', import.meta.url), 'utf8');
    for (const c of Object.values(TALLY_CHECKS)) expect(readme).toContain(`| \`${c.code}\` |`);
  });

  it('never returns NaN or more elected than seats, and never throws, whatever the counts (property)', () => {
    const count = fc.oneof(fc.nat(2000), fc.constant(-1), fc.constant(Number.NaN), fc.constant(1.5));
    const candidates = fc.array(
      fc.record({
        name: fc.constantFrom('甲', '乙', '丙', '丁', '戊', '己', ''),
        votes: count,
        sex: fc.constantFrom('male', 'female'),
      }),
      { maxLength: 8 },
    );
    const ballots = fc.record({ issued: count, returned: count, valid: count, invalid: count });
    fc.assert(
      fc.property(fc.nat(7), count, count, count, ballots, candidates, (seats, a, b, c, bs, cs) => {
        const results = [
          tallyPartyElection(
            { date: '2021-10-10', seats, entitled: a, excused: b, present: c, ballots: bs, candidates: cs },
            nationalBaseline,
          ),
          tallyVillagersCommitteeElection({ seats, registeredVoters: a, ballots: bs, candidates: cs }),
          tallyPartyOfficerElection({
            date: '2021-10-10',
            seats,
            committee: ['甲', '乙', '丙', '丁', '戊'].slice(0, a % 6),
            excused: b,
            present: c,
            ballots: bs,
            candidates: cs,
          }),
        ];
        for (const r of results) {
          expect(r.elected.length).toBeLessThanOrEqual(seats);
          expect(Number.isInteger(r.seatsOpen)).toBe(true);
          for (const c of [...r.elected, ...r.notElected]) expect(Number.isInteger(c.votes)).toBe(true);
          for (const p of r.problems) expect(p.message).not.toMatch(/undefined/);
          if (!r.valid) expect(r.problems.some((p) => p.severity === 'error' && /^F\.\d{3}$/.test(p.code))).toBe(true);
        }
      }),
    );
  });
});
