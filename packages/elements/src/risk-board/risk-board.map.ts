/**
 * The map of `<hj-risk-board>`: one path per feature coloured by its village's level, dimmed when the filters leave
 * the village out, each a button (click, Enter or Space) naming the village and its level. The geometry is
 * `risk-map-layout.ts`'s.
 */
import type { VillageAssessment, VillageRiskInput } from '@huanjie/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { RiskBoardMessages } from './risk-board.messages.js';
import { MAP_HEIGHT, MAP_WIDTH, type MapShape } from './risk-map-layout.js';
import { filteredTownship, levelShown, type RiskLevelFilter } from './township-groups.js';

/**
 * The map of `shapes`, coloured by `a`, dimmed by the filters, `selected` marked; `label` words a level (`null`: not
 * scored) and `onEvent` takes the map's `click` and `keydown`.
 */
export function renderRiskMap(
  shapes: readonly MapShape[],
  villages: readonly VillageRiskInput[],
  a: VillageAssessment,
  filterLevel: RiskLevelFilter,
  filterTownship: string,
  selected: number | null,
  label: (level: string | null) => string,
  onEvent: (e: Event) => void,
  t: RiskBoardMessages,
): TemplateResult {
  const township = filteredTownship(filterTownship);
  return html`<figure class="map-wrap">
    <svg
      part="map"
      class="map"
      role="group"
      aria-label=${t.map}
      viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"
      @click=${onEvent}
      @keydown=${onEvent}
    >
      ${shapes.map((s) => {
        if (s.index < 0)
          return svg`<path class="shape none" d=${s.d}><title>${s.name}${t.factSeparator}${t.noData}</title></path>`;
        const name = `${s.name}${t.factSeparator}${label(a.level(s.index))}`;
        const dim =
          !levelShown(a, s.index, filterLevel) || (filterTownship && (villages[s.index]?.township ?? '') !== township);
        return svg`<path
          class="shape ${a.colour(s.index) ?? 'none'} ${dim ? 'dim' : ''} ${selected === s.index ? 'chosen' : ''}"
          d=${s.d}
          data-i=${s.index}
          tabindex="0"
          role="button"
          aria-label=${name}
          aria-current=${selected === s.index ? 'true' : nothing}
        ><title>${name}</title></path>`;
      })}
    </svg>
    <figcaption>${t.map}</figcaption>
  </figure>`;
}
