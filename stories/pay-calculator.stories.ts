import '@huanjie/elements/define/pay-calculator.js';
import { examplePay2021 } from '@huanjie/core';
import type { HjPayCalculator } from '@huanjie/elements/define/pay-calculator.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';

type UserEvent = Parameters<NonNullable<StoryObj['play']>>[0]['userEvent'];

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector('hj-pay-calculator') as HjPayCalculator;
  const root = el.shadowRoot!;
  const byId = <T extends HTMLElement = HTMLInputElement>(id: string) => root.getElementById(id) as T;
  const text = (selector: string) => (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { el, root, byId, text };
};

/** Types the seed 001 member as a clerk would: name, committee, post, date, three years rated 称职. */
async function enterMember(canvas: HTMLElement, userEvent: UserEvent, name = '张某甲'): Promise<void> {
  const { el, byId } = shadow(canvas);
  await userEvent.type(byId('name'), name);
  await userEvent.selectOptions(byId<HTMLSelectElement>('organization'), '村民委员会');
  await userEvent.selectOptions(byId<HTMLSelectElement>('post'), '委员');
  await userEvent.type(byId('from'), '2018-01-01');
  await el.updateComplete;
  for (const year of ['2018', '2019', '2020']) {
    await waitFor(() => expect(byId(`rating-${year}`)).not.toBeNull());
    await userEvent.selectOptions(byId<HTMLSelectElement>(`rating-${year}`), '称职');
  }
  await el.updateComplete;
}

interface Args {
  asOf: string;
  termFrom: string;
  termTo: string;
  required: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/村干部报酬 Pay calculator',
  component: 'hj-pay-calculator',
  render: (args) =>
    html`<hj-pay-calculator
      name="cadre"
      ?required=${args.required}
      as-of=${args.asOf || nothing}
      term-from=${args.termFrom || nothing}
      term-to=${args.termTo || nothing}
      .policy=${examplePay2021}
    ></hj-pay-calculator>`,
  args: { asOf: '2021-01-15', termFrom: '', termTo: '', required: false },
};
export default meta;

type Story = StoryObj<Args>;

/** Nothing entered yet: the fields, and a prompt for the appointment date. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const { byId, text } = shadow(canvasElement);
    await expect(byId('name').labels?.[0]?.textContent).toBe('姓名');
    await expect(text('[role=status]')).toBe('填写任职日期后显示报酬。');
    await expect(byId('concurrent').disabled).toBe(true);
  },
};

/** Seed 001: a 委员 appointed 2018-01-01, rated 称职 for 2018–2020, gets ¥3,760.00 in January 2021. */
export const Seed001Member: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await enterMember(canvasElement, userEvent);
    const { text } = shadow(canvasElement);
    await waitFor(() => expect(text('[role=status]')).toBe('2021-01 应发 ¥3,760.00，实发 ¥3,008.00'));
    await expect(text('[part=current]')).toContain('基本报酬 ¥3,700.00');
    await expect(text('[part=current]')).toContain('任职满 3 年 ¥60.00');
  },
};

/** A party secretary who is also the committee's director (一肩挑): base ¥4,460.00. */
export const ConcurrentSecretary: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { el, byId, text } = shadow(canvasElement);
    await userEvent.type(byId('name'), '李某乙');
    await userEvent.selectOptions(byId<HTMLSelectElement>('organization'), '党组织');
    await userEvent.selectOptions(byId<HTMLSelectElement>('post'), '书记');
    await el.updateComplete;
    await userEvent.click(byId('concurrent'));
    await userEvent.type(byId('from'), '2018-01-01');
    await waitFor(() => expect(text('[part=current]')).toContain('基本报酬 ¥4,460.00'));
    await expect(byId('concurrent').checked).toBe(true);
  },
};

/** The example policy raises the base from ¥3,000 to ¥3,700 on 2021-01-01: December 2020 against January 2021. */
export const MidTermRaise: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await enterMember(canvasElement, userEvent);
    const { text, root } = shadow(canvasElement);
    await waitFor(() => expect(root.querySelector('table[part=schedule]')).not.toBeNull());
    await expect(text('tr[data-month="2020-12"]')).toContain('¥3,000.00 ¥40.00');
    await expect(text('tr[data-month="2021-01"]')).toContain('¥3,700.00 ¥60.00');
    await expect(text('tr[data-parameter="baseRegular"][data-since="2021-01-01"]')).toBe(
      '常务干部基本报酬（月） ¥3,700.00 2021-01-01',
    );
  },
};

/** Mistakes are shown at their fields: an appointment after the term's end, a name with markup in it. */
export const InvalidInput: Story = {
  args: { termFrom: '2018-01-01', termTo: '2022-12-31', required: true },
  play: async ({ canvasElement, userEvent }) => {
    const { el, byId, root, text } = shadow(canvasElement);
    await userEvent.type(byId('name'), '<b>张某甲</b>');
    await userEvent.selectOptions(byId<HTMLSelectElement>('organization'), '村民委员会');
    await userEvent.selectOptions(byId<HTMLSelectElement>('post'), '委员');
    await userEvent.type(byId('from'), '2023-03-01');
    await waitFor(() => expect(byId('name').getAttribute('aria-invalid')).toBe('true'));
    await expect(text('#error-name')).toContain('姓名为空、过长或含有不允许的字符');
    await expect(root.querySelector('b')).toBeNull();
    // Select what was typed and type over it.
    const typed = byId('name').value.length;
    await userEvent.type(byId('name'), '张某甲', { initialSelectionStart: 0, initialSelectionEnd: typed });
    await expect(byId('name').value).toBe('张某甲');
    await waitFor(() => expect(byId('from').getAttribute('aria-invalid')).toBe('true'));
    await expect(text('#error-from')).toBe('任职日期晚于任期截止日 2022-12-31');
    await expect(el.checkValidity()).toBe(false);
  },
};

/** In English, from the nearest `lang`. */
export const English: Story = {
  render: (args, context) => html`<div lang="en">${meta.render?.(args, context)}</div>`,
  play: async ({ canvasElement, userEvent }) => {
    await enterMember(canvasElement, userEvent);
    const { byId, text } = shadow(canvasElement);
    await expect(byId('from').labels?.[0]?.textContent).toBe('Appointment date');
    await waitFor(() => expect(text('[role=status]')).toBe('2021-01: gross ¥3,760.00, paid ¥3,008.00'));
    await expect(text('tr[data-parameter="baseRegular"][data-since="2021-01-01"]')).toContain(
      'Regular cadre base pay (month)',
    );
  },
};

/** In Traditional Chinese. */
export const TraditionalChinese: Story = {
  render: (args, context) => html`<div lang="zh-TW">${meta.render?.(args, context)}</div>`,
  play: async ({ canvasElement, userEvent }) => {
    await enterMember(canvasElement, userEvent);
    const { byId, text } = shadow(canvasElement);
    await expect(byId('organization').labels?.[0]?.textContent).toBe('組織');
    await waitFor(() => expect(text('[role=status]')).toBe('2021-01 應發 ¥3,760.00，實發 ¥3,008.00'));
  },
};
