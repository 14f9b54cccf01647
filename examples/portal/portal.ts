// The demo portal: loads the synthetic county's roster into <hj-roster-import> and shows figures per township,
// all computed by @huanjie/core in the page.
import '@huanjie/elements/define/roster-import.js';
import {
  assessVillages,
  type CompositionSummary,
  formatAverage,
  formatPercent,
  type RosterRow,
  reportTermChange,
  seed004RiskModel,
  summarizeRoster,
} from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';

const importer = document.querySelector('hj-roster-import');
const table = document.querySelector<HTMLTableElement>('#townships');
const empty = document.querySelector<HTMLElement>('#townships-empty');

function showTownships(rows: readonly RosterRow[]): void {
  if (!table || !empty) return;
  const byTownship = new Map<string, RosterRow[]>();
  for (const r of rows) {
    const key = r.township ?? '（未填乡镇）';
    const list = byTownship.get(key);
    if (list) list.push(r);
    else byTownship.set(key, [r]);
  }
  const body = table.tBodies[0];
  body.replaceChildren(
    ...[...byTownship].map(([township, list]) => {
      const s = summarizeRoster(list);
      const tr = document.createElement('tr');
      for (const cell of [township, s.villages, s.people, s.women, s.partyMembers, s.highSchoolOrAbove, s.concurrent]) {
        const td = document.createElement('td');
        td.textContent = String(cell);
        tr.append(td);
      }
      return tr;
    }),
  );
  table.hidden = rows.length === 0;
  empty.hidden = rows.length > 0;
}

function cell(text: string | number, header = false): HTMLTableCellElement {
  const c = document.createElement(header ? 'th' : 'td');
  if (header) c.scope = 'row';
  c.textContent = String(text);
  return c;
}

/** The outcome report of the synthetic county's re-election, as seed 001 writes it. */
function showTermReport(): void {
  const county = generateCounty();
  const report = reportTermChange(
    { members: county.terms.previous.members, asOf: county.terms.previous.electionDate },
    { members: county.terms.current.members, asOf: county.terms.current.electionDate },
  );
  const text = document.querySelector('#term-text');
  if (text) text.textContent = report.text.zh;
  const body = document.querySelector<HTMLTableElement>('#term-table')?.tBodies[0];
  const row = (who: string, term: string, s: CompositionSummary) => {
    const tr = document.createElement('tr');
    tr.append(
      cell(who, true),
      cell(term),
      cell(s.count),
      cell(formatAverage(s.ageSum, s.ageKnown)),
      cell(s.highSchoolOrAbove),
      cell(formatPercent(s.highSchoolOrAbove, s.educationKnown)),
      cell(s.under35),
    );
    return tr;
  };
  body?.replaceChildren(
    row('班子成员', '上届', report.team.previous),
    row('班子成员', '本届', report.team.current),
    row('书记', '上届', report.secretaries.previous),
    row('书记', '本届', report.secretaries.current),
  );
}

/** The synthetic county coloured by the seven-indicator example model (seed 004), per township. */
function showRisk(): void {
  const county = generateCounty();
  const townshipOf = new Map(county.villages.map((v) => [v.code, v.township]));
  const a = assessVillages(
    county.riskIndicators.map((r) => ({
      village: r.villageCode,
      township: townshipOf.get(r.villageCode),
      values: r.values,
    })),
    seed004RiskModel,
  );
  const d = a.distribution;
  const text = document.querySelector('#risk-text');
  if (text)
    text.textContent = `全县${a.count}个村(社区)：一级（红）${d.一级}个，二级（黄）${d.二级}个，三级（绿）${d.三级}个。红色村须化解风险后方可启动换届。`;
  document.querySelector<HTMLTableElement>('#risk-table')?.tBodies[0].replaceChildren(
    ...Object.entries(a.byTownship).map(([township, c]) => {
      const tr = document.createElement('tr');
      tr.append(cell(township, true), cell(c.一级), cell(c.二级), cell(c.三级));
      return tr;
    }),
  );
}

showTermReport();
showRisk();

importer?.addEventListener('hj-roster-load', (event) => showTownships(event.detail.rows));

const response = await fetch(new URL('../data/synthetic-roster.csv', import.meta.url));
await importer?.loadFile(await response.blob(), '样例县本届两委成员花名册.csv');
