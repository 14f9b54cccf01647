/**
 * The composition chart's figures, bar charts and data table as templates of core's summaries and comparison; the
 * geometry comes from chart-layout.ts (pure, tested in Node).
 */
import { type CompositionComparison, type CompositionSummary, formatAverage, formatPercent } from '@huanjie/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { barLength, fitLabel, groupLayout, niceMax, textWidth, valueLabelPosition } from './chart-layout.js';
import type { CompositionChartMessages } from './composition-chart.messages.js';

const WIDTH = 320;
const LABEL_ROOM = 140;
const FONT = 13;

/** One scope's figures: both terms and core's comparison (no previous term: `previous` and `comparison` null). */
export interface Figures {
  readonly previous: CompositionSummary | null;
  readonly current: CompositionSummary;
  readonly comparison: CompositionComparison | null;
}

/** One group of bars: an age band or an education level, previous term beside the current one. */
interface Group {
  readonly key: string;
  readonly label: string;
  readonly previous: number | null;
  readonly previousShare: string;
  readonly current: number;
  readonly currentShare: string;
}

/** The headline figures of a scope: count, average age and the shares core computed, with the change since the
 * previous term. */
export function renderFigures(t: CompositionChartMessages, locale: Locale, f: Figures): TemplateResult {
  const en = locale === 'en';
  const p = f.previous;
  const c = f.current;
  const pair = (previous: string | null, current: string) =>
    previous === null ? current : `${t.previous} ${previous} → ${t.current} ${current}`;
  const change = (text: { zh: string; en: string } | undefined) =>
    text ? html`<span class="change">${en ? text.en : text.zh}</span>` : nothing;
  return html`<dl class="figures" part="figures">
      <div>
        <dt>${t.count}</dt>
        <dd data-figure="count">${pair(p ? t.people(p.count) : null, t.people(c.count))}</dd>
      </div>
      <div>
        <dt>${t.averageAge}</dt>
        <dd data-figure="averageAge">
          ${pair(p ? t.years(formatAverage(p.ageSum, p.ageKnown)) : null, t.years(formatAverage(c.ageSum, c.ageKnown)))}
          ${change(f.comparison?.averageAge?.text)}
        </dd>
      </div>
      <div>
        <dt>${t.highSchoolShare}</dt>
        <dd data-figure="highSchoolOrAbove">
          ${pair(
            p ? formatPercent(p.highSchoolOrAbove, p.educationKnown) : null,
            formatPercent(c.highSchoolOrAbove, c.educationKnown),
          )}
          ${change(f.comparison?.highSchoolOrAbove?.text)}
        </dd>
      </div>
      <div>
        <dt>${t.collegeShare}</dt>
        <dd data-figure="collegeOrAbove">
          ${pair(
            p ? formatPercent(p.collegeOrAbove, p.educationKnown) : null,
            formatPercent(c.collegeOrAbove, c.educationKnown),
          )}
        </dd>
      </div>
    </dl>`;
}

function ageGroups(t: CompositionChartMessages, locale: Locale, f: Figures): Group[] {
  const { previous: p, current: c } = f;
  return c.bands.map((band, i) => {
    const j = p ? p.bands.findIndex((b) => b.id === band.id) : -1;
    const previous = p ? (j >= 0 ? (p.ageBands[j] ?? 0) : 0) : null;
    return {
      key: `age-${band.id}`,
      label: locale === 'en' ? band.label.en : band.label.zh,
      previous,
      previousShare: p && previous !== null ? formatPercent(previous, p.ageKnown) : t.noFigure,
      current: c.ageBands[i] ?? 0,
      currentShare: formatPercent(c.ageBands[i] ?? 0, c.ageKnown),
    };
  });
}

function educationGroups(t: CompositionChartMessages, f: Figures): Group[] {
  const { previous: p, current: c } = f;
  return (['highSchoolOrAbove', 'collegeOrAbove', 'bachelorOrAbove'] as const).map((k) => ({
    key: `education-${k}`,
    label: t.education[k],
    previous: p ? p[k] : null,
    previousShare: p ? formatPercent(p[k], p.educationKnown) : t.noFigure,
    current: c[k],
    currentShare: formatPercent(c[k], c.educationKnown),
  }));
}

/** The two bar charts (age, education) with their legend, or the table view, and the accessible data table. */
export function renderCharts(t: CompositionChartMessages, locale: Locale, f: Figures, table: boolean): TemplateResult {
  const age = ageGroups(t, locale, f);
  const education = educationGroups(t, f);
  return html`
      ${
        table
          ? nothing
          : html`<ul class="legend plain" aria-label=${t.legend}>
              ${
                f.previous
                  ? html`<li><span class="swatch previous" aria-hidden="true"></span>${t.previous}</li>`
                  : nothing
              }
              <li><span class="swatch current" aria-hidden="true"></span>${t.current}</li>
            </ul>
            <div class="charts">
              ${renderChart('age', t.ageChart, age, t, f)}
              ${renderChart('education', t.educationChart, education, t, f)}
            </div>`
      }
      ${renderTable(t, f, age, education, table)}
    `;
}

function renderChart(
  id: string,
  title: string,
  groups: Group[],
  t: CompositionChartMessages,
  f: Figures,
): TemplateResult {
  const max = niceMax(groups.flatMap((g) => [g.previous ?? 0, g.current]));
  const series = f.previous ? 2 : 1;
  const layout = groupLayout(series, { width: WIDTH, labelRoom: LABEL_ROOM });
  return html`<figure part="chart" aria-labelledby=${`${id}-caption`}>
      <figcaption id=${`${id}-caption`}>${title}</figcaption>
      <ul class="rows">
        ${groups.map((g, i) => {
          const previous = g.previous === null ? null : t.value(g.previous, g.previousShare);
          const current = t.value(g.current, g.currentShare);
          const name = t.group(g.label, previous ?? t.noFigure, current);
          const hatch = `hatch-${id}-${i}`;
          const bars: Array<{ kind: 'previous' | 'current'; value: number; text: string }> = [
            ...(previous === null ? [] : [{ kind: 'previous' as const, value: g.previous ?? 0, text: previous }]),
            { kind: 'current', value: g.current, text: current },
          ];
          return html`<li class="row" data-key=${g.key}>
            <span class="name" aria-hidden="true">${g.label}</span>
            <svg
              role="img"
              tabindex="0"
              part="bar"
              aria-label=${name}
              viewBox=${`0 0 ${layout.width} ${layout.height}`}
              preserveAspectRatio="xMinYMid meet"
            >
              <title>${name}</title>
              <defs>
                <pattern id=${hatch} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                  <line class="hatch" x1="0" y1="0" x2="0" y2="6"></line>
                </pattern>
              </defs>
              ${bars.map((b, k) => {
                const band = layout.bars[k];
                if (!band) return nothing;
                const length = barLength(b.value, max, layout.plotExtent);
                const label = fitLabel(b.text, LABEL_ROOM + layout.plotExtent - length - 4, FONT);
                const at = valueLabelPosition(length, textWidth(label.text, FONT), layout.width);
                return svg`<rect
                    class=${`bar ${b.kind}`}
                    data-value=${b.value}
                    x="0"
                    y=${band.start}
                    width=${length}
                    height=${band.size}
                    fill=${b.kind === 'previous' ? `url(#${hatch})` : nothing}
                  ></rect>
                  <text
                    class=${at.inside ? 'inside' : ''}
                    x=${at.x}
                    y=${band.start + band.size / 2}
                    dominant-baseline="central"
                    text-anchor=${at.inside ? 'end' : 'start'}
                  >${label.text}</text>`;
              })}
              <line class="axis" x1="0.5" x2="0.5" y1="0" y2=${layout.height}></line>
            </svg>
          </li>`;
        })}
      </ul>
    </figure>`;
}

function renderTable(
  t: CompositionChartMessages,
  f: Figures,
  age: Group[],
  education: Group[],
  shown: boolean,
): TemplateResult {
  const p = f.previous;
  const c = f.current;
  const prevCells = (n: number | null, share: string) =>
    p ? html`<td class="num">${n ?? 0}</td><td class="num">${share}</td>` : nothing;
  const row = (g: Group) => html`<tr data-key=${g.key}>
      <th scope="row">${g.label}</th>
      ${prevCells(g.previous, g.previousShare)}
      <td class="num">${g.current}</td>
      <td class="num">${g.currentShare}</td>
    </tr>`;
  const section = (title: string) =>
    html`<tr><th scope="rowgroup" colspan=${p ? 5 : 3} class="section">${title}</th></tr>`;
  const unknown = (key: string, label: string, prev: number | null, cur: number, prevTotal: number, curTotal: number) =>
    row({
      key,
      label,
      previous: prev,
      previousShare: p ? formatPercent(prev ?? 0, prevTotal) : t.noFigure,
      current: cur,
      currentShare: formatPercent(cur, curTotal),
    });
  return html`<div
      class=${shown ? 'data table-wrap' : 'data visually-hidden'}
      id="data"
      tabindex=${shown ? '0' : nothing}
      role=${shown ? 'region' : nothing}
      aria-labelledby=${shown ? 'data-caption' : nothing}
    >
      <table part="table">
        <caption id="data-caption">${t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" rowspan="2">${t.category}</th>
            ${p ? html`<th scope="colgroup" colspan="2">${t.previous}</th>` : nothing}
            <th scope="colgroup" colspan="2">${t.current}</th>
          </tr>
          <tr>
            ${p ? html`<th scope="col" class="num">${t.count}</th><th scope="col" class="num">${t.share}</th>` : nothing}
            <th scope="col" class="num">${t.count}</th>
            <th scope="col" class="num">${t.share}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-key="count">
            <th scope="row">${t.count}</th>
            ${prevCells(p?.count ?? null, t.noFigure)}
            <td class="num">${c.count}</td>
            <td class="num">${t.noFigure}</td>
          </tr>
        </tbody>
        <tbody>
          ${section(t.ageChart)} ${age.map(row)}
          ${unknown('age-unknown', t.unknownAge, p?.unknown.age ?? null, c.unknown.age, p?.count ?? 0, c.count)}
        </tbody>
        <tbody>
          ${section(t.educationChart)} ${education.map(row)}
          ${unknown(
            'education-unknown',
            t.unknownEducation,
            p?.unknown.education ?? null,
            c.unknown.education,
            p?.count ?? 0,
            c.count,
          )}
        </tbody>
      </table>
    </div>`;
}
