import '@huanjie/elements/define/review-tracker.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type {
  HjReviewTracker,
  TrackedReview,
} from '../packages/elements/src/review-tracker/review-tracker.component.js';

/**
 * Joint qualification reviews under the example county policy (seed 002's tiers: 48 h normal, 24 h special,
 * 12 h urgent; twelve departments). Names and ID numbers are invented.
 */

const departments = ['纪委', '组织', '宣传', '政法', '公安', '检察', '法院', '司法', '信访', '卫健', '民政', '农业'];
const submittedAt = '2021-09-01T09:30:00+08:00';
const pass = (department: string) => ({
  department,
  outcome: 'pass' as const,
  answeredAt: '2021-09-01T15:00:00+08:00',
});

const inProgress: TrackedReview[] = [
  {
    candidate: '王某甲',
    residentId: '52990119800101001X',
    submittedAt,
    tier: 'normal',
    answers: departments.slice(0, 3).map(pass),
  },
  {
    candidate: '李某乙',
    residentId: '529901198502020022',
    submittedAt,
    tier: 'special',
    answers: departments.slice(0, 8).map(pass),
  },
  { candidate: '张某丙', submittedAt, tier: 'urgent', answers: departments.slice(0, 11).map(pass) },
];
const overdue: TrackedReview[] = [
  ...inProgress.slice(0, 1),
  {
    candidate: '赵某丁',
    residentId: '529901199003030033',
    submittedAt,
    tier: 'urgent',
    answers: departments.slice(0, 10).map(pass),
  },
];
const allAnswered: TrackedReview[] = [
  { candidate: '孙某戊', submittedAt, tier: 'special', answers: departments.map(pass) },
  {
    candidate: '周某己',
    submittedAt,
    tier: 'urgent',
    answers: [{ department: '公安', outcome: 'fail', note: '有违法记录', answeredAt: '2021-09-01T12:00:00+08:00' }],
  },
];

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector('hj-review-tracker') as HjReviewTracker;
  return { el, root: el.shadowRoot as ShadowRoot };
};
const text = (node: ParentNode | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const meta: Meta = {
  title: 'Elements/资格联审跟踪 Review tracker',
  component: 'hj-review-tracker',
  render: (args) =>
    html`<hj-review-tracker now=${args.now} .reviews=${args.reviews as TrackedReview[]}></hj-review-tracker>`,
  args: { now: '2021-09-01T20:00:00+08:00', reviews: inProgress },
};
export default meta;

type Story = StoryObj;

/** Three reviews in progress, sorted by time left: the urgent one (due 21:30) first. */
export const InProgress: Story = {
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(3));
    await expect(text(root.querySelector('tbody th'))).toBe('张某丙');
    await expect(text(root.querySelector('tbody td.deadline'))).toContain('剩余 1 小时 30 分钟');
    await expect(text(root.querySelector('[part=summary]'))).toContain('进行中 3 人，其中超时 0 人');
    await expect(text(root)).not.toContain('52990119800101001X');
  },
};

/** At 22:00 the urgent review due 21:30 is overdue by 30 minutes, and comes first. */
export const Overdue: Story = {
  args: { now: '2021-09-01T22:00:00+08:00', reviews: overdue },
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('tbody tr')?.className).toBe('overdue'));
    await expect(text(root.querySelector('tbody th'))).toBe('赵某丁');
    await expect(text(root.querySelector('tbody td.deadline'))).toContain('已超时 30 分钟');
    await expect(text(root.querySelector('tbody td.id'))).toBe('529901********0033');
  },
};

/** Every department answered: one passed, one failed by 公安. */
export const AllAnswered: Story = {
  args: { now: '2021-09-02T08:00:00+08:00', reviews: allAnswered },
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part=summary]'))).toContain('通过 1 人；未通过 1 人'));
    await expect(text(root.querySelector('tbody tr:first-child td.outcome'))).toBe('✓ 通过');
  },
};

/** In English. */
export const English: Story = {
  args: { now: '2021-09-01T22:00:00+08:00', reviews: overdue },
  render: (args) =>
    html`<div lang="en"><hj-review-tracker now=${args.now} .reviews=${args.reviews as TrackedReview[]}></hj-review-tracker></div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('h2'))).toBe('Joint qualification reviews'));
    await expect(text(root.querySelector('tbody td.deadline'))).toContain('Overdue by 30 min');
    await expect(text(root.querySelector('tbody td.tier'))).toBe('Urgent');
  },
};

/** In traditional Chinese. */
export const TraditionalChinese: Story = {
  render: (args) =>
    html`<div lang="zh-TW"><hj-review-tracker now=${args.now} .reviews=${args.reviews as TrackedReview[]}></hj-review-tracker></div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('h2'))).toBe('資格聯審追蹤'));
    await expect(text(root.querySelector('caption'))).toContain('候選人資格聯審');
  },
};
