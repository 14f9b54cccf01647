import '@huanjie/elements/define/composition-chart.js';
import { type CompositionMember, formatPercent, reportTermChange, summarizeComposition } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, mount, textOf } from '../../../../test/support/elements.js';
import type { HjCompositionChart } from './composition-chart.component.js';

// The synthetic county (197 villages, two terms): the same figures core reports, drawn and tabled.
const county = generateCounty();
const previous = county.terms.previous;
const current = county.terms.current;
const report = reportTermChange(
  { members: previous.members, asOf: previous.electionDate },
  { members: current.members, asOf: current.electionDate },
);

const root = (el: HjCompositionChart) => el.shadowRoot as ShadowRoot;
const cells = (el: HjCompositionChart, key: string) =>
  [...root(el).querySelectorAll(`table tr[data-key="${key}"] td`)].map((td) => textOf(td));

async function chart(markup = '<hj-composition-chart></hj-composition-chart>', data = true) {
  const { host, el } = await mount<HjCompositionChart>(markup, 'hj-composition-chart');
  if (data) {
    el.asOf = current.electionDate;
    el.previousAsOf = previous.electionDate;
    el.previous = previous.members;
    el.current = current.members;
    await el.updateComplete;
  }
  return { host, el };
}

beforeEach(() => {
  document.documentElement.lang = 'zh-CN';
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('<hj-composition-chart>', () => {
  it('shows core’s report sentence, grouped bars and a table of core’s counts for the synthetic county', async () => {
    const { el } = await chart();
    expect(textOf(root(el).querySelector('[part=sentence]'))).toBe(report.text.zh);
    expect(report.text.zh).toContain('一降一升');
    // Five age bands and three education levels, each a focusable image of two bars (previous, current).
    const images = root(el).querySelectorAll('svg');
    expect(images).toHaveLength(8);
    for (const svg of images) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('tabindex')).toBe('0');
      expect(svg.getAttribute('aria-label')).toBeTruthy();
      expect(svg.querySelector('title')?.textContent).toBe(svg.getAttribute('aria-label'));
    }
    expect(root(el).querySelectorAll('rect.bar.previous')).toHaveLength(8);
    expect(root(el).querySelectorAll('rect.bar.current')).toHaveLength(8);
    const team = report.team;
    const bars = [...root(el).querySelectorAll('figure')[0]!.querySelectorAll('rect.bar.current')];
    expect(bars.map((r) => Number(r.getAttribute('data-value')))).toEqual(team.current.ageBands);
    // The table (read by screen readers while the chart shows) holds core's counts.
    expect(root(el).querySelector('.data')?.classList.contains('visually-hidden')).toBe(true);
    expect(cells(el, 'count')[2]).toBe(String(team.current.count));
    expect(cells(el, 'count')[0]).toBe(String(team.previous.count));
    team.current.bands.forEach((band, i) => {
      expect(cells(el, `age-${band.id}`)).toEqual([
        String(team.previous.ageBands[i]),
        formatPercent(team.previous.ageBands[i]!, team.previous.ageKnown),
        String(team.current.ageBands[i]),
        formatPercent(team.current.ageBands[i]!, team.current.ageKnown),
      ]);
    });
    expect(cells(el, 'education-collegeOrAbove')[2]).toBe(String(team.current.collegeOrAbove));
    expect(textOf(root(el).querySelector('[data-figure=averageAge]'))).toContain(
      team.comparison.averageAge?.text.zh as string,
    );
    expect(await axeViolations(el)).toEqual([]);
  });

  it('switches to the secretaries with the segmented control, and the numbers change', async () => {
    const { el } = await chart();
    const before = cells(el, 'count')[2];
    await userEvent.click(root(el).querySelector('input[value=secretaries]') as HTMLInputElement);
    await el.updateComplete;
    expect(el.scope).toBe('secretaries');
    expect(el.getAttribute('scope')).toBe('secretaries');
    const heads = report.secretaries;
    expect(cells(el, 'count')[2]).toBe(String(heads.current.count));
    expect(cells(el, 'count')[2]).not.toBe(before);
    expect(cells(el, 'education-highSchoolOrAbove')[2]).toBe(String(heads.current.highSchoolOrAbove));
    expect(textOf(root(el).querySelector('[data-figure=averageAge]'))).toContain(
      heads.comparison.averageAge?.text.zh as string,
    );
  });

  it('switches to a visible, focusable data table and back', async () => {
    const { el } = await chart();
    const toggle = root(el).querySelector('[part=toggle]') as HTMLButtonElement;
    expect(textOf(toggle)).toBe('以表格显示');
    await userEvent.click(toggle);
    await el.updateComplete;
    expect(root(el).querySelectorAll('svg')).toHaveLength(0);
    const wrap = root(el).querySelector('.data') as HTMLElement;
    expect(wrap.classList.contains('visually-hidden')).toBe(false);
    expect(wrap.getAttribute('tabindex')).toBe('0');
    expect(textOf(toggle)).toBe('以图表显示');
    expect(await axeViolations(el)).toEqual([]);
    await userEvent.click(toggle);
    await el.updateComplete;
    expect(root(el).querySelectorAll('svg')).toHaveLength(8);
  });

  it('reaches every value by keyboard', async () => {
    const { el } = await chart();
    (root(el).querySelector('input[value=team]') as HTMLInputElement).focus();
    const reached: string[] = [];
    for (let i = 0; i < 10; i++) {
      await userEvent.tab();
      const active = root(el).activeElement;
      if (active?.tagName.toLowerCase() === 'svg') reached.push(active.getAttribute('aria-label') ?? '');
    }
    expect(reached).toHaveLength(8);
    const band = report.team.current.bands[0]!;
    expect(reached[0]).toBe(
      `${band.label.zh}：上届${report.team.previous.ageBands[0]}人（${formatPercent(report.team.previous.ageBands[0]!, report.team.previous.ageKnown)}），本届${report.team.current.ageBands[0]}人（${formatPercent(report.team.current.ageBands[0]!, report.team.current.ageKnown)}）`,
    );
  });

  it('shows "no data" for 0 members, never NaN, and draws one member', async () => {
    const { el } = await chart(undefined, false);
    expect(textOf(root(el))).toContain('暂无数据');
    el.asOf = '2021-10-28';
    el.current = [];
    el.previous = [];
    await el.updateComplete;
    expect(textOf(root(el).querySelector('[role=status]'))).toBe('暂无数据：没有可统计的成员。');
    expect(textOf(root(el))).not.toMatch(/NaN|undefined|Infinity/);
    expect(await axeViolations(el)).toEqual([]);

    const one = current.members.find((m) => m.organization === '党组织' && m.post === '书记') as CompositionMember;
    el.current = [one];
    await el.updateComplete;
    expect(textOf(root(el).querySelector('.note'))).toBe('缺少上届数据，无法作换届前后对比。');
    expect(root(el).querySelectorAll('rect.bar.current')).toHaveLength(8);
    expect(root(el).querySelectorAll('rect.bar.previous')).toHaveLength(0);
    expect(cells(el, 'count')).toEqual(['1', '—']);
    expect(textOf(root(el))).not.toMatch(/NaN|undefined|Infinity/);
    for (const r of root(el).querySelectorAll('rect')) expect(Number(r.getAttribute('width'))).not.toBeNaN();
    expect(await axeViolations(el)).toEqual([]);
  });

  // Speed is a benchmark's figure (npm run bench), never a time asserted here: a busy machine takes longer.
  it('renders 100,000 members', async () => {
    const { el } = await chart(undefined, false);
    const members = Array.from({ length: 100_000 }, (_, i) => current.members[i % current.members.length]!);
    el.asOf = current.electionDate;
    el.previousAsOf = previous.electionDate;
    el.previous = previous.members;
    el.current = members;
    await el.updateComplete;
    const team = summarizeComposition(members, {
      asOf: current.electionDate,
      filter: (m) => m.organization === '党组织',
    });
    expect(cells(el, 'count')[2]).toBe(String(team.count));
  });

  it('accepts precomputed summaries (scope switch hidden) with core’s change phrases', async () => {
    const { el } = await chart(undefined, false);
    el.previous = report.team.previous;
    el.current = report.team.current;
    await el.updateComplete;
    expect(root(el).querySelector('input[type=radio]')).toBeNull();
    const sentence = textOf(root(el).querySelector('[part=sentence]'));
    expect(sentence).toContain(report.team.comparison.averageAge?.text.zh as string);
    expect(sentence).toContain(report.team.comparison.highSchoolOrAbove?.text.zh as string);
    expect(sentence).toContain('实现了年龄学历“一降一升”');
    expect(cells(el, 'count')[2]).toBe(String(report.team.current.count));
    expect(await axeViolations(el)).toEqual([]);
  });

  it('follows a lang change at run time (en, zh-TW)', async () => {
    const { host, el } = await chart();
    host.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).toBe('Age and education of the team');
    expect(textOf(root(el).querySelector('[part=sentence]'))).toBe(report.text.en);
    expect(root(el).querySelector('svg')?.getAttribute('aria-label')).toContain('under 35');
    host.setAttribute('lang', 'zh-TW');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(textOf(root(el).querySelector('h2'))).toBe('班子年齡學歷結構');
    expect(textOf(root(el).querySelector('[part=toggle]'))).toBe('以表格顯示');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows labels full of HTML as text', async () => {
    const { el } = await chart(undefined, false);
    const evil = '<img src=x onerror=alert(1)>';
    const summary = {
      ...report.team.current,
      bands: report.team.current.bands.map((b, i) => (i === 0 ? { ...b, label: { zh: evil, en: evil } } : b)),
    };
    el.current = summary;
    el.organization = evil;
    await el.updateComplete;
    expect(root(el).querySelector('img')).toBeNull();
    expect(textOf(root(el).querySelector('.row .name'))).toBe(evil);
    expect(root(el).querySelector('svg')?.getAttribute('aria-label')).toContain(evil);
    // Members of an organization named in HTML: core's sentence names it, as text.
    el.current = current.members.map((m) => (m.organization === '党组织' ? { ...m, organization: evil } : m));
    el.previous = previous.members.map((m) => (m.organization === '党组织' ? { ...m, organization: evil } : m));
    el.asOf = current.electionDate;
    await el.updateComplete;
    expect(root(el).querySelector('img')).toBeNull();
    expect(textOf(root(el).querySelector('[part=sentence]'))).toContain(evil);
  });

  it('counts ages today for an as-of date that does not exist, and says so in the console, not on the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { el } = await chart(undefined, false);
    el.asOf = '2021-02-30';
    el.current = current.members;
    await el.updateComplete;
    expect(root(el).querySelector('[role=alert]')).toBeNull();
    expect(el.asOf).toBeUndefined();
    expect(textOf(root(el).querySelector('[data-figure=count]'))).toContain(String(report.team.current.count));
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain('<hj-composition-chart> as-of="2021-02-30"');
    warn.mockRestore();
  });
});
