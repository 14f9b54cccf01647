/**
 * The risk board's DOM helpers, outside Lit: the nodes every township and tile is cloned from (thousands of tiles
 * are built as nodes, not templates), arrow-key movement between rows of tiles, and map features turned the way
 * d3-geo reads them.
 */
import { type ExtendedFeature, geoArea } from 'd3-geo';

let prototypesMade: { group: HTMLElement; tile: HTMLButtonElement } | undefined;

/**
 * The nodes every township and tile is cloned from:
 * `<div part="group" class="group"><h3 class="township">…<span class="group-counts"></span></h3><div class="tiles">`
 * and `<button type="button" part="tile" tabindex="-1"><span class="name"></span><span class="lv"></span></button>`.
 */
export function prototypes(): { group: HTMLElement; tile: HTMLButtonElement } {
  if (prototypesMade) return prototypesMade;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Node[]) => {
    const e = document.createElement(tag);
    e.className = className;
    e.append(...children);
    return e;
  };
  const group = element(
    'div',
    'group',
    element('h3', 'township', document.createTextNode(''), element('span', 'group-counts')),
    element('div', 'tiles'),
  );
  group.setAttribute('part', 'group');
  const text = () => document.createTextNode('');
  const tile = element('button', 'tile', element('span', 'name', text()), element('span', 'lv', text()));
  tile.type = 'button';
  tile.setAttribute('part', 'tile');
  tile.tabIndex = -1;
  prototypesMade = { group, tile };
  return prototypesMade;
}

/** The tile one row up or down from `from` that is nearest in x, or `from` when there is no such row. */
export function nextRow(tiles: HTMLElement[], from: number, dir: 1 | -1): number {
  const r = tiles[from].getBoundingClientRect();
  const x = r.left + r.width / 2;
  let rowTop: number | null = null;
  let best = from;
  let bestDist = Number.POSITIVE_INFINITY;
  for (let k = from + dir; k >= 0 && k < tiles.length; k += dir) {
    const b = tiles[k].getBoundingClientRect();
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

/** A feature whose rings d3-geo would read as "everything but the shape" (more than a hemisphere), turned round. */
export function upright(f: ExtendedFeature): ExtendedFeature {
  const g = f.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || geoArea(f) <= 2 * Math.PI) return f;
  const reverse = (rings: number[][][]) => rings.map((r) => [...r].reverse());
  return {
    ...f,
    geometry:
      g.type === 'Polygon'
        ? { ...g, coordinates: reverse(g.coordinates) }
        : { ...g, coordinates: g.coordinates.map(reverse) },
  };
}
