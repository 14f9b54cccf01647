import {
  extendPolicy,
  nationalBaseline,
  type PartyOfficerElectionInput,
  TALLY_CHECKS,
  type TallyResult,
  tallyPartyElection,
  tallyPartyOfficerElection,
} from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../../test/support/thrown.js';

// A branch committee of 7 just elected by the party members' assembly; its first plenary elects the secretary, one
// candidate for one post (等额), all 7 present.
const COMMITTEE = ['张某甲', '李某乙', '王某丙', '赵某丁', '陈某戊', '刘某己', '孙某庚'];
const secretary: PartyOfficerElectionInput = {
  date: '2021-10-10',
  post: '书记',
  seats: 1,
  committee: COMMITTEE,
  present: 7,
  ballots: { issued: 7, returned: 7, valid: 7, invalid: 0 },
  candidates: [{ name: '张某甲', votes: 7 }],
};
/** The secretary's vote with `present` members there, `votes` yes votes, `excused` excused. */
const vote = (present: number, votes: number, excused?: number): PartyOfficerElectionInput => ({
  ...secretary,
  ...(excused === undefined ? {} : { excused }),
  present,
  ballots: { issued: present, returned: present, valid: present, invalid: 0 },
  candidates: [{ name: '张某甲', votes }],
});
const failed = (r: TallyResult) => r.checks.filter((c) => c.status === 'failed').map((c) => c.code);

describe('tallyPartyOfficerElection (基层组织选举工作条例 2020: the plenary elects the secretary and deputies)', () => {
  it('条例 2020 (等额): one candidate for the one secretary post is elected — the party tally refuses it', () => {
    const r = tallyPartyOfficerElection(secretary, nationalBaseline);
    expect(r).toMatchObject({ valid: true, elected: [{ name: '张某甲', votes: 7 }], succeededAtFirstVote: true });
    expect(r.problems).toEqual([]);
    expect(r.checks.map((c) => c.code)).not.toContain('F.101');
    // The committee's own tally applies the 20 % margin (Art. 13), so it cannot stand in.
    const asCommittee = tallyPartyElection({ ...secretary, entitled: 7 }, nationalBaseline);
    expect(failed(asCommittee)).toEqual(['F.101']);
  });

  it('条例 2020 (委员会全体会议): a candidate who is not a committee member is an error naming the row', () => {
    const outsider = { ...secretary, candidates: [{ name: '周某辛', votes: 6 }] };
    const r = tallyPartyOfficerElection(outsider);
    expect(r.valid).toBe(false);
    expect(failed(r)).toEqual(['F.105']);
    expect(r.problems[0]).toMatchObject({
      code: 'F.105',
      path: ['candidates', 0, 'name'],
      message: '书记、副书记候选人应为本届委员会委员：“周某辛”不在本届委员会 7 名委员之中',
    });
    const blank = tallyPartyOfficerElection({ ...secretary, committee: [] });
    expect(blank.problems[0]).toMatchObject({ code: 'F.001', path: ['committee'] });
  });

  it('条例 2020 (quorum above 4/5 of 应到会): 6 of 7 members present may elect, 5 of 7 may not', () => {
    expect(tallyPartyOfficerElection(vote(6, 6)).valid).toBe(true);
    const five = tallyPartyOfficerElection(vote(5, 5));
    expect(failed(five)).toEqual(['F.102']);
    expect(five.problems[0]!.message).toBe(
      '到会有选举权的人数应超过应到会人数的五分之四：应到会 7 人，实到 5 人，未超过五分之四（须多于 5.6 人）',
    );
    expect(five.checks.find((c) => c.code === 'F.102')?.explanation.zh).toContain('有选举权的委员人数');
    // One excused with approval: 6 due, 5 present is above 4/5 (4.8).
    expect(tallyPartyOfficerElection(vote(5, 5, 1)).valid).toBe(true);
  });

  it('条例 2020 (yes votes above half of 应到会): 4 of 7 elects, 3 of 7 leaves the post open', () => {
    expect(tallyPartyOfficerElection(vote(7, 4)).elected).toHaveLength(1);
    const three = tallyPartyOfficerElection(vote(7, 3));
    expect(three).toMatchObject({ valid: true, elected: [], seatsOpen: 1, additionalVoteNeeded: true });
    expect(failed(three)).toEqual(['W.103']);
    expect(three.problems.map((p) => p.message)).toEqual(['书记职位空缺，须另行选举：应选 1 人，当选 0 人']);
    expect(three.notElected[0]!.reason.zh).toBe('赞成票 3 票，未超过应到会委员 7 人的一半');
    // Half of those due, not of those present: 4 of 6 present with 7 due is above half (3.5).
    expect(tallyPartyOfficerElection(vote(6, 4)).elected).toHaveLength(1);
  });

  it('条例 2020: two deputies from three candidates (差额 allowed too), a tie at the last post votes again', () => {
    const deputies: PartyOfficerElectionInput = {
      ...secretary,
      post: '副书记',
      seats: 2,
      candidates: [
        { name: '李某乙', votes: 6 },
        { name: '王某丙', votes: 4 },
        { name: '赵某丁', votes: 4 },
      ],
    };
    const r = tallyPartyOfficerElection(deputies);
    expect(r).toMatchObject({ elected: [{ name: '李某乙' }], revoteAmong: ['王某丙', '赵某丁'], seatsOpen: 1 });
    expect(failed(r)).toEqual(['W.102']);
    // A ballot names at most the posts: 15 yes votes on 7 ballots for 2 posts cannot be.
    const over = { ...deputies, candidates: deputies.candidates.map((c) => ({ ...c, votes: 5 })) };
    expect(failed(tallyPartyOfficerElection(over))).toEqual(['F.005']);
    const open = tallyPartyOfficerElection({ ...deputies, candidates: [{ name: '李某乙', votes: 6 }] });
    expect(open.problems.map((p) => p.message)).toEqual(['副书记职位空缺，须另行选举：应选 2 人，当选 1 人']);
  });

  it("条例 2020: a county's quorum and majority shares apply to the plenary as to the assembly", () => {
    const county = extendPolicy(nationalBaseline, {
      id: 'county-two-thirds',
      extends: 'cn-national',
      name: { zh: '某县', en: 'A county' },
      jurisdiction: '某县',
      effective: { from: '2021-01-01' },
      parameters: { partyMajorityShare: { values: { '2021-01-01': '2/3' } } },
    });
    expect(tallyPartyOfficerElection(vote(7, 4)).elected).toHaveLength(1);
    expect(failed(tallyPartyOfficerElection(vote(7, 4), county))).toEqual(['W.103']);
    expect(tallyPartyOfficerElection(vote(7, 5), county).elected).toHaveLength(1);
  });

  it('cites the 条例 by content, and refuses a bad date as a coded error', () => {
    expect(TALLY_CHECKS['F.105'].reference).toContain('中国共产党基层组织选举工作条例（2020年）');
    expect(TALLY_CHECKS['W.103'].reference).toContain('赞成票超过应到会有选举权人数的一半');
    expect(thrown(() => tallyPartyOfficerElection({ ...secretary, date: '2021-13-01' })).problems[0]!.code).toBe(
      'TALLY_DATE',
    );
  });
});
