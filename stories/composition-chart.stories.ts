import '@huanjie/elements/define/composition-chart.js';
import { reportTermChange } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { HjCompositionChart } from '../packages/elements/src/composition-chart/composition-chart.component.js';

/** The synthetic county's two terms (197 villages): 一降一升 as core reports it. */
const county = generateCounty();
const { previous, current } = county.terms;
const report = reportTermChange(
  { members: previous.members, asOf: previous.electionDate },
  { members: current.members, asOf: current.electionDate },
);
const secretary = current.members.find((m) => m.organization === '党组织' && m.post === '书记');

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector('hj-composition-chart') as HjCompositionChart;
  return { el, root: el.shadowRoot as ShadowRoot };
};
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const countCell = (root: ShadowRoot) => text(root.querySelectorAll('tr[data-key="count"] td')[2]);

const chart = (scope = 'team', view = 'chart') =>
  html`<hj-composition-chart
    as-of=${current.electionDate}
    previous-as-of=${previous.electionDate}
    scope=${scope}
    view=${view}
    .previous=${previous.members}
    .current=${current.members}
  ></hj-composition-chart>`;

const meta: Meta = {
  title: 'Elements/班子结构图 Composition chart',
  component: 'hj-composition-chart',
  render: () => chart(),
};
export default meta;

type Story = StoryObj;

/** The whole party committee team of the synthetic county, previous term hatched beside the current one. */
export const SyntheticCounty: Story = {
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part=sentence]'))).toBe(report.text.zh));
    await expect(root.querySelectorAll('svg[role=img]')).toHaveLength(8);
    await expect(countCell(root)).toBe(String(report.team.current.count));
  },
};

/** Only the secretaries (书记), switched with the segmented control. */
export const Secretaries: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    await userEvent.click(root.querySelector('input[value=secretaries]') as HTMLInputElement);
    await waitFor(() => expect(el.scope).toBe('secretaries'));
    await expect(countCell(root)).toBe(String(report.secretaries.current.count));
    await expect(text(root.querySelector('[data-figure=averageAge]'))).toContain(
      report.secretaries.comparison.averageAge?.text.zh as string,
    );
  },
};

/** No members: a clear message, no NaN. */
export const NoData: Story = {
  render: () => html`<hj-composition-chart as-of="2021-10-28" .current=${[]} .previous=${[]}></hj-composition-chart>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await expect(text(root.querySelector('[role=status]'))).toBe('暂无数据：没有可统计的成员。');
    await expect(text(root.querySelector('h2'))).toBe('班子年龄学历结构');
    await expect(root.textContent).not.toMatch(/NaN/);
  },
};

/** One secretary and no previous term: one bar per group, no comparison. */
export const OneMember: Story = {
  render: () =>
    html`<hj-composition-chart as-of=${current.electionDate} .current=${secretary ? [secretary] : []}></hj-composition-chart>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await expect(text(root.querySelector('.note'))).toBe('缺少上届数据，无法作换届前后对比。');
    await expect(root.querySelectorAll('rect.bar.current')).toHaveLength(8);
    await expect([...root.querySelectorAll('tr[data-key="count"] td')].map(text)).toEqual(['1', '—']);
    await expect(root.textContent).not.toMatch(/NaN/);
  },
};

/** The data table instead of the chart; the button switches back. */
export const TableView: Story = {
  render: () => chart('team', 'table'),
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    await expect(root.querySelectorAll('svg')).toHaveLength(0);
    await expect(root.querySelector('.data')?.getAttribute('role')).toBe('region');
    await expect(countCell(root)).toBe(String(report.team.current.count));
    await userEvent.click(root.querySelector('[part=toggle]') as HTMLButtonElement);
    await waitFor(() => expect(el.view).toBe('chart'));
    await expect(root.querySelectorAll('svg')).toHaveLength(8);
  },
};

/** In English: core's English paragraph. */
export const English: Story = {
  render: () => html`<div lang="en">${chart()}</div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await expect(text(root.querySelector('h2'))).toBe('Age and education of the team');
    await expect(text(root.querySelector('[part=sentence]'))).toBe(report.text.en);
  },
};

/** In traditional Chinese (core's paragraph stays as core writes it). */
export const TraditionalChinese: Story = {
  render: () => html`<div lang="zh-TW">${chart()}</div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await expect(text(root.querySelector('h2'))).toBe('班子年齡學歷結構');
    await expect(text(root.querySelector('legend'))).toBe('統計範圍');
    await expect(text(root.querySelector('[part=sentence]'))).toBe(report.text.zh);
  },
};
