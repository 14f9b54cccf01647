// Departure audits on the journal (离任经济责任审计, 村民委员会组织法 Art. 35): the register, its 台账 items linked both
// ways, and "不审计不换届，审计不清楚不换届" (seed 004) in readyForElection.
import { describe, expect, it } from 'vitest';
import { AUDIT_SCOPES } from '../election/auditVocabulary.js';
import { departureAuditBlockers } from '../election/departureAudit.js';
import { exampleCountyHardCriteria } from '../policies/exampleOverlays.js';
import { nationalBaseline } from '../policies/nationalBaseline.js';
import { seed004RiskModel } from '../risk/exampleModels.js';
import { recordAssessment } from '../risk/history.js';
import { readyForElection, summarizeLedger } from '../risk/ledger.js';
import { scoreRisk } from '../risk/scoreRisk.js';
import { closeAuditLedgerItem, departureAudits } from './departureAudits.js';
import type { EventDraft, EventOf } from './event.js';
import { sealEvent } from './eventId.js';
import { verifyJournal } from './verifyJournal.js';

const clerk = { name: '王某', role: '乡镇农经站站长', level: '乡镇' } as const;
const DAZHAI = '529901101002';
const XINJIE = '529901102001';
const on = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;
const record = (draft: Omit<EventDraft, 'actor'>) => sealEvent({ actor: clerk, ...draft } as EventDraft);
const policy = exampleCountyHardCriteria; // two postings of five days; 较大 and 重大 findings block (seed 004)
const electionDate = '2021-10-28';

const schedule = record({
  at: on('2021-08-01'),
  unit: DAZHAI,
  kind: 'schedule',
  data: { body: '村民委员会', electionDate },
});
const audit = record({
  at: on('2021-08-20', '16:00'),
  unit: DAZHAI,
  kind: 'audit',
  data: {
    term: { from: '2018-04-15', to: '2021-08-31' },
    audited: [
      { name: '李某明', post: '村党支部书记、村民委员会主任' },
      { name: '赵某华', post: '村民委员会委员（报账员）' },
    ],
    group: [
      { department: '纪委', person: '陈某' },
      { department: '财政' },
      { department: '农经' },
      { department: '村务监督委员会', person: '杨某' },
    ],
    // Art. 35 (一)–(六): all six matters.
    scope: AUDIT_SCOPES.slice(0, 6),
    fieldwork: { from: '2021-08-02', to: '2021-08-13' },
    reported: '2021-08-20',
  },
});
const contract = record({
  at: on('2021-08-20', '16:10'),
  unit: DAZHAI,
  kind: 'auditFinding',
  data: {
    audit: audit.id,
    scope: '本村生产经营和建设项目的发包管理以及公益事业建设项目招标投标情况',
    summary: '2020年村道硬化工程未经招标直接发包',
    amountFen: 1_280_000,
    responsible: '李某明',
    responsibility: '领导责任',
    deadline: '2021-09-20',
    severity: '较大',
    measures: ['补办村民代表会议决议', '工程结算送审'],
  },
});
const receipts = record({
  at: on('2021-08-20', '16:20'),
  unit: DAZHAI,
  kind: 'auditFinding',
  data: {
    audit: audit.id,
    scope: '本村财务收支情况',
    summary: '部分报销凭证缺少经手人签字',
    responsible: '赵某华',
    deadline: '2021-09-10',
    severity: '一般',
  },
});
const receiptsData = receipts.data as EventOf<'auditFinding'>['data'];
const posting = (from: string, to: string) =>
  record({
    at: on(from, '08:00'),
    unit: DAZHAI,
    kind: 'auditPosted',
    data: { audit: audit.id, from, to, place: '村务公开栏' },
  });
const journal = [
  schedule,
  audit,
  contract,
  receipts,
  posting('2021-08-23', '2021-08-27'),
  posting('2021-09-06', '2021-09-10'),
];

const calm = Object.fromEntries(seed004RiskModel.indicators.map((i) => [i.id, 90]));
const green = (village: string) => recordAssessment(village, '2021-08-01', scoreRisk(calm, seed004RiskModel));

/** readyForElection for a village of the register, as a county would ask it on a date. */
function ready(events: readonly ReturnType<typeof record>[], village: string, asOf: string) {
  const register = departureAudits(events, { asOf, policy });
  const entry = register.villages.find((v) => v.village === village);
  return readyForElection(village, {
    asOf,
    model: seed004RiskModel,
    assessment: green(village),
    ledger: register.ledger,
    departureAudit: { audits: entry?.audits ?? [], policy, electionDate: entry?.electionDate },
  });
}

describe('departureAudits: the register from the journal', () => {
  it('reads an audit with its group, Art. 35 scope, findings and postings, and verifies as a journal', () => {
    expect(verifyJournal(journal)).toMatchObject({ ok: true, problems: [] });
    const register = departureAudits(journal, { asOf: '2021-09-15', policy });
    expect(register.problems).toEqual([]);
    const [village] = register.villages;
    expect(village).toMatchObject({ village: DAZHAI, electionDate });
    const [view] = village!.audits;
    expect(view!.group.map((g) => g.department)).toEqual(['纪委', '财政', '农经', '村务监督委员会']);
    expect(view!.scope).toHaveLength(6);
    expect(view!.findings.map((f) => [f.summary, f.severity, f.overdue])).toEqual([
      ['2020年村道硬化工程未经招标直接发包', '较大', false],
      // Due 10 September, still open on the 15th.
      ['部分报销凭证缺少经手人签字', '一般', true],
    ]);
    // Two postings of five days, both ended before the election: the rule is met.
    expect(view!.publicity).toMatchObject({ ok: true, counted: 2, required: { postings: 2, days: 5 } });
  });

  it('makes every finding a 台账 item, linked both ways, with its amount in yuan', () => {
    const register = departureAudits(journal, { asOf: '2021-09-15', policy });
    const finding = register.villages[0]!.audits[0]!.findings[0]!;
    expect(finding.ledgerItem).toEqual({
      id: contract.id,
      village: DAZHAI,
      category: '财务三资',
      description: '离任审计：2020年村道硬化工程未经招标直接发包，涉及金额¥12,800.00',
      measures: ['补办村民代表会议决议', '工程结算送审'],
      owner: '李某明',
      opened: '2021-08-20',
      due: '2021-09-20',
      status: 'open',
    });
    expect(register.ledger.map((i) => i.id)).toEqual([contract.id, receipts.id]);
    expect(summarizeLedger(register.ledger, { asOf: '2021-09-15' }).text.zh).toBe(
      '共排查问题2个，已化解0个，其中信访矛盾0件；逾期未办结1个',
    );
  });

  it('closes the finding when its 台账 item is closed, from that day on', () => {
    const item = departureAudits(journal, { asOf: '2021-09-15' }).ledger[0]!;
    const closing = closeAuditLedgerItem(item, {
      at: on('2021-09-18'),
      actor: clerk,
      outcome: '已补办决议，结算经审定',
    });
    expect(closing).toMatchObject({ kind: 'auditFindingClosed', unit: DAZHAI, data: { finding: contract.id } });
    const events = [...journal, closing];
    expect(verifyJournal(events).ok).toBe(true);
    const after = departureAudits(events, { asOf: '2021-09-20' });
    const finding = after.villages[0]!.audits[0]!.findings[0]!;
    expect(finding.closed).toEqual({ id: closing.id, at: closing.at, outcome: '已补办决议，结算经审定' });
    expect(finding.ledgerItem).toMatchObject({ status: 'resolved', resolved: '2021-09-18' });
    // Replayed to the day before, it is still open.
    expect(departureAudits(events, { asOf: '2021-09-17' }).ledger[0]!.status).toBe('open');
  });

  it('checks the postings against the rule: one posting by 25 August is too few', () => {
    const early = departureAudits(journal, { asOf: '2021-08-25', policy });
    const view = early.villages[0]!.audits[0]!;
    expect(view.postings).toHaveLength(1);
    expect(view.publicity?.problems.map((p) => p.code)).toEqual(['AUDIT_TOO_FEW']);
    // Without an audit section in the policy the postings are listed but not judged.
    expect(
      departureAudits(journal, { asOf: '2021-09-15', policy: nationalBaseline }).villages[0]!.audits[0]!.publicity,
    ).toBe(null);
  });

  it('counts a corrected finding in place of the old one, and a closure of the old one closes it', () => {
    const corrected = record({
      at: on('2021-08-24'),
      unit: DAZHAI,
      kind: 'auditFinding',
      corrects: receipts.id,
      reason: '整改期限经乡镇党委研究延至9月30日',
      data: { ...receiptsData, deadline: '2021-09-30' },
    });
    const closing = closeAuditLedgerItem(
      { id: receipts.id, village: DAZHAI },
      { at: on('2021-09-25'), actor: clerk, outcome: '凭证已补签' },
    );
    const events = [...journal, corrected, closing];
    const before = departureAudits(events, { asOf: '2021-09-15' }).villages[0]!.audits[0]!.findings;
    expect(before.map((f) => [f.id, f.deadline, f.overdue])).toEqual([
      [contract.id, '2021-09-20', false],
      [corrected.id, '2021-09-30', false],
    ]);
    const after = departureAudits(events, { asOf: '2021-09-26' }).ledger;
    expect(after.map((i) => [i.id, i.status])).toEqual([
      [contract.id, 'open'],
      [corrected.id, 'resolved'],
    ]);
  });

  it('does not count, and says so, a finding or posting that names the wrong event', () => {
    const stray = record({
      at: on('2021-08-21'),
      unit: DAZHAI,
      kind: 'auditPosted',
      data: { audit: schedule.id, from: '2021-08-23', to: '2021-08-27' },
    });
    const orphan = record({
      at: on('2021-08-21'),
      unit: DAZHAI,
      kind: 'auditFinding',
      data: { ...receiptsData, audit: 'f'.repeat(32) },
    });
    const register = departureAudits([...journal, stray, orphan], { asOf: '2021-09-15' });
    expect(register.villages[0]!.audits[0]!.postings).toHaveLength(2);
    expect(register.ledger).toHaveLength(2);
    expect(register.problems.map((p) => [p.code, p.value])).toEqual([
      ['AUDIT_EVENT_REFERENCE', stray.id],
      ['AUDIT_EVENT_REFERENCE', orphan.id],
    ]);
    expect(register.problems[0]!.message).toContain('应指向离任审计报告');
    expect(register.problems[0]!.message).toContain('“schedule”');
    expect(register.problems[1]!.message).toContain('不在截至当时的纪实中');
  });

  it('warns of a finding whose audit is in a journal not merged yet', () => {
    const check = verifyJournal([schedule, contract]);
    expect(check.events).toHaveLength(2);
    expect(check.problems.map((p) => [p.code, p.path])).toEqual([['JOURNAL_EVENT_DANGLING', [1, 'data', 'audit']]]);
  });

  it('catches an amount edited after it was recorded, and a scope not in Art. 35', () => {
    const edited = { ...contract, data: { ...contract.data, amountFen: 128_000 } };
    expect(verifyJournal([schedule, audit, edited]).problems.map((p) => p.code)).toEqual(['JOURNAL_EVENT_TAMPERED']);
    const vague = record({
      at: on('2021-08-20'),
      unit: DAZHAI,
      kind: 'auditFinding',
      data: { ...receiptsData, scope: '其他' },
    } as never);
    const check = verifyJournal([audit, vague]);
    expect(check.ok).toBe(false);
    expect(check.problems[0]!.path).toEqual([1, 'data', 'scope']);
  });
});

describe('readyForElection: 不审计不换届，审计不清楚不换届 (Art. 35, seed 004)', () => {
  it('blocks a village with no audit, citing Art. 35', () => {
    const readiness = ready(journal, XINJIE, '2021-09-15');
    expect(readiness.ready).toBe(false);
    expect(readiness.reasons.map((r) => r.code)).toEqual(['AUDIT_MISSING']);
    expect(readiness.reasons[0]!.zh).toBe(
      '尚无离任经济责任审计报告：不审计不换届（中华人民共和国村民委员会组织法（2018年修正）第三十五条）',
    );
  });

  it('blocks while the report is not posted as the policy requires', () => {
    expect(ready(journal, DAZHAI, '2021-08-25').reasons.map((r) => r.code)).toEqual([
      'AUDIT_TOO_FEW',
      'AUDIT_FINDING_OPEN',
    ]);
  });

  it('blocks on an open finding of a grade the policy names, not on a minor one, and frees it once put right', () => {
    const open = ready(journal, DAZHAI, '2021-09-15');
    expect(open.reasons.map((r) => r.code)).toEqual(['AUDIT_FINDING_OPEN']);
    expect(open.reasons[0]!.zh).toBe(
      '离任审计发现的较大问题未整改销号：2020年村道硬化工程未经招标直接发包，涉及金额¥12,800.00（责任人李某明，整改期限2021-09-20），审计不清楚不换届',
    );
    expect(open.reasons[0]!.en).toContain('A serious audit finding is not put right');
    const item = departureAudits(journal, { asOf: '2021-09-15' }).ledger[0]!;
    const closed = [...journal, closeAuditLedgerItem(item, { at: on('2021-09-18'), actor: clerk, outcome: '已整改' })];
    expect(ready(closed, DAZHAI, '2021-09-17').ready).toBe(false);
    // The minor finding (一般), still open and overdue, does not hold the election up under this policy.
    expect(ready(closed, DAZHAI, '2021-09-18')).toEqual({ ready: true, reasons: [] });
  });

  it('without an election day, counts the postings ended by asOf', () => {
    const noDay = journal.filter((e) => e.kind !== 'schedule');
    const audits = (asOf: string) => departureAudits(noDay, { asOf }).villages[0]!.audits;
    const codes = (asOf: string) => departureAuditBlockers(audits(asOf), { asOf, policy }).map((p) => p.code);
    // On 9 September the second posting (6–10 September) is still up: one posting made, not two.
    expect(codes('2021-09-09')).toEqual(['AUDIT_TOO_FEW', 'AUDIT_FINDING_OPEN']);
    expect(codes('2021-09-10')).toEqual(['AUDIT_FINDING_OPEN']);
  });

  it('leaves callers that pass no audits as they were', () => {
    const readiness = readyForElection(XINJIE, {
      asOf: '2021-09-15',
      model: seed004RiskModel,
      assessment: green(XINJIE),
      ledger: [],
    });
    expect(readiness).toEqual({ ready: true, reasons: [] });
  });
});
