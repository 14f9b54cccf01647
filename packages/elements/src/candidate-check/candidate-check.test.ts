import '@huanjie/elements/define/candidate-check.js';
import { exampleCountyHardCriteria } from '@huanjie/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, mount, textOf } from '../../../../test/support/elements.js';
import type { HjCandidateCheck, VerdictDetail } from './candidate-check.component.js';

const TAG = 'hj-candidate-check';
/** Male, born 1985-03-15. */
const ADULT_ID = '110105198503150035';
/** Male, born 2007-06-01: 14 on the election date. */
const CHILD_ID = '110105200706010016';
/** Male, born 1950-01-01: 71 on the election date. */
const OLD_ID = '110105195001010012';
/** Male, born 1964-01-01: 57 on the election date. */
const FIFTY_SEVEN_ID = '110105196401010032';
const AS_OF = '2021-10-28';

async function mountCheck(markup = `<${TAG} as-of=${AS_OF}></${TAG}>`) {
  const mounted = await mount<HjCandidateCheck>(markup, TAG);
  mounted.el.policy = exampleCountyHardCriteria;
  await mounted.el.updateComplete;
  return mounted;
}

function control<T extends HTMLElement = HTMLInputElement>(el: HjCandidateCheck, key: string): T {
  const found = el.shadowRoot!.querySelector<T>(`[data-key="${key}"]`);
  if (!found) throw new Error(`no control ${key}`);
  return found;
}

function labelOf(el: HjCandidateCheck, key: string): string {
  return textOf(el.shadowRoot!.querySelector(`label[for="${key}"]`));
}

function verdictText(el: HjCandidateCheck): string {
  return textOf(el.shadowRoot!.querySelector('[role=status]'));
}

async function type(el: HjCandidateCheck, key: string, text: string) {
  await userEvent.type(control(el, key), text);
  await el.updateComplete;
}

async function choose(el: HjCandidateCheck, key: string, value: string) {
  await userEvent.selectOptions(control<HTMLSelectElement>(el, key), value);
  await el.updateComplete;
}

async function pickDate(el: HjCandidateCheck, key: string, date: string) {
  await userEvent.fill(control(el, key), date);
  await el.updateComplete;
}

/** Fills a candidate the way a user would: name, ID (which fills sex and birth date), the selects, the seat. */
async function fillCandidate(
  el: HjCandidateCheck,
  c: {
    name?: string;
    id: string;
    education?: string;
    status?: string;
    join?: string;
    full?: string;
    organization?: string;
    post?: string;
  },
) {
  await type(el, 'name', c.name ?? '张某甲');
  await type(el, 'residentId', c.id);
  await choose(el, 'education', c.education ?? '高中');
  await choose(el, 'ethnicity', '汉族');
  await choose(el, 'politicalStatus', c.status ?? '群众');
  if (c.join) await pickDate(el, 'partyJoinDate', c.join);
  if (c.full) await pickDate(el, 'partyFullDate', c.full);
  if (c.organization) await choose(el, 'organization', c.organization);
  if (c.post) await choose(el, 'post', c.post);
  await userEvent.tab();
  await el.updateComplete;
}

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<hj-candidate-check>', () => {
  it('fills birth date and sex from a valid ID number and masks the number once the field loses focus', async () => {
    const { el } = await mountCheck();
    const id = control(el, 'residentId');
    await type(el, 'residentId', ADULT_ID);
    expect(id.value).toBe(ADULT_ID);
    expect(control(el, 'birthDate').value).toBe('1985-03-15');
    expect(control<HTMLSelectElement>(el, 'sex').value).toBe('male');
    expect(control<HTMLSelectElement>(el, 'sex').selectedOptions[0]!.textContent!.trim()).toBe('男');

    await userEvent.tab();
    await el.updateComplete;
    expect(id.value).toBe('110105********0035');
    expect(textOf(el.shadowRoot)).not.toContain(ADULT_ID);
    expect(labelOf(el, 'residentId')).toContain('已掩码显示');

    // Back in the field, the full number is there to edit.
    await userEvent.click(id);
    await el.updateComplete;
    expect(id.value).toBe(ADULT_ID);
  });

  it("shows core's reason for a wrong ID number next to the field once the user leaves it", async () => {
    const { el } = await mountCheck();
    await type(el, 'residentId', '110105198503150036');
    const id = control(el, 'residentId');
    // Still typing: no complaint yet.
    expect(id.getAttribute('aria-invalid')).toBeNull();
    await userEvent.tab();
    await el.updateComplete;
    expect(id.getAttribute('aria-invalid')).toBe('true');
    const error = el.shadowRoot!.getElementById(id.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(textOf(error)).toBe('身份证号校验码错误：最后一位应为 5，请核对是否有数字录错');
    expect(id.getAttribute('aria-describedby')).toContain('residentId-hint');
    expect(verdictText(el)).toContain('填写完整、无误后显示审查结论');
  });

  it('shows an eligible verdict with the basis, and the passed rules on request', async () => {
    const { el } = await mountCheck();
    const verdicts: VerdictDetail[] = [];
    el.addEventListener('hj-verdict', (e) => verdicts.push(e.detail));
    await fillCandidate(el, { id: ADULT_ID, organization: '村民委员会', post: '委员' });
    expect(verdictText(el)).toContain('符合资格条件');
    expect(verdictText(el)).toContain('审查日期：2021-10-28');
    expect(verdicts.at(-1)!.verdict.eligible).toBe(true);
    expect(verdicts.at(-1)!.candidate).toMatchObject({ name: '张某甲', residentId: ADULT_ID, sex: 'male' });

    const details = el.shadowRoot!.querySelector('details')!;
    expect(textOf(details.querySelector('summary'))).toMatch(/^显示通过的规则（\d+ 条）$/);
    expect(details.open).toBe(false);
    await userEvent.click(details.querySelector('summary')!);
    expect(details.open).toBe(true);
    expect(textOf(details)).toContain('年满十八周岁');
    expect(textOf(details)).toContain('中华人民共和国村民委员会组织法（2018年修正）第十三条');
  });

  it('shows the failed rule and its reference for a disqualifying fact, and fires hj-verdict', async () => {
    const { el } = await mountCheck();
    const verdicts: VerdictDetail[] = [];
    el.addEventListener('hj-verdict', (e) => verdicts.push(e.detail));
    await fillCandidate(el, { id: ADULT_ID, organization: '村民委员会', post: '委员' });
    // One verdict each time it changed: for no seat yet, for the organization, for the post.
    expect(verdicts.map((v) => v.verdict.seat)).toEqual([
      { organization: undefined, post: undefined },
      { organization: '村民委员会', post: undefined },
      { organization: '村民委员会', post: '委员' },
    ]);
    const before = verdicts.length;

    await userEvent.click(control(el, 'fact-criminalSentence'));
    await el.updateComplete;
    const date = control(el, 'fact-criminalSentence-date');
    expect(labelOf(el, 'fact-criminalSentence-date')).toContain('日期');
    expect(labelOf(el, 'fact-criminalSentence-until')).toContain('截止日期');
    await pickDate(el, 'fact-criminalSentence-date', '2015-05-01');
    await pickDate(el, 'fact-criminalSentence-until', '2017-05-01');
    expect(date.value).toBe('2015-05-01');

    const failures = el.shadowRoot!.querySelector('[part=failures]')!;
    expect(verdictText(el)).toContain('不符合资格条件：1 条规则未通过');
    expect(textOf(failures)).toContain('受过刑事处罚的');
    expect(textOf(failures)).toContain('村(社区)“两委”成员候选人“十不选”');
    expect(failures.querySelector('li')!.className).toBe('error');
    expect(verdicts.length).toBeGreaterThan(before);
    const last = verdicts.at(-1)!;
    expect(last.verdict.eligible).toBe(false);
    expect(last.verdict.failures.map((f) => f.ruleId)).toEqual(['sbx-criminal']);
    expect(last.candidate.facts).toEqual([{ kind: 'criminalSentence', date: '2015-05-01', until: '2017-05-01' }]);
  });

  it('fails an under-age committee member and a 71-year-old', async () => {
    const { el } = await mountCheck();
    await fillCandidate(el, { id: CHILD_ID, organization: '村民委员会', post: '委员' });
    expect(textOf(el.shadowRoot!.querySelector('[part=failures]'))).toContain('年满十八周岁');
    expect(textOf(el.shadowRoot!.querySelector('[part=failures]'))).toContain('第十三条');

    document.body.replaceChildren();
    const old = await mountCheck();
    await fillCandidate(old.el, { id: OLD_ID, organization: '村民委员会', post: '委员' });
    const failures = textOf(old.el.shadowRoot!.querySelector('[part=failures]'));
    expect(failures).toContain('“两委”成员不超过60周岁');
    expect(failures).toContain('示例县村(社区)“两委”换届人选资格条件');
  });

  it('shows a warning as a warning, and a warning alone does not disqualify', async () => {
    const { el } = await mountCheck();
    await fillCandidate(el, {
      id: FIFTY_SEVEN_ID,
      status: '中共党员',
      join: '1990-07-01',
      full: '1991-07-01',
      organization: '党组织',
      post: '书记',
    });
    expect(verdictText(el)).toContain('符合资格条件（1 条提醒）');
    const warnings = el.shadowRoot!.querySelector('[part=warnings]')!;
    expect(textOf(warnings)).toContain('党组织书记一般不超过55周岁');
    expect(warnings.querySelector('li')!.className).toBe('warning');
    expect(el.shadowRoot!.querySelector('[part=failures]')).toBeNull();
    expect(el.verdict?.eligible).toBe(true);
  });

  it('offers only the posts of the chosen organization', async () => {
    const { el } = await mountCheck();
    await choose(el, 'organization', '党组织');
    const posts = [...control<HTMLSelectElement>(el, 'post').options].map((o) => o.value).filter(Boolean);
    expect(posts).toEqual(['书记', '副书记', '委员']);
  });

  it('takes part in a form: blocked while invalid or not eligible, JSON when valid, change events, reset', async () => {
    const { host, el } = await mountCheck(
      `<form><${TAG} name="candidate" required as-of=${AS_OF}></${TAG}><button>提交</button></form>`,
    );
    const form = host.querySelector('form')!;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    let changes = 0;
    el.addEventListener('change', () => changes++);

    expect(el.validity.valueMissing).toBe(true);
    expect(el.validationMessage).toBe('请填写姓名、身份证号和出生日期');
    form.requestSubmit();
    expect(submitted).toBe(0);
    await el.updateComplete;
    // The failed submit shows every problem, not only those of fields already visited.
    expect(control(el, 'name').getAttribute('aria-invalid')).toBe('true');

    await fillCandidate(el, { id: OLD_ID, organization: '村民委员会', post: '委员' });
    expect(changes).toBeGreaterThan(0);
    expect(el.validity.customError).toBe(true);
    expect(el.validationMessage).toBe('不符合资格条件：“两委”成员不超过60周岁');
    form.requestSubmit();
    expect(submitted).toBe(0);

    // The user goes back to the ID number, selects it all and types another.
    await userEvent.click(control(el, 'residentId'));
    await userEvent.keyboard('{Control>}a{/Control}');
    await userEvent.keyboard(ADULT_ID);
    await userEvent.tab();
    await el.updateComplete;
    expect(el.validationMessage).toBe('');
    expect(form.checkValidity()).toBe(true);
    form.requestSubmit();
    expect(submitted).toBe(1);
    const value = JSON.parse(new FormData(form).get('candidate') as string);
    expect(value).toMatchObject({
      name: '张某甲',
      residentId: ADULT_ID,
      sex: 'male',
      birthDate: '1985-03-15',
      organization: '村民委员会',
      post: '委员',
      facts: [],
    });

    form.reset();
    await el.updateComplete;
    expect(control(el, 'name').value).toBe('');
    expect(control(el, 'residentId').value).toBe('');
    expect(control<HTMLSelectElement>(el, 'education').value).toBe('');
    expect(new FormData(form).get('candidate')).toBeNull();
    expect(el.validity.valueMissing).toBe(true);
    expect(control(el, 'name').getAttribute('aria-invalid')).toBeNull();
  });

  it('is valid and empty when not required, and follows disabled fieldsets', async () => {
    const { host, el } = await mountCheck(`<form><fieldset disabled><${TAG}></${TAG}></fieldset></form>`);
    expect(el.checkValidity()).toBe(true);
    const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input, select')];
    expect(inputs.length).toBeGreaterThan(10);
    expect(inputs.every((i) => i.matches(':disabled'))).toBe(true);
    host.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(inputs.some((i) => i.matches(':disabled'))).toBe(false);
  });

  it('is usable by keyboard alone', async () => {
    const { el } = await mountCheck(`<button>before</button><${TAG} as-of=${AS_OF}></${TAG}>`);
    document.querySelector('button')!.focus();
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(control(el, 'name'));
    await userEvent.keyboard('张某甲');
    await userEvent.tab();
    expect(el.shadowRoot!.activeElement).toBe(control(el, 'residentId'));
    await userEvent.keyboard(ADULT_ID);
    await el.updateComplete;
    expect(control(el, 'birthDate').value).toBe('1985-03-15');
    // A fact is ticked with the space bar.
    control(el, 'fact-voteBuying').focus();
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(control(el, 'fact-voteBuying').checked).toBe(true);
    expect(el.shadowRoot!.querySelector('[data-key="fact-voteBuying-date"]')).not.toBeNull();
  });

  it('speaks English and Traditional Chinese, and switches when the page language changes', async () => {
    const { el } = await mountCheck(`<div lang="en"><${TAG} as-of=${AS_OF}></${TAG}></div>`);
    expect(labelOf(el, 'residentId')).toBe('Resident ID number');
    expect(labelOf(el, 'fact-criminalSentence')).toBe('Criminal sentence');
    await fillCandidate(el, { id: OLD_ID, organization: '村民委员会', post: '委员' });
    expect(verdictText(el)).toContain('Not eligible: 1 rule failed');
    expect(textOf(el.shadowRoot!.querySelector('[part=failures]'))).toContain('Members are 60 or younger');
    expect(textOf(el.shadowRoot!.querySelector('[part=failures] .ref'))).toMatch(/^Reference: .+; set by \S/);
    await userEvent.click(control(el, 'fact-criminalSentence'));
    await el.updateComplete;
    expect(labelOf(el, 'fact-criminalSentence-date')).toMatch(/ \(Criminal sentence\)$/);
    await userEvent.click(control(el, 'fact-criminalSentence'));
    await el.updateComplete;
    expect(el.validationMessage).toBe('Not eligible: Members are 60 or younger');

    // The portal switches language at run time.
    el.parentElement!.setAttribute('lang', 'zh-TW');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(labelOf(el, 'residentId')).toContain('身分證號');
    expect(labelOf(el, 'education')).toBe('學歷');
    expect(verdictText(el)).toContain('不符合資格條件');
    expect(el.validationMessage).toContain('不符合資格條件');

    document.body.replaceChildren();
    const page = await mountCheck();
    expect(labelOf(page.el, 'name')).toBe('姓名');
    document.documentElement.lang = 'en-GB';
    await new Promise((r) => setTimeout(r));
    await page.el.updateComplete;
    expect(labelOf(page.el, 'name')).toBe('Name');
  });

  it('has no axe-core violations when empty, showing errors, or with a verdict', async () => {
    const { host, el } = await mountCheck(
      `<main><h1>候选人资格审查</h1><form><${TAG} name="c" required as-of=${AS_OF}></${TAG}></form></main>`,
    );
    expect(await axeViolations(host)).toEqual([]);
    el.reportValidity();
    await type(el, 'residentId', '123');
    await userEvent.click(control(el, 'fact-partyDiscipline'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[aria-invalid=true]').length).toBeGreaterThan(3);
    expect(await axeViolations(host)).toEqual([]);
    document.body.replaceChildren();

    const valid = await mountCheck(`<main><h1>候选人资格审查</h1><${TAG} as-of=${AS_OF}></${TAG}></main>`);
    await fillCandidate(valid.el, { id: FIFTY_SEVEN_ID, status: '中共党员', join: '1990-07-01', full: '1991-07-01' });
    await choose(valid.el, 'organization', '党组织');
    await choose(valid.el, 'post', '书记');
    await userEvent.click(valid.el.shadowRoot!.querySelector('summary')!);
    expect(valid.el.verdict?.warnings).toHaveLength(1);
    expect(await axeViolations(valid.host)).toEqual([]);
  });

  it('fits a 320 px wide screen without scrolling sideways', async () => {
    const { host, el } = await mountCheck(`<div style="width: 320px"><${TAG} as-of=${AS_OF}></${TAG}></div>`);
    await fillCandidate(el, { id: OLD_ID, organization: '村民委员会', post: '委员' });
    await userEvent.click(control(el, 'fact-partyDiscipline'));
    await el.updateComplete;
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('input, select, [part=failures]')) {
      expect(node.getBoundingClientRect().right).toBeLessThanOrEqual(host.getBoundingClientRect().left + 320);
    }
  });

  it('shows HTML typed as the name as text', async () => {
    const { el } = await mountCheck();
    const payload = '<img src=x onerror="window.__xss=1">';
    await type(el, 'name', payload);
    await userEvent.tab();
    await el.updateComplete;
    expect(control(el, 'name').value).toBe(payload);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(textOf(el.shadowRoot!.getElementById('name-error'))).toBe('姓名为空、过长或含有不允许的字符');
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });
});
