import '@huanjie/elements/define/audit-register.js';
import type { AuditView } from '@huanjie/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditsOn, contract } from '../../../../test/support/audits.js';
import { axeViolations, mount, textOf } from '../../../../test/support/elements.js';
import type { HjAuditRegister } from './audit-register.component.js';

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
