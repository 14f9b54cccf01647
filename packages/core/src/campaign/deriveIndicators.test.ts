// Risk indicators from the records (seed 004: 财务审计、资格联审、选情评估 among 7 indicators), scored by the seed 004
// model: the audit (村民委员会组织法 Art. 35) and its open findings, the joint reviews, open incidents and 台账 items.
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../test/support/thrown.js';
import { exampleCountyHardCriteria } from '../policies/exampleOverlays.js';
import { assessVillages } from '../risk/assessVillages.js';
import { jinhuaIndexModel, seed004RiskModel } from '../risk/exampleModels.js';
import type { LedgerItem } from '../risk/ledger.js';
import type { VillageEntry } from './campaignStatus.js';
import { closeAuditLedgerItem } from './departureAudits.js';
import { deriveIndicators, type VillageReview } from './deriveIndicators.js';
import type { CampaignEvent, EventDraft } from './event.js';
import { sealEvent } from './eventId.js';

const clerk = { name: '王某', role: '乡镇农经站站长', level: '乡镇' } as const;
const villages: VillageEntry[] = [
  { code: '529901101001', name: '坡头社区', township: '坡头镇' },
  { code: '529901101002', name: '大寨村', township: '坡头镇' },
  { code: '529901102001', name: '新街村', township: '新街乡' },
];
const [POTOU, DAZHAI, XINJIE] = villages.map((v) => v.code) as [string, string, string];
const on = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;
const record = (draft: Omit<EventDraft, 'actor'>) =>
  sealEvent({ actor: clerk, ...draft } as EventDraft) as CampaignEvent;
const policy = exampleCountyHardCriteria;

const auditOf = (unit: string) =>
  record({
    at: on('2021-08-20', '16:00'),
    unit,
    kind: 'audit',
    data: {
      term: { from: '2018-04-15', to: '2021-08-31' },
      audited: [{ name: '李某明', post: '村党支部书记、村民委员会主任' }],
      group: [{ department: '纪委' }, { department: '财政' }, { department: '农经' }, { department: '村务监督委员会' }],
      scope: ['本村财务收支情况', '本村债权债务情况'],
      fieldwork: { from: '2021-08-02', to: '2021-08-13' },
      reported: '2021-08-20',
    },
  });
const postings = (audit: CampaignEvent) =>
  [
    ['2021-08-23', '2021-08-27'],
    ['2021-09-06', '2021-09-10'],
  ].map(([from, to]) =>
    record({
      at: on(from!, '08:00'),
      unit: audit.unit,
      kind: 'auditPosted',
      data: { audit: audit.id, from: from!, to: to! },
    }),
  );
const schedule = (unit: string) =>
  record({ at: on('2021-08-01'), unit, kind: 'schedule', data: { body: '村民委员会', electionDate: '2021-10-28' } });

const potouAudit = auditOf(POTOU);
const dazhaiAudit = auditOf(DAZHAI);
const contract = record({
  at: on('2021-08-20', '16:10'),
  unit: DAZHAI,
  kind: 'auditFinding',
  data: {
    audit: dazhaiAudit.id,
    scope: '本村财务收支情况',
    summary: '村道硬化工程款未入账',
    amountFen: 1_280_000,
    responsible: '李某明',
    deadline: '2021-09-20',
    severity: '较大',
  },
});
const receipts = record({
  at: on('2021-08-20', '16:20'),
  unit: DAZHAI,
  kind: 'auditFinding',
  data: {
    audit: dazhaiAudit.id,
    scope: '本村财务收支情况',
    summary: '部分报销凭证缺少经手人签字',
    responsible: '赵某华',
    deadline: '2021-09-10',
    severity: '一般',
  },
});
const petition = record({
  at: on('2021-09-03', '14:00'),
  unit: XINJIE,
  kind: 'incident',
  data: { category: '信访矛盾', severity: '重大', summary: '部分村民集体上访反映征地补偿分配' },
});
const journal = [
  ...[POTOU, DAZHAI, XINJIE].map(schedule),
  potouAudit,
  ...postings(potouAudit),
  dazhaiAudit,
  contract,
  receipts,
  ...postings(dazhaiAudit),
  petition,
];

const DEPARTMENTS = ['纪委', '组织', '宣传', '政法', '公安', '检察', '法院', '司法', '信访', '卫健', '民政', '农业'];
const answers = (outcome: (d: string) => 'pass' | 'fail') =>
  DEPARTMENTS.map((department) => ({
    department,
    outcome: outcome(department),
    answeredAt: on('2021-09-02', '10:00'),
  }));
const reviews: VillageReview[] = [
  {
    village: POTOU,
    id: 'LS-2021-0101',
    review: { submittedAt: on('2021-09-01'), tier: 'normal', answers: answers(() => 'pass') },
  },
  {
    village: XINJIE,
    id: 'LS-2021-0131',
    review: {
      submittedAt: on('2021-09-01'),
      tier: 'normal',
      answers: answers((d) => (d === '公安' ? 'fail' : 'pass')),
    },
  },
];
const ledger: LedgerItem[] = [
  {
    id: 'TZ-2021-017',
    village: POTOU,
    category: '选举纪律',
    description: '有人以宴请方式拉票',
    measures: ['乡镇纪委约谈'],
    owner: '张某',
    opened: '2021-09-05',
    due: '2021-09-12',
    status: 'open',
  },
];
// The four indicators still typed by hand, a calm 90 each; 大寨村 has no review yet, so its 资格联审 is typed too.
const typed = { petitionsAndDisputes: 90, clanReligionAndCrime: 90, teamCohesion: 90, successorReadiness: 90 };
const values = new Map<string, Record<string, unknown>>([
  [POTOU, typed],
  [DAZHAI, { ...typed, qualificationReview: 90 }],
  // A typed 财务审计 is replaced by the one the records give.
  [XINJIE, { ...typed, financialAudit: 95 }],
]);
const options = { asOf: '2021-09-15', model: seed004RiskModel, policy, villages, values, reviews, ledger };

describe('deriveIndicators', () => {
  it('rates 财务审计 from the audit and its open findings, naming each finding', () => {
    const [, dazhai, xinjie] = deriveIndicators(journal, options);
    const audit = dazhai!.derived.find((d) => d.rule === 'financialAudit')!;
    // 较大 open −25; 一般 open −5 and past its 10 September deadline −10.
    expect(audit.value).toBe(60);
    expect(audit.deductions.map((d) => [d.points, d.source])).toEqual([
      [25, contract.id],
      [5, receipts.id],
      [10, receipts.id],
    ]);
    expect(audit.sources).toEqual([dazhaiAudit.id, contract.id, receipts.id]);
    // No audit at all: the worst rating, whatever was typed (不审计不换届).
    expect(xinjie!.values.financialAudit).toBe(0);
    expect(xinjie!.derived[0]!.deductions[0]!.reason.zh).toBe('尚无离任经济责任审计报告（不审计不换届）');
  });

  it('rates 资格联审 from review outcomes and 选情评估 from open incidents and 台账 items', () => {
    const [potou, dazhai, xinjie] = deriveIndicators(journal, options);
    expect(xinjie!.values.qualificationReview).toBe(75);
    expect(xinjie!.derived.find((d) => d.rule === 'qualificationReview')!.deductions[0]).toMatchObject({
      source: 'LS-2021-0131',
      reason: { zh: '联审未通过（公安）' },
    });
    expect(xinjie!.values.electionSituation).toBe(55); // a 重大 incident open: −45
    expect(xinjie!.derived.find((d) => d.rule === 'electionSituation')!.sources).toEqual([petition.id]);
    // An open 选举纪律 item past its due date: −5 −10.
    expect(potou!.values.electionSituation).toBe(85);
    expect(potou!.values.qualificationReview).toBe(100);
    // No review for 大寨村: its typed value stays, and nothing is derived for it.
    expect(dazhai!.values.qualificationReview).toBe(90);
    expect(dazhai!.derived.map((d) => d.rule)).toEqual(['financialAudit', 'electionSituation']);
  });

  it('gives values the seed 004 model accepts and scores', () => {
    const derived = deriveIndicators(journal, options);
    const assessed = assessVillages(derived, seed004RiskModel);
    expect(assessed.problems).toEqual([]);
    // 新街村: 财务审计 0 (10 × 1.5) + 资格联审 75 (5 × 1.5) + 选情评估 55 (10 × 2) = 42.5: 一级, red.
    expect([0, 1, 2].map((i) => [assessed.score(i), assessed.colour(i)])).toEqual([
      [0, 'green'],
      [7.5, 'green'],
      [42.5, 'red'],
    ]);
    expect(assessed.byTownship).toEqual({
      坡头镇: { 一级: 0, 二级: 0, 三级: 2, 无风险: 0, unscored: 0 },
      新街乡: { 一级: 1, 二级: 0, 三级: 0, 无风险: 0, unscored: 0 },
    });
  });

  it('follows the records day by day: a finding put right, an overdue review', () => {
    const closing = closeAuditLedgerItem(
      { id: contract.id, village: DAZHAI },
      { at: on('2021-09-18'), actor: clerk, outcome: '已入账' },
    );
    const pending = {
      village: DAZHAI,
      id: 'LS-2021-0120',
      review: { submittedAt: on('2021-09-15'), tier: 'normal', answers: [] },
    };
    const later = deriveIndicators([...journal, closing], {
      ...options,
      asOf: '2021-09-20',
      reviews: [...reviews, pending],
    });
    const dazhai = later[1]!;
    expect(dazhai.values.financialAudit).toBe(85); // only the minor, overdue finding: −15
    expect(dazhai.values.qualificationReview).toBe(90); // 48 hours passed without answers: −10
    expect(dazhai.derived.find((d) => d.rule === 'qualificationReview')!.deductions[0]!.reason.zh).toMatch(
      /^联审逾期未复（纪委、/,
    );
  });

  it('asks for a review section when reviews are given', () => {
    const error = thrown(() => deriveIndicators(journal, { ...options, policy: undefined }));
    expect(error.problems.map((p) => [p.code, p.message])).toEqual([
      ['POLICY_NO_REVIEW', '政策“（未提供）”没有资格联审一节'],
    ]);
  });

  it('refuses rules that name an indicator the model does not rate 0–100', () => {
    const error = thrown(() => deriveIndicators(journal, { asOf: '2021-09-15', model: jinhuaIndexModel }));
    expect(error.problems.map((p) => [p.code, p.value])).toEqual([
      ['RISK_DERIVATION_INDICATOR', 'financialAudit'],
      ['RISK_DERIVATION_INDICATOR', 'qualificationReview'],
      ['RISK_DERIVATION_INDICATOR', 'electionSituation'],
    ]);
    expect(error.problems[0]!.message).toContain('财务审计');
  });
});
