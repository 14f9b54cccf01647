import '@huanjie/elements/define/pay-calculator.js';
import { examplePay2021 } from '@huanjie/core';
import type { HjPayCalculator, PayDetail } from '@huanjie/elements/define/pay-calculator.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, mount as mountMarkup, textOf } from '../../../../test/support/elements.js';

/** Mounts the markup and hands the element the example pay policy, as a host page would. */
async function mount(markup: string): Promise<{ host: HTMLElement; el: HjPayCalculator }> {
  const { host, el } = await mountMarkup<HjPayCalculator>(markup, 'hj-pay-calculator');
  el.policy = examplePay2021;
  await el.updateComplete;
  return { host, el };
}

function control<T extends HTMLElement = HTMLInputElement>(el: HjPayCalculator, id: string): T {
  return el.shadowRoot!.getElementById(id) as T;
}

async function fill(el: HjPayCalculator, id: string, value: string): Promise<void> {
  await userEvent.fill(control(el, id), value);
  await el.updateComplete;
}

async function choose(el: HjPayCalculator, id: string, value: string): Promise<void> {
  await userEvent.selectOptions(control<HTMLSelectElement>(el, id), value);
  await el.updateComplete;
}

/** Seed 001: a 委员 of the villagers' committee appointed 2018-01-01, rated 称职 for 2018–2020. */
async function enterSeed001(el: HjPayCalculator, name = '张某甲'): Promise<void> {
  await fill(el, 'name', name);
  await choose(el, 'organization', '村民委员会');
  await choose(el, 'post', '委员');
  await fill(el, 'from', '2018-01-01');
  for (const year of ['2018', '2019', '2020']) await choose(el, `rating-${year}`, '称职');
}

/** `dt` → `dd` of this month's components. */
function current(el: HjPayCalculator): Record<string, string> {
  const dl = el.shadowRoot!.querySelector('[part=current]');
  return Object.fromEntries(
    [...(dl?.querySelectorAll('div') ?? [])].map((d) => [
      textOf(d.querySelector('dt')).replace(/ 任职满.*$/, ''),
      textOf(d.querySelector('dd')),
    ]),
  );
}

function scheduleRow(el: HjPayCalculator, month: string): string[] {
  const tr = el.shadowRoot!.querySelector(`table[part=schedule] tr[data-month="${month}"]`);
  return [...(tr?.querySelectorAll('th, td') ?? [])].map((c) => textOf(c));
}

function status(el: HjPayCalculator): string {
  return textOf(el.shadowRoot!.querySelector('[role=status]'));
}

function errorOf(el: HjPayCalculator, id: string): string {
  const field = control(el, id);
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x.startsWith('error-'));
  return ids.map((x) => textOf(el.shadowRoot!.getElementById(x))).join(' ');
}

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<hj-pay-calculator>', () => {
  it('computes seed 001: a 委员 appointed 2018-01-01 rated 称职 gets ¥3,760.00 in 2021-01', async () => {
    const { el } = await mount('<hj-pay-calculator as-of="2021-01-15"></hj-pay-calculator>');
    expect(status(el)).toBe('填写任职日期后显示报酬。');
    await enterSeed001(el);

    expect(status(el)).toBe('2021-01 应发 ¥3,760.00，实发 ¥3,008.00');
    expect(current(el)).toMatchObject({
      基本报酬: '¥3,700.00',
      '工龄（任职年限）增资': '¥60.00',
      应发: '¥3,760.00',
      预留绩效: '¥752.00',
      实发: '¥3,008.00',
    });
    expect(textOf(el.shadowRoot!.querySelector('[part=current]'))).toContain('任职满 3 年');
    // The default term: five years from the appointment date.
    expect(textOf(el.shadowRoot!)).toContain('任期：2018-01-01 至 2022-12-31');
    expect(el.shadowRoot!.querySelectorAll('table[part=schedule] tbody tr')).toHaveLength(60);
    // The 2018 performance share, rated 称职, is paid in full in January 2019.
    const perf = el.shadowRoot!.querySelector('table[part=performance] tr[data-year="2018"]');
    expect(textOf(perf)).toContain('2019-01');
    expect(el.validity.valid).toBe(true);
  });

  it('pays a 一肩挑 party secretary the base of ¥4,460.00', async () => {
    const { el } = await mount('<hj-pay-calculator as-of="2021-01-15"></hj-pay-calculator>');
    await fill(el, 'name', '李某乙');
    expect(control(el, 'concurrent').disabled).toBe(true);
    await choose(el, 'organization', '党组织');
    // Only the posts of the party organization are offered.
    const posts = [...control<HTMLSelectElement>(el, 'post').options].map((o) => o.value).filter(Boolean);
    expect(posts).toEqual(['书记', '副书记', '委员']);
    await choose(el, 'post', '书记');
    expect(control(el, 'concurrent').disabled).toBe(false);
    await userEvent.click(control(el, 'concurrent'));
    await fill(el, 'from', '2018-01-01');
    await el.updateComplete;

    expect(current(el).基本报酬).toBe('¥4,460.00');
    expect(el.cadre?.appointments[0]?.concurrent).toBe(true);
  });

  it('shows the mid-term raise of 2021-01-01 in the schedule and explains it', async () => {
    const { el } = await mount('<hj-pay-calculator as-of="2021-01-15"></hj-pay-calculator>');
    await enterSeed001(el);

    expect(scheduleRow(el, '2020-12')).toEqual([
      '2020-12',
      '¥3,000.00',
      '¥40.00',
      '¥0.00',
      '¥3,040.00',
      '¥608.00',
      '¥2,432.00',
    ]);
    expect(scheduleRow(el, '2021-01')).toEqual([
      '2021-01',
      '¥3,700.00',
      '¥60.00',
      '¥0.00',
      '¥3,760.00',
      '¥752.00',
      '¥3,008.00',
    ]);

    const explanation = [...el.shadowRoot!.querySelectorAll('table[part=explanation] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((c) => textOf(c)),
    );
    expect(explanation).toContainEqual(['常务干部基本报酬（月）', '¥3,000.00', '2018-01-01']);
    expect(explanation).toContainEqual(['常务干部基本报酬（月）', '¥3,700.00', '2021-01-01']);
    expect(explanation).toContainEqual(['绩效报酬比例（按月预留）', '20%', '2018-01-01']);
  });

  it('adds the education allowance and the departure allowance when they apply', async () => {
    const { el } = await mount('<hj-pay-calculator as-of="2021-01-15"></hj-pay-calculator>');
    await enterSeed001(el);
    await choose(el, 'education', '本科');
    expect(current(el).学历补贴).toBe('¥100.00');
    await fill(el, 'to', '2021-12-31');
    expect(textOf(el.shadowRoot!.querySelector('[part=departure]'))).toBe(
      '离任补助：2021-12 发放，任职满 4 年，计 ¥2,000.00。',
    );
  });

  it('shows an appointment after the end of the term at the date field, without crashing', async () => {
    const { el } = await mount(
      '<hj-pay-calculator term-from="2018-01-01" term-to="2022-12-31" as-of="2021-01-15"></hj-pay-calculator>',
    );
    await fill(el, 'name', '张某甲');
    await choose(el, 'organization', '村民委员会');
    await choose(el, 'post', '委员');
    await fill(el, 'from', '2023-03-01');

    expect(control(el, 'from').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(el, 'from')).toBe('任职日期晚于任期截止日 2022-12-31');
    expect(el.shadowRoot!.querySelector('table[part=schedule]')).toBeNull();
    expect(el.validity.customError).toBe(true);

    await fill(el, 'from', '2018-01-01');
    expect(control(el, 'from').getAttribute('aria-invalid')).toBe('false');
    expect(el.validity.valid).toBe(true);
  });

  it('shows a rating for a year outside the appointment at that year', async () => {
    const { el } = await mount('<hj-pay-calculator as-of="2021-01-15"></hj-pay-calculator>');
    await enterSeed001(el);
    // The appointment date moves to 2019: the 2018 rating no longer belongs to a year served.
    await fill(el, 'from', '2019-03-01');

    expect(control(el, 'rating-2018').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(el, 'rating-2018')).toContain('该年度不在任职期间，不应有考核等次');
    expect(el.validity.customError).toBe(true);
    expect(el.validationMessage).toBe('有 1 处填写有误，请按提示修改');

    await choose(el, 'rating-2018', '');
    expect(control(el, 'rating-2018')).toBeNull();
    expect(el.validity.valid).toBe(true);
  });

  it('fires hj-pay with the cadre and the pay, and change when the user changes the cadre', async () => {
    const { el } = await mount('<hj-pay-calculator as-of="2021-01-15"></hj-pay-calculator>');
    const details: PayDetail[] = [];
    let changes = 0;
    el.addEventListener('hj-pay', (e) => details.push(e.detail));
    el.addEventListener('change', () => changes++);
    await enterSeed001(el);

    expect(details.length).toBeGreaterThan(0);
    const last = details.at(-1)!;
    expect(last.cadre.name).toBe('张某甲');
    expect(last.cadre.ratings).toEqual({ 2018: '称职', 2019: '称职', 2020: '称职' });
    expect(last.pay.months.find((m) => m.month === '2021-01')?.gross).toBe(376000);
    expect(changes).toBeGreaterThanOrEqual(4);

    const before = details.length;
    el.policy = examplePay2021;
    await el.updateComplete;
    expect(details.length).toBe(before);
  });

  it('takes part in a form: blocked while required and empty, JSON value, reset and disabled fieldsets', async () => {
    const { host, el } = await mount(
      '<form><fieldset><hj-pay-calculator name="cadre" required as-of="2021-01-15"></hj-pay-calculator></fieldset><button>提交</button></form>',
    );
    const form = host.querySelector('form')!;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });

    expect(form.checkValidity()).toBe(false);
    expect(el.validity.valueMissing).toBe(true);
    expect(el.validationMessage).toBe('请填写任职日期');
    form.requestSubmit();
    expect(submitted).toBe(0);

    await enterSeed001(el);
    expect(form.checkValidity()).toBe(true);
    form.requestSubmit();
    expect(submitted).toBe(1);
    expect(JSON.parse(new FormData(form).get('cadre') as string)).toEqual({
      name: '张某甲',
      appointments: [{ organization: '村民委员会', post: '委员', concurrent: false, from: '2018-01-01' }],
      ratings: { 2018: '称职', 2019: '称职', 2020: '称职' },
    });

    form.reset();
    await el.updateComplete;
    expect(control(el, 'name').value).toBe('');
    expect(control(el, 'from').value).toBe('');
    expect(control<HTMLSelectElement>(el, 'organization').value).toBe('');
    expect(new FormData(form).get('cadre')).toBeNull();
    expect(form.checkValidity()).toBe(false);

    host.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(control(el, 'name').matches(':disabled')).toBe(true);
    expect(control(el, 'from').matches(':disabled')).toBe(true);
    host.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(control(el, 'name').matches(':disabled')).toBe(false);
  });

  it('switches language when the page does, at run time', async () => {
    const { host, el } = await mount(
      '<div lang="zh-CN"><hj-pay-calculator as-of="2021-01-15"></hj-pay-calculator></div>',
    );
    await enterSeed001(el);
    const wrapper = host.querySelector('div')!;

    wrapper.lang = 'en';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(control(el, 'name').labels?.[0]?.textContent).toBe('Name');
    expect(status(el)).toBe('2021-01: gross ¥3,760.00, paid ¥3,008.00');
    const options = [...control<HTMLSelectElement>(el, 'rating-2018').options].map((o) => o.textContent);
    expect(options).toContain('Competent (称职)');

    wrapper.lang = 'zh-TW';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(control(el, 'from').labels?.[0]?.textContent).toBe('任職日期');
    expect(status(el)).toBe('2021-01 應發 ¥3,760.00，實發 ¥3,008.00');
    expect(el.shadowRoot!.querySelector('table[part=schedule] caption')?.textContent).toBe(
      '逐月報酬（2018-01-01 至 2022-12-31）',
    );
  });

  it('is usable by keyboard and labels every control', async () => {
    const { el } = await mount('<button>before</button><hj-pay-calculator as-of="2021-01-15"></hj-pay-calculator>');
    (document.querySelector('button') as HTMLButtonElement).focus();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(control(el, 'name'));
    await userEvent.keyboard('王某丙');
    await el.updateComplete;
    expect(control(el, 'name').value).toBe('王某丙');
    await enterSeed001(el, '王某丙');
    for (const c of el.shadowRoot!.querySelectorAll('input, select')) {
      expect((c as HTMLInputElement).labels?.length, c.id).toBeGreaterThan(0);
    }
    const region = el.shadowRoot!.querySelector('.schedule')!;
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('role')).toBe('region');
  });

  it('fits a 320 px screen: the schedule scrolls inside its own region', async () => {
    const { host, el } = await mount('<hj-pay-calculator as-of="2021-01-15"></hj-pay-calculator>');
    host.style.width = '320px';
    await enterSeed001(el);
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('has no axe-core violations: empty, computed and with errors', async () => {
    const { host, el } = await mount(
      '<main><h1>村干部报酬</h1><hj-pay-calculator as-of="2021-01-15"></hj-pay-calculator></main>',
    );
    expect(await axeViolations(host)).toEqual([]);
    await enterSeed001(el);
    expect(await axeViolations(host)).toEqual([]);
    await fill(el, 'name', '');
    await fill(el, 'from', '2019-03-01');
    expect(control(el, 'name').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(host)).toEqual([]);
  });

  it('shows HTML typed as a name as text', async () => {
    const { el } = await mount('<hj-pay-calculator as-of="2021-01-15"></hj-pay-calculator>');
    const name = '<img src=x onerror="window.__xss=1">';
    await enterSeed001(el, name);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(control(el, 'name').value).toBe(name);
    expect(errorOf(el, 'name')).toContain('姓名为空、过长或含有不允许的字符');
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});
