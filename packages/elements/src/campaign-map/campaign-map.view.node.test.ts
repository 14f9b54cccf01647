import { campaignChanges, nationalBaseline } from '@huanjie/core';
import { generateCampaign, generateCounty } from '@huanjie/core/synthetic';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_MAP_MESSAGES } from './campaign-map.messages.js';
import {
  changeNotes,
  dayOf,
  formatRate,
  NOT_STARTED,
  shiftDay,
  stageShort,
  stageTitle,
  stageTones,
  villageShown,
} from './campaign-map.view.js';

const county = generateCounty();
const { events, villages } = generateCampaign(county.villages);
const stages = [...nationalBaseline.campaignStages].sort((a, b) => a.order - b.order);
const zh = CAMPAIGN_MAP_MESSAGES['zh-CN'];

describe('stageTones', () => {
  it('steps along the 2021 sequence in four shades, with the branches and 完成 apart', () => {
    const tones = stageTones(stages);
    expect(stages.map((s) => tones.get(s.id))).toEqual([
      's1', // 筹备
      's1', // 离任审计
      's2', // 选民登记
      's2', // 提名
      's3', // 党组织选举
      's3', // 村(居)委会选举
      'branch', // 另行选举
      'branch', // 重新选举
      's4', // 监委与代表
      's4', // 工作移交
      'final', // 完成
    ]);
  });
});

describe('stage words', () => {
  const registration = stages.find((s) => s.id === 'voter-registration')!;

  it('labels the baseline’s stages briefly, in each language', () => {
    expect(stageShort(registration, 'zh-CN', zh)).toBe('登记');
    expect(stageShort(registration, 'zh-TW', CAMPAIGN_MAP_MESSAGES['zh-TW'])).toBe('登記');
    expect(stageShort(registration, 'en', CAMPAIGN_MAP_MESSAGES.en)).toBe('voters');
    expect(stageShort(null, 'zh-CN', zh)).toBe(zh.notStartedShort);
  });

  it('takes titles from the policy, in zh-TW from the messages unless a county renamed the stage', () => {
    expect(stageTitle(registration, 'zh-CN', zh)).toBe('选民登记与公布');
    expect(stageTitle(registration, 'en', zh)).toBe('Voter registration and the posted list');
    expect(stageTitle(registration, 'zh-TW', CAMPAIGN_MAP_MESSAGES['zh-TW'])).toBe('選民登記與公布');
    const renamed = {
      ...registration,
      id: 'county-registration',
      title: { zh: '选民登记（本县）', en: 'Registration' },
    };
    expect(stageTitle(renamed, 'zh-TW', CAMPAIGN_MAP_MESSAGES['zh-TW'])).toBe('选民登记（本县）');
    // A stage of the county's own has no short label: its title stands on the tile.
    expect(stageShort(renamed, 'zh-CN', zh)).toBe('选民登记（本县）');
  });
});

describe('changeNotes', () => {
  it('words what changed in each village on 20 October 2021, from core’s changes', () => {
    const changes = campaignChanges(events, {
      from: '2021-10-19',
      to: '2021-10-20',
      policy: nationalBaseline,
      villages,
    });
    const title = (id: string | null) => (id ? (stages.find((s) => s.id === id)?.title.zh ?? id) : zh.notStarted);
    const notes = changeNotes(changes, title, zh);
    expect(changes.moved.length).toBeGreaterThan(0);
    expect([...notes.keys()].sort()).toEqual(changes.moved.map((m) => m.code).sort());
    const first = changes.moved[0]!;
    expect(notes.get(first.code)).toEqual([`${title(first.before)} → ${title(first.after)}`]);
  });

  it('words an election held and a village that fell late', () => {
    const changes = campaignChanges(events, {
      from: '2021-10-15',
      to: '2021-10-16',
      policy: nationalBaseline,
      villages,
    });
    expect(changes.newlyLate).toHaveLength(3);
    const notes = changeNotes(changes, (id) => id ?? '', zh);
    for (const l of changes.newlyLate) expect(notes.get(l.code)).toContain('新滞后：voter-registration');
    const held = campaignChanges(events, { from: '2021-10-20', to: '2021-10-21', policy: nationalBaseline, villages });
    const e = held.electionsHeld[0]!;
    expect(changeNotes(held, (id) => id ?? '', zh).get(e.code)).toContain('举行选举，一次选举成功');
  });
});

describe('villageShown', () => {
  const status = campaignChanges(events, { from: '2021-10-19', to: '2021-10-20', policy: nationalBaseline, villages });
  const all = { stage: '', late: false, blocked: false, changed: false };
  const count = (f: typeof all, changed = new Map<string, unknown>()) =>
    status.to.villages.filter((v) => villageShown(v, f, changed)).length;

  it('keeps the villages of a stage, not started, late, blocked or changed', () => {
    expect(count(all)).toBe(197);
    expect(count({ ...all, stage: 'voter-registration' })).toBe(3);
    expect(count({ ...all, stage: NOT_STARTED })).toBe(0);
    expect(count({ ...all, late: true })).toBe(3);
    expect(count({ ...all, blocked: true })).toBe(0);
    const changed = new Map(status.moved.map((m) => [m.code, true]));
    expect(count({ ...all, changed: true }, changed)).toBe(status.moved.length);
    expect(count({ ...all, stage: 'nomination', late: true })).toBe(0);
  });
});

describe('days and rates', () => {
  it('takes a date as it is, and anything else as the fallback, saying so', () => {
    expect(dayOf('2021-10-20', '2030-01-01')).toEqual({ day: '2021-10-20', invalid: false });
    expect(dayOf('2021-02-30', '2030-01-01')).toEqual({ day: '2030-01-01', invalid: true });
    expect(dayOf('20 October', '2030-01-01')).toEqual({ day: '2030-01-01', invalid: true });
    expect(dayOf(undefined, '2030-01-01')).toEqual({ day: '2030-01-01', invalid: false });
    expect(dayOf('', '2030-01-01')).toEqual({ day: '2030-01-01', invalid: false });
  });

  it('steps a day across months and years', () => {
    expect(shiftDay('2021-10-31', 1)).toBe('2021-11-01');
    expect(shiftDay('2021-01-01', -1)).toBe('2020-12-31');
    expect(shiftDay('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('writes the first-vote rate cut to two decimals, 100 % only when every election succeeded', () => {
    expect(formatRate(196 / 197, 'zh-CN', '—')).toBe('99.49%');
    expect(formatRate(0.99999, 'en', '—')).toBe('99.99%');
    expect(formatRate(1, 'en', '—')).toBe('100%');
    expect(formatRate(null, 'zh-CN', '—')).toBe('—');
  });
});
