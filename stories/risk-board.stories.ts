import '@huanjie/elements/define/risk-board.js';
import { assessVillages, parseLedger, seed004RiskModel, type VillageRiskInput } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type {
  HjRiskBoard,
  RiskBoardGeoJson,
  VillageSelectDetail,
} from '../packages/elements/src/risk-board/risk-board.component.js';
import { calmSeed004Model } from '../test/support/riskModels.js';

/** The synthetic county's villages: 197 in 27 townships. */
function villagesOf(): VillageRiskInput[] {
  const county = generateCounty();
  const byCode = new Map(county.villages.map((v) => [v.code, v]));
  return county.riskIndicators.map((r) => {
    const v = byCode.get(r.villageCode)!;
    return { village: v.name, township: v.township, values: r.values };
  });
}

const villages = villagesOf();
const assessed = assessVillages(villages, seed004RiskModel);
const firstRed = villages.findIndex((_, i) => assessed.level(i) === '一级');
const ledger = parseLedger([
  {
    id: 'L-1',
    village: villages[firstRed]!.village,
    category: '信访矛盾',
    description: '土地流转款分配有争议',
    measures: ['乡镇包村干部入户调解'],
    owner: '张某甲',
    opened: '2021-08-01',
    due: '2021-09-30',
    status: 'inProgress',
  },
]);

/** Three squares side by side, each naming one of the first three villages. */
const square = (name: string, x: number): RiskBoardGeoJson['features'][number] => ({
  type: 'Feature',
  properties: { name },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [106 + x, 25],
        [106 + x, 25.1],
        [106.1 + x, 25.1],
        [106.1 + x, 25],
        [106 + x, 25],
      ],
    ],
  },
});
const map: RiskBoardGeoJson = {
  type: 'FeatureCollection',
  features: [firstRed, 0, 1].map((i, k) => square(villages[i]!.village, k * 0.1)),
};

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector('hj-risk-board') as HjRiskBoard;
  return { el, root: el.shadowRoot as ShadowRoot };
};
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const tiles = (root: ShadowRoot) => root.querySelectorAll('.board .tile');

const meta: Meta = {
  title: 'Elements/三色预警看板 Risk board',
  component: 'hj-risk-board',
  render: () => html`<hj-risk-board .villages=${villages} .ledger=${ledger}></hj-risk-board>`,
};
export default meta;

type Story = StoryObj;

/** The synthetic county: 197 villages by township, counted per level as core counts. */
export const SyntheticCounty: Story = {
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(tiles(root)).toHaveLength(197));
    await expect(text(root.querySelector('.legend [data-level="一级"] .count'))).toBe(
      String(assessed.distribution.一级),
    );
    await expect(root.querySelectorAll('.group')).toHaveLength(27);
  },
};

/** Seed 004's model with 无风险 below 5 risk points: calm villages are screened but not levelled (as seed 000's 26 and 10). */
const calmModel = calmSeed004Model(5);
const calmAssessed = assessVillages(villages, calmModel);

/** A model that leaves calm villages unlevelled (无风险): their own tiles, legend row and count of screened and levelled. */
export const CalmVillagesUnlevelled: Story = {
  render: () => html`<hj-risk-board .villages=${villages} .model=${calmModel}></hj-risk-board>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(tiles(root)).toHaveLength(197));
    await expect(calmAssessed.distribution.无风险).toBeGreaterThan(0);
    await expect(text(root.querySelector('.legend [data-level="无风险"] .count'))).toBe(
      String(calmAssessed.distribution.无风险),
    );
    await expect(root.querySelectorAll('.board .tile.calm')).toHaveLength(calmAssessed.distribution.无风险);
    await expect(text(root.querySelector('[part=summary]'))).toContain(
      `已研判 ${calmAssessed.screened} 个，定级 ${calmAssessed.levelled} 个`,
    );
  },
};

/** Only the red (一级) villages. */
export const FilteredRed: Story = {
  render: () => html`<hj-risk-board .villages=${villages} filter-level="一级"></hj-risk-board>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(tiles(root)).toHaveLength(assessed.distribution.一级));
    await expect([...tiles(root)].every((t) => t.classList.contains('red'))).toBe(true);
    await expect((root.querySelector('#filter-level') as HTMLSelectElement).value).toBe('一级');
  },
};

/** A red village chosen with the keyboard: its score, each indicator's points and its ledger. */
export const VillageChosen: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    const chosen: VillageSelectDetail[] = [];
    el.addEventListener('hj-village-select', (e) => chosen.push(e.detail));
    // Start beside the red village and step onto it.
    const start = firstRed > 0 ? firstRed - 1 : firstRed + 1;
    (root.querySelector(`.tile[data-i="${start}"]`) as HTMLButtonElement).focus();
    await userEvent.keyboard(firstRed > 0 ? '{ArrowRight}{Enter}' : '{ArrowLeft}{Enter}');
    await waitFor(() => expect(root.querySelector('[part=detail]')).not.toBeNull());
    await expect(chosen[0]?.village).toBe(villages[firstRed]!.village);
    await expect(root.querySelectorAll('.contributions tbody tr')).toHaveLength(7);
    await expect(text(root.querySelector('.ledger'))).toContain('土地流转款分配有争议');
  },
};

/** With a map: three squares coloured as their villages' tiles. */
export const WithMap: Story = {
  render: () => html`<hj-risk-board .villages=${villages} .geojson=${map}></hj-risk-board>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(root.querySelectorAll('svg[part=map] path')).toHaveLength(3));
    const paths = [...root.querySelectorAll('svg[part=map] path')];
    await expect(paths[0]!.classList.contains('red')).toBe(true);
    await expect(text(paths[0]!.querySelector('title'))).toContain(villages[firstRed]!.village);
    await expect(paths[1]!.getAttribute('class')).toContain(assessed.colour(0));
  },
};

/**
 * A province's count of villages: the county over and over, its townships told apart by copy. (Generating 81 more
 * counties at import took 30 s on a busy machine, paid by every story here before it could render.)
 */
const province = Array.from({ length: 16_000 }, (_, i): VillageRiskInput => {
  const v = villages[i % villages.length]!;
  const copy = Math.floor(i / villages.length);
  return copy ? { ...v, township: `${v.township}（${copy}）` } : v;
});

/** A province: 16,000 villages as plain tiles. */
export const Province16000: Story = {
  render: () => html`<hj-risk-board .villages=${province}></hj-risk-board>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await waitFor(() => expect(tiles(root)).toHaveLength(16_000));
    await expect(text(root.querySelector('[part=summary]'))).toContain('共 16000 个村（社区）');
    await expect(root.querySelectorAll('.board [tabindex="0"]')).toHaveLength(1);
  },
};

/** No villages: a message instead of the board. */
export const NoVillages: Story = {
  render: () => html`<hj-risk-board .villages=${[]}></hj-risk-board>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await expect(text(root.querySelector('[part=empty]'))).toBe('没有村（社区）的研判数据。');
  },
};

/** In English. */
export const English: Story = {
  render: () => html`<div lang="en"><hj-risk-board .villages=${villages}></hj-risk-board></div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await expect(text(root.querySelector('h2'))).toBe('Election risk: three-colour warning');
    await expect(text(root.querySelector('[part=summary]'))).toContain('197 villages and communities');
  },
};

/** In traditional Chinese. */
export const TraditionalChinese: Story = {
  render: () => html`<div lang="zh-TW"><hj-risk-board .villages=${villages}></hj-risk-board></div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await expect(text(root.querySelector('h2'))).toBe('換屆風險三色預警');
    await expect(text(root.querySelector('label[for=filter-level]'))).toBe('風險等級');
  },
};
