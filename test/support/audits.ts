// 大寨村's departure audit on the campaign journal, for the audit register's tests and stories.
import {
  AUDIT_SCOPES,
  type AuditView,
  type CampaignEvent,
  closeAuditLedgerItem,
  departureAudits,
  type EventDraft,
  exampleCountyHardCriteria as policy,
  sealEvent,
} from '@huanjie/core';

// A village's departure audit (村民委员会组织法 Art. 35) as core's departureAudits reads it from the journal: two
// findings (one put right), two postings of five days (the example county's rule, seed 004).

export const clerk = { name: '王某', role: '乡镇农经站站长', level: '乡镇' } as const;
export const DAZHAI = '529901101002';
const on = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;
const record = (draft: Omit<EventDraft, 'actor'>) =>
  sealEvent({ actor: clerk, ...draft } as EventDraft) as CampaignEvent;
const audit = record({
  at: on('2021-08-20', '16:00'),
  unit: DAZHAI,
  kind: 'audit',
  data: {
    term: { from: '2018-04-15', to: '2021-08-31' },
    audited: [{ name: '李某明', post: '村党支部书记、村民委员会主任' }],
    group: [
      { department: '纪委' },
      { department: '财政' },
      { department: '农经' },
      { department: '村务监督委员会', person: '杨某' },
    ],
    scope: AUDIT_SCOPES.slice(0, 6),
    fieldwork: { from: '2021-08-02', to: '2021-08-13' },
    reported: '2021-08-20',
  },
});
const finding = (summary: string, severity: '一般' | '较大', deadline: string, amountFen?: number) =>
  record({
    at: on('2021-08-20', severity === '较大' ? '16:10' : '16:20'),
    unit: DAZHAI,
    kind: 'auditFinding',
    data: {
      audit: audit.id,
      scope: '本村财务收支情况',
      summary,
      ...(amountFen === undefined ? {} : { amountFen }),
      responsible: '李某明',
      deadline,
      severity,
    },
  });
export const contract = finding('村道硬化工程款未入账', '较大', '2021-09-20', 1_280_000);
const receipts = finding('部分报销凭证缺少经手人签字', '一般', '2021-09-10');
const posted = (from: string, to: string) =>
  record({
    at: on(from, '08:00'),
    unit: DAZHAI,
    kind: 'auditPosted',
    data: { audit: audit.id, from, to, place: '村务公开栏' },
  });
export const journal = [
  record({
    at: on('2021-08-01'),
    unit: DAZHAI,
    kind: 'schedule',
    data: { body: '村民委员会', electionDate: '2021-10-28' },
  }),
  audit,
  contract,
  receipts,
  posted('2021-08-23', '2021-08-27'),
  posted('2021-09-06', '2021-09-10'),
  closeAuditLedgerItem({ id: contract.id, village: DAZHAI }, { at: on('2021-09-18'), actor: clerk, outcome: '已入账' }),
];
export const auditsOn = (asOf: string): readonly AuditView[] =>
  departureAudits(journal, { asOf, policy }).villages.find((v) => v.village === DAZHAI)?.audits ?? [];
