/**
 * The table view of `<hj-risk-board>`: one row per village shown (township by township) with its score and level,
 * the village's name a button that chooses it.
 */
import type { VillageAssessment, VillageRiskInput } from '@huanjie/core';
import { html, type TemplateResult } from 'lit';
import type { TownshipGroup } from '../village-board/township-groups.js';
import type { RiskBoardMessages } from './risk-board.messages.js';
import { colourClass, levelShort } from './risk-labels.js';

/**
 * The table of the villages of `groups`, scored by `a`; `label` words a level (`null`: not scored), `fmt` prints a
 * score, and `onClick` takes `click` on the table's body.
 */
export function renderRiskTable(
  groups: readonly TownshipGroup[],
  list: readonly VillageRiskInput[],
  a: VillageAssessment,
  label: (level: string | null) => string,
  fmt: (n: number | null) => string,
  onClick: (e: Event) => void,
  t: RiskBoardMessages,
): TemplateResult {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
    <table part="table">
      <caption id="table-caption">${t.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.village}</th>
          <th scope="col">${t.township}</th>
          <th scope="col" class="num">${t.score}</th>
          <th scope="col">${t.level}</th>
        </tr>
      </thead>
      <tbody @click=${onClick}>
        ${groups.map((g) =>
          g.indices.map(
            (i) => html`<tr>
              <th scope="row"><button type="button" class="link" data-i=${i}>${list[i]?.village}</button></th>
              <td>${list[i]?.township ?? ''}</td>
              <td class="num">${fmt(a.score(i))}</td>
              <td><span class="swatch ${colourClass(a.colour(i), a.level(i))}" aria-hidden="true">${levelShort(a.level(i), t)}</span> ${label(a.level(i))}</td>
            </tr>`,
          ),
        )}
      </tbody>
    </table>
  </div>`;
}
