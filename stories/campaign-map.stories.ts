import '@huanjie/elements/define/campaign-map.js';
import { campaignStatus, nationalBaseline, summarizeCampaign } from '@huanjie/core';
import { generateCampaign, generateCounty } from '@huanjie/core/synthetic';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { HjCampaignMap } from '../packages/elements/src/campaign-map/campaign-map.component.js';
import { provinceStatus } from '../test/support/campaign.js';

/**
 * The synthetic county (197 villages in 27 townships, all invented) and its 2021 campaign journal: elections on 28
 * October and the weekends around it, three villages late with their voter list, one 另行选举, one incident.
 */
const county = generateCounty();
const { events, villages } = generateCampaign(county.villages);
const policy = nationalBaseline;
const MID = '2021-10-20';
const END = '2021-12-31';

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector('hj-campaign-map') as HjCampaignMap;
  return { el, root: el.shadowRoot as ShadowRoot };
};
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tiles = (root: ShadowRoot) => root.querySelectorAll('.board .tile');
const map = (asOf: string) =>
  html`<hj-campaign-map as-of=${asOf} .events=${events} .villages=${villages}></hj-campaign-map>`;

const meta: Meta = {
  title: 'Elements/选情地图 Campaign map',
  component: 'hj-campaign-map',
  render: () => map(MID),
};
export default meta;

type Story = StoryObj;

/** 20 October 2021: most villages at their party election, three late with the voter list; a day forward. */
export const MidCampaign: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    await waitFor(() => expect(tiles(root)).toHaveLength(197));
    await expect(root.querySelectorAll('.board .tile.late')).toHaveLength(3);
    await expect(text(root.querySelector('.legend [data-key="late"] .count'))).toBe('3');
    await userEvent.click(root.querySelector('[data-step="1"]') as HTMLButtonElement);
    await waitFor(() => expect(el.getAttribute('as-of')).toBe('2021-10-21'));
    const held = summarizeCampaign(campaignStatus(events, { asOf: '2021-10-21', policy, villages })).county.held;
    await waitFor(() => expect(text(root.querySelector('[part=summary]'))).toContain(`已举行选举 ${held} 个`));
  },
};

/** The end of the year: every village complete, first-vote success as core counts it (one 另行选举). */
export const Finished: Story = {
  render: () => map(END),
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(tiles(root)).toHaveLength(197));
    await expect([...tiles(root)].every((t) => t.classList.contains('final'))).toBe(true);
    await expect(text(root.querySelector('[part=summary]'))).toContain('已完成换届 197 个');
    await expect(text(root.querySelector('[part=summary]'))).toContain('一次选举成功率 99.49%');
  },
};

/** No journal and no villages: a message instead of the board. */
export const Empty: Story = {
  render: () => html`<hj-campaign-map as-of=${MID}></hj-campaign-map>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('[part=empty]'))).toBe('没有村（社区）的选情数据。'));
  },
};

const mid = campaignStatus(events, { asOf: MID, policy, villages });
const province = provinceStatus(mid, 16_000);

/**
 * A province: 16,000 villages (the county's, repeated under new codes) as core's status of 20 October; the day
 * control asks the page for another day, which answers with that day's status.
 */
export const Province16000: Story = {
  render: () =>
    html`<hj-campaign-map
      .status=${province}
      @hj-as-of-change=${(e: CustomEvent<{ asOf: string }>) => {
        const day = campaignStatus(events, { asOf: e.detail.asOf, policy, villages });
        (e.target as HjCampaignMap).status = provinceStatus(day, 16_000);
      }}
    ></hj-campaign-map>`,
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    await waitFor(() => expect(tiles(root)).toHaveLength(16_000));
    await expect(text(root.querySelector('[part=summary]'))).toContain('共 16000 个村（社区）');
    await expect(root.querySelectorAll('.board [tabindex="0"]')).toHaveLength(1);
    await userEvent.click(root.querySelector('[data-step="1"]') as HTMLButtonElement);
    await waitFor(() => expect(el.day).toBe('2021-10-21'));
    await expect(tiles(root)).toHaveLength(16_000);
  },
};

/** In traditional Chinese. */
export const TraditionalChinese: Story = {
  render: () => html`<div lang="zh-TW">${map(MID)}</div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('h2'))).toBe('換屆選情地圖'));
    await expect(text(root.querySelector('label[for=filter-stage]'))).toBe('所處階段');
    await expect(text(root.querySelector('.legend [data-key="voter-registration"]'))).toContain('選民登記與公布');
  },
};

/** In English. */
export const English: Story = {
  render: () => html`<div lang="en">${map(MID)}</div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(text(root.querySelector('h2'))).toBe('Re-election map'));
    await expect(text(root.querySelector('[part=summary]'))).toContain('As of 2021-10-20, 197 villages');
  },
};
