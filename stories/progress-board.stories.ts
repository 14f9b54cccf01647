import '@huanjie/elements/define/progress-board.js';
import {
  campaignStatus,
  exampleTaskTemplate,
  nationalBaseline,
  scheduleTasks,
  type TaskRecord,
  taskProgress,
} from '@huanjie/core';
import { generateCampaign, generateCounty } from '@huanjie/core/synthetic';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { HjProgressBoard } from '../packages/elements/src/progress-board/progress-board.component.js';

/**
 * The synthetic county (27 townships, 197 villages, all invented), tasks scheduled for an election on 2021-10-28,
 * progress as of 2021-10-21: village i has done its first i % 7 tasks of the example template; every other township
 * has done the joint review. Elections held and first-vote success are core's summary of the county's synthetic 2021
 * campaign journal on that day: a third of the villages have elected, all at the first vote (seed 002: 100 %).
 */

const ELECTION = '2021-10-28';
const AS_OF = '2021-10-21';
const county = generateCounty();
const villageTasks = scheduleTasks(exampleTaskTemplate, ELECTION).filter((t) => t.level === 'village');
const records: TaskRecord[] = [
  ...county.villages.map(
    (v, i): TaskRecord => ({
      unit: v.name,
      township: v.township,
      level: 'village',
      electionDate: ELECTION,
      done: Object.fromEntries(villageTasks.slice(0, i % 7).map((t) => [t.id, t.due])),
    }),
  ),
  ...county.townships.map(
    (t, i): TaskRecord => ({
      unit: t.name,
      level: 'township',
      electionDate: ELECTION,
      done: i % 2 === 0 ? { review: '2021-10-17' } : {},
    }),
  ),
];
const progress = taskProgress(exampleTaskTemplate, records, { asOf: AS_OF });
const { events, villages } = generateCampaign(county.villages);
const campaign = campaignStatus(events, { asOf: AS_OF, policy: nationalBaseline, villages });

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector('hj-progress-board') as HjProgressBoard;
  return { el, root: el.shadowRoot as ShadowRoot };
};
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const board = () =>
  html`<hj-progress-board as-of=${AS_OF} .progress=${progress} .campaign=${campaign}></hj-progress-board>`;

const meta: Meta = {
  title: 'Elements/换届进度看板 Progress board',
  component: 'hj-progress-board',
  render: board,
};
export default meta;

type Story = StoryObj;

/** The synthetic county: one line per township, each opening to its villages. */
export const SyntheticCounty: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('details[part=township]')).toHaveLength(27));
    await expect(text(root.querySelector('[part=summary]'))).toContain('一次选举成功率 100%');
    const first = root.querySelector('details') as HTMLDetailsElement;
    const name = first.dataset.township as string;
    const r = progress.byTownship[name]!;
    await expect(text(first.querySelector('summary'))).toContain(`逾期任务 ${r.overdue} 项`);
    await userEvent.click(first.querySelector('summary') as HTMLElement);
    await waitFor(() => expect(first.open).toBe(true));
    await expect(first.querySelectorAll('tbody tr')).toHaveLength(r.units);
  },
};

/** Before any progress is recorded. */
export const NoData: Story = {
  render: () => html`<hj-progress-board></hj-progress-board>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part=empty]'))).toBe('暂无任务进度数据。'));
  },
};

/** In English: task titles come from the template. */
export const English: Story = {
  render: () => html`<div lang="en">${board()}</div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('h2'))).toBe('Re-election progress'));
    await expect(text(root.querySelector('[part=summary]'))).toContain('succeeded at the first vote: 100%');
    await expect(text(root.querySelector('li[data-task="voter-list"]'))).toContain('Voter list posted');
  },
};

/** In traditional Chinese. */
export const TraditionalChinese: Story = {
  render: () => html`<div lang="zh-TW">${board()}</div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('h2'))).toBe('換屆進度看板'));
    await expect(text(root.querySelector('[part=summary]'))).toContain('一次選舉成功率 100%');
  },
};
