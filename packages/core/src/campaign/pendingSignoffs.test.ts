// What waits for a signature: seed 001's 人选动议 (党委研究、书记审核签字), a township's 换届方案 at the county, a
// village's 选举办法 returned for revision and submitted again, a secretary's 县级备案.
import { describe, expect, it } from 'vitest';
import type { EventDraft } from './event.js';
import { sealEvent } from './eventId.js';
import { pendingSignoffs } from './pendingSignoffs.js';

const POTOU = '529901101001';
const DAZHAI = '529901101002';
const TOWNSHIP = '529901101';
const at = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;
const villageSecretary = { name: '赵某', role: '村党组织书记', level: '村' } as const;
const townshipClerk = { name: '王某', role: '组织委员', level: '乡镇' } as const;
const countyClerk = { name: '孙某', role: '组织部干部', level: '县' } as const;
const PARTY_COMMITTEE = { level: '乡镇', body: '坡头镇党委' } as const;
const PARTY_SECRETARY = { level: '乡镇', body: '坡头镇党委书记' } as const;
const ORGANIZATION_DEPARTMENT = { level: '县', body: '县委组织部' } as const;

const record = (draft: EventDraft) => sealEvent(draft);
const signoff = (
  subject: string,
  date: string,
  to: { level: '村' | '乡镇' | '县'; body: string },
  decision: '同意' | '不同意' | '退回修改',
  person: string,
  comment?: string,
) =>
  record({
    at: at(date, '16:00'),
    unit: TOWNSHIP,
    actor: to.level === '县' ? countyClerk : townshipClerk,
    kind: 'signoff',
    data: { ...to, person, decision, subject, ...(comment ? { comment } : {}) },
  });

// 人选动议: the township party committee studies it, then its secretary signs (seed 001).
const motion = record({
  at: at('2021-08-30'),
  unit: POTOU,
  actor: villageSecretary,
  kind: 'submission',
  data: { matter: '人选动议', title: '坡头社区党组织委员人选动议', to: [PARTY_COMMITTEE, PARTY_SECRETARY] },
});
const studied = signoff(motion.id, '2021-09-02', PARTY_COMMITTEE, '同意', '李某', '党委会研究同意');
// The township's 换届方案, at the county since 20 August.
const plan = record({
  at: at('2021-08-20', '10:00'),
  unit: TOWNSHIP,
  actor: townshipClerk,
  kind: 'submission',
  data: { matter: '换届方案', title: '坡头镇村(社区)"两委"换届工作方案', to: [ORGANIZATION_DEPARTMENT] },
});
// 大寨村's 选举办法: returned for revision, then submitted again as a correction, then approved.
const rules = record({
  at: at('2021-08-25'),
  unit: DAZHAI,
  actor: villageSecretary,
  kind: 'submission',
  data: { matter: '选举办法', title: '大寨村第十二届村民委员会选举办法', to: [PARTY_COMMITTEE] },
});
const returned = signoff(rules.id, '2021-09-01', PARTY_COMMITTEE, '退回修改', '李某', '委托投票人数上限与省办法不符');
const revised = record({
  at: at('2021-09-03'),
  unit: DAZHAI,
  actor: villageSecretary,
  kind: 'submission',
  data: { matter: '选举办法', title: '大寨村第十二届村民委员会选举办法（修改稿）', to: [PARTY_COMMITTEE] },
  corrects: rules.id,
});
const rulesApproved = signoff(revised.id, '2021-09-06', PARTY_COMMITTEE, '同意', '李某');
// A secretary's record with the county (书记县级备案), approved; and one refused.
const filing = record({
  at: at('2021-09-01'),
  unit: POTOU,
  actor: townshipClerk,
  kind: 'submission',
  data: { matter: '书记备案', title: '坡头社区党组织书记人选县级备案', to: [ORGANIZATION_DEPARTMENT] },
});
const filed = signoff(filing.id, '2021-09-03', ORGANIZATION_DEPARTMENT, '同意', '孙某');
const other = record({
  at: at('2021-09-01'),
  unit: DAZHAI,
  actor: townshipClerk,
  kind: 'submission',
  data: { matter: '书记备案', title: '大寨村党组织书记人选县级备案', to: [ORGANIZATION_DEPARTMENT] },
});
const refused = signoff(other.id, '2021-09-04', ORGANIZATION_DEPARTMENT, '不同意', '孙某', '联审发现问题');
// A sign-off as the journal had them before submissions: a free-text subject, read by nothing here.
const freeText = signoff('坡头社区选民登记工作', '2021-09-02', PARTY_COMMITTEE, '同意', '李某');

const journal = [
  motion,
  studied,
  plan,
  rules,
  returned,
  revised,
  rulesApproved,
  filing,
  filed,
  other,
  refused,
  freeText,
];

describe('pendingSignoffs', () => {
  it('lists what waits at each level and for how long, the longest first', () => {
    const r = pendingSignoffs(journal, { asOf: at('2021-09-05', '18:00') });
    expect(r.pending.map((p) => [p.matter, p.waitingAt, p.step, p.steps, p.since, p.waited])).toEqual([
      ['换届方案', ORGANIZATION_DEPARTMENT, 1, 1, plan.at, { hours: 392, days: 16 }],
      // 党委研究 done on 2 September: it waits for the secretary's signature.
      ['人选动议', PARTY_SECRETARY, 2, 2, studied.at, { hours: 74, days: 3 }],
      ['选举办法', PARTY_COMMITTEE, 1, 1, revised.at, { hours: 57, days: 2 }],
    ]);
    expect(r.pending[1]!.signed).toMatchObject([{ body: '坡头镇党委', decision: '同意', comment: '党委会研究同意' }]);
    expect(r.byLevel).toEqual({ 村: 0, 乡镇: 2, 县: 1 });
    expect(r).toMatchObject({ approved: 1, refused: 1 });
  });

  it('keeps to the level asked', () => {
    const r = pendingSignoffs(journal, { asOf: '2021-09-05', level: '县' });
    expect(r.pending.map((p) => p.title)).toEqual(['坡头镇村(社区)"两委"换届工作方案']);
    expect(r.byLevel.乡镇).toBe(2);
  });

  it('shows a matter returned for revision as waiting with its submitter until it is submitted again', () => {
    const r = pendingSignoffs(journal, { asOf: '2021-09-02', within: DAZHAI, level: '村' });
    expect(r.pending).toMatchObject([
      {
        submission: rules.id,
        status: 'returned',
        waitingAt: { level: '村', body: '村党组织书记' },
        since: returned.at,
        waited: { days: 1 },
        signed: [{ decision: '退回修改', comment: '委托投票人数上限与省办法不符' }],
      },
    ]);
    expect(r.byLevel).toEqual({ 村: 1, 乡镇: 0, 县: 1 });
    // Approved on 6 September: nothing of 大寨村's rules waits any more.
    expect(pendingSignoffs(journal, { asOf: '2021-09-06', within: DAZHAI }).pending).toEqual([]);
  });

  it('waits at the first step before any sign-off, and does not take a later step signed first', () => {
    const early = signoff(motion.id, '2021-09-01', PARTY_SECRETARY, '同意', '周某');
    const r = pendingSignoffs([motion, early], { asOf: '2021-09-01' });
    expect(r.pending).toMatchObject([{ waitingAt: PARTY_COMMITTEE, step: 1, signed: [], since: motion.at }]);
  });

  it('reports a bad asOf as a coded problem', () => {
    expect(() => pendingSignoffs(journal, { asOf: '2021/09/05' })).toThrow(
      expect.objectContaining({ code: 'INSTANT', problems: [expect.objectContaining({ path: ['asOf'] })] }),
    );
  });
});
