import '@huanjie/elements/define/review-tracker.js';
import { exampleCountyHardCriteria as policy, reviewStatus } from '@huanjie/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, mount, textOf } from '../../../../test/support/elements.js';
import type { HjReviewTracker, TrackedReview } from './review-tracker.component.js';

// Seed 002's tiers (policy data of exampleCountyHardCriteria): 48 h normal, 24 h special, 12 h urgent; twelve
// departments. An urgent review submitted 2021-09-01 09:30 is due 21:30 the same day.

const departments = ['纪委', '组织', '宣传', '政法', '公安', '检察', '法院', '司法', '信访', '卫健', '民政', '农业'];
const submittedAt = '2021-09-01T09:30:00+08:00';
const NOW = '2021-09-01T22:00:00+08:00';
const pass = (department: string, answeredAt = '2021-09-01T15:00:00+08:00') => ({
  department,
  outcome: 'pass' as const,
  answeredAt,
});

const reviews: TrackedReview[] = [
  {
    candidate: '王某甲',
    residentId: '52990119800101001X',
    submittedAt,
    tier: 'normal',
    answers: departments.slice(0, 3).map((d) => pass(d)),
  },
  {
    candidate: '李某乙',
    residentId: '529901198502020022',
    submittedAt,
    tier: 'urgent',
    answers: departments.slice(0, 10).map((d) => pass(d)),
  },
  {
    candidate: '张某丙',
    submittedAt,
    tier: 'special',
    answers: departments.map((d) => pass(d)),
  },
  {
    candidate: '赵某丁',
    submittedAt,
    tier: 'special',
    answers: [{ department: '公安', outcome: 'fail', note: '有违法记录', answeredAt: '2021-09-01T12:00:00+08:00' }],
  },
];

const root = (el: HjReviewTracker) => el.shadowRoot as ShadowRoot;
const rowOf = (el: HjReviewTracker, name: string) =>
  [...root(el).querySelectorAll('tbody tr')].find((tr) => textOf(tr.querySelector('th')) === name) as HTMLElement;
const strip = ({ residentId: _, ...r }: TrackedReview) => r;

async function tracker(list: TrackedReview[], attrs = `now="${NOW}"`): Promise<HjReviewTracker> {
  const { el } = await mount<HjReviewTracker>(`<hj-review-tracker ${attrs}></hj-review-tracker>`, 'hj-review-tracker');
  el.reviews = list;
  await el.updateComplete;
  return el;
}

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('<hj-review-tracker>', () => {
  it('shows what core computes: the urgent review due 21:30 is overdue by 30 minutes at 22:00, and comes first', async () => {
    const el = await tracker(reviews);
    const names = [...root(el).querySelectorAll('tbody th[scope=row]')].map((th) => textOf(th));
    expect(names).toEqual(['李某乙', '王某甲', '张某丙', '赵某丁']);

    const urgent = reviewStatus(strip(reviews[1]!), policy, NOW);
    expect(urgent).toMatchObject({ deadline: '2021-09-01T21:30:00+08:00', overdue: true, overdueMinutes: 30 });
    const row = rowOf(el, '李某乙');
    expect(row.className).toBe('overdue');
    const deadline = row.querySelector('td.deadline') as HTMLElement;
    expect(deadline.dataset.overdueMinutes).toBe(String(urgent.overdueMinutes));
    expect(textOf(deadline)).toBe('截止 2021-09-01 21:30 ⚠ 已超时 30 分钟');
    expect(textOf(row.querySelector('[part=progress]'))).toBe('已答复 10/12');
    expect([...row.querySelectorAll('[part=pending] li')].map((li) => textOf(li))).toEqual(urgent.pending);
    expect(textOf(row.querySelector('td.tier'))).toBe('紧急');

    const normal = reviewStatus(strip(reviews[0]!), policy, NOW);
    expect(normal.remainingMinutes).toBe(35 * 60 + 30);
    const normalCell = rowOf(el, '王某甲').querySelector('td.deadline') as HTMLElement;
    expect(normalCell.dataset.remainingMinutes).toBe(String(normal.remainingMinutes));
    expect(textOf(normalCell)).toContain('剩余 1 天 11 小时 30 分钟');
    expect(rowOf(el, '王某甲').querySelectorAll('[part=pending] li')).toHaveLength(normal.pending.length);

    expect(textOf(rowOf(el, '张某丙').querySelector('td.outcome'))).toBe('✓ 通过');
    expect(textOf(rowOf(el, '赵某丁').querySelector('td.outcome'))).toContain('✗ 未通过');
    expect(textOf(rowOf(el, '赵某丁').querySelector('td.outcome'))).toContain('未通过部门：公安');
    expect(textOf(root(el).querySelector('[part=summary]'))).toBe(
      '进行中 2 人，其中超时 1 人；通过 1 人；未通过 1 人（截至 2021-09-01 22:00）',
    );
    expect(await axeViolations(el)).toEqual([]);
  });

  it('never shows the ID number in full', async () => {
    const el = await tracker(reviews);
    const text = textOf(root(el));
    expect(text).not.toContain('52990119800101001X');
    expect(textOf(rowOf(el, '王某甲').querySelector('td.id'))).toBe('529901********001X');
    expect(textOf(rowOf(el, '张某丙').querySelector('td.id'))).toBe('—');
  });

  it('has an accessible table: caption, column and row headers, a focusable scroll region', async () => {
    const el = await tracker(reviews);
    const table = root(el).querySelector('table') as HTMLTableElement;
    expect(textOf(table.caption)).toContain('资格联审');
    expect(table.querySelectorAll('thead th[scope=col]')).toHaveLength(7);
    expect(table.querySelectorAll('tbody th[scope=row]')).toHaveLength(4);
    await userEvent.tab();
    expect(root(el).activeElement?.classList.contains('table-wrap')).toBe(true);
  });

  it('updates the time left every 30 s when `now` is not set, and stops its timer when removed', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: new Date('2021-09-01T20:00:00+08:00') });
    const el = await tracker([reviews[1]!], '');
    const cell = () => root(el).querySelector('td.deadline') as HTMLElement;
    expect(cell().dataset.remainingMinutes).toBe('90');
    expect(textOf(cell())).toContain('剩余 1 小时 30 分钟');
    vi.advanceTimersByTime(30_000);
    await el.updateComplete;
    expect(textOf(cell())).toContain('剩余 1 小时 29 分钟');
    vi.advanceTimersByTime(60 * 60_000 + 30 * 60_000);
    await el.updateComplete;
    expect(cell().dataset.overdueMinutes).toBe('0');
    vi.advanceTimersByTime(10 * 60_000);
    await el.updateComplete;
    expect(textOf(cell())).toContain('已超时 10 分钟');
    expect(vi.getTimerCount()).toBe(1);
    el.now = NOW;
    await el.updateComplete;
    expect(vi.getTimerCount()).toBe(0);
    el.now = undefined;
    await el.updateComplete;
    expect(vi.getTimerCount()).toBe(1);
    el.remove();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('follows a lang change: English, traditional Chinese', async () => {
    const el = await tracker(reviews);
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).toBe('Joint qualification reviews');
    expect(textOf(rowOf(el, '李某乙').querySelector('td.deadline'))).toBe('Due 2021-09-01 21:30 ⚠ Overdue by 30 min');
    expect(textOf(rowOf(el, '李某乙').querySelector('td.tier'))).toBe('Urgent');
    expect(textOf(root(el).querySelector('[part=summary]'))).toContain('2 in progress, 1 of them overdue');
    expect(textOf(root(el).querySelector('[part=summary]'))).toMatch(/ \(as of 2021-09-01 22:00\)$/);
    document.documentElement.lang = 'zh-TW';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).toBe('資格聯審追蹤');
    expect(textOf(rowOf(el, '李某乙').querySelector('td.deadline'))).toContain('已逾時 30 分鐘');
  });

  it('shows core’s problems for a bad record, and an empty state', async () => {
    const el = await tracker([
      ...reviews.slice(0, 1),
      { candidate: '钱某戊', submittedAt, tier: 'normal', answers: [pass('统战')] },
    ]);
    const bad = rowOf(el, '钱某戊');
    expect(bad.className).toBe('invalid');
    expect(bad.querySelector('li')?.getAttribute('data-code')).toBe('REVIEW_UNKNOWN_DEPARTMENT');
    expect(textOf(bad)).toContain('未知的联审部门“统战”');
    expect(textOf(root(el).querySelector('tbody tr:last-child th'))).toBe('钱某戊');
    el.reviews = [];
    await el.updateComplete;
    expect(textOf(root(el).querySelector('[part=empty]'))).toBe('暂无资格联审记录。');
  });

  it('fits 320 px: the table scrolls in its own focusable region, the page does not', async () => {
    const el = await tracker(reviews);
    el.style.width = '320px';
    await el.updateComplete;
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows a name full of HTML as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const el = await tracker([{ ...reviews[0]!, candidate: evil }]);
    expect(root(el).querySelector('img')).toBeNull();
    expect(textOf(root(el).querySelector('tbody th'))).toBe(evil);
  });
});
