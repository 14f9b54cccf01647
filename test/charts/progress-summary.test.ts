import { exampleTaskTemplate, type TaskRecord, taskProgress } from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import {
  countySummary,
  electionFigures,
  electionOf,
  percent,
  townshipRows,
  type VillageElection,
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

describe('electionFigures', () => {
  it('counts elections held and succeeded at the first vote (seed 002: 一次选举成功率100%)', () => {
    const all: VillageElection[] = [
      { village: '上坝村', township: '青石镇', held: true, succeededAtFirstVote: true },
      { village: '下坝村', township: '青石镇', held: true, succeededAtFirstVote: true },
    ];
    expect(electionFigures(all)).toEqual({ total: 2, held: 2, succeededAtFirstVote: 2, firstVoteRate: 1 });
  });

  it('leaves elections not held out of the rate, and has no rate before any election', () => {
    const some: VillageElection[] = [
      { village: 'a', township: 't', held: true, succeededAtFirstVote: true },
      { village: 'b', township: 't', held: true, succeededAtFirstVote: false },
      { village: 'c', township: 't', held: true },
      { village: 'd', township: 't', held: false, succeededAtFirstVote: true },
    ];
    expect(electionFigures(some)).toEqual({ total: 4, held: 3, succeededAtFirstVote: 1, firstVoteRate: 1 / 3 });
    expect(electionFigures([{ village: 'a', township: 't', held: false }]).firstVoteRate).toBeNull();
    expect(electionFigures([])).toEqual({ total: 0, held: 0, succeededAtFirstVote: 0, firstVoteRate: null });
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
  const elections: VillageElection[] = [
    { village: '上坝村', township: '青石镇', held: true, succeededAtFirstVote: true },
    { village: '下坝村', township: '青石镇', held: false },
    { village: '新田村', township: '松林镇', held: true, succeededAtFirstVote: false },
  ];

  it('takes core’s roll-up as it is, with each township’s units and elections', () => {
    const rows = townshipRows(progress, elections);
    expect(rows.map((r) => r.name)).toEqual(['青石镇', '白云镇', '松林镇']);
    const [qingshi, baiyun, songlin] = rows;
    expect(qingshi).toMatchObject({ ...progress.byTownship.青石镇, percent: percent(3, 14) });
    expect(qingshi!.villages.map((u) => u.unit)).toEqual(['上坝村', '下坝村', '青石镇']);
    expect(qingshi!.elections).toEqual({ total: 2, held: 1, succeededAtFirstVote: 1, firstVoteRate: 1 });
    expect(baiyun!.overdue).toBe(progress.byTownship.白云镇!.overdue);
    expect(baiyun!.elections.firstVoteRate).toBeNull();
    // A township with elections but no task records: no tasks, no percent.
    expect(songlin).toMatchObject({ units: 0, total: 0, done: 0, overdue: 0, percent: null, villages: [] });
  });

  it('sums the county', () => {
    const rows = townshipRows(progress, elections);
    const all = Object.values(progress.byTownship);
    const done = all.reduce((n, r) => n + r.done, 0);
    const total = all.reduce((n, r) => n + r.total, 0);
    expect(countySummary(rows, elections)).toEqual({
      townships: 3,
      units: 4,
      total,
      done,
      overdue: all.reduce((n, r) => n + r.overdue, 0),
      percent: percent(done, total),
      elections: { total: 3, held: 2, succeededAtFirstVote: 1, firstVoteRate: 0.5 },
    });
  });

  it('finds a village’s election by village and township, and handles no progress', () => {
    const [qingshi] = townshipRows(progress, elections);
    expect(electionOf(qingshi!.villages[0]!, elections)?.held).toBe(true);
    expect(electionOf(qingshi!.villages[2]!, elections)).toBeUndefined();
    expect(townshipRows(undefined)).toEqual([]);
    expect(countySummary([])).toMatchObject({ townships: 0, total: 0, percent: null });
  });
});
