import '@huanjie/elements/define/election-tally.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { HjElectionTally } from '../packages/elements/src/election-tally/election-tally.component.js';
import { branchElection, villageElection } from '../test/fixtures/elections.js';

/** A villagers' committee of 5 seats: 1,200 registered, 986 voted. */

const shadow = (canvas: HTMLElement) => {
  const el = canvas.querySelector('hj-election-tally') as HjElectionTally;
  return { el, root: el.shadowRoot as ShadowRoot };
};
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ');

const meta: Meta = {
  title: 'Elements/选举计票 Election tally',
  component: 'hj-election-tally',
  render: (args) =>
    html`<hj-election-tally name="tally" kind=${args.kind} date="2021-10-10" ?required=${args.required}></hj-election-tally>`,
  args: { kind: 'villagers-committee', required: false },
  argTypes: {
    kind: {
      control: 'inline-radio',
      options: ['villagers-committee', 'residents-committee', 'party', 'party-officer'],
    },
  },
};
export default meta;

type Story = StoryObj;

/** Empty: nothing is flagged before the user starts. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await expect(text(root.querySelector('h2'))).toBe('村民委员会选举计票');
    await expect(root.querySelectorAll('.problems li')).toHaveLength(0);
  },
};

/** Typed like a tally sheet: two seats, both filled in the first vote (双过半). */
export const TypedByHand: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    const type = (id: string, value: string) => userEvent.type(root.querySelector(`#${id}`) as HTMLInputElement, value);
    await type('seats', '2');
    await type('registeredVoters', '300');
    await type('ballots-issued', '250');
    await type('ballots-returned', '240');
    await type('ballots-valid', '238');
    await type('ballots-invalid', '2');
    const names = root.querySelectorAll<HTMLInputElement>('input[data-candidate-name]');
    await userEvent.type(names[0]!, '张某甲');
    await userEvent.type(names[1]!, '李某乙');
    const votes = root.querySelectorAll<HTMLInputElement>('td.num input');
    await userEvent.type(votes[0]!, '200');
    await userEvent.type(votes[1]!, '150');
    await userEvent.selectOptions(root.querySelectorAll('tbody select')[1] as HTMLSelectElement, 'female');
    await waitFor(() => expect(el.result?.succeededAtFirstVote).toBe(true));
    await expect(text(root.querySelector('[role=status]'))).toContain('一次选举成功');
  },
};

/** Seats left open: only three won more than half of the votes cast, so 另行选举 is needed (Art. 15). */
export const SeatsOpen: Story = {
  play: async ({ canvasElement }) => {
    const { el, root } = shadow(canvasElement);
    el.setInput({
      ...villageElection,
      candidates: villageElection.candidates.map((c, i) => ({ ...c, votes: [900, 850, 700, 490, 480, 300][i]! })),
    });
    await waitFor(() => expect(text(root.querySelector('[role=status]'))).toContain('须对不足的名额另行选举'));
    await expect(text(root.querySelector('.not-elected'))).toContain('未超过参加投票村民 986 人的半数');
  },
};

/** An error beside its field: more ballots returned than issued. */
export const BallotsDoNotAddUp: Story = {
  play: async ({ canvasElement }) => {
    const { el, root } = shadow(canvasElement);
    el.setInput({ ...villageElection, ballots: { issued: 980, returned: 986, valid: 970, invalid: 16 } });
    await waitFor(() => expect(root.querySelector('#ballots-returned')?.getAttribute('aria-invalid')).toBe('true'));
    await expect(text(root.querySelector('#ballots-returned-problems'))).toContain('F.202');
  },
};

/** A warning accepted with a written explanation: no woman elected this time (Art. 6). */
export const WarningAccepted: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const { el, root } = shadow(canvasElement);
    el.setInput({
      ...villageElection,
      candidates: villageElection.candidates.map((c) => ({ ...c, sex: 'male' as const })),
    });
    await waitFor(() => expect(root.querySelector('#accept-W-202')).not.toBeNull());
    await expect(el.checkValidity()).toBe(false);
    await userEvent.click(root.querySelector('#accept-W-202') as HTMLInputElement);
    await userEvent.type(root.querySelector('#accept-W-202-text') as HTMLTextAreaElement, '妇女委员另行选举产生');
    await waitFor(() => expect(el.checkValidity()).toBe(true));
  },
};

/** A party branch: 40 of 50 due present is not above 4/5, and the vote does not stand. */
export const PartyQuorumNotMet: Story = {
  args: { kind: 'party' },
  play: async ({ canvasElement }) => {
    const { el, root } = shadow(canvasElement);
    el.setInput(branchElection(40));
    await waitFor(() => expect(text(root.querySelector('#present-problems'))).toContain('F.102'));
    await expect(text(root.querySelector('[role=status]'))).toContain('本次投票不成立');
  },
};

/** In English. */
export const English: Story = {
  render: () => html`<div lang="en"><hj-election-tally></hj-election-tally></div>`,
  play: async ({ canvasElement }) => {
    const { el, root } = shadow(canvasElement);
    el.setInput(villageElection);
    await waitFor(() => expect(text(root.querySelector('[role=status]'))).toContain('Succeeded at the first vote'));
    await expect(text(root.querySelector('h2'))).toBe("Villagers' committee election: tally");
  },
};

/** In traditional Chinese. */
export const TraditionalChinese: Story = {
  render: () => html`<div lang="zh-TW"><hj-election-tally></hj-election-tally></div>`,
  play: async ({ canvasElement }) => {
    const { root } = shadow(canvasElement);
    await expect(text(root.querySelector('h2'))).toBe('村民委員會選舉計票');
    await expect(text(root.querySelector('legend'))).toBe('人數');
  },
};

/** The new committee's plenary elects its secretary: one candidate for one post (等额), from the committee's members. */
export const SecretaryAtThePlenary: Story = {
  args: { kind: 'party-officer' },
  play: async ({ canvasElement }) => {
    const { el, root } = shadow(canvasElement);
    el.setInput({
      post: '书记',
      seats: 1,
      committee: ['张某甲', '李某乙', '王某丙', '赵某丁', '陈某戊'],
      present: 5,
      ballots: { issued: 5, returned: 5, valid: 5, invalid: 0 },
      candidates: [{ name: '张某甲', votes: 5 }],
    });
    await waitFor(() => expect(text(root.querySelector('[role=status]'))).toContain('一次选举成功'));
    await expect(text(root.querySelector('h2'))).toBe('委员会全体会议选举书记、副书记计票');
  },
};
