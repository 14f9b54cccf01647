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
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { HjAuditRegister } from '../packages/elements/src/audit-register/audit-register.component.js';

/**
 * A village's departure audit (离任经济责任审计, 村民委员会组织法 Art. 35) recorded on the campaign journal and read by
 * core's `departureAudits` under the example county's rule (two postings of five days, seed 004). People and
 * amounts are invented.
 */
const clerk = { name: '王某', role: '乡镇农经站站长', level: '乡镇' } as const;
const VILLAGE = '529901101002';
const on = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;
const record = (draft: Omit<EventDraft, 'actor'>) =>
  sealEvent({ actor: clerk, ...draft } as EventDraft) as CampaignEvent;
const audit = record({
  at: on('2021-08-20', '16:00'),
  unit: VILLAGE,
  kind: 'audit',
  data: {
    term: { from: '2018-04-15', to: '2021-08-31' },
    audited: [
      { name: '李某明', post: '村党支部书记、村民委员会主任' },
      { name: '赵某华', post: '村民委员会委员（报账员）' },
    ],
    group: [{ department: '纪委' }, { department: '财政' }, { department: '农经' }, { department: '村务监督委员会' }],
    scope: AUDIT_SCOPES.slice(0, 6),
    fieldwork: { from: '2021-08-02', to: '2021-08-13' },
    reported: '2021-08-20',
  },
});
const contract = record({
  at: on('2021-08-20', '16:10'),
  unit: VILLAGE,
  kind: 'auditFinding',
  data: {
    audit: audit.id,
    scope: '本村生产经营和建设项目的发包管理以及公益事业建设项目招标投标情况',
    summary: '2020年村道硬化工程未经招标直接发包',
    amountFen: 1_280_000,
    responsible: '李某明',
    deadline: '2021-09-20',
    severity: '较大',
  },
});
const receipts = record({
  at: on('2021-08-20', '16:20'),
  unit: VILLAGE,
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
const posted = (from: string, to: string) =>
  record({
    at: on(from, '08:00'),
    unit: VILLAGE,
    kind: 'auditPosted',
    data: { audit: audit.id, from, to, place: '村务公开栏' },
  });
const journal = [
  record({
    at: on('2021-08-01'),
    unit: VILLAGE,
    kind: 'schedule',
    data: { body: '村民委员会', electionDate: '2021-10-28' },
  }),
  audit,
  contract,
  receipts,
  posted('2021-08-23', '2021-08-27'),
  posted('2021-09-06', '2021-09-10'),
  closeAuditLedgerItem(
    { id: contract.id, village: VILLAGE },
    { at: on('2021-09-18'), actor: clerk, outcome: '已补办决议' },
  ),
];
const auditsOn = (asOf: string): readonly AuditView[] =>
  departureAudits(journal, { asOf, policy }).villages.find((v) => v.village === VILLAGE)?.audits ?? [];

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector('hj-audit-register') as HjAuditRegister;
  return { el, root: el.shadowRoot as ShadowRoot };
};
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const view = (audits: readonly AuditView[]) =>
  html`<hj-audit-register village="大寨村" .audits=${audits}></hj-audit-register>`;

const meta: Meta = {
  title: 'Elements/离任审计 Audit register',
  component: 'hj-audit-register',
  render: (args) => view(args.audits as readonly AuditView[]),
  args: { audits: auditsOn('2021-09-20') },
};
export default meta;

type Story = StoryObj;

/** On 20 September: the 较大 finding put right on the 18th, the minor one overdue, both postings done. */
export const MidCampaign: Story = {
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('[part=findings] tbody tr')).toHaveLength(2));
    await expect(text(root.querySelector('[part=summary]'))).toBe(
      '审计 1 次；发现问题 2 个，已整改销号 1 个，逾期未整改 1 个',
    );
    await expect(text(root.querySelector('[part=publicity]'))).toContain('公示符合要求');
  },
};

/** On 25 August: one posting so far, short of the rule's two; both findings open. */
export const PostingShort: Story = {
  args: { audits: auditsOn('2021-08-25') },
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() =>
      expect(root.querySelector('[part=publicity] li')?.getAttribute('data-code')).toBe('AUDIT_TOO_FEW'),
    );
  },
};

/** No audit recorded: 不审计不换届. */
export const NoAudit: Story = {
  args: { audits: [] },
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part=empty]'))).toBe('尚无离任审计记录：不审计不换届'));
  },
};

/** In English. */
export const English: Story = {
  render: (args) => html`<div lang="en">${view(args.audits as readonly AuditView[])}</div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('h2'))).toBe('大寨村: departure audit'));
  },
};

/** In traditional Chinese. */
export const TraditionalChinese: Story = {
  render: (args) => html`<div lang="zh-TW">${view(args.audits as readonly AuditView[])}</div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('h2'))).toBe('大寨村：離任經濟責任審計'));
  },
};
