/**
 * The townships and tiles of `<hj-risk-board>`, built as DOM nodes rather than templates (Lit renders the fragment
 * as it is): a province's 16,000 tiles cost a clone and a few property writes each instead of a template instance
 * each. Townships go in blocks that layout skips while far off-screen (`content-visibility`), and new data for the
 * same townships and villages is written into the nodes already on the page. Names go in as text, never as HTML.
 */
import type { VillageAssessment, VillageRiskInput } from '@huanjie/core';
import type { RiskBoardMessages } from './risk-board.messages.js';
import type { TownshipGroup } from './township-groups.js';

/** The levels of a township's counts, in order. */
export const LEVELS = ['一级', '二级', '三级'] as const;
/** The class of a tile by its band's colour. */
const TILE_CLASS: Record<string, string> = { red: 'tile red', yellow: 'tile yellow', green: 'tile green' };
/** Townships laid out (or skipped) together. */
const TOWNSHIPS_PER_BLOCK = 8;

let prototypesMade: { group: HTMLElement; tile: HTMLButtonElement } | undefined;
/**
 * The nodes every township and tile is cloned from:
 * `<div part="group" class="group"><h3 class="township">…<span class="group-counts"></span></h3><div class="tiles">`
 * and `<button type="button" part="tile" tabindex="-1"><span class="name"></span><span class="lv"></span></button>`.
 */
function prototypes(): { group: HTMLElement; tile: HTMLButtonElement } {
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

/** What a tile says of a level: its abbreviation and its full label (`null`: not scored). */
export interface TileWords {
  readonly short: Map<string | null, string>;
  readonly label: Map<string | null, string>;
}

/** The township and tile nodes of one board, kept to be patched in place by the next render. */
export class TownshipTiles {
  /** The townships and tiles built last, patched in place when new data keeps the same townships and villages. */
  #built:
    | { layout: string; fragment: DocumentFragment; first: Element; groups: HTMLElement[]; tiles: HTMLElement[] }
    | undefined;

  /** Lets go of the nodes built last (they left the page): the next render builds anew. */
  forget(): void {
    this.#built = undefined;
  }

  /**
   * The townships of `groups` and their tiles: the same fragment again, with what changed written into its nodes,
   * when the townships and villages are those built last and still on the page; otherwise nodes built anew.
   */
  render(
    groups: readonly TownshipGroup[],
    villages: readonly VillageRiskInput[],
    a: VillageAssessment,
    words: TileWords,
    t: RiskBoardMessages,
  ): DocumentFragment {
    const layout = groups.map((g) => `${g.name}\u0000${g.indices.join(',')}`).join('\u0001');
    const built = this.#built;
    if (built?.layout === layout && built.first.isConnected) {
      // The same fragment again: Lit leaves the nodes where they are, with what changed written into them.
      fill(built.groups, built.tiles, groups, villages, a, words, t);
      return built.fragment;
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
    fill(made, tiles, groups, villages, a, words, t);
    this.#built = { layout, fragment, first: fragment.firstChild as Element, groups: made, tiles };
    return fragment;
  }
}

/** Writes the townships' headings and the tiles' level, colour and names (as text, never as HTML). */
function fill(
  made: readonly HTMLElement[],
  tiles: readonly HTMLElement[],
  groups: readonly TownshipGroup[],
  list: readonly VillageRiskInput[],
  a: VillageAssessment,
  { short, label }: TileWords,
  t: RiskBoardMessages,
): void {
  let at = 0;
  for (const [n, g] of groups.entries()) {
    const heading = (made[n] as HTMLElement).firstChild as HTMLElement;
    const c = a.byTownship[g.name];
    (heading.firstChild as Text).data = g.name || t.noTownship;
    (heading.lastChild as HTMLElement).textContent = c
      ? LEVELS.map((l) => `${short.get(l)} ${c[l]}`).join(t.factSeparator)
      : '';
    for (const i of g.indices) {
      const v = list[i] as VillageRiskInput;
      const level = a.level(i);
      const tile = tiles[at++] as HTMLElement;
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
