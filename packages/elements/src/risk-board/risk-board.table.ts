/**
 * The table view of `<hj-risk-board>`: one row per village shown (township by township) with its score and level,
 * the village's name a button that chooses it.
 */
import type { VillageAssessment, VillageRiskInput } from '@huanjie/core';
import { html, type TemplateResult } from 'lit';
import type { RiskBoardMessages } from './risk-board.messages.js';
import type { TownshipGroup } from './township-groups.js';

/** What the table shows, and what it calls when a village's button is clicked (`click` on its body). */
export interface RiskTableOptions {
  readonly groups: readonly TownshipGroup[];
  readonly villages: readonly VillageRiskInput[];
  readonly a: VillageAssessment;
  /** A level as words (`null`: not scored). */
  readonly label: (level: string | null) => string;
  /** A score as text. */
  readonly fmt: (n: number | null) => string;
  readonly onClick: (e: Event) => void;
}

export function renderRiskTable(o: RiskTableOptions, t: RiskBoardMessages): TemplateResult {
  const { a, fmt } = o;
  const list = o.villages;
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
      <tbody @click=${o.onClick}>
        ${o.groups.map((g) =>
          g.indices.map(
            (i) => html`<tr>
              <th scope="row"><button type="button" class="link" data-i=${i}>${list[i]?.village}</button></th>
              <td>${list[i]?.township ?? ''}</td>
              <td class="num">${fmt(a.score(i))}</td>
              <td><span class="swatch ${a.colour(i) ?? 'none'}" aria-hidden="true">${a.level(i) ? t.levelShort(a.level(i) as string) : t.unscoredShort}</span> ${o.label(a.level(i))}</td>
            </tr>`,
          ),
        )}
      </tbody>
    </table>
  </div>`;
}
