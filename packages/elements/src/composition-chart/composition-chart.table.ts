/**
 * The data table of `<hj-composition-chart>`: the charts' figures (and the unknowns) as numbers and shares. Always
 * in the page for screen readers; shown, and a focusable region, in the table view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CompositionChartMessages } from './composition-chart.messages.js';
import type { ChartGroup, ChartGroups, Figures } from './composition-figures.js';

/** The table of `f` with the rows of `groups`; `shown` in the table view, visually hidden otherwise. */
export function renderDataTable(
  t: CompositionChartMessages,
  f: Figures,
  groups: ChartGroups,
  shown: boolean,
): TemplateResult {
  const p = f.previous;
  const c = f.current;
  const prevCells = (n: number, share: string) =>
    p ? html`<td class="num">${n}</td><td class="num">${share}</td>` : nothing;
  const row = (g: ChartGroup) => html`<tr data-key=${g.key}>
    <th scope="row">${g.label}</th>
    ${prevCells(g.previous?.count ?? 0, g.previous?.share ?? t.noFigure)}
    <td class="num">${g.current.count}</td>
    <td class="num">${g.current.share}</td>
  </tr>`;
  const section = (title: string) =>
    html`<tr><th scope="rowgroup" colspan=${p ? 5 : 3} class="section">${title}</th></tr>`;
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
          ${prevCells(p?.count ?? 0, t.noFigure)}
          <td class="num">${c.count}</td>
          <td class="num">${t.noFigure}</td>
        </tr>
      </tbody>
      <tbody>
        ${section(t.ageChart)} ${groups.age.map(row)} ${row(groups.ageUnknown)}
      </tbody>
      <tbody>
        ${section(t.educationChart)} ${groups.education.map(row)} ${row(groups.educationUnknown)}
      </tbody>
    </table>
  </div>`;
}
