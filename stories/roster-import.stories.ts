import '@huanjie/elements/define/roster-import.js';
import { rosterToCsv } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import type { HjRosterImport } from '@huanjie/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';

const county = generateCounty();

/** The synthetic county's current roster as a CSV file, the way a township would send it. */
const countyFile = () =>
  new File([rosterToCsv(county.terms.current.members)], '样例县两委成员花名册.csv', { type: 'text/csv' });

/** A short sheet with the mistakes people make when they fill one in by hand. */
const sheetWithMistakes = () =>
  new File(
    [
      [
        '姓名,身份证号,性别,出生日期,民族,学历,政治面貌,村（社区）,职务',
        '王某甲,11010519491231002X,女,1949/12/31,汉族,高中,群众,坡头社区,委员',
        '李某乙,110105194912310021,女,1949/12/31,汉族,高中,群众,坡头社区,委员',
        '张某丙,1.10105E+17,女,1949/12/31,汉族,高中,群众,坡头社区,委员',
        '刘某丁,,男,1980/2/30,苗族,大专,群众,坡头社区,委员',
        '陈某戊,,男,1980/2/3,汉族,大学生,群众,坡头社区,委员',
      ].join('\r\n'),
    ],
    '手工填写的花名册.csv',
    { type: 'text/csv' },
  );

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector('hj-roster-import') as HjRosterImport;
  return { el, root: el.shadowRoot! };
};

const meta: Meta = {
  title: 'Elements/花名册导入 Roster import',
  component: 'hj-roster-import',
  render: (args) =>
    html`<hj-roster-import name="roster" ?required=${args.required} ?allow-errors=${args.allowErrors}></hj-roster-import>`,
  args: { required: false, allowErrors: false },
};
export default meta;

type Story = StoryObj;

/** Empty, waiting for a file: choose one or drop it on the dashed area. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await expect(root.querySelector('label')?.textContent).toBe('选择花名册文件');
  },
};

/** A hand-filled sheet: every mistake is listed with its row as Excel shows it, and the ID numbers are masked. */
export const WithMistakes: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { root } = shadow(canvasElement);
    await userEvent.upload(root.querySelector('input')!, sheetWithMistakes());
    await waitFor(() => expect(root.querySelectorAll('table[part=errors] tbody tr')).toHaveLength(4));
    const cells = [...root.querySelectorAll('table[part=errors] tbody tr')].map(
      (tr) => tr.querySelector('td')?.textContent,
    );
    await expect(cells).toEqual(['3', '4', '5', '6']);
    await expect(root.textContent).toContain('110105********0021');
    await expect(root.textContent).not.toContain('110105194912310021');
  },
};

/** The whole synthetic county (197 villages, two committees) imported at once. */
export const SyntheticCounty: Story = {
  play: async ({ canvasElement }) => {
    const { el, root } = shadow(canvasElement);
    const result = await el.loadFile(countyFile());
    await expect(result.errors).toEqual([]);
    await waitFor(() => expect(root.querySelector('[part=summary]')).not.toBeNull());
    const summary = root.querySelector('[part=summary]')!.textContent!.replace(/\s+/g, '');
    await expect(summary).toContain('村(社区)数197');
    await expect(summary).toContain('乡镇(街道)数27');
  },
};

/** Inside a form with `required`: the form does not submit until a roster without errors is loaded. */
export const InAForm: Story = {
  render: () => html`<form>
    <hj-roster-import name="roster" required></hj-roster-import>
    <button type="submit">提交</button>
  </form>`,
  play: async ({ canvasElement }) => {
    const { el } = shadow(canvasElement);
    const form = canvasElement.querySelector('form')!;
    await expect(form.checkValidity()).toBe(false);
    await el.loadFile(countyFile());
    await waitFor(() => expect(form.checkValidity()).toBe(true));
  },
};
