import {
  campaignStatus,
  exampleTaskTemplate,
  nationalBaseline,
  summarizeCampaign,
  type TaskRecord,
  taskProgress,
} from '@huanjie/core';
import { generateCampaign } from '@huanjie/core/synthetic';
import { describe, expect, it } from 'vitest';
import {
  countySummary,
  electionsByVillage,
  percent,
  townshipRows,
  villageKey,
} from '../../packages/elements/src/progress-board/progress-summary.js';

const record = (unit: string, township: string | undefined, done: Record<string, string> = {}): TaskRecord => ({
  unit,
  ...(township ? { township } : {}),
  level: township ? 'village' : 'township',
  electionDate: '2021-10-28',
  done,
});

describe('percent', () => {
  it('rounds down, so 100 % means all done, and gives null without a whole', () => {
    expect(percent(0, 6)).toBe(0);
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(66);
    expect(percent(199, 200)).toBe(99);
    expect(percent(6, 6)).toBe(100);
    expect(percent(3, 0)).toBeNull();
    expect(percent(Number.NaN, 4)).toBeNull();
    expect(percent(9, 4)).toBe(100);
  });
});

describe('townshipRows and countySummary', () => {
  const progress = taskProgress(
    exampleTaskTemplate,
    [
      record('上坝村', '青石镇', { committee: '2021-09-18', 'audit-posted': '2021-09-28' }),
      record('下坝村', '青石镇'),
      record('青石镇', undefined, { review: '2021-10-18' }),
      record('中寨村', '白云镇', { committee: '2021-09-18' }),
    ],
    { asOf: '2021-10-20' },
  );
  // The campaign of three villages (the third leaves a seat open at its first vote: 另行选举), at the end of 2021.
  const { events, villages } = generateCampaign([
    { code: '529901101201', name: '上坝村', township: '青石镇' },
    { code: '529901101202', name: '下坝村', township: '青石镇' },
    { code: '529901103201', name: '新田村', township: '松林镇' },
  ]);
  const status = campaignStatus(events, { asOf: '2021-12-31', policy: nationalBaseline, villages });
  const campaign = summarizeCampaign(status);

  it('takes core’s roll-up as it is, with each township’s units and core’s campaign figures', () => {
    const rows = townshipRows(progress, campaign);
    expect(rows.map((r) => r.name)).toEqual(['青石镇', '白云镇', '松林镇']);
    const [qingshi, baiyun, songlin] = rows;
    expect(qingshi).toMatchObject({ ...progress.byTownship.青石镇, percent: percent(3, 14) });
    expect(qingshi!.villages.map((u) => u.unit)).toEqual(['上坝村', '下坝村', '青石镇']);
    expect(qingshi!.campaign).toBe(campaign.townships.find((t) => t.name === '青石镇'));
    expect(qingshi!.campaign).toMatchObject({ held: 2, succeededAtFirstVote: 2, firstVoteRate: 1 });
    expect(baiyun!.overdue).toBe(progress.byTownship.白云镇!.overdue);
    expect(baiyun!.campaign).toBeUndefined();
    // A township only the campaign lists: no tasks, no percent; its election needed another vote.
    expect(songlin).toMatchObject({ units: 0, total: 0, done: 0, overdue: 0, percent: null, villages: [] });
    expect(songlin!.campaign).toMatchObject({ held: 1, succeededAtFirstVote: 0, firstVoteRate: 0 });
  });

  it('sums the county’s tasks and takes the county’s campaign figures from core', () => {
    const rows = townshipRows(progress, campaign);
    const all = Object.values(progress.byTownship);
    const done = all.reduce((n, r) => n + r.done, 0);
    const total = all.reduce((n, r) => n + r.total, 0);
    expect(countySummary(rows, campaign)).toEqual({
      townships: 3,
      units: 4,
      total,
      done,
      overdue: all.reduce((n, r) => n + r.overdue, 0),
      percent: percent(done, total),
      campaign: campaign.county,
    });
    expect(campaign.county).toMatchObject({ villages: 3, held: 3, succeededAtFirstVote: 2 });
    expect(countySummary(townshipRows(progress)).campaign).toBeUndefined();
  });

  it('finds a village’s election by township and village name, and handles no progress', () => {
    const elections = electionsByVillage(status);
    expect(elections.get(villageKey('青石镇', '上坝村'))).toEqual({ held: true, succeededAtFirstVote: true });
    expect(elections.get(villageKey('松林镇', '新田村'))).toEqual({ held: true, succeededAtFirstVote: false });
    expect(elections.get(villageKey('白云镇', '上坝村'))).toBeUndefined();
    expect(electionsByVillage(undefined).size).toBe(0);
    expect(townshipRows(undefined)).toEqual([]);
    expect(countySummary([])).toMatchObject({ townships: 0, total: 0, percent: null });
  });
});
