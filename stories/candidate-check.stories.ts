import '@huanjie/elements/define/candidate-check.js';
import { exampleCountyHardCriteria, nationalBaseline, type Policy } from '@huanjie/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { HjCandidateCheck } from '../packages/elements/src/candidate-check/candidate-check.component.js';

/** Male, born 1985-03-15. */
const ADULT_ID = '110105198503150035';
/** Male, born 1950-01-01: 71 on the election date. */
const OLD_ID = '110105195001010012';
/** Male, born 1964-01-01: 57 on the election date. */
const FIFTY_SEVEN_ID = '110105196401010032';

const POLICIES: Record<string, Policy> = {
  'example-county-hard-criteria': exampleCountyHardCriteria,
  'cn-national': nationalBaseline,
};

type UserEvent = Parameters<NonNullable<StoryObj['play']>>[0]['userEvent'];

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector('hj-candidate-check') as HjCandidateCheck;
  const root = el.shadowRoot!;
  const control = <T extends HTMLElement = HTMLInputElement>(key: string) =>
    root.querySelector(`[data-key="${key}"]`) as T;
  const text = (selector: string) => (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { el, root, control, text };
};

/** Types a candidate in the way a user does: name, ID number (which fills sex and birth date), then the selects. */
async function fill(
  canvas: HTMLElement,
  userEvent: UserEvent,
  c: { id: string; status?: string; join?: string; full?: string; organization: string; post: string },
) {
  const { el, control } = shadow(canvas);
  await userEvent.type(control('name'), '张某甲');
  await userEvent.type(control('residentId'), c.id);
  await userEvent.selectOptions(control<HTMLSelectElement>('education'), '高中');
  await userEvent.selectOptions(control<HTMLSelectElement>('ethnicity'), '汉族');
  await userEvent.selectOptions(control<HTMLSelectElement>('politicalStatus'), c.status ?? '群众');
  await el.updateComplete;
  if (c.join) await userEvent.type(control('partyJoinDate'), c.join);
  if (c.full) await userEvent.type(control('partyFullDate'), c.full);
  await userEvent.selectOptions(control<HTMLSelectElement>('organization'), c.organization);
  await el.updateComplete;
  await userEvent.selectOptions(control<HTMLSelectElement>('post'), c.post);
  await userEvent.tab();
  await el.updateComplete;
}

const meta: Meta = {
  title: 'Elements/候选人资格审查 Candidate check',
  component: 'hj-candidate-check',
  render: (args) =>
    html`<hj-candidate-check
      name="candidate"
      as-of=${args.asOf}
      ?required=${args.required}
      .policy=${POLICIES[args.policy as string] ?? exampleCountyHardCriteria}
    ></hj-candidate-check>`,
  args: { asOf: '2021-10-28', required: false, policy: 'example-county-hard-criteria' },
  argTypes: { policy: { control: 'select', options: Object.keys(POLICIES) } },
};
export default meta;

type Story = StoryObj;

/** Empty: every field labelled, the verdict waits for a complete candidate. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const { root, text } = shadow(canvasElement);
    await expect(root.querySelector('label[for="name"]')?.textContent).toBe('姓名');
    await expect(text('[role=status]')).toBe('填写完整、无误后显示审查结论。');
  },
};

/** A villagers' committee member who meets every rule; the ID number is masked once the field is left. */
export const Valid: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await fill(canvasElement, userEvent, { id: ADULT_ID, organization: '村民委员会', post: '委员' });
    const { control, text, root } = shadow(canvasElement);
    await expect(control('birthDate').value).toBe('1985-03-15');
    await expect(control('residentId').value).toBe('110105********0035');
    await waitFor(() => expect(text('[role=status]')).toContain('符合资格条件'));
    await userEvent.click(root.querySelector('summary')!);
    await expect(text('details')).toContain('年满十八周岁');
  },
};

/** A 71-year-old with a served criminal sentence: both failed rules, each with its reference. */
export const Disqualified: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await fill(canvasElement, userEvent, { id: OLD_ID, organization: '村民委员会', post: '委员' });
    const { el, control, text } = shadow(canvasElement);
    await userEvent.click(control('fact-criminalSentence'));
    await el.updateComplete;
    await userEvent.type(control('fact-criminalSentence-date'), '2010-05-01');
    // A sentence served: without the end date, core takes it to go on (and national law fails it too).
    await userEvent.type(control('fact-criminalSentence-until'), '2012-05-01');
    await waitFor(() => expect(text('[role=status]')).toContain('不符合资格条件：2 条规则未通过'));
    await expect(text('[part=failures]')).toContain('受过刑事处罚的');
    await expect(text('[part=failures]')).toContain('“两委”成员不超过60周岁');
    await expect(text('[part=failures]')).toContain('示例县村(社区)“两委”换届人选资格条件');
  },
};

/** A 57-year-old party secretary: eligible, with the county's usual age limit as a warning. */
export const WithWarning: Story = {
  play: async ({ canvasElement, userEvent }) => {
    await fill(canvasElement, userEvent, {
      id: FIFTY_SEVEN_ID,
      status: '中共党员',
      join: '1990-07-01',
      full: '1991-07-01',
      organization: '党组织',
      post: '书记',
    });
    const { text } = shadow(canvasElement);
    await waitFor(() => expect(text('[role=status]')).toContain('符合资格条件（1 条提醒）'));
    await expect(text('[part=warnings]')).toContain('党组织书记一般不超过55周岁');
  },
};

/** A mistyped ID number: core says which character is wrong, next to the field. */
export const InvalidId: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { el, control, text } = shadow(canvasElement);
    await userEvent.type(control('residentId'), '110105198503150036');
    await userEvent.tab();
    await el.updateComplete;
    await expect(control('residentId').getAttribute('aria-invalid')).toBe('true');
    await expect(text('#residentId-error')).toBe('身份证号校验码错误：最后一位应为 5，请核对是否有数字录错');
  },
};

/** On an English page. */
export const English: Story = {
  render: (args, context) => html`<div lang="en">${meta.render!(args, context)}</div>`,
  play: async ({ canvasElement, userEvent }) => {
    const { root, text } = shadow(canvasElement);
    await expect(root.querySelector('label[for="residentId"]')?.textContent).toBe('Resident ID number');
    await fill(canvasElement, userEvent, { id: OLD_ID, organization: '村民委员会', post: '委员' });
    await waitFor(() => expect(text('[role=status]')).toContain('Not eligible: 1 rule failed'));
    await expect(text('[part=failures]')).toContain('Members are 60 or younger');
  },
};

/** On a Traditional Chinese page. */
export const TraditionalChinese: Story = {
  render: (args, context) => html`<div lang="zh-TW">${meta.render!(args, context)}</div>`,
  play: async ({ canvasElement }) => {
    const { root, text } = shadow(canvasElement);
    await expect(root.querySelector('label[for="education"]')?.textContent).toBe('學歷');
    await expect(text('[role=status]')).toBe('填寫完整、無誤後顯示審查結論。');
  },
};
