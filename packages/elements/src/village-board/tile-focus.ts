/**
 * The tiles of a board (`<hj-risk-board>`, `<hj-campaign-map>`) as one tab stop (roving tabindex): arrow keys move
 * between tiles (up and down to the nearest tile of the next row as laid out), Home and End jump to the first and last, and `aria-current` marks
 * the chosen tile; a click on a tile, a row or a map shape chooses its village. A reactive controller: it writes the
 * tab stop after every update, so choosing redraws no tile.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { chosenIndex } from './village-map.js';

/** The host: a Lit element that renders its tiles (`.board .tile`, each with `data-i`) into `renderRoot`. */
type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

export class TileFocusController implements ReactiveController {
  /** The index (`data-i`) of the tile that holds the tab stop. */
  active = 0;
  readonly #host: Host;
  /** The village chosen, whose tile is `aria-current`. */
  readonly #selected: () => number | null;
  /** Chooses a village. */
  readonly #choose: (i: number) => void;

  /**
   * @param host - the board
   * @param selected - the village chosen (its index), or `null`
   * @param choose - chooses village `i` (a tile, a row of the table or a shape of the map was clicked or pressed)
   */
  constructor(host: Host, selected: () => number | null, choose: (i: number) => void) {
    this.#host = host;
    this.#selected = selected;
    this.#choose = choose;
    host.addController(this);
  }

  /** `click` on the board or the table: the tile or row clicked takes the tab stop and is chosen. */
  onClick = (e: Event): void => {
    const i = chosenIndex(e);
    if (i === undefined) return;
    this.active = i;
    this.#choose(i);
  };

  /** `click` and `keydown` on the map: the shape clicked, or pressed with Enter or Space, is chosen. */
  onMapEvent = (e: Event): void => {
    const i = chosenIndex(e);
    if (i !== undefined) this.#choose(i);
  };

  /** One tab stop among the tiles, and `aria-current` on the chosen one (set here so choosing redraws no tile). */
  hostUpdated(): void {
    const board = this.#host.renderRoot.querySelector('.board');
    if (!board) return;
    for (const el of board.querySelectorAll<HTMLElement>('[tabindex="0"], [aria-current]')) {
      el.tabIndex = -1;
      el.removeAttribute('aria-current');
    }
    const active =
      board.querySelector<HTMLElement>(`[data-i="${this.active}"]`) ?? board.querySelector<HTMLElement>('.tile');
    if (active) {
      active.tabIndex = 0;
      this.active = Number(active.dataset.i);
    }
    const selected = this.#selected();
    if (selected !== null) board.querySelector(`[data-i="${selected}"]`)?.setAttribute('aria-current', 'true');
  }

  /** `focusin` on the board: a tile focused (by click or script) takes the tab stop. */
  onFocus = (e: FocusEvent): void => {
    const tile = (e.target as Element).closest<HTMLElement>('.tile');
    if (!tile || tile.tabIndex === 0) return;
    for (const el of this.#host.renderRoot.querySelectorAll<HTMLElement>('.board [tabindex="0"]')) el.tabIndex = -1;
    tile.tabIndex = 0;
    this.active = Number(tile.dataset.i);
  };

  /** `keydown` on the board: arrow keys, Home and End move the tab stop and the focus. */
  onKey = (e: KeyboardEvent): void => {
    const current = (e.target as Element).closest<HTMLElement>('.tile');
    if (!current) return;
    const tiles = [...this.#host.renderRoot.querySelectorAll<HTMLElement>('.board .tile')];
    const from = tiles.indexOf(current);
    let to: number;
    switch (e.key) {
      case 'ArrowRight':
        to = Math.min(from + 1, tiles.length - 1);
        break;
      case 'ArrowLeft':
        to = Math.max(from - 1, 0);
        break;
      case 'ArrowDown':
        to = nextRow(tiles, from, 1);
        break;
      case 'ArrowUp':
        to = nextRow(tiles, from, -1);
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = tiles.length - 1;
        break;
      default:
        return;
    }
    e.preventDefault();
    if (to === from) return;
    const target = tiles[to] as HTMLElement;
    current.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
    this.active = Number(target.dataset.i);
  };
}

/** The tile one row up or down from `from` that is nearest in x, or `from` when there is no such row. */
function nextRow(tiles: readonly HTMLElement[], from: number, dir: 1 | -1): number {
  const r = (tiles[from] as HTMLElement).getBoundingClientRect();
  const x = r.left + r.width / 2;
  let rowTop: number | null = null;
  let best = from;
  let bestDist = Number.POSITIVE_INFINITY;
  for (let k = from + dir; k >= 0 && k < tiles.length; k += dir) {
    const b = (tiles[k] as HTMLElement).getBoundingClientRect();
    if (dir > 0 ? b.top <= r.top + 1 : b.top >= r.top - 1) continue;
    if (rowTop === null) rowTop = b.top;
    else if (Math.abs(b.top - rowTop) > 1) break;
    const dist = Math.abs(b.left + b.width / 2 - x);
    if (dist < bestDist) {
      bestDist = dist;
      best = k;
    }
  }
  return best;
}
