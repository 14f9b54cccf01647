import '@huanjie/elements/define/voter-register.js';
import type { HjVoterRegister } from '@huanjie/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';

/**
 * A village's voter list as its election committee types it (UTF-8, saved from Excel): the three categories of
 * 村民委员会组织法 Art. 13, and the mistakes a list holds — a villager away who has not said she takes part, a
 * newcomer admitted after the posting, a boy who turns 18 the day after the election, a man deprived of political
 * rights, one person typed twice.
 */
const dongcun = () =>
  new File(
    [
      [
        '姓名,身份证号,户籍在本村,在本村居住,在本村居住起始日期,本人表示参加选举,村民会议或村民代表会议同意日期,被剥夺政治权利',
        '张建国,43012419650312101X,是,是,,,,',
        '李秀英,430124196807021042,是,是,,,,',
        '王磊,43012419901120105X,是,否,,是,,',
        '赵敏,430124199505151080,是,否,,否,,',
        '陈志强,430124198201081090,否,是,2019-06-01,是,2021-09-25,',
        '周伟,430124197909091118,否,是,2018-05-01,是,2021-10-12,',
        '吴小龙,430124200310291134,是,是,,,,',
        '孙德胜,430124197002141156,是,是,,,,是',
        '张建国,43012419650312101X,是,是,,,,',
      ].join('\r\n'),
    ],
    '东村选民名单.csv',
    { type: 'text/csv' },
  );

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector('hj-voter-register') as HjVoterRegister;
  return { el, root: el.shadowRoot! };
};

const meta: Meta = {
  title: 'Elements/选民名单 Voter register',
  component: 'hj-voter-register',
  render: (args) =>
    html`<hj-voter-register
      name="voters"
      election-date=${args.electionDate}
      published-on=${args.publishedOn}
      ?required=${args.required}
      ?allow-errors=${args.allowErrors}
    ></hj-voter-register>`,
  args: { electionDate: '2021-10-28', publishedOn: '2021-10-06', required: false, allowErrors: false },
};
export default meta;

type Story = StoryObj;

/** Empty, waiting for a file: choose one or drop it on the dashed area. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await expect(root.querySelector('label')?.textContent).toBe('选择选民名单文件');
  },
};

/** 东村's list: voters by category, who is left out and why, the ID typed twice — ID numbers masked. */
export const VillageList: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { root } = shadow(canvasElement);
    await userEvent.upload(root.querySelector('input')!, dongcun());
    await waitFor(() => expect(root.querySelectorAll('table[part=errors] tbody tr')).toHaveLength(5));
    const tiles = root.querySelector('[part=counts]')!.textContent!.replace(/\s+/g, '');
    await expect(tiles).toContain('登记选民合计4');
    await expect(root.querySelector('table[part=duplicates]')?.textContent).toContain('430124********101X');
    await expect(root.textContent).not.toContain('43012419650312101X');
  },
};
