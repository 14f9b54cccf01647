/**
 * The risk board's DOM helpers, outside Lit: the townships and tiles built as nodes cloned from prototypes
 * (thousands of tiles are nodes, not templates), arrow-key movement between rows of tiles, and map features turned the way
 * d3-geo reads them.
 */
import type { VillageAssessment, VillageRiskInput } from '@huanjie/core';
import { type ExtendedFeature, geoArea } from 'd3-geo';
import type { RiskBoardMessages } from './risk-board.messages.js';
import { LEVELS } from './risk-views.js';

/** The class of a tile by its band's colour. */
const TILE_CLASS: Record<string, string> = { red: 'tile red', yellow: 'tile yellow', green: 'tile green' };
/** Townships laid out (or skipped) together. */
const TOWNSHIPS_PER_BLOCK = 8;

/** A township and the villages shown in it (indices into the villages). */
export interface Group {
  readonly name: string;
  readonly indices: number[];
}

/** The townships and tiles built last, patched in place when new data keeps the same townships and villages. */
export interface BuiltBoard {
  readonly layout: string;
  readonly fragment: DocumentFragment;
  readonly first: Element;
  readonly groups: HTMLElement[];
  readonly tiles: HTMLElement[];
}

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
  const current = tiles[from];
  if (!current) return from;
  const r = current.getBoundingClientRect();
  const x = r.left + r.width / 2;
  let rowTop: number | null = null;
  let best = from;
  let bestDist = Number.POSITIVE_INFINITY;
  for (let k = from + dir; k >= 0 && k < tiles.length; k += dir) {
    const b = tiles[k]!.getBoundingClientRect();
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

/**
 * The townships and their tiles, built as DOM nodes (Lit renders the fragment as it is): a province's 16,000 tiles
 * cost a clone and a few property writes each instead of a template instance each. Names go in as text, never as
 * HTML.
 */
export function buildTownships(
  built: BuiltBoard | undefined,
  groups: readonly Group[],
  list: readonly VillageRiskInput[],
  a: VillageAssessment,
  short: Map<string | null, string>,
  label: Map<string | null, string>,
  t: RiskBoardMessages,
): BuiltBoard {
  const layout = groups.map((g) => `${g.name}\u0000${g.indices.join(',')}`).join('\u0001');
  if (built?.layout === layout && built.first.isConnected) {
    // The same fragment again: Lit leaves the nodes where they are, with what changed written into them.
    fillTiles(built.groups, built.tiles, groups, list, a, short, label, t);
    return built;
  }
  const { group: groupPrototype, tile: tilePrototype } = prototypes();
  const fragment = document.createDocumentFragment();
  const made: HTMLElement[] = [];
  const tiles: HTMLElement[] = [];
  // Townships in blocks of a few, each block skipped by layout while far off-screen (content-visibility).
  for (const [n, g] of groups.entries()) {
    if (n % TOWNSHIPS_PER_BLOCK === 0) {
      const block = document.createElement('div');
      block.className = 'block';
      fragment.append(block);
    }
    const group = groupPrototype.cloneNode(true) as HTMLElement;
    const box = group.lastChild as HTMLElement;
    for (const _ of g.indices) tiles.push(box.appendChild(tilePrototype.cloneNode(true) as HTMLElement));
    (fragment.lastChild as HTMLElement).append(group);
    made.push(group);
  }
  fillTiles(made, tiles, groups, list, a, short, label, t);
  return { layout, fragment, first: fragment.firstChild as Element, groups: made, tiles };
}

/** Writes the townships' headings and the tiles' level, colour and names (as text, never as HTML). */
function fillTiles(
  made: readonly HTMLElement[],
  tiles: readonly HTMLElement[],
  groups: readonly Group[],
  list: readonly VillageRiskInput[],
  a: VillageAssessment,
  short: Map<string | null, string>,
  label: Map<string | null, string>,
  t: RiskBoardMessages,
): void {
  let at = 0;
  for (const [n, g] of groups.entries()) {
    const heading = made[n]!.firstChild as HTMLElement;
    const c = a.byTownship[g.name];
    (heading.firstChild as Text).data = g.name || t.noTownship;
    (heading.lastChild as HTMLElement).textContent = c
      ? LEVELS.map((l) => `${short.get(l)} ${c[l]}`).join(t.factSeparator)
      : '';
    for (const i of g.indices) {
      const v = list[i];
      const level = a.level(i);
      const tile = tiles[at++];
      if (!v || !tile) continue;
      tile.setAttribute('class', TILE_CLASS[a.colour(i) ?? ''] ?? 'tile none');
      tile.setAttribute('data-i', String(i));
      tile.setAttribute(
        'title',
        v.township
          ? `${v.village}${t.factSeparator}${v.township}${t.factSeparator}${label.get(level)}`
          : `${v.village}${t.factSeparator}${label.get(level)}`,
      );
      ((tile.firstChild as HTMLElement).firstChild as Text).data = v.village;
      ((tile.lastChild as HTMLElement).firstChild as Text).data = short.get(level) ?? '';
    }
  }
}
