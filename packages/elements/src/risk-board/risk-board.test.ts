import '@huanjie/elements/define/risk-board.js';
import { assessVillages, parseLedger, seed004RiskModel, type VillageRiskInput } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, mount, textOf } from '../../../../test/support/elements.js';
import { calmSeed004Model } from '../../../../test/support/riskModels.js';
import type { HjRiskBoard, RiskBoardGeoJson, VillageSelectDetail } from './risk-board.component.js';

// The synthetic county: 197 villages in 27 townships, each with the seven indicators of seed 004's model.
const county = generateCounty();
const byCode = new Map(county.villages.map((v) => [v.code, v]));
const villages: VillageRiskInput[] = county.riskIndicators.map((r) => {
  const v = byCode.get(r.villageCode)!;
  return { village: v.name, township: v.township, values: r.values };
});
const expected = assessVillages(villages, seed004RiskModel);
const firstRed = villages.findIndex((_, i) => expected.level(i) === '一级');

const root = (el: HjRiskBoard) => el.shadowRoot as ShadowRoot;
const tiles = (el: HjRiskBoard) => [...root(el).querySelectorAll<HTMLButtonElement>('.board .tile')];
const tile = (el: HjRiskBoard, i: number) => root(el).querySelector<HTMLButtonElement>(`.tile[data-i="${i}"]`)!;
const fmt = (n: number | null) =>
  n === null ? '—' : new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(n);

async function board(list: readonly VillageRiskInput[] = villages, extra: Partial<HjRiskBoard> = {}) {
  const { host, el } = await mount<HjRiskBoard>('<hj-risk-board></hj-risk-board>', 'hj-risk-board');
  Object.assign(el, { villages: list, ...extra });
  await el.updateComplete;
  return { host, el };
}

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
  {
    id: 'L-2',
    village: '别的村',
    category: '其他',
    description: '不应显示',
    owner: '李某乙',
    opened: '2021-08-01',
    due: '2021-09-30',
    status: 'open',
  },
]);

/** Three villages, one per level under seed 004's model, and three unit squares (RFC 7946 winding) naming them. */
const calm = {
  financialAudit: 100,
  qualificationReview: 100,
  electionSituation: 100,
  petitionsAndDisputes: 100,
  clanReligionAndCrime: 100,
  teamCohesion: 100,
  successorReadiness: 100,
};
const three: VillageRiskInput[] = [
  {
    village: '红岩村',
    township: '甲镇',
    values: { ...calm, financialAudit: 0, clanReligionAndCrime: 0, electionSituation: 0 },
  },
  { village: '黄泥村', township: '甲镇', values: { ...calm, electionSituation: 50 } },
  { village: '青山村', township: '乙镇', values: calm },
];
const square = (name: string, x: number): RiskBoardGeoJson['features'][number] => ({
  type: 'Feature',
  properties: { 村名: name },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 0],
        [x + 0.01, 0],
        [x + 0.01, 0.01],
        [x, 0.01],
        [x, 0],
      ],
    ],
  },
});
const squares: RiskBoardGeoJson = {
  type: 'FeatureCollection',
  features: [square('红岩村', 0), square('黄泥村', 0.01), square('青山村', 0.02)],
};

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<hj-risk-board>', () => {
  it('shows every village of the synthetic county as a tile, grouped by township, counted as core counts', async () => {
    const { el } = await board();
    expect(tiles(el)).toHaveLength(197);
    expect(root(el).querySelectorAll('.group')).toHaveLength(27);
    const d = expected.distribution;
    for (const level of ['一级', '二级', '三级'] as const) {
      expect(textOf(root(el).querySelector(`.legend [data-level="${level}"] .count`))).toBe(String(d[level]));
    }
    expect(d.一级 + d.二级 + d.三级).toBe(197);
    expect(textOf(root(el).querySelector('[part=summary]'))).toBe(
      `共 197 个村（社区）：一级（红色） ${d.一级} 个，二级（黄色） ${d.二级} 个，三级（绿色） ${d.三级} 个`,
    );
    // The level is written on each tile, not only coloured.
    const red = tile(el, firstRed);
    expect(red.classList.contains('red')).toBe(true);
    expect(textOf(red.querySelector('.lv'))).toBe('一');
    expect(red.title).toContain(villages[firstRed]!.village);
    // Each township's heading counts its levels as core does.
    const first = villages[0]!.township!;
    const c = expected.byTownship[first]!;
    expect(textOf(root(el).querySelector('.group .group-counts'))).toBe(`一 ${c.一级} · 二 ${c.二级} · 三 ${c.三级}`);
    // One tab stop for all tiles.
    expect(root(el).querySelectorAll('.board [tabindex="0"]')).toHaveLength(1);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows calm villages as 无风险, not levelled, when the model leaves them so (seed 000: 26 screened, 10 levelled)', async () => {
    const model = calmSeed004Model(10);
    const rated = (over: Record<string, number>) => ({ ...calm, ...over });
    const list = [
      ...Array.from({ length: 2 }, () => rated({ electionSituation: 50, clanReligionAndCrime: 50 })),
      ...Array.from({ length: 3 }, () => rated({ electionSituation: 50 })),
      ...Array.from({ length: 5 }, () => rated({ electionSituation: 70 })),
      ...Array.from({ length: 16 }, () => calm),
    ].map((values, i) => ({ village: `村${i + 1}`, township: '协兴镇', values }));
    const { host, el } = await board(list, { model });
    expect(textOf(root(el).querySelector('[part=summary]'))).toBe(
      '共 26 个村（社区）：一级（红色） 2 个，二级（黄色） 3 个，三级（绿色） 5 个，无风险（不定级） 16 个，已研判 26 个，定级 10 个',
    );
    expect(textOf(root(el).querySelector(`.legend [data-level="无风险"] .count`))).toBe('16');
    expect(tiles(el)).toHaveLength(26);
    const quiet = tile(el, 25);
    expect(quiet.classList.contains('calm')).toBe(true);
    expect(textOf(quiet.querySelector('.lv'))).toBe('无');
    expect(quiet.title).toBe('村26 · 协兴镇 · 无风险（不定级）');
    expect(textOf(root(el).querySelector('.group .group-counts'))).toBe('一 2 · 二 3 · 三 5 · 无 16');
    await userEvent.selectOptions(root(el).querySelector('#filter-level') as HTMLSelectElement, '无风险');
    await el.updateComplete;
    expect(tiles(el)).toHaveLength(16);
    el.view = 'table';
    await el.updateComplete;
    expect(textOf(root(el).querySelector('tbody tr td:last-child'))).toBe('无 无风险（不定级）');
    host.setAttribute('lang', 'en');
    await expect.poll(() => textOf(root(el).querySelector('[part=summary]'))).toContain('26 assessed');
    expect(textOf(root(el).querySelector('[part=summary]'))).toContain(
      'No risk (not levelled) 16; 26 assessed, 10 given a level',
    );
    expect(await axeViolations(el)).toEqual([]);
  });

  it('filters by level and by township', async () => {
    const { el } = await board();
    await userEvent.selectOptions(root(el).querySelector('#filter-level') as HTMLSelectElement, '一级');
    await el.updateComplete;
    expect(tiles(el)).toHaveLength(expected.distribution.一级);
    expect(tiles(el).every((t) => t.classList.contains('red'))).toBe(true);
    expect(el.getAttribute('filter-level')).toBe('一级');

    await userEvent.selectOptions(root(el).querySelector('#filter-level') as HTMLSelectElement, '');
    const township = villages[firstRed]!.township!;
    await userEvent.selectOptions(root(el).querySelector('#filter-township') as HTMLSelectElement, township);
    await el.updateComplete;
    const mine = villages.filter((v) => v.township === township).length;
    expect(tiles(el)).toHaveLength(mine);
    expect(textOf(root(el).querySelector('.shown'))).toBe(`当前显示 ${mine} 个`);

    el.filterLevel = '三级';
    await el.updateComplete;
    expect(tiles(el)).toHaveLength(expected.byTownship[township]!.三级);
    el.filterLevel = 'unscored';
    await el.updateComplete;
    expect(tiles(el)).toHaveLength(0);
    expect(textOf(root(el).querySelector('.none-match'))).toBe('没有符合筛选条件的村（社区）。');
  });

  it('lists villages with no township under a choice of their own, apart from "all townships"', async () => {
    const { el } = await board([three[0]!, { ...three[1]!, township: undefined }, three[2]!]);
    const select = root(el).querySelector('#filter-township') as HTMLSelectElement;
    expect(select.selectedIndex).toBe(0); // all townships, not the no-township choice
    expect(tiles(el)).toHaveLength(3);
    await userEvent.selectOptions(select, '(none)');
    await el.updateComplete;
    expect(el.getAttribute('filter-township')).toBe('(none)');
    expect(tiles(el).map((b) => b.querySelector('.name')?.textContent)).toEqual(['黄泥村']);
  });

  it('shows the score, each indicator and the ledger of a tile chosen by click, and tells the page', async () => {
    const { el } = await board(villages, { ledger });
    const events: VillageSelectDetail[] = [];
    document.body.addEventListener('hj-village-select', (e) => events.push(e.detail));
    await userEvent.click(tile(el, firstRed));
    await el.updateComplete;
    const v = villages[firstRed]!;
    const explained = expected.explain(firstRed);
    expect(events).toEqual([{ village: v.village, township: v.township, score: expected.score(firstRed) }]);
    const detail = root(el).querySelector('[part=detail]')!;
    expect(textOf(detail.querySelector('h3'))).toBe(`${v.village}：研判详情`);
    expect(textOf(detail.querySelector('.score'))).toBe(fmt(explained.score));
    expect(textOf(detail.querySelector('.level'))).toBe('一 一级（红色）');
    const rows = [...detail.querySelectorAll('.contributions tbody tr')];
    expect(rows).toHaveLength(7);
    explained.contributions.forEach((c, k) => {
      expect(rows[k]!.getAttribute('data-indicator')).toBe(c.indicatorId);
      expect(textOf(rows[k]!.querySelector('th'))).toBe(c.title.zh);
      expect(textOf(rows[k]!.querySelector('.contribution'))).toBe(fmt(c.contribution));
    });
    const items = [...detail.querySelectorAll('.ledger li')];
    expect(items.map((li) => li.getAttribute('data-ledger'))).toEqual(['L-1']);
    expect(textOf(items[0]!)).toContain('信访矛盾：土地流转款分配有争议');
    expect(textOf(items[0]!)).toContain('化解中');
    expect(textOf(items[0]!)).toContain('乡镇包村干部入户调解');
    expect(tile(el, firstRed).getAttribute('aria-current')).toBe('true');
    expect(await axeViolations(el)).toEqual([]);
    // New data for the same villages (first one left out): the same village stays chosen.
    el.villages = villages.slice(1);
    await el.updateComplete;
    expect(textOf(root(el).querySelector('[part=detail] h3'))).toBe(`${v.village}：研判详情`);
    expect(tile(el, firstRed - 1).getAttribute('aria-current')).toBe('true');
    await userEvent.click(root(el).querySelector('[part=detail] button') as HTMLButtonElement);
    await el.updateComplete;
    expect(root(el).querySelector('[part=detail]')).toBeNull();
    expect(root(el).querySelector('[aria-current]')).toBeNull();
  });

  it('moves between tiles with the arrow keys and chooses one with Enter', async () => {
    const { el } = await board();
    const events: VillageSelectDetail[] = [];
    el.addEventListener('hj-village-select', (e) => events.push(e.detail));
    tile(el, 0).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(root(el).activeElement).toBe(tile(el, 1));
    expect(tile(el, 1).tabIndex).toBe(0);
    expect(tile(el, 0).tabIndex).toBe(-1);
    await userEvent.keyboard('{ArrowLeft}{ArrowDown}');
    const below = root(el).activeElement as HTMLElement;
    expect(below.getBoundingClientRect().top).toBeGreaterThan(tile(el, 0).getBoundingClientRect().top);
    await userEvent.keyboard('{ArrowUp}');
    expect(root(el).activeElement).toBe(tile(el, 0));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    await el.updateComplete;
    expect(events.map((e) => e.village)).toEqual([villages[2]!.village]);
    expect(textOf(root(el).querySelector('[part=detail] h3'))).toBe(`${villages[2]!.village}：研判详情`);
    await userEvent.keyboard('{End}');
    expect(root(el).activeElement).toBe(tile(el, 196));
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(events.at(-1)?.village).toBe(villages[196]!.village);
  });

  it('switches to a table whose values equal core', async () => {
    const { el } = await board();
    await userEvent.click(root(el).querySelector('[data-view=table]') as HTMLButtonElement);
    await el.updateComplete;
    expect(root(el).querySelector('.board')).toBeNull();
    const rows = [...root(el).querySelectorAll('table[part=table] tbody tr')];
    expect(rows).toHaveLength(197);
    const seen = { 一级: 0, 二级: 0, 三级: 0 };
    rows.forEach((tr) => {
      const i = Number(tr.querySelector('[data-i]')?.getAttribute('data-i'));
      const cells = [...tr.children].map((c) => textOf(c));
      expect(cells[0]).toBe(villages[i]!.village);
      expect(cells[1]).toBe(villages[i]!.township);
      expect(cells[2]).toBe(fmt(expected.score(i)));
      expect(cells[3]).toContain(expected.level(i));
      seen[expected.level(i) as '一级']++;
    });
    expect(seen).toEqual({
      一级: expected.distribution.一级,
      二级: expected.distribution.二级,
      三级: expected.distribution.三级,
    });
    expect(await axeViolations(el)).toEqual([]);
    // A village is chosen from the table too; back on the board, the same one is marked.
    await userEvent.click(root(el).querySelector(`tbody [data-i="${firstRed}"]`) as HTMLButtonElement);
    await userEvent.click(root(el).querySelector('[data-view=board]') as HTMLButtonElement);
    await el.updateComplete;
    expect(tile(el, firstRed).getAttribute('aria-current')).toBe('true');
  });

  it('says so when there are no villages, and shows a single one', async () => {
    const { el } = await board([]);
    expect(textOf(root(el).querySelector('[part=empty]'))).toBe('没有村（社区）的研判数据。');
    expect(root(el).querySelector('.board')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
    el.villages = [villages[0]!];
    await el.updateComplete;
    expect(tiles(el)).toHaveLength(1);
    expect(tiles(el)[0]!.tabIndex).toBe(0);
    expect(textOf(root(el).querySelector('[part=summary]'))).toContain('共 1 个村（社区）');
  });

  it("redraws a day's new figures for the same villages in place, and a table round trip still shows the board", async () => {
    const { el } = await board(three);
    const before = tiles(el);
    const countsBefore = textOf(root(el).querySelector('.group-counts'));
    expect(before.map((b) => b.className)).toEqual(['tile red', 'tile yellow', 'tile green']);
    // The next day: the red village settled, the green one flared up.
    el.villages = [
      { ...three[0]!, values: calm },
      three[1]!,
      { ...three[2]!, values: { ...calm, financialAudit: 0, clanReligionAndCrime: 0, electionSituation: 0 } },
    ];
    await el.updateComplete;
    const after = tiles(el);
    expect(after.map((b) => b.className)).toEqual(['tile green', 'tile yellow', 'tile red']);
    expect(after.every((b, i) => b === before[i])).toBe(true); // the same nodes, patched
    expect(after[2]!.title).toBe('青山村 · 乙镇 · 一级（红色）');
    expect(textOf(root(el).querySelector('.group-counts'))).not.toBe(countsBefore); // 甲镇 has no red village now
    // Table and back: the board is drawn again, not left empty.
    el.view = 'table';
    await el.updateComplete;
    el.view = 'board';
    await el.updateComplete;
    expect(tiles(el).map((b) => b.className)).toEqual(['tile green', 'tile yellow', 'tile red']);
    // Another set of villages: a new board.
    el.villages = [three[2]!, three[0]!];
    await el.updateComplete;
    expect(tiles(el).map((b) => b.querySelector('.name')?.textContent)).toEqual(['青山村', '红岩村']);
  });

  it('colours a map of three shapes by level; a shape is chosen by keyboard', async () => {
    const { el } = await mount<HjRiskBoard>('<hj-risk-board geo-key="村名"></hj-risk-board>', 'hj-risk-board');
    el.villages = three;
    el.geojson = squares;
    await el.updateComplete;
    const paths = [...root(el).querySelectorAll<SVGPathElement>('svg[part=map] path')];
    expect(paths).toHaveLength(3);
    expect(
      paths.map((p) =>
        p.classList.contains('red')
          ? 'red'
          : p.classList.contains('yellow')
            ? 'yellow'
            : p.classList.contains('green')
              ? 'green'
              : '',
      ),
    ).toEqual(['red', 'yellow', 'green']);
    expect(paths.map((p) => textOf(p.querySelector('title')))).toEqual([
      '红岩村 · 一级（红色）',
      '黄泥村 · 二级（黄色）',
      '青山村 · 三级（绿色）',
    ]);
    // Fitted to the box: each square is drawn inside it and none covers the whole box.
    for (const p of paths) {
      const box = p.getBBox();
      expect(box.width).toBeGreaterThan(10);
      expect(box.width).toBeLessThan(400);
      expect(box.x).toBeGreaterThanOrEqual(-0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(600.5);
    }
    const events: VillageSelectDetail[] = [];
    el.addEventListener('hj-village-select', (e) => events.push(e.detail));
    paths[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(events).toEqual([{ village: '黄泥村', township: '甲镇', score: 20 }]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('follows a change of lang at run time, in English and traditional Chinese', async () => {
    const { host, el } = await board(villages, { ledger });
    expect(textOf(root(el).querySelector('h2'))).toBe('换届风险三色预警');
    host.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).toBe('Election risk: three-colour warning');
    expect(textOf(root(el).querySelector('[part=summary]'))).toContain('197 villages and communities: Level 1 (red)');
    expect(textOf(root(el).querySelector('.tile[data-i="0"] .lv'))).toMatch(/^[123]$/);
    await userEvent.click(tile(el, firstRed));
    await el.updateComplete;
    expect(textOf(root(el).querySelector('.contributions tbody th'))).toBe(
      expected.explain(firstRed).contributions[0]!.title.en,
    );
    expect(textOf(root(el).querySelector('.ledger li'))).toBe(
      '信访矛盾: 土地流转款分配有争议 Status: In progress · Owner: 张某甲 · Due: 2021-09-30 Measures: 乡镇包村干部入户调解',
    );
    host.setAttribute('lang', 'zh-TW');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).toBe('換屆風險三色預警');
  });

  it('shows a village name full of HTML as text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { el } = await board([{ ...villages[0]!, village: payload }]);
    expect(root(el).querySelector('img')).toBeNull();
    expect(textOf(tiles(el)[0]!.querySelector('.name'))).toBe(payload);
    await userEvent.click(tiles(el)[0]!);
    await el.updateComplete;
    expect(root(el).querySelector('img')).toBeNull();
    expect(textOf(root(el).querySelector('[part=detail] h3'))).toContain(payload);
  });
});
