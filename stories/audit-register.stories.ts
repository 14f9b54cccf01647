import '@huanjie/elements/define/audit-register.js';
import type { AuditView } from '@huanjie/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { HjAuditRegister } from '../packages/elements/src/audit-register/audit-register.component.js';
import { auditsOn } from '../test/support/audits.js';

/**
 * A village's departure audit (离任经济责任审计, 村民委员会组织法 Art. 35) recorded on the campaign journal and read by
 * core's `departureAudits` under the example county's rule (two postings of five days, seed 004), as the element's
 * tests use it (`test/support/audits.ts`). People and amounts are invented.
 */
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
