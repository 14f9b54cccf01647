import { extendPolicy, nationalBaseline } from '@huanjie/core';
import '@huanjie/elements/define/election-tally.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { branchElection, villageElection } from '../../../../test/fixtures/elections.js';
import { axeViolations, mount, textOf } from '../../../../test/support/elements.js';
import type { HjElectionTally, TallyDetail } from './election-tally.component.js';

// A villagers' committee of 5 seats: 1,200 registered, 986 voted (村民委员会组织法 Art. 15).

const root = (el: HjElectionTally) => el.shadowRoot as ShadowRoot;
const field = (el: HjElectionTally, id: string) => root(el).querySelector(`#${id}`) as HTMLInputElement;
const codesShown = (el: HjElectionTally) =>
  [...root(el).querySelectorAll('.problems li')].map((li) => li.getAttribute('data-code'));

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<hj-election-tally>', () => {
  it('tallies counts typed by a user: three elected with more than half of the votes cast, every check passed', async () => {
    const { el } = await mount<HjElectionTally>('<hj-election-tally></hj-election-tally>', 'hj-election-tally');
    const details: TallyDetail[] = [];
    el.addEventListener('hj-tally', (e) => details.push(e.detail));
    // Three seats (a committee has three to seven, 组织法 Art. 6) and four candidates (more than the seats, Art. 15).
    await userEvent.type(field(el, 'seats'), '3');
    await userEvent.type(field(el, 'registeredVoters'), '300');
    await userEvent.type(field(el, 'ballots-issued'), '250');
    await userEvent.type(field(el, 'ballots-returned'), '240');
    await userEvent.type(field(el, 'ballots-valid'), '238');
    await userEvent.type(field(el, 'ballots-invalid'), '2');
    const add = root(el).querySelector<HTMLButtonElement>('button.add')!;
    await userEvent.click(add);
    await userEvent.click(add);
    await el.updateComplete;
    const names = root(el).querySelectorAll<HTMLInputElement>('input[data-candidate-name]');
    expect(names).toHaveLength(4);
    const votes = root(el).querySelectorAll<HTMLInputElement>('td.num input');
    for (const [i, [name, count]] of [
      ['张某甲', '200'],
      ['李某乙', '150'],
      ['王某丙', '130'],
      ['赵某丁', '60'],
    ].entries()) {
      await userEvent.type(names[i]!, name!);
      await userEvent.type(votes[i]!, count!);
    }
    await userEvent.selectOptions(root(el).querySelectorAll('tbody select')[1] as HTMLSelectElement, 'female');
    await el.updateComplete;

    const elected = [...root(el).querySelectorAll('ol.elected li')].map((li) => li.textContent);
    expect(elected).toEqual(['张某甲（200 票）', '李某乙（150 票）', '王某丙（130 票）']);
    expect(textOf(root(el).querySelector('[role=status]'))).toContain('一次选举成功');
    const statuses = [...root(el).querySelectorAll('table[part=checks] tbody tr')].map((tr) => tr.className);
    expect(statuses.every((s) => s === 'passed')).toBe(true);
    expect(details.at(-1)?.result.elected.map((c) => c.name)).toEqual(['张某甲', '李某乙', '王某丙']);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('applies the figures of the policy it is given to a villagers’ committee too (组织法 Art. 15 as a parameter)', async () => {
    const { el } = await mount<HjElectionTally>('<hj-election-tally></hj-election-tally>', 'hj-election-tally');
    el.setInput(villageElection);
    await el.updateComplete;
    expect(codesShown(el)).not.toContain('F.201');
    // A county's test variant: more than five sixths of the registered must vote; 986 of 1,200 is not.
    el.policy = extendPolicy(nationalBaseline, {
      id: 'county-variant',
      extends: 'cn-national',
      name: { zh: '某县试行', en: 'A county variant' },
      jurisdiction: '某县',
      parameters: { villagersTurnoutShare: { values: { '2021-01-01': '5/6' } } },
    });
    el.date = '2021-05-20';
    el.setInput(villageElection);
    await el.updateComplete;
    expect(codesShown(el)).toContain('F.201');
    expect(textOf(root(el).querySelector('[role=status]'))).toContain('本次投票不成立');
  });

  it('shows a numbered check beside the field it concerns, with the next step', async () => {
    const { el } = await mount<HjElectionTally>('<hj-election-tally></hj-election-tally>', 'hj-election-tally');
    el.setInput({ ...villageElection, ballots: { issued: 980, returned: 986, valid: 970, invalid: 16 } });
    await el.updateComplete;
    const returned = field(el, 'ballots-returned');
    expect(returned.getAttribute('aria-invalid')).toBe('true');
    const described = root(el).getElementById(returned.getAttribute('aria-describedby') as string);
    expect(textOf(described)).toContain('F.202');
    expect(textOf(described)).toContain('发出 980 张，收回 986 张');
    expect(textOf(root(el).querySelector('[role=status]'))).toContain('本次投票不成立');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('blocks the form on a warning until it is accepted with a written explanation (Art. 6: a woman member)', async () => {
    const { host, el } = await mount<HjElectionTally>(
      '<form><hj-election-tally name="tally"></hj-election-tally><button>提交</button></form>',
      'hj-election-tally',
    );
    const form = host.querySelector('form') as HTMLFormElement;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    el.setInput({
      ...villageElection,
      candidates: villageElection.candidates.map((c) => ({ ...c, sex: 'male' as const })),
    });
    await el.updateComplete;
    expect(codesShown(el)).toContain('W.202');
    form.requestSubmit();
    expect(submitted).toBe(0);
    expect(el.validationMessage).toBe('有 1 项警告须核实并写明说明');

    await userEvent.click(root(el).querySelector('#accept-W-202') as HTMLInputElement);
    await el.updateComplete;
    expect(root(el).querySelector('#accept-W-202-text')?.getAttribute('aria-invalid')).toBe('true');
    form.requestSubmit();
    expect(submitted).toBe(0);
    await userEvent.type(
      root(el).querySelector('#accept-W-202-text') as HTMLTextAreaElement,
      '妇女委员已在上届补选中产生',
    );
    await el.updateComplete;
    form.requestSubmit();
    expect(submitted).toBe(1);
    const value = JSON.parse(new FormData(form).get('tally') as string);
    expect(value.accepted).toEqual([{ code: 'W.202', explanation: '妇女委员已在上届补选中产生' }]);
    expect(value.input.candidates).toHaveLength(6);
  });

  it('tallies a party election: 40 of 50 due present is not above 4/5, so the vote does not stand', async () => {
    const { el } = await mount<HjElectionTally>(
      '<hj-election-tally kind="party" date="2021-10-10"></hj-election-tally>',
      'hj-election-tally',
    );
    el.setInput(branchElection(40));
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).toBe('党组织委员会选举计票');
    expect(field(el, 'present').getAttribute('aria-invalid')).toBe('true');
    expect(codesShown(el)).toEqual(['F.102']);
    expect(textOf(root(el).querySelector('tr[data-code="F.102"]'))).toContain('未通过');
    el.setInput(branchElection(41));
    await el.updateComplete;
    expect(el.result?.elected).toHaveLength(5);
  });

  it('waits with blank fields until the user touches them or submits, then names each', async () => {
    const { host, el } = await mount<HjElectionTally>(
      '<form><hj-election-tally name="t" required></hj-election-tally></form>',
      'hj-election-tally',
    );
    expect(codesShown(el)).toEqual([]);
    expect(el.validity.valueMissing).toBe(true);
    (host.querySelector('form') as HTMLFormElement).requestSubmit();
    await userEvent.type(field(el, 'seats'), '5');
    await el.updateComplete;
    expect(codesShown(el).filter((c) => c === 'F.001').length).toBeGreaterThan(3);
    expect(textOf(root(el).querySelector('#registeredVoters-problems'))).toContain('登记参加选举的村民数为空白');
  });

  it('resets with the form, is disabled by its fieldset, and speaks English', async () => {
    const { host, el } = await mount<HjElectionTally>(
      '<form><fieldset><hj-election-tally lang="en"></hj-election-tally></fieldset></form>',
      'hj-election-tally',
    );
    el.setInput(villageElection);
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).toBe("Villagers' committee election: tally");
    expect(textOf(root(el).querySelector('[role=status]'))).toContain('Succeeded at the first vote');
    expect(textOf(root(el).querySelector('ol.elected li'))).toBe('张某甲 (900 votes)');
    expect(textOf(root(el).querySelector('ul.not-elected li'))).toMatch(/^刘某己: \S/);
    (host.querySelector('form') as HTMLFormElement).reset();
    await el.updateComplete;
    expect(field(el, 'seats').value).toBe('');
    (host.querySelector('fieldset') as HTMLFieldSetElement).disabled = true;
    await el.updateComplete;
    expect(field(el, 'seats').matches(':disabled')).toBe(true);
  });

  it('does not pass a removed row’s touched fields to the rows below it', async () => {
    const { el } = await mount<HjElectionTally>('<hj-election-tally></hj-election-tally>', 'hj-election-tally');
    await userEvent.click(root(el).querySelector('button.add') as HTMLButtonElement);
    await el.updateComplete;
    const names = () => [...root(el).querySelectorAll<HTMLInputElement>('input[data-candidate-name]')];
    const sexes = () => [...root(el).querySelectorAll<HTMLSelectElement>('tbody select')];
    expect(names()).toHaveLength(3);
    // Row 2: a name typed and cleared again (so it is blank and flagged), and the sex chosen. Row 3 is left alone.
    await userEvent.type(names()[1]!, '李某乙');
    await userEvent.clear(names()[1]!);
    await userEvent.selectOptions(sexes()[1]!, 'female');
    await el.updateComplete;
    expect(names().map((n) => n.getAttribute('aria-invalid'))).toEqual(['false', 'true', 'false']);

    await userEvent.click(root(el).querySelector('button[aria-label="删除第 1 位候选人"]') as HTMLButtonElement);
    await el.updateComplete;
    // Row 2 is now row 1, still flagged; the untouched row below it stays quiet.
    expect(names().map((n) => n.getAttribute('aria-invalid'))).toEqual(['true', 'false']);
    expect(sexes().map((s) => s.value)).toEqual(['female', '']);
  });

  it('shows in its selects the round and sexes it holds, also back on a choice the user made before', async () => {
    const { el } = await mount<HjElectionTally>('<hj-election-tally></hj-election-tally>', 'hj-election-tally');
    const round = field(el, 'round') as unknown as HTMLSelectElement;
    const sexes = () => [...root(el).querySelectorAll<HTMLSelectElement>('tbody select')].map((s) => s.value);
    await userEvent.selectOptions(round, 'additional');
    await userEvent.selectOptions(root(el).querySelector('tbody select') as HTMLSelectElement, 'female');
    el.setInput(villageElection);
    await el.updateComplete;
    expect(round.value).toBe('first');
    expect(sexes()).toEqual(villageElection.candidates.map((c) => c.sex));
    // A saved tally brings back the values the user had chosen by hand.
    const [first, ...others] = villageElection.candidates;
    el.setInput({ ...villageElection, round: 'additional', candidates: [{ ...first!, sex: 'female' }, ...others] });
    await el.updateComplete;
    expect(round.value).toBe('additional');
    expect(sexes()).toEqual(['female', ...others.map((c) => c.sex)]);
  });

  it('marks every required count as required, and the excused count as optional', async () => {
    const { el } = await mount<HjElectionTally>(
      '<hj-election-tally kind="party" date="2021-10-10"></hj-election-tally>',
      'hj-election-tally',
    );
    const counts = [
      'seats',
      'entitled',
      'present',
      'ballots-issued',
      'ballots-returned',
      'ballots-valid',
      'ballots-invalid',
    ];
    for (const id of counts) expect(field(el, id).getAttribute('aria-required'), id).toBe('true');
    expect(field(el, 'excused').hasAttribute('aria-required')).toBe(false);
  });

  it('shows a name full of HTML as text', async () => {
    const { el } = await mount<HjElectionTally>('<hj-election-tally></hj-election-tally>', 'hj-election-tally');
    const payload = '<img src=x onerror="window.__hacked=1">';
    el.setInput({
      ...villageElection,
      candidates: [{ ...villageElection.candidates[0]!, name: payload }, ...villageElection.candidates.slice(1)],
    });
    await el.updateComplete;
    expect(root(el).querySelector('img')).toBeNull();
    expect(textOf(root(el).querySelector('ol.elected'))).toContain(payload);
    expect((window as { __hacked?: number }).__hacked).toBeUndefined();
  });

  it('条例 2020: counts the plenary electing its secretary — one candidate for one post, from the committee typed', async () => {
    const { el } = await mount<HjElectionTally>(
      '<hj-election-tally kind="party-officer" date="2021-10-10"></hj-election-tally>',
      'hj-election-tally',
    );
    expect(textOf(root(el).querySelector('h2'))).toBe('委员会全体会议选举书记、副书记计票');
    expect(root(el).querySelector('#entitled')).toBeNull();
    await userEvent.type(
      root(el).querySelector('#committee') as HTMLTextAreaElement,
      '张某甲、李某乙、王某丙、赵某丁、陈某戊',
    );
    for (const [id, value] of [
      ['seats', '1'],
      ['present', '5'],
      ['ballots-issued', '5'],
      ['ballots-returned', '5'],
      ['ballots-valid', '5'],
      ['ballots-invalid', '0'],
    ] as const)
      await userEvent.type(field(el, id), value);
    const name = root(el).querySelector<HTMLInputElement>('input[data-candidate-name]')!;
    await userEvent.type(name, '张某甲');
    await userEvent.type(root(el).querySelector<HTMLInputElement>('td.num input')!, '5');
    await userEvent.click(root(el).querySelectorAll<HTMLButtonElement>('tbody button')[1]!);
    await el.updateComplete;
    expect([...root(el).querySelectorAll('ol.elected li')].map((li) => li.textContent)).toEqual(['张某甲（5 票）']);
    expect(textOf(root(el).querySelector('[role=status]'))).toContain('一次选举成功');
    expect(root(el).querySelector('tr[data-code="F.101"]')).toBeNull();
    // Someone not on the committee: F.105 at the name typed.
    await userEvent.clear(name);
    await userEvent.type(name, '周某辛');
    await el.updateComplete;
    expect(codesShown(el)).toEqual(['F.105']);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('条例 2020: names the deputy post left open, in zh-TW and English', async () => {
    const { el } = await mount<HjElectionTally>(
      '<hj-election-tally kind="party-officer" date="2021-10-10" lang="zh-TW"></hj-election-tally>',
      'hj-election-tally',
    );
    const deputy = {
      post: '副书记' as const,
      seats: 1,
      committee: ['张某甲', '李某乙', '王某丙', '赵某丁', '陈某戊'],
      present: 5,
      ballots: { issued: 5, returned: 5, valid: 5, invalid: 0 },
      candidates: [{ name: '李某乙', votes: 2 }],
    };
    el.setInput(deputy);
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).toBe('委員會全體會議選舉書記、副書記計票');
    expect((root(el).querySelector('#post') as HTMLSelectElement).value).toBe('副书记');
    expect(codesShown(el)).toEqual(['W.103']);
    const { el: en } = await mount<HjElectionTally>(
      '<hj-election-tally kind="party-officer" date="2021-10-10" lang="en"></hj-election-tally>',
      'hj-election-tally',
    );
    en.setInput(deputy);
    await en.updateComplete;
    expect(textOf(root(en).querySelector('h2'))).toBe('Secretary and deputies elected by the committee: tally');
    expect(textOf(root(en).querySelector('tr[data-code="W.103"]'))).toContain('A deputy secretary post is left open');
  });

  it("城市居民委员会组织法 Art. 7: a residents' committee of four seats is warned, five to nine", async () => {
    const { el } = await mount<HjElectionTally>(
      '<hj-election-tally kind="residents-committee"></hj-election-tally>',
      'hj-election-tally',
    );
    el.setInput({ ...villageElection, seats: 4 });
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).toBe('居民委员会选举计票');
    expect(codesShown(el)).toEqual(['W.204']);
    expect(textOf(root(el).querySelector('tr[data-code="W.204"]'))).toContain('居民委员会由五至九人组成');
    expect(root(el).querySelector('#woman')).toBeNull();
    el.setInput(villageElection);
    await el.updateComplete;
    expect(codesShown(el)).toEqual([]);
  });
});
