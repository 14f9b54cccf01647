// The demo portal: loads the synthetic county's roster into <hj-roster-import> and shows figures per township,
// all computed by @huanjie/core in the page.
import '@huanjie/elements/define/roster-import.js';
import { type RosterRow, summarizeRoster } from '@huanjie/core';

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

importer?.addEventListener('hj-roster-load', (event) => showTownships(event.detail.rows));

const response = await fetch(new URL('../data/synthetic-roster.csv', import.meta.url));
await importer?.loadFile(await response.blob(), '样例县本届两委成员花名册.csv');
