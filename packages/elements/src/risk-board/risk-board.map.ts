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

/** What the map draws, and what it calls when a shape is chosen. */
export interface RiskMapOptions {
  readonly shapes: readonly MapShape[];
  readonly villages: readonly VillageRiskInput[];
  readonly a: VillageAssessment;
  readonly filterLevel: RiskLevelFilter;
  readonly filterTownship: string;
  readonly selected: number | null;
  /** A level as words (`null`: not scored). */
  readonly label: (level: string | null) => string;
  /** `click` and `keydown` on the map. */
  readonly onEvent: (e: Event) => void;
}

export function renderRiskMap(o: RiskMapOptions, t: RiskBoardMessages): TemplateResult {
  const { a, selected } = o;
  const township = filteredTownship(o.filterTownship);
  return html`<figure class="map-wrap">
    <svg
      part="map"
      class="map"
      role="group"
      aria-label=${t.map}
      viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"
      @click=${o.onEvent}
      @keydown=${o.onEvent}
    >
      ${o.shapes.map((s) => {
        if (s.index < 0)
          return svg`<path class="shape none" d=${s.d}><title>${s.name}${t.factSeparator}${t.noData}</title></path>`;
        const label = `${s.name}${t.factSeparator}${o.label(a.level(s.index))}`;
        const dim =
          !levelShown(a, s.index, o.filterLevel) ||
          (o.filterTownship && (o.villages[s.index]?.township ?? '') !== township);
        return svg`<path
          class="shape ${a.colour(s.index) ?? 'none'} ${dim ? 'dim' : ''} ${selected === s.index ? 'chosen' : ''}"
          d=${s.d}
          data-i=${s.index}
          tabindex="0"
          role="button"
          aria-label=${label}
          aria-current=${selected === s.index ? 'true' : nothing}
        ><title>${label}</title></path>`;
      })}
    </svg>
    <figcaption>${t.map}</figcaption>
  </figure>`;
}
