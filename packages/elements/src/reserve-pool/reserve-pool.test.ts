import '@huanjie/elements/define/reserve-pool.js';
import { exampleCountyHardCriteria, matchReserves, summarizeReserves } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations, mount, textOf } from '../../../../test/support/elements.js';
import { reserveProfile } from '../../../../test/support/reserves.js';
import type { HjReservePool } from './reserve-pool.component.js';

const county = generateCounty();
const asOf = '2021-10-28';
const village = county.villages[0]!; // 坡头社区, 青石镇
const wang = reserveProfile(village);
// A reserve known by her village's name only, as a township's list often gives it: counted and listed in 青石镇.
const byName = { ...reserveProfile({ name: village.name }), name: '李某兰', residentId: undefined };
const reserves = [...county.reserves, byName, wang];
const members = county.terms.current.members;

const root = (el: HjReservePool) => el.shadowRoot as ShadowRoot;

async function pool(width?: number): Promise<HjReservePool> {
  const { el, host } = await mount<HjReservePool>(
    `<hj-reserve-pool as-of="${asOf}"></hj-reserve-pool>`,
    'hj-reserve-pool',
  );
  if (width) host.style.width = `${width}px`;
  el.reserves = reserves;
  el.villages = county.villages;
  el.members = members;
  el.policy = exampleCountyHardCriteria;
  await el.updateComplete;
  return el;
}

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<hj-reserve-pool>', () => {
  it('counts the pool by source, readiness and township, and lists a township’s people with IDs masked', async () => {
    const el = await pool();
    expect(textOf(root(el).querySelector('.total'))).toBe('共 1038 人');
    const sources = [...root(el).querySelectorAll('[aria-labelledby=by-source] tbody tr')];
    expect(sources.map((r) => textOf(r))).toEqual([
      '致富能人 287',
      '返乡人员 164',
      '大学毕业生 251',
      '退役军人 141',
      '优秀青年 195',
    ]);
    expect(root(el).querySelectorAll('[aria-labelledby=by-township] tbody tr')).toHaveLength(27);
    const inFirst = summarizeReserves(reserves, { villages: county.villages }).byTownship.青石镇!.total;
    expect(root(el).querySelectorAll('[part=people] tbody tr')).toHaveLength(inFirst);
    expect(textOf(root(el).querySelector('[part=people] caption'))).toBe(`青石镇的后备人才（${inFirst} 人）`);
    expect(textOf(root(el).querySelector('[part=people]'))).toContain('李某兰');
    // No ID number appears whole anywhere.
    expect(textOf(root(el))).not.toMatch(/\d{17}[\dX]/);
    expect(textOf(root(el).querySelector(`[data-index="${reserves.length - 1}"] .id`))).toBe('110105********0023');
    // Another township lists its own people.
    const select = root(el).querySelector('[part=township]') as HTMLSelectElement;
    select.value = '白云镇';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const second = summarizeReserves(reserves, { villages: county.villages }).byTownship.白云镇!.total;
    expect(root(el).querySelectorAll('[part=people] tbody tr')).toHaveLength(second);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows a person’s profile: found through, mentor, the form’s latest ratings, trial post with its 准岗考核', async () => {
    const el = await pool();
    const button = root(el).querySelector(`[data-index="${reserves.length - 1}"] button`) as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('查看王某芳的人才画像');
    button.click();
    await el.updateComplete;
    const profile = root(el).querySelector('[part=profile]') as HTMLElement;
    expect(textOf(profile.querySelector('h3'))).toBe('王某芳的人才画像');
    expect(textOf(profile.querySelector('.channel'))).toBe('村民举荐');
    expect(textOf(profile.querySelector('dd.id'))).toBe('110105********0023');
    const rows = [...profile.querySelectorAll('[part=dimensions] tbody tr')].map((r) => textOf(r));
    expect(rows).toHaveLength(9);
    expect(rows).toContain('人才画像 · 工作实绩 优秀 2021-06-30');
    expect(rows).toContain('人才画像 · 群众口碑 一般 2020-12-20');
    expect(rows).toContain('五强 · 道德品行强 未评价');
    expect(textOf(profile.querySelector('.trial-posts li'))).toBe(
      `${village.name} 副主任；准岗考核：2021-06-30 优秀、2020-12-20 良好（2020-03-01 起，进行中）`,
    );
    expect(textOf(profile.querySelector('.mentors li'))).toBe('李某（第一书记）（2020-03-01 起，进行中）');
    expect(textOf(profile.querySelector('.training li'))).toBe('跟班学习（2020-03-01 至 2020-08-31，已结束）');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(profile.querySelector('[part=profile-problems]')).toBeNull();
    expect(await axeViolations(profile)).toEqual([]);
  });

  it('says what checkReserves finds in a profile: a 准岗考核 outside every trial post', async () => {
    const el = await pool();
    const outside = { date: '2020-01-15', rating: '良好', kind: '准岗考核' } as const;
    el.reserves = [...reserves.slice(0, -1), { ...wang, evaluations: [...wang.evaluations, outside] }];
    await el.updateComplete;
    el.showProfile(reserves.length - 1);
    await el.updateComplete;
    const found = [...root(el).querySelectorAll('[part=profile-problems] li')] as HTMLElement[];
    expect(found.map((li) => [li.dataset.code, textOf(li)])).toEqual([
      ['RESERVE_TRIAL_EVALUATION_OUTSIDE', '2020-01-15 的准岗考核不在任何一段岗位锻炼期内'],
    ]);
  });

  it('suggests reserves for a village, ranked by core with their reasons, and says how many are not eligible', async () => {
    const el = await pool();
    const form = root(el).querySelector('[part=match-form]') as HTMLFormElement;
    (form.querySelector('#village') as HTMLSelectElement).value = village.code;
    const posts = () => [...form.querySelectorAll('#post option')].map((o) => o.textContent?.trim());
    expect(posts()).toEqual(['书记', '副书记', '委员']);
    const organization = form.querySelector('#organization') as HTMLSelectElement;
    organization.value = '村民委员会';
    organization.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // Only the villagers' committee's posts are offered for it.
    expect(posts()).toEqual(['委员', '主任', '副主任']);
    (form.querySelector('#post') as HTMLSelectElement).value = '委员';
    (form.querySelector('#skills') as HTMLInputElement).value = '电商、财会';
    const events: CustomEvent[] = [];
    el.addEventListener('hj-reserve-match', (e) => events.push(e));
    form.requestSubmit();
    await el.updateComplete;
    const team = members.filter((m) => m.villageCode === village.code);
    const core = matchReserves(
      {
        village: { name: village.name, code: village.code },
        team,
        organization: '村民委员会',
        post: '委员',
        skills: ['电商', '财会'],
      },
      reserves,
      exampleCountyHardCriteria,
      { asOf },
    );
    const s = root(el).querySelector('[part=suggestions]') as HTMLElement;
    expect(textOf(s.querySelector('.suggestions-heading'))).toBe(
      `${village.name} 村民委员会委员：符合资格的 ${core.ranked.length} 人按匹配度排列，${core.ineligible.length} 人不符合资格条件`,
    );
    expect(core.ineligible.length).toBeGreaterThan(0);
    const shown = [...s.querySelectorAll('.ranked > li')] as HTMLElement[];
    expect(shown.map((li) => textOf(li.querySelector('.name')))).toEqual(core.ranked.slice(0, 10).map((r) => r.name));
    // 王某芳 lives here, has 电商, a trial post here and a latest 优秀: she is suggested, with those reasons.
    const her = shown.find((li) => textOf(li.querySelector('.name')) === '王某芳');
    expect(her).toBeDefined();
    const reasons = [...her!.querySelectorAll('.reasons li')].map((li) => textOf(li));
    expect(reasons.some((r) => r.startsWith('在本村试岗锻炼过'))).toBe(true);
    expect(reasons.some((r) => r.startsWith('具备电商（需要电商、财会）'))).toBe(true);
    expect(events).toHaveLength(1);
    expect(events[0]!.detail.result.ranked[0].name).toBe(core.ranked[0]!.name);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('lays the form out in two columns on a desktop and one on a 390 px phone', async () => {
    const columns = (el: HjReservePool) =>
      getComputedStyle(root(el).querySelector('.match-grid') as HTMLElement).gridTemplateColumns.split(' ').length;
    expect(columns(await pool(960))).toBe(2);
    document.body.replaceChildren();
    expect(columns(await pool(390))).toBe(1);
  });

  it('says when the pool is empty, and speaks English and traditional Chinese', async () => {
    const { el } = await mount<HjReservePool>('<hj-reserve-pool></hj-reserve-pool>', 'hj-reserve-pool');
    expect(textOf(root(el).querySelector('[part=empty]'))).toBe('后备人才库中还没有人');
    document.documentElement.lang = 'en';
    const en = await pool();
    expect(textOf(en.shadowRoot!.querySelector('h2'))).toBe('Reserve talent pool');
    expect(textOf(en.shadowRoot!.querySelector('.total'))).toBe('1038 people');
    document.documentElement.lang = 'zh-TW';
    const tw = await pool();
    expect(textOf(tw.shadowRoot!.querySelector('h2'))).toBe('後備人才庫');
  });
});
