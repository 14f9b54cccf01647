import '@huanjie/elements/define/progress-board.js';
import {
  campaignStatus,
  exampleTaskTemplate,
  nationalBaseline,
  scheduleTasks,
  summarizeCampaign,
  type TaskRecord,
  taskProgress,
} from '@huanjie/core';
import { generateCampaign, generateCounty } from '@huanjie/core/synthetic';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, mount, textOf } from '../../../../test/support/elements.js';
import type { HjProgressBoard } from './progress-board.component.js';

// The synthetic county (27 townships, 197 villages), every election on 2021-10-28, progress as of 2021-10-20.
// Village i has done its first i % 7 tasks (on the due day, or two days late when i % 11 === 0); every other
// township has done the joint review. The campaign is the county's synthetic 2021 journal: on 20 October no village
// has held its election yet, on the 21st a third have (all at the first vote), by the year's end all 197 (one left a
// seat open: 另行选举).

const ELECTION = '2021-10-28';
const AS_OF = '2021-10-20';
const county = generateCounty();
const plus = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const villageTasks = scheduleTasks(exampleTaskTemplate, ELECTION).filter((t) => t.level === 'village');
const records: TaskRecord[] = [
  ...county.villages.map(
    (v, i): TaskRecord => ({
      unit: v.name,
      township: v.township,
      level: 'village',
      electionDate: ELECTION,
      done: Object.fromEntries(villageTasks.slice(0, i % 7).map((t) => [t.id, i % 11 === 0 ? plus(t.due, 2) : t.due])),
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
const campaignOn = (asOf: string) => campaignStatus(events, { asOf, policy: nationalBaseline, villages });
const campaign = campaignOn(AS_OF);
const campaignSummary = summarizeCampaign(campaign);

const root = (el: HjProgressBoard) => el.shadowRoot as ShadowRoot;
const floorPct = (d: number, t: number) => `${Math.floor((d * 100) / t)}%`;

async function board(attrs = `as-of="${AS_OF}"`): Promise<HjProgressBoard> {
  const { el } = await mount<HjProgressBoard>(`<hj-progress-board ${attrs}></hj-progress-board>`, 'hj-progress-board');
  el.progress = progress;
  el.campaign = campaign;
  await el.updateComplete;
  return el;
}

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<hj-progress-board>', () => {
  it('shows core’s roll-up for every township of the synthetic county', async () => {
    const el = await board();
    const details = [...root(el).querySelectorAll<HTMLDetailsElement>('details[part=township]')];
    expect(details).toHaveLength(county.townships.length);
    for (const d of details) {
      const name = d.dataset.township as string;
      const r = progress.byTownship[name]!;
      const summary = textOf(d.querySelector('summary'));
      expect(summary).toContain(`完成 ${floorPct(r.done, r.total)}（${r.done}/${r.total}）`);
      expect(summary).toContain(`逾期任务 ${r.overdue} 项`);
      const f = campaignSummary.townships.find((t) => t.name === name)!;
      expect(summary).toContain(`已选举 ${f.held}/${f.villages}`);
      expect(summary).toContain('一次选举成功率 —');
      expect(d.querySelectorAll('tbody tr')).toHaveLength(r.units);
    }
    const all = Object.values(progress.byTownship);
    const done = all.reduce((n, r) => n + r.done, 0);
    const total = all.reduce((n, r) => n + r.total, 0);
    const overdue = all.reduce((n, r) => n + r.overdue, 0);
    expect(campaignSummary.county.held).toBe(0);
    expect(textOf(root(el).querySelector('[part=summary]'))).toBe(
      `全县 27 个乡镇、${records.length} 个单位：任务完成 ${floorPct(done, total)}（${done}/${total}），逾期任务 ${overdue} 项；` +
        `已选举 0/197 个村，一次选举成功率 —（截至 ${AS_OF}）`,
    );
    expect(await axeViolations(el)).toEqual([]);
  });

  it('opens a township with the keyboard and lists its villages with their own overdue tasks', async () => {
    const el = await board();
    const first = root(el).querySelector<HTMLDetailsElement>('details') as HTMLDetailsElement;
    const name = first.dataset.township as string;
    (first.querySelector('summary') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(first.open).toBe(true);
    const units = progress.units.filter((u) => (u.township ?? u.unit) === name);
    for (const u of units) {
      const row = first.querySelector(`tr[data-unit="${u.unit}"]`) as HTMLElement;
      expect(textOf(row.querySelector('td'))).toBe(`完成 ${floorPct(u.done, u.total)}（${u.done}/${u.total}）`);
      expect([...row.querySelectorAll('li[data-task]')].map((li) => li.getAttribute('data-task'))).toEqual(
        u.overdue.map((o) => o.id),
      );
    }
    const late = first.querySelector('li[data-task="voter-list"]');
    if (late) expect(textOf(late)).toBe('⚠ 公布选民名单（应于 2021-10-08 前完成，已逾期 12 天）');
    expect(textOf(first.querySelector(`tr[data-unit="${name}"] th`))).toBe(`${name}（乡镇本级）`);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('reports first-vote success as core’s campaign summary counts it: 100 % like seed 002, then 99 %', async () => {
    const el = await board();
    const first = summarizeCampaign(campaignOn('2021-10-21')).county;
    expect(first.held).toBeGreaterThan(0);
    expect(first.succeededAtFirstVote).toBe(first.held);
    el.campaign = campaignOn('2021-10-21');
    await el.updateComplete;
    expect(textOf(root(el).querySelector('[part=summary]'))).toContain(
      `已选举 ${first.held}/197 个村，一次选举成功率 100%`,
    );
    // By the year's end: 196 of 197 at the first vote, rounded down so that 100 % means every one.
    const end = campaignOn('2021-12-31');
    el.campaign = summarizeCampaign(end);
    await el.updateComplete;
    expect(textOf(root(el).querySelector('[part=summary]'))).toContain('已选举 197/197 个村，一次选举成功率 99%');
    // A summary alone gives no village's election; the status gives each, the one that needed 另行选举 among them.
    const open = end.villages.find((v) => v.election.succeededAtFirstVote === false)!;
    const details = root(el).querySelector<HTMLDetailsElement>(`details[data-township="${open.township}"]`)!;
    details.open = true;
    await el.updateComplete;
    expect(textOf(details.querySelector(`tr[data-unit="${open.name}"] .election`))).toBe('—');
    el.campaign = end;
    await el.updateComplete;
    expect(textOf(details.querySelector(`tr[data-unit="${open.name}"] .election`))).toBe('已选举，未一次选举成功');
    const other = end.villages.find((v) => v.township === open.township && v.code !== open.code)!;
    expect(textOf(details.querySelector(`tr[data-unit="${other.name}"] .election`))).toBe('✓ 已选举，一次选举成功');
  });

  it('leaves the elections out without a campaign', async () => {
    const el = await board();
    el.campaign = undefined;
    await el.updateComplete;
    expect(textOf(root(el).querySelector('[part=summary]'))).not.toContain('已选举');
    expect(textOf(root(el).querySelector('details summary'))).toContain('暂无选举情况');
  });

  it('follows a lang change: English task titles from the template, traditional Chinese', async () => {
    const el = await board();
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).toBe('Re-election progress');
    expect(textOf(root(el).querySelector('[part=summary]'))).toContain('County: 27 townships');
    expect(textOf(root(el).querySelector('[part=summary]'))).toMatch(/ \(as of 2021-10-20\)$/);
    expect(textOf(root(el).querySelector('li[data-task="voter-list"]'))).toContain('Voter list posted (due 2021-10-08');
    document.documentElement.lang = 'zh-TW';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).toBe('換屆進度看板');
  });

  it('shows an empty state without progress', async () => {
    const { el } = await mount<HjProgressBoard>('<hj-progress-board></hj-progress-board>', 'hj-progress-board');
    expect(textOf(root(el).querySelector('[part=empty]'))).toBe('暂无任务进度数据。');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('fits 320 px with a township open', async () => {
    const el = await board();
    el.style.width = '320px';
    (root(el).querySelector('details') as HTMLDetailsElement).open = true;
    await el.updateComplete;
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows names full of HTML as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { el } = await mount<HjProgressBoard>('<hj-progress-board></hj-progress-board>', 'hj-progress-board');
    el.progress = taskProgress(
      exampleTaskTemplate,
      [{ unit: evil, township: `${evil}镇`, level: 'village', electionDate: ELECTION, done: {} }],
      { asOf: AS_OF },
    );
    await el.updateComplete;
    expect(root(el).querySelector('img')).toBeNull();
    expect(textOf(root(el).querySelector('summary .name'))).toBe(`${evil}镇`);
    expect(textOf(root(el).querySelector('tbody th'))).toBe(evil);
  });
});
