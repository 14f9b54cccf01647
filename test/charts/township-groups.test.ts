import {
  assessVillages,
  defineRiskModel,
  seed004RiskModel,
  seed004RiskModelSpec,
  type VillageRiskInput,
} from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { describe, expect, it } from 'vitest';
import { RISK_BOARD_MESSAGES } from '../../packages/elements/src/risk-board/risk-board.messages.js';
import { levelShown } from '../../packages/elements/src/risk-board/risk-filters.js';
import { figureFormat, levelLabel } from '../../packages/elements/src/risk-board/risk-labels.js';
import {
  filteredTownship,
  firstIndexBy,
  groupByTownship,
  NO_TOWNSHIP,
  shownGroups,
  townshipFilterValue,
} from '../../packages/elements/src/village-board/township-groups.js';

// The synthetic county: 197 villages in 27 townships, each with the seven indicators of seed 004's model.
const county = generateCounty();
const byCode = new Map(county.villages.map((v) => [v.code, v]));
const villages: VillageRiskInput[] = county.riskIndicators.map((r) => {
  const v = byCode.get(r.villageCode);
  if (!v) throw new Error(`no village ${r.villageCode}`);
  return { village: v.name, township: v.township, values: r.values };
});
const a = assessVillages(villages, seed004RiskModel);

const values = {};
const list: VillageRiskInput[] = [
  { village: '甲村', township: 'A镇', values },
  { village: '乙村', values },
  { village: '丙村', township: 'A镇', values },
  { village: '甲村', township: 'B镇', values },
];

describe('groupByTownship', () => {
  it('groups the villages by township in the order each township first comes, the ones with none together', () => {
    const groups = groupByTownship(list, (v) => v.township);
    expect(groups).toEqual([
      { key: 'A镇', indices: [0, 2] },
      { key: '', indices: [1] },
      { key: 'B镇', indices: [3] },
    ]);
    expect(groups.map(townshipFilterValue)).toEqual(['A镇', NO_TOWNSHIP, 'B镇']);
    // Two villages named 甲村: the first is the one the map and the ledger find.
    expect([...firstIndexBy(list, (v) => [v.village])]).toEqual([
      ['甲村', 0],
      ['乙村', 1],
      ['丙村', 2],
    ]);
  });

  it('gives the synthetic county’s 27 townships, every village once, as core counts them by township', () => {
    const groups = groupByTownship(villages, (v) => v.township);
    expect(groups).toHaveLength(27);
    expect(groups.flatMap((g) => g.indices).sort((x, y) => x - y)).toEqual(villages.map((_, i) => i));
    expect(groups.map((g) => g.key).sort()).toEqual(Object.keys(a.byTownship).sort());
    for (const g of groups) {
      const c = a.byTownship[g.key];
      expect(g.indices.length).toBe((c?.一级 ?? 0) + (c?.二级 ?? 0) + (c?.三级 ?? 0) + (c?.unscored ?? 0));
    }
  });
});

describe('the filters', () => {
  const groups = groupByTownship(villages, (v) => v.township);
  const level = (filter: '' | '一级', scored: Pick<typeof a, 'level'> = a) =>
    filter ? (i: number) => levelShown(scored, i, filter) : undefined;

  it('leaves every group as it is with no filter', () => {
    const shown = shownGroups(groups, '');
    expect(shown).toHaveLength(groups.length);
    expect(shown.every((g, i) => g === groups[i])).toBe(true);
  });

  it('shows only the villages of a level, dropping the townships left empty, as many as core counts', () => {
    const red = shownGroups(groups, '', level('一级'));
    expect(red.reduce((n, g) => n + g.indices.length, 0)).toBe(a.distribution.一级);
    expect(red.every((g) => g.indices.length > 0 && g.indices.every((i) => a.level(i) === '一级'))).toBe(true);
    expect(red.length).toBeLessThan(groups.length);
  });

  it('shows one township, or the villages with none', () => {
    const first = groups[0]?.key ?? '';
    expect(shownGroups(groups, first)).toEqual([groups[0]]);
    const mixed = groupByTownship(list, (v) => v.township);
    const scored = { level: () => '三级' as const };
    expect(shownGroups(mixed, NO_TOWNSHIP, level('', scored))).toEqual([{ key: '', indices: [1] }]);
    expect(shownGroups(mixed, 'A镇', level('一级', scored))).toEqual([]);
    expect(filteredTownship(NO_TOWNSHIP)).toBe('');
    expect(filteredTownship('A镇')).toBe('A镇');
  });

  it('tells the villages not scored apart under `unscored`', () => {
    const partly = { level: (i: number) => (i === 1 ? null : ('二级' as const)) };
    expect([0, 1].map((i) => levelShown(partly, i, 'unscored'))).toEqual([false, true]);
    expect([0, 1].map((i) => levelShown(partly, i, '二级'))).toEqual([true, false]);
    expect([0, 1].map((i) => levelShown(partly, i, ''))).toEqual([true, true]);
  });
});

describe('levelLabel and figureFormat', () => {
  it('words a level with its band’s colour in each language', () => {
    expect(levelLabel(seed004RiskModel, '一级', RISK_BOARD_MESSAGES['zh-CN'])).toBe('一级（红色）');
    expect(levelLabel(seed004RiskModel, '三级', RISK_BOARD_MESSAGES['zh-TW'])).toBe('三級（綠色）');
    expect(levelLabel(seed004RiskModel, null, RISK_BOARD_MESSAGES['zh-CN'])).toBe(
      RISK_BOARD_MESSAGES['zh-CN'].unscored,
    );
    const en = levelLabel(seed004RiskModel, '二级', RISK_BOARD_MESSAGES.en);
    expect(en).toContain('yellow');
    // A village scored but not levelled (无风险) is neither a band nor "not assessed".
    expect(levelLabel(seed004RiskModel, '无风险', RISK_BOARD_MESSAGES['zh-TW'])).toBe('無風險（不定級）');
    expect(levelLabel(seed004RiskModel, '无风险', RISK_BOARD_MESSAGES.en)).toBe('No risk (not levelled)');
  });

  it('takes the colour from the model: a model with other colours words the level with them', () => {
    const swapped = defineRiskModel({
      ...seed004RiskModelSpec,
      bands: [
        { level: '一级', colour: 'yellow', atLeast: 40 },
        { level: '二级', colour: 'red', atLeast: 20, below: 40 },
        { level: '三级', colour: 'green', below: 20 },
      ],
    });
    expect(levelLabel(swapped, '一级', RISK_BOARD_MESSAGES['zh-CN'])).toBe('一级（黄色）');
    // A level no band has: its name alone.
    expect(levelLabel(seed004RiskModel, '四级', RISK_BOARD_MESSAGES['zh-CN'])).toBe('四级');
  });

  it('prints figures with at most two decimals in the page’s language, no figure as a dash', () => {
    expect(figureFormat('en')(1234.567)).toBe('1,234.57');
    expect(figureFormat('zh-CN')(42.5)).toBe('42.5');
    expect(figureFormat('zh-CN')(null)).toBe(RISK_BOARD_MESSAGES['zh-CN'].noFigure);
  });
});
