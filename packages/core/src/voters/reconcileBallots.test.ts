import { nationalBaseline, reconcileBallots, tallyVillagersCommitteeElection } from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { check, dongcun, POSTED } from '../../../../test/support/voters.js';

describe('reconcileBallots: the tally counts on the checked list', () => {
  const register = check(dongcun.voters, { rowNumbers: dongcun.rowNumbers, publishedOn: POSTED });

  it('gives the villagers’ committee tally the registered voters of the checked list and the ballots by channel', () => {
    // 11 rows, 6 voters: 4 who voted are more than half of the 6 registered, not of the 11 listed (Art. 15).
    const counted = reconcileBallots(register, {
      channels: {
        venue: { issued: 3, returned: 3 },
        mobile: { issued: 1, returned: 1 },
        proxy: { issued: 0, returned: 0 },
      },
      valid: 4,
      invalid: 0,
    });
    expect(counted.problems).toEqual([]);
    expect(counted.registeredVoters).toBe(6);
    expect(counted.ballots).toEqual({ issued: 4, returned: 4, valid: 4, invalid: 0 });
    const candidates = [
      { name: '张建国', votes: 4, sex: 'male' as const },
      { name: '李秀英', votes: 3, sex: 'female' as const },
    ];
    const tally = tallyVillagersCommitteeElection({ seats: 2, candidates, ...counted }, nationalBaseline);
    expect(tally.valid).toBe(true);
    expect(tally.elected.map((c) => c.name)).toEqual(['张建国', '李秀英']);
    const raw = tallyVillagersCommitteeElection({ ...counted, registeredVoters: 11, seats: 2, candidates });
    expect(raw.valid).toBe(false);
  });

  it('finds channels that do not add up, proxy ballots beyond the proxies held, and more votes than voters', () => {
    const counted = reconcileBallots(register, {
      channels: {
        venue: { issued: 5, returned: 5 },
        mobile: { issued: 1, returned: 2 },
        proxy: { issued: 1, returned: 1 },
      },
      valid: 7,
      invalid: 0,
    });
    expect(counted.problems.map((p) => p.message)).toEqual([
      '流动票箱收回 2 张，多于发出的 1 张',
      '有效票 7 张与无效票 0 张合计 7 张，与各渠道收回的 8 张不符',
      '委托投票发出 1 张，多于经核对的委托 0 人',
      '收回选票 8 张，多于登记参加选举的村民 6 人',
    ]);
  });
});
