/**
 * The map of a board (`<hj-risk-board>`, `<hj-campaign-map>`): one path per feature in its village's colour, dimmed
 * when the filters leave the village out, each a button (click, Enter or Space) naming the village and its state.
 * The geometry is `map-layout.ts`'s; what a village looks like is the board's.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { MAP_HEIGHT, MAP_WIDTH, type MapShape } from './map-layout.js';

/** How a village is drawn: its colour class, its name with its state (title and label), and whether it is dimmed. */
export interface ShapeLook {
  readonly colour: string;
  readonly label: string;
  readonly dim: boolean;
}

/** The words of a map: its caption, what a feature of no village says, and the separator in a title. */
export interface MapWords {
  readonly map: string;
  readonly noData: string;
  readonly factSeparator: string;
}

/**
 * The map of `shapes`, each village drawn as `look` says, `selected` marked; `onEvent` takes the map's `click` and
 * `keydown` (see {@link chosenIndex}).
 */
export function renderVillageMap(
  shapes: readonly MapShape[],
  look: (i: number) => ShapeLook,
  selected: number | null,
  onEvent: (e: Event) => void,
  t: MapWords,
): TemplateResult {
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
        const { colour, label, dim } = look(s.index);
        return svg`<path
          class="shape ${colour} ${dim ? 'dim' : ''} ${selected === s.index ? 'chosen' : ''}"
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

/**
 * The village a `click` or `keydown` (Enter, Space) on a board or a map chooses: the `data-i` of the tile, row or
 * shape it hit, or `undefined`. A key that chooses has its default (scrolling, a second click) prevented.
 */
export function chosenIndex(e: Event): number | undefined {
  if (e instanceof KeyboardEvent && e.key !== 'Enter' && e.key !== ' ') return undefined;
  const target = (e.target as Element).closest('[data-i]');
  if (!target) return undefined;
  if (e instanceof KeyboardEvent) e.preventDefault();
  return Number(target.getAttribute('data-i'));
}
