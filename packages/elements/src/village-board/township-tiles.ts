/**
 * The townships and tiles of a board (`<hj-risk-board>`, `<hj-campaign-map>`), built as DOM nodes rather than
 * templates (Lit renders the fragment as it is): a province's 16,000 tiles cost a clone and a few property writes each
 * instead of a template instance each. Townships go in blocks that layout skips while far off-screen
 * (`content-visibility`), and new data for the same townships and villages is written into the nodes already on the
 * page. What a heading and a tile say is written by the board (as text, never as HTML).
 */
import type { TownshipGroup } from './township-groups.js';

/** Townships laid out (or skipped) together. */
const TOWNSHIPS_PER_BLOCK = 8;

/**
 * Writes a board's headings and tiles: `groups[n]` is the `<div part="group">` of `shown[n]` (its first child the
 * `<h3>`, holding a text node and a `<span class="group-counts">`), and `tiles` the tiles of every shown village in
 * order, each a `<button part="tile">` holding one `<span>` per part with a text node in it.
 */
export type FillTiles = (groups: readonly HTMLElement[], tiles: readonly HTMLElement[]) => void;

/** The township and tile nodes of one board, kept to be patched in place by the next render. */
export class TownshipTiles {
  readonly #parts: readonly string[];
  #prototypes: { group: HTMLElement; tile: HTMLButtonElement } | undefined;
  /** The townships and tiles built last, patched in place when new data keeps the same townships and villages. */
  #built:
    | { layout: string; fragment: DocumentFragment; first: Element; groups: HTMLElement[]; tiles: HTMLElement[] }
    | undefined;

  /** @param parts - the class of each `<span>` of a tile, in order (`['name', 'lv']`) */
  constructor(parts: readonly string[]) {
    this.#parts = parts;
  }

  /**
   * The nodes every township and tile is cloned from:
   * `<div part="group" class="group"><h3 class="township">…<span class="group-counts"></span></h3><div class="tiles">`
   * and `<button type="button" part="tile" tabindex="-1"><span class="name"></span>…</button>`.
   */
  #prototype(): { group: HTMLElement; tile: HTMLButtonElement } {
    if (this.#prototypes) return this.#prototypes;
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
    const tile = element('button', 'tile', ...this.#parts.map((p) => element('span', p, document.createTextNode(''))));
    tile.type = 'button';
    tile.setAttribute('part', 'tile');
    tile.tabIndex = -1;
    this.#prototypes = { group, tile };
    return this.#prototypes;
  }

  /** Lets go of the nodes built last (they left the page): the next render builds anew. */
  forget(): void {
    this.#built = undefined;
  }

  /**
   * The townships of `groups` and their tiles, written by `fill`: the same fragment again, with what changed written
   * into its nodes, when the townships and villages are those built last and still on the page; otherwise nodes
   * built anew.
   */
  render(groups: readonly TownshipGroup[], fill: FillTiles): DocumentFragment {
    const layout = groups.map((g) => `${g.key}\u0000${g.indices.join(',')}`).join('\u0001');
    const built = this.#built;
    if (built?.layout === layout && built.first.isConnected) {
      // The same fragment again: Lit leaves the nodes where they are, with what changed written into them.
      fill(built.groups, built.tiles);
      return built.fragment;
    }
    const { group: groupPrototype, tile: tilePrototype } = this.#prototype();
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
    fill(made, tiles);
    this.#built = { layout, fragment, first: fragment.firstChild as Element, groups: made, tiles };
    return fragment;
  }
}

/** The text node of a tile's `k`-th part (or of a township heading's name, `k` = -1): written as text, never as HTML. */
export function partText(node: HTMLElement, k: number): Text {
  return (k < 0 ? node.firstChild : (node.children[k] as HTMLElement).firstChild) as Text;
}
