// Every element given an attribute value it cannot use, as a page's markup or script might give it (a typo, a date in
// the wrong format, a value from another element): it still renders, shows what it shows with the attribute left
// out, reads back the default, and warns once in Chinese and English.
import '@huanjie/elements/define/candidate-check.js';
import '@huanjie/elements/define/composition-chart.js';
import '@huanjie/elements/define/election-tally.js';
import '@huanjie/elements/define/pay-calculator.js';
import '@huanjie/elements/define/progress-board.js';
import '@huanjie/elements/define/review-tracker.js';
import '@huanjie/elements/define/risk-board.js';
import '@huanjie/elements/define/roster-import.js';
import {
  exampleCountyHardCriteria,
  examplePay2021,
  exampleTaskTemplate,
  scheduleTasks,
  type TaskRecord,
  taskProgress,
} from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { villageElection } from '../../../../test/fixtures/elections.js';
import { textOf } from '../../../../test/support/elements.js';
import type { HjCandidateCheck } from '../candidate-check/candidate-check.component.js';
import type { HjElectionTally } from '../election-tally/election-tally.component.js';
import type { HjPayCalculator } from '../pay-calculator/pay-calculator.component.js';
import type { HjProgressBoard } from '../progress-board/progress-board.component.js';
import type { HjReviewTracker } from '../review-tracker/review-tracker.component.js';
import type { HjRiskBoard } from '../risk-board/risk-board.component.js';
import type { HjRosterImport } from '../roster-import/roster-import.component.js';

type Element_ = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;

const county = generateCounty();
const ELECTION = '2021-10-28';
const records: TaskRecord[] = county.villages.slice(0, 20).map((v, i) => ({
  unit: v.name,
  township: v.township,
  level: 'village',
  electionDate: ELECTION,
  done: Object.fromEntries(
    scheduleTasks(exampleTaskTemplate, ELECTION)
      .filter((t) => t.level === 'village')
      .slice(0, i % 5)
      .map((t) => [t.id, t.due]),
  ),
}));
/** Reviews every department has answered: what they show does not depend on the clock. */
const decided = [
  { candidate: '王某甲', residentId: '52990119800101001X', pass: true },
  { candidate: '赵某丁', residentId: '529901198502020022', pass: false },
].map(({ candidate, residentId, pass }) => ({
  candidate,
  residentId,
  submittedAt: '2021-09-01T09:30:00+08:00',
  tier: 'normal',
  answers: (exampleCountyHardCriteria.review?.departments ?? []).map((d, i) => ({
    department: d.id,
    outcome: pass || i > 0 ? ('pass' as const) : ('fail' as const),
    answeredAt: '2021-09-02T10:00:00+08:00',
  })),
}));
const ROSTER =
  '姓名,身份证号,民族,学历,政治面貌\n张某甲,11010519491231002X,汉族,高中,群众\n李某乙,110105198503150035,汉族,大专,中共党员';

/** An element, an attribute, a value it cannot use (as a page might write it), and the default it reads back. */
type Case = readonly [tag: string, attribute: string, bad: string, fallback: unknown, fill: Fill, common?: string];
/** Gives the element realistic data, as a host page would. */
type Fill = (el: Element_) => Promise<void> | void;

async function enterCadre(el: Element_): Promise<void> {
  (el as unknown as HjPayCalculator).policy = examplePay2021;
  await el.updateComplete;
  const field = (id: string) => el.shadowRoot!.getElementById(id) as HTMLInputElement;
  await userEvent.fill(field('name'), '张某甲');
  await userEvent.selectOptions(field('organization'), '村民委员会');
  await userEvent.selectOptions(field('post'), '委员');
  await userEvent.fill(field('from'), '2021-01-01');
}

const tally = (el: Element_) => (el as unknown as HjElectionTally).setInput(villageElection);
const candidate = (el: Element_) => {
  (el as unknown as HjCandidateCheck).candidate = {
    name: '张某甲',
    residentId: '110105195001010012',
    sex: 'male',
    birthDate: '1950-01-01',
    ethnicity: '汉族',
    education: '高中',
    politicalStatus: '群众',
    organization: '村民委员会',
    post: '委员',
  };
};
const members = (el: Element_) => {
  el.previous = county.terms.previous.members;
  el.current = county.terms.current.members;
};
const villages = (el: Element_) => {
  (el as unknown as HjRiskBoard).villages = county.riskIndicators.map((r) => {
    const v = county.villages.find((x) => x.code === r.villageCode)!;
    return { village: v.name, township: v.township, values: r.values };
  });
};

const progress = (el: Element_) => {
  (el as unknown as HjProgressBoard).progress = taskProgress(exampleTaskTemplate, records, { asOf: '2021-10-20' });
};
const reviews = (el: Element_) => {
  Object.assign(el as unknown as HjReviewTracker, { policy: exampleCountyHardCriteria, reviews: decided });
};
const roster = async (el: Element_) => {
  await (el as unknown as HjRosterImport).loadFile(new Blob([ROSTER]), '花名册.csv');
};

const CASES: Case[] = [
  ['hj-election-tally', 'kind', 'villager', 'villagers-committee', tally],
  ['hj-election-tally', 'date', '2021-02-30', undefined, tally],
  ['hj-candidate-check', 'as-of', '2021-13-01', undefined, candidate],
  ['hj-composition-chart', 'as-of', '28/10/2021', undefined, members],
  ['hj-composition-chart', 'previous-as-of', 'x', undefined, members, `as-of="${county.terms.current.electionDate}"`],
  ['hj-composition-chart', 'organization', '村委会', undefined, members],
  ['hj-composition-chart', 'scope', 'secretary', 'team', members],
  ['hj-composition-chart', 'view', 'tables', 'chart', members],
  ['hj-pay-calculator', 'term-from', 'x', undefined, enterCadre],
  ['hj-pay-calculator', 'term-to', '2026-02-29', undefined, enterCadre],
  ['hj-pay-calculator', 'as-of', '2021/01/15', undefined, enterCadre],
  ['hj-progress-board', 'as-of', '20.10.2021', undefined, progress],
  ['hj-review-tracker', 'now', '2021-09-01 22:00', undefined, reviews],
  ['hj-risk-board', 'filter-level', 'red', '', villages],
  ['hj-risk-board', 'filter-township', '不存在镇', '', villages],
  ['hj-risk-board', 'view', 'map', 'board', villages],
  ['hj-roster-import', 'as-of', 'today', undefined, roster],
];

/** `as-of` → `asOf`: the property an attribute sets. */
const propertyOf = (attribute: string) => attribute.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

async function place(tag: string, attributes = ''): Promise<Element_> {
  const host = document.createElement('div');
  host.innerHTML = `<${tag} ${attributes}></${tag}>`;
  document.body.append(host);
  const el = host.firstElementChild as Element_;
  await el.updateComplete;
  return el;
}

/** What a user sees of an element: its text, the options chosen and the buttons pressed. */
function seen(el: Element_): string {
  const root = el.shadowRoot as ShadowRoot;
  const chosen = [...root.querySelectorAll<HTMLInputElement>('input:checked, [aria-pressed="true"]')].map(
    (c) => c.value || c.textContent?.trim(),
  );
  const selects = [...root.querySelectorAll('select')].map((s) => s.value);
  return `${textOf(root)} | chosen: ${chosen.join(', ')} | selects: ${selects.join(', ')}`;
}

let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
  document.body.replaceChildren();
});

describe('an attribute value an element cannot use', () => {
  it.each(CASES.map((c) => [`${c[0]} ${c[1]}="${c[2]}"`, c] as const))(
    '%s: renders with the default and warns once',
    async (_, [tag, attribute, bad, fallback, fill, common]) => {
      const el = await place(tag, common);
      await fill(el);
      await el.updateComplete;
      el.setAttribute(attribute, bad);
      await el.updateComplete;

      const twin = await place(tag, common);
      await fill(twin);
      await twin.updateComplete;

      expect(textOf(el.shadowRoot).length).toBeGreaterThan(20);
      expect(el[propertyOf(attribute)]).toEqual(fallback);
      expect(seen(el)).toBe(seen(twin));
      expect(warn).toHaveBeenCalledTimes(1);
      const message = String(warn.mock.calls[0]?.[0]);
      expect(message).toContain(`<${tag}> ${attribute}="${bad}"`);
      expect(message).toMatch(/无效.*改用默认值：.+ \/ .* is not valid .* using the default: .+\.$/);
    },
  );

  it('throws nothing and renders a villagers’ committee tally when kind is wrong from the start', async () => {
    const el = await place('hj-election-tally', 'kind="x" date="someday"');
    expect(textOf(el.shadowRoot?.querySelector('h2'))).toBe('村民委员会选举计票');
    expect(el.shadowRoot?.querySelector('#registeredVoters')).not.toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('warns once per element and value: again for another value or another element, not for the same again', async () => {
    const el = await place('hj-risk-board');
    villages(el);
    el.setAttribute('view', 'map');
    await el.updateComplete;
    el.view = 'map'; // the same value again, now as a property
    await el.updateComplete;
    el.setAttribute('view', 'table');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('table')).not.toBeNull();
    el.removeAttribute('view'); // absent: the default, silently
    await el.updateComplete;
    expect(el.view).toBe('board');
    expect(warn).toHaveBeenCalledTimes(1);
    el.setAttribute('view', 'grid');
    await el.updateComplete;
    expect(warn).toHaveBeenCalledTimes(2);
    const other = await place('hj-risk-board', 'view="map"');
    expect(other.view).toBe('board');
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('keeps a township named before the villages come, and judges it once they have', async () => {
    const el = await place('hj-risk-board', 'filter-township="青石镇"');
    expect(el.filterTownship).toBe('青石镇');
    villages(el);
    await el.updateComplete;
    expect(el.filterTownship).toBe('青石镇');
    expect(textOf(el.shadowRoot?.querySelector('.shown'))).toMatch(/^当前显示 [1-9]\d* 个$/);
    expect(warn).not.toHaveBeenCalled();
  });
});
