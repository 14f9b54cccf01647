// The voter list on the campaign record (村民委员会组织法 Art. 13–14): the counts and the file posted, sealed and verified.
import { sealEvent, verifyJournal, voterListRecord } from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { check, dongcun, ELECTION, fixture, POSTED } from '../../../../test/support/voters.js';

const clerk = { name: '王某', role: '村民选举委员会', level: '村' } as const;
const DONGCUN = '430124101201';

describe('voterList and voterObjection events', () => {
  const file = fixture('voters-dongcun.csv');
  const data = voterListRecord(check(dongcun.voters, { rowNumbers: dongcun.rowNumbers, publishedOn: POSTED }), {
    electionDate: ELECTION,
    publishedOn: POSTED,
    file,
  });

  it('record the posted list’s counts by category and the file they came from', () => {
    expect(data).toEqual({
      publishedOn: POSTED,
      electionDate: ELECTION,
      registered: 6,
      byCategory: { resident: 4, away: 1, newcomer: 1 },
      excluded: 5,
      proxies: 0,
      fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // The GB18030 copy of the same list is another file: another hash, the same counts.
    const gbk = voterListRecord(check(dongcun.voters), {
      electionDate: ELECTION,
      publishedOn: POSTED,
      file: fixture('voters-dongcun-gbk.csv'),
    });
    expect(gbk.fileSha256).not.toBe(data.fileSha256);
  });

  it('verify on the journal, and a count changed afterwards is caught', () => {
    const posted = sealEvent({ at: '2021-10-06T09:00:00+08:00', unit: DONGCUN, actor: clerk, kind: 'voterList', data });
    const objection = sealEvent({
      at: '2021-10-10T16:00:00+08:00',
      unit: DONGCUN,
      actor: clerk,
      kind: 'voterObjection',
      data: {
        filedOn: '2021-10-08',
        decidedOn: '2021-10-10',
        decision: '更正',
        summary: '赵某申请列入，已核实外出务工并表示参加选举',
      },
    });
    expect(verifyJournal([posted, objection]).problems).toEqual([]);
    const edited = { ...posted, data: { ...posted.data, registered: 9 } };
    expect(verifyJournal([edited]).problems.map((p) => p.code)).toEqual(['JOURNAL_EVENT_TAMPERED']);
    const unknown = { ...objection, data: { ...objection.data, decision: '不予受理' } };
    expect(verifyJournal([sealEvent(unknown as never)]).problems.map((p) => p.code)).toEqual(['FIELD_VALUE']);
  });
});
