import '@huanjie/elements/define/voter-register.js';
import { exampleCountyHardCriteria, extendPolicy, parseVoterCsv } from '@huanjie/core';
import type { HjVoterRegister, VoterRegisterLoadDetail } from '@huanjie/elements';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

// 东村's list (test/fixtures): eleven rows for the election of 2021-10-28 — the three categories of 村民委员会组织法
// Art. 13, a villager away who has not said she takes part, a newcomer admitted after the posting, a boy 18 the day
// after the election, a man deprived of political rights, a woman also on 西村's list, the first row twice.
async function fixture(name: string, type = 'text/csv'): Promise<File> {
  const bytes = await (await fetch(`/test/fixtures/${name}`)).arrayBuffer();
  return new File([bytes], name, { type });
}

async function mount(markup: string): Promise<{ host: HTMLElement; el: HjVoterRegister }> {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const el = host.querySelector('hj-voter-register') as HjVoterRegister;
  await el.updateComplete;
  return { host, el };
}

async function upload(el: HjVoterRegister, file: File): Promise<VoterRegisterLoadDetail> {
  const loaded = new Promise<VoterRegisterLoadDetail>((resolve) =>
    el.addEventListener('hj-voter-register-load', (e) => resolve(e.detail), { once: true }),
  );
  await userEvent.upload(el.shadowRoot!.querySelector('input')!, file);
  const detail = await loaded;
  await el.updateComplete;
  return detail;
}

const cells = (el: HjVoterRegister, part: string) =>
  [...el.shadowRoot!.querySelectorAll(`table[part=${part}] tbody tr`)].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
  );

const tiles = (el: HjVoterRegister) =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll('[part=counts] dl > div')].map((d) => [
      d.getAttribute('data-category'),
      d.querySelector('dd')!.textContent!.trim(),
    ]),
  );

const status = (el: HjVoterRegister) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.replace(/\s+/g, '');

async function axeViolations(node: Element) {
  const results = await axe.run(node, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const LIST = '<hj-voter-register election-date="2021-10-28" published-on="2021-10-06"></hj-voter-register>';

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<hj-voter-register>', () => {
  it('reads a GB18030 list chosen by the user and shows the voters by category and who is left out, and why', async () => {
    const { el } = await mount(LIST);
    const detail = await upload(el, await fixture('voters-dongcun-gbk.csv'));

    expect(detail.fileName).toBe('voters-dongcun-gbk.csv');
    expect(detail.read.encoding).toBe('gb18030');
    expect(status(el)).toBe('已读取voters-dongcun-gbk.csv：共11行数据；登记选民6人；不能列入5人；错误5处');
    expect(tiles(el)).toEqual({ resident: '4', away: '1', newcomer: '1', total: '6', excluded: '5' });
    expect(el.shadowRoot!.querySelector('[part=counts] dt')!.textContent).toBe('户籍在本村且在本村居住');
    const errors = cells(el, 'errors');
    expect(errors.map((r) => [r[0], r[1]])).toEqual([
      ['6', '本人表示参加选举'],
      ['8', '村民会议或村民代表会议同意日期'],
      ['9', '出生日期'],
      ['10', '被剥夺政治权利'],
      ['13', '身份证号'],
    ]);
    expect(errors[2]![2]).toBe('选举日（2021-10-28）未满 18 周岁（村民委员会组织法第十三条），不能列入选民名单');
    // ID numbers are masked on screen.
    expect(errors[4]![4]).toBe('430124********101X');
    expect(cells(el, 'duplicates')).toEqual([['430124********101X', '3、13', '']]);
  });

  it('finds a person on another village’s list given as a property', async () => {
    const { el } = await mount(LIST);
    await upload(el, await fixture('voters-dongcun.csv'));
    const xicun = parseVoterCsv(new Uint8Array(await (await fixture('voters-xicun-gbk.csv')).arrayBuffer()));
    el.otherVillages = [{ village: '西村', voters: xicun.voters }];
    await el.updateComplete;
    expect(cells(el, 'duplicates')).toEqual([
      ['430124********101X', '3、13', ''],
      ['430124********1183', '11', '西村'],
    ]);
    expect(cells(el, 'errors').find((r) => r[0] === '11')![2]).toBe(
      '同一人（身份证号相同）也在“西村”登记为选民：一人只能在一个村登记参加选举（村民委员会组织法第十三条）',
    );
  });

  it('checks again when the election day, the posting or the policy changes', async () => {
    const { el } = await mount(LIST);
    await upload(el, await fixture('voters-dongcun.csv'));
    // A day later, the boy born on 2003-10-29 is 18.
    el.electionDate = '2021-10-29';
    await el.updateComplete;
    expect(tiles(el)).toMatchObject({ resident: '5', total: '7', excluded: '4' });
    // Posted 19 days before: Art. 14 says 20.
    el.publishedOn = '2021-10-10';
    await el.updateComplete;
    expect(cells(el, 'errors').map((r) => r[2])).toContain('选民名单应在选举日的二十日以前公布（最迟 2021-10-09）');
    // A county that asks for 25 days.
    el.publishedOn = '2021-10-06';
    el.policy = extendPolicy(exampleCountyHardCriteria, {
      id: 'county-25',
      extends: 'example-county-hard-criteria',
      name: { zh: '某县', en: 'A county' },
      jurisdiction: '某县',
      effective: { from: '2021-01-01' },
      parameters: { voterListDaysBefore: { values: { '2021-01-01': 25 } } },
    });
    await el.updateComplete;
    expect(cells(el, 'errors').map((r) => r[2])).toContain('选民名单应在选举日的二十五日以前公布（最迟 2021-10-04）');
  });

  it('takes part in a form: the registered voters as its value, blocked while the list has errors', async () => {
    const { host, el } = await mount(
      '<form><hj-voter-register name="voters" election-date="2021-10-28" required></hj-voter-register></form>',
    );
    const form = host.querySelector('form')!;
    expect(form.checkValidity()).toBe(false);
    await upload(el, await fixture('voters-dongcun.csv'));
    expect(form.checkValidity()).toBe(false);
    expect(el.validationMessage).toBe('选民名单有 5 处错误，请修改后重新导入');
    el.allowErrors = true;
    await el.updateComplete;
    expect(form.checkValidity()).toBe(true);
    const voters = JSON.parse(new FormData(form).get('voters') as string);
    expect(voters.map((v: { name: string }) => v.name)).toEqual([
      '张建国',
      '李秀英',
      '王磊',
      '陈志强',
      '郑红',
      '黄桂兰',
    ]);
    form.reset();
    await el.updateComplete;
    expect(new FormData(form).get('voters')).toBeNull();
  });

  it('speaks Traditional Chinese and English when the page asks', async () => {
    const tw = await mount(`<div lang="zh-TW">${LIST}</div>`);
    await upload(tw.el, await fixture('voters-dongcun.csv'));
    expect(tw.el.shadowRoot!.querySelector('[part=counts] dt')!.textContent).toBe('戶籍在本村且在本村居住');
    expect(status(tw.el)).toBe('已讀取voters-dongcun.csv：共11列資料；登記選民6人；不能列入5人；錯誤5處');
    const en = await mount(`<div lang="en">${LIST}</div>`);
    await upload(en.el, await fixture('voters-dongcun.csv'));
    expect(status(en.el)).toContain('6registeredvoters');
    expect(cells(en.el, 'errors')[2]![2]).toBe(
      "Under 18 on election day (2021-10-28) (Villagers' Committees Organization Law, Art. 13): not on the voter list",
    );
  });

  it('has no axe-core violations, empty or showing a list', async () => {
    const { host, el } = await mount(LIST);
    expect(await axeViolations(host)).toEqual([]);
    await upload(el, await fixture('voters-dongcun.csv'));
    expect(await axeViolations(host)).toEqual([]);
  });
});
