import '@huanjie/elements/define/campaign-map.js';
import {
  type CampaignEvent,
  campaignChanges,
  campaignStatus,
  nationalBaseline,
  readyForElection,
  seed004RiskModel,
  summarizeCampaign,
} from '@huanjie/core';
import { generateCampaign, generateCounty } from '@huanjie/core/synthetic';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, mount, textOf } from '../../../../test/support/elements.js';
import type { VillageSelectDetail } from '../village-board/village-select.js';
import type { AsOfChangeDetail, CampaignMapGeoJson, HjCampaignMap } from './campaign-map.component.js';

// The synthetic county (197 villages in 27 townships) and its 2021 journal: on 20 October three villages are late
// with their voter list (posted by 15 October, registered on the 17th), a third of the county elects on the 21st.
const county = generateCounty();
const { events, villages } = generateCampaign(county.villages);
const policy = nationalBaseline;
const DAY = '2021-10-20';
const changes = campaignChanges(events, { from: '2021-10-19', to: DAY, policy, villages });
const status = changes.to;
const summary = summarizeCampaign(status);
const late = status.villages.filter((v) => v.late.length);
const changedCodes = new Set(
  [...changes.moved, ...changes.electionsHeld, ...changes.newlyLate, ...changes.newlyBlocked, ...changes.unblocked].map(
    (v) => v.code,
  ),
);
// A village that elects its committee on 21 October: 党组织选举 on the 20th, 村(居)委会选举 on the 21st.
const electing = status.villages.find((v) => v.electionDate === '2021-10-21')!;

const root = (el: HjCampaignMap) => el.shadowRoot as ShadowRoot;
const tiles = (el: HjCampaignMap) => [...root(el).querySelectorAll<HTMLButtonElement>('.board .tile')];
const index = (code: string) => status.villages.findIndex((v) => v.code === code);
const tile = (el: HjCampaignMap, code: string) =>
  root(el).querySelector<HTMLButtonElement>(`.tile[data-i="${index(code)}"]`)!;
const shownMarks = (t: HTMLElement) => [...t.querySelectorAll<HTMLElement>('.flag')].map((f) => textOf(f));

async function map(extra: Partial<HjCampaignMap> = {}, attrs = `as-of="${DAY}"`) {
  const { host, el } = await mount<HjCampaignMap>(`<hj-campaign-map ${attrs}></hj-campaign-map>`, 'hj-campaign-map');
  Object.assign(el, { events, villages, ...extra });
  await el.updateComplete;
  return { host, el };
}

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});
afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<hj-campaign-map>', () => {
  it('draws the synthetic county on 20 October 2021 by stage, the late villages and the day’s changes marked', async () => {
    const { el } = await map();
    expect(tiles(el)).toHaveLength(197);
    expect(root(el).querySelectorAll('.group')).toHaveLength(27);
    const c = summary.county;
    expect(c.late).toBe(3);
    expect(textOf(root(el).querySelector('[part=summary]'))).toBe(
      `截至 2021-10-20，共 197 个村（社区）：已完成换届 0 个，已举行选举 0 个，一次选举成功率 —；` +
        `进度滞后 3 个，暂不具备选举条件 0 个，当日有变化 ${changedCodes.size} 个。`,
    );
    // The legend counts each stage as core does.
    for (const [stage, n] of Object.entries(c.byStage)) {
      expect(textOf(root(el).querySelector(`.legend [data-key="${stage}"] .count`)), stage).toBe(String(n));
    }
    expect(textOf(root(el).querySelector('.legend [data-key="late"] .count'))).toBe('3');
    // The three late villages: ringed, marked 滞后 in words, their title saying with what.
    for (const v of late) {
      const t = tile(el, v.code);
      expect(t.classList.contains('late')).toBe(true);
      expect(textOf(t.querySelector('.name'))).toBe(v.name);
      expect(textOf(t.querySelector('.lv'))).toBe('登记');
      expect(shownMarks(t)).toContain('滞后');
      expect(t.title).toContain('进度滞后：选民登记与公布');
    }
    expect(tiles(el).filter((t) => t.classList.contains('late'))).toHaveLength(3);
    // A village with nothing to mark carries no mark.
    const calm = status.villages.find((v) => !changedCodes.has(v.code) && !v.late.length)!;
    expect(tile(el, calm.code).querySelectorAll('.flag')).toHaveLength(0);
    // The villages that changed during the day carry 新, and only they.
    const marked = tiles(el).filter((t) => shownMarks(t).includes('新'));
    expect(marked.map((t) => status.villages[Number(t.dataset.i)]!.code).sort()).toEqual([...changedCodes].sort());
    // A stage is a word on the tile as well as a colour.
    expect(textOf(tile(el, electing.code).querySelector('.lv'))).toBe('党组织');
    expect(tile(el, electing.code).classList.contains('s3')).toBe(true);
    // Each township's heading gives core's figures.
    const first = summary.townships[0]!;
    expect(textOf(root(el).querySelector('.group .township'))).toBe(
      `${first.name}已选举 0/${first.villages} · 滞后 ${first.late} · 受阻 0`,
    );
    expect(root(el).querySelectorAll('.board [tabindex="0"]')).toHaveLength(1);
    expect(el.summary).toEqual(summary);
    expect(await axeViolations(el)).toEqual([]);
  }, 60_000);

  it('filters by township, stage, late, blocked and changed', async () => {
    // One village not ready for its election (never assessed, says readyForElection), so that one is blocked.
    const blocked = status.villages[5]!;
    const readiness = new Map([
      [blocked.code, readyForElection(blocked.name!, { asOf: DAY, model: seed004RiskModel, ledger: [] })],
    ]);
    const { el } = await map({ readiness });
    const select = (id: string) => root(el).querySelector(`#${id}`) as HTMLSelectElement;
    await userEvent.selectOptions(select('filter-stage'), 'voter-registration');
    await el.updateComplete;
    expect(
      tiles(el)
        .map((t) => Number(t.dataset.i))
        .sort(),
    ).toEqual(late.map((v) => index(v.code)).sort());
    expect(el.getAttribute('filter-stage')).toBe('voter-registration');
    expect(textOf(root(el).querySelector('.shown'))).toBe('当前显示 3 个');

    await userEvent.selectOptions(select('filter-stage'), '');
    await userEvent.click(root(el).querySelector('#filter-late') as HTMLInputElement);
    await el.updateComplete;
    expect(tiles(el)).toHaveLength(3);
    expect(el.hasAttribute('filter-late')).toBe(true);
    await userEvent.click(root(el).querySelector('#filter-late') as HTMLInputElement);

    await userEvent.click(root(el).querySelector('#filter-blocked') as HTMLInputElement);
    await el.updateComplete;
    expect(tiles(el)).toHaveLength(1);
    expect(shownMarks(tiles(el)[0]!)).toContain('受阻');
    await userEvent.click(tiles(el)[0]!);
    await el.updateComplete;
    expect(textOf(root(el).querySelector('[part=detail] .blockers'))).toBe(readiness.get(blocked.code)!.reasons[0]!.zh);
    expect(textOf(root(el).querySelector('.legend [data-key="blocked"] .count'))).toBe('1');
    el.filterBlocked = false;

    await userEvent.click(root(el).querySelector('#filter-changed') as HTMLInputElement);
    await el.updateComplete;
    expect(tiles(el)).toHaveLength(changedCodes.size);
    el.filterChanged = false;

    const township = summary.townships[3]!;
    await userEvent.selectOptions(select('filter-township'), township.code);
    await el.updateComplete;
    expect(tiles(el)).toHaveLength(township.villages);
    expect(root(el).querySelectorAll('.group')).toHaveLength(1);
    el.filterStage = 'complete';
    await el.updateComplete;
    expect(tiles(el)).toHaveLength(0);
    expect(textOf(root(el).querySelector('.none-match'))).toBe('没有符合筛选条件的村（社区）。');
  }, 60_000);

  it('moves between tiles with the arrow keys and chooses one with Enter, telling the page', async () => {
    const { el } = await map();
    const chosen: VillageSelectDetail[] = [];
    el.addEventListener('hj-village-select', (e) => chosen.push(e.detail));
    const at = (i: number) => root(el).querySelector<HTMLButtonElement>(`.tile[data-i="${i}"]`)!;
    at(0).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(root(el).activeElement).toBe(at(1));
    expect(at(1).tabIndex).toBe(0);
    expect(at(0).tabIndex).toBe(-1);
    await userEvent.keyboard('{ArrowLeft}{ArrowDown}');
    const below = root(el).activeElement as HTMLElement;
    expect(below.getBoundingClientRect().top).toBeGreaterThan(at(0).getBoundingClientRect().top);
    await userEvent.keyboard('{ArrowUp}{End}');
    expect(root(el).activeElement).toBe(at(196));
    await userEvent.keyboard('{Home}{ArrowRight}{ArrowRight}{Enter}');
    await el.updateComplete;
    const v = status.villages[2]!;
    expect(chosen).toEqual([{ village: v.name, township: v.township, code: v.code, stage: v.stage!.id }]);
    const detail = root(el).querySelector('[part=detail]')!;
    expect(textOf(detail.querySelector('h3'))).toBe(`${v.name}：选情`);
    expect(textOf(detail.querySelector('.stage'))).toContain(v.stage!.title.zh);
    expect(at(2).getAttribute('aria-current')).toBe('true');
    expect(await axeViolations(el)).toEqual([]);
  }, 60_000);

  it('replays the campaign day by day: the next day a village holds its election, the day before it has not', async () => {
    const { el } = await map();
    const days: AsOfChangeDetail[] = [];
    el.addEventListener('hj-as-of-change', (e) => days.push(e.detail));
    await userEvent.click(tile(el, electing.code));
    await el.updateComplete;
    const next = root(el).querySelector('[data-step="1"]') as HTMLButtonElement;
    await userEvent.click(next);
    await el.updateComplete;
    expect(days).toEqual([{ asOf: '2021-10-21' }]);
    expect(el.getAttribute('as-of')).toBe('2021-10-21');
    expect((root(el).querySelector('#as-of') as HTMLInputElement).value).toBe('2021-10-21');
    const moved = tile(el, electing.code);
    expect(textOf(moved.querySelector('.lv'))).toBe('村委会');
    expect(shownMarks(moved)).toContain('新');
    expect(moved.title).toContain('党组织选举 → 村(居)民委员会选举');
    // The village chosen stays chosen, its details the new day's.
    expect(textOf(root(el).querySelector('[part=detail] .stage'))).toContain('村(居)民委员会选举');
    expect(textOf(root(el).querySelector('[part=detail] .changes'))).toContain('举行选举，一次选举成功');
    const held = summarizeCampaign(campaignStatus(events, { asOf: '2021-10-21', policy, villages })).county.held;
    expect(textOf(root(el).querySelector('[part=summary]'))).toContain(`已举行选举 ${held} 个，一次选举成功率 100%`);

    await userEvent.click(root(el).querySelector('[data-step="-1"]') as HTMLButtonElement);
    await userEvent.click(root(el).querySelector('[data-step="-1"]') as HTMLButtonElement);
    await el.updateComplete;
    expect(days.map((d) => d.asOf)).toEqual(['2021-10-21', '2021-10-20', '2021-10-19']);
    expect(textOf(tile(el, electing.code).querySelector('.lv'))).not.toBe('村委会');

    // A date typed: the end of the year, every village complete.
    const input = root(el).querySelector('#as-of') as HTMLInputElement;
    input.value = '2021-12-31';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(days.at(-1)).toEqual({ asOf: '2021-12-31' });
    expect(tiles(el).every((t) => textOf(t.querySelector('.lv')) === '完成' && t.classList.contains('final'))).toBe(
      true,
    );
    expect(textOf(root(el).querySelector('[part=summary]'))).toContain('已完成换届 197 个');
  }, 60_000);

  it('shows a village on 另行选举 as a branch, by word and colour', async () => {
    const branch = events.find(
      (e): e is Extract<CampaignEvent, { kind: 'stage' }> =>
        e.kind === 'stage' && e.data.stage === 'additional-election',
    )!;
    const { el } = await map({}, `as-of="${branch.at.slice(0, 10)}"`);
    const t = tile(el, branch.unit);
    expect(textOf(t.querySelector('.lv'))).toBe('另选');
    expect(t.classList.contains('branch')).toBe(true);
    expect(t.title).toContain('另行选举');
  }, 60_000);

  it('switches to a table that says what core says, and chooses from it', async () => {
    const { el } = await map();
    await userEvent.click(root(el).querySelector('[data-view=table]') as HTMLButtonElement);
    await el.updateComplete;
    expect(root(el).querySelector('.board')).toBeNull();
    const rows = [...root(el).querySelectorAll('table[part=table] tbody tr')];
    expect(rows).toHaveLength(197);
    for (const v of late) {
      const row = root(el).querySelector(`tr[data-code="${v.code}"]`)!;
      const cells = [...row.children].map((c) => textOf(c));
      expect(cells[0]).toBe(v.name);
      expect(cells[1]).toBe(v.township);
      expect(cells[2]).toBe('登记 选民登记与公布');
      expect(cells[4]).toBe(v.electionDate);
      expect(cells[5]).toBe('选民登记与公布（应于 2021-10-15 前完成）');
    }
    expect(await axeViolations(el)).toEqual([]);
    await userEvent.click(root(el).querySelector(`tbody [data-i="${index(late[0]!.code)}"]`) as HTMLButtonElement);
    await userEvent.click(root(el).querySelector('[data-view=board]') as HTMLButtonElement);
    await el.updateComplete;
    expect(tile(el, late[0]!.code).getAttribute('aria-current')).toBe('true');
    expect(textOf(root(el).querySelector('[part=detail] .late-items'))).toBe(
      '选民登记与公布（应于 2021-10-15 前完成）',
    );
  }, 60_000);

  it('falls back to today, with a warning, on an as-of that is not a date', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { el } = await map({}, 'as-of="2021-10-32"');
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(el.day).toBe(today);
    expect((root(el).querySelector('#as-of') as HTMLInputElement).value).toBe(today);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('as-of "2021-10-32" is not a date');
    // Long after the campaign: every village complete.
    expect(textOf(root(el).querySelector('[part=summary]'))).toContain('已完成换届 197 个');
    el.asOf = DAY;
    await el.updateComplete;
    expect(el.day).toBe(DAY);
    expect(warn).toHaveBeenCalledTimes(1);
  }, 60_000);

  it('draws a status computed elsewhere, and asks the page for another day', async () => {
    const { el } = await mount<HjCampaignMap>('<hj-campaign-map></hj-campaign-map>', 'hj-campaign-map');
    el.status = status;
    await el.updateComplete;
    expect(tiles(el)).toHaveLength(197);
    expect(el.day).toBe(DAY);
    expect(el.changes).toBeUndefined();
    expect(root(el).querySelector('#filter-changed')).toBeNull();
    expect(textOf(root(el).querySelector('[part=summary]'))).not.toContain('当日有变化');
    const days: string[] = [];
    el.addEventListener('hj-as-of-change', (e) => days.push(e.detail.asOf));
    await userEvent.click(root(el).querySelector('[data-step="1"]') as HTMLButtonElement);
    expect(days).toEqual(['2021-10-21']);
    el.status = campaignStatus(events, { asOf: '2021-10-21', policy, villages });
    await el.updateComplete;
    expect(el.day).toBe('2021-10-21');
    expect(textOf(tile(el, electing.code).querySelector('.lv'))).toBe('村委会');
  }, 60_000);

  it('says so when there is nothing to show, and shows villages that have not started', async () => {
    const { el } = await mount<HjCampaignMap>(`<hj-campaign-map as-of="${DAY}"></hj-campaign-map>`, 'hj-campaign-map');
    expect(textOf(root(el).querySelector('[part=empty]'))).toBe('没有村（社区）的选情数据。');
    expect(root(el).querySelector('.board')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
    el.villages = villages.slice(0, 4);
    await el.updateComplete;
    expect(tiles(el)).toHaveLength(4);
    expect(tiles(el).every((t) => textOf(t.querySelector('.lv')) === '未始' && t.classList.contains('none'))).toBe(
      true,
    );
    expect(textOf(root(el).querySelector('.legend [data-key="not-started"] .count'))).toBe('4');
  }, 60_000);

  it('colours a map of villages named by code, and a shape is chosen by keyboard', async () => {
    const [a, b] = late;
    const square = (code: string, x: number): CampaignMapGeoJson['features'][number] => ({
      type: 'Feature',
      properties: { code },
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
    const { el } = await mount<HjCampaignMap>(
      `<hj-campaign-map as-of="${DAY}" geo-key="code"></hj-campaign-map>`,
      'hj-campaign-map',
    );
    Object.assign(el, {
      events,
      villages,
      geojson: { type: 'FeatureCollection', features: [square(a!.code, 0), square(electing.code, 0.01)] },
    });
    await el.updateComplete;
    const paths = [...root(el).querySelectorAll<SVGPathElement>('svg[part=map] path')];
    expect(paths).toHaveLength(2);
    expect(paths[0]!.getAttribute('class')).toContain('s2 late');
    expect(textOf(paths[0]!.querySelector('title'))).toContain(`${a!.name} · ${a!.township} · 选民登记与公布`);
    expect(paths[1]!.getAttribute('class')).toContain('s3');
    el.filterLate = true;
    await el.updateComplete;
    expect(paths[1]!.getAttribute('class')).toContain('dim');
    expect(paths[0]!.getAttribute('class')).not.toContain('dim');
    const chosen: VillageSelectDetail[] = [];
    el.addEventListener('hj-village-select', (e) => chosen.push(e.detail));
    paths[0]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(chosen.map((c) => c.code)).toEqual([a!.code]);
    expect(b).toBeDefined();
    expect(await axeViolations(el)).toEqual([]);
  }, 60_000);

  it('follows a change of lang, in English and traditional Chinese', async () => {
    const { host, el } = await map();
    host.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).toBe('Re-election map');
    expect(textOf(root(el).querySelector('[part=summary]'))).toContain('As of 2021-10-20, 197 villages');
    expect(textOf(tile(el, late[0]!.code).querySelector('.lv'))).toBe('voters');
    expect(shownMarks(tile(el, late[0]!.code))).toContain('late');
    host.setAttribute('lang', 'zh-TW');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).toBe('換屆選情地圖');
    expect(tile(el, late[0]!.code).title).toContain('進度落後：選民登記與公布');
  }, 60_000);

  it('shows names full of HTML as text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { el } = await map({
      villages: villages.map((v, i) => (i === 0 ? { ...v, name: payload, township: payload } : v)),
    });
    expect(root(el).querySelector('img')).toBeNull();
    expect(textOf(tiles(el)[0]!.querySelector('.name'))).toBe(payload);
    await userEvent.click(tiles(el)[0]!);
    await el.updateComplete;
    expect(root(el).querySelector('img')).toBeNull();
    expect(textOf(root(el).querySelector('[part=detail] h3'))).toContain(payload);
  }, 60_000);
});
