import '@huanjie/elements/define/audit-register.js';
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
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, mount, textOf } from '../../../../test/support/elements.js';
import type { HjAuditRegister } from './audit-register.component.js';

// A village's departure audit (村民委员会组织法 Art. 35) as core's departureAudits reads it from the journal: two
// findings (one put right), two postings of five days (the example county's rule, seed 004).

const clerk = { name: '王某', role: '乡镇农经站站长', level: '乡镇' } as const;
const DAZHAI = '529901101002';
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
const contract = finding('村道硬化工程款未入账', '较大', '2021-09-20', 1_280_000);
const receipts = finding('部分报销凭证缺少经手人签字', '一般', '2021-09-10');
const posted = (from: string, to: string) =>
  record({
    at: on(from, '08:00'),
    unit: DAZHAI,
    kind: 'auditPosted',
    data: { audit: audit.id, from, to, place: '村务公开栏' },
  });
const journal = [
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
const auditsOn = (asOf: string): readonly AuditView[] =>
  departureAudits(journal, { asOf, policy }).villages.find((v) => v.village === DAZHAI)?.audits ?? [];

const root = (el: HjAuditRegister) => el.shadowRoot as ShadowRoot;

async function register(audits: readonly AuditView[], attrs = 'village="大寨村"'): Promise<HjAuditRegister> {
  const { el } = await mount<HjAuditRegister>(`<hj-audit-register ${attrs}></hj-audit-register>`, 'hj-audit-register');
  el.audits = audits;
  await el.updateComplete;
  return el;
}

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<hj-audit-register>', () => {
  it('shows the audit, each finding with its 台账 status, and the postings against the rule', async () => {
    const el = await register(auditsOn('2021-09-20'));
    expect(textOf(root(el).querySelector('h2'))).toBe('大寨村：离任经济责任审计');
    expect(textOf(root(el).querySelector('[part=summary]'))).toBe(
      '审计 1 次；发现问题 2 个，已整改销号 1 个，逾期未整改 1 个',
    );
    expect(textOf(root(el).querySelector('dd.group'))).toBe('纪委、财政、农经、村务监督委员会（杨某）');
    expect(root(el).querySelectorAll('.scope li')).toHaveLength(6);
    const rows = [...root(el).querySelectorAll('[part=findings] tbody tr')] as HTMLElement[];
    expect(rows.map((r) => [textOf(r.querySelector('th')), textOf(r.querySelector('.status'))])).toEqual([
      ['村道硬化工程款未入账', '✓ 已整改销号（2021-09-18）'],
      ['部分报销凭证缺少经手人签字', '⚠ 逾期未整改'],
    ]);
    expect(textOf(rows[0]!.querySelector('td.amount'))).toBe('¥12,800.00');
    // Linked both ways: the row names the finding and its 台账 item (the same id).
    expect(rows[0]!.dataset.ledgerItem).toBe(contract.id);
    expect(rows[0]!.dataset.finding).toBe(contract.id);
    expect(textOf(root(el).querySelector('[part=publicity]'))).toBe('✓ 公示符合要求（不少于 2 次、每次不少于 5 天）');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('says which rule the postings miss, in core’s words', async () => {
    const el = await register(auditsOn('2021-08-25'));
    const verdict = root(el).querySelector('[part=publicity]') as HTMLElement;
    expect(verdict.classList.contains('short')).toBe(true);
    expect([...verdict.querySelectorAll('li')].map((li) => li.dataset.code)).toEqual(['AUDIT_TOO_FEW']);
    expect(textOf(verdict)).toContain('符合要求的公示只有 1 次，应不少于 2 次、每次不少于 5 天');
    expect(textOf(root(el).querySelector('[part=findings] tbody tr .status'))).toBe('○ 整改中');
  });

  it('says that without an audit there is no election', async () => {
    const el = await register([]);
    expect(textOf(root(el).querySelector('[part=empty]'))).toBe('尚无离任审计记录：不审计不换届');
  });

  it('speaks English and traditional Chinese', async () => {
    document.documentElement.lang = 'en';
    const el = await register(auditsOn('2021-09-20'));
    expect(textOf(root(el).querySelector('h2'))).toBe('大寨村: departure audit');
    expect(textOf(root(el).querySelector('[part=findings] tbody tr:last-child td.severity'))).toBe('Minor');
    expect(textOf(root(el).querySelector('.scope li'))).toBe("The village's income and expenditure");
    document.documentElement.lang = 'zh-TW';
    const tw = await register(auditsOn('2021-09-20'));
    expect(textOf(root(tw).querySelector('[part=summary]'))).toContain('已整改銷號 1 個');
  });
});
