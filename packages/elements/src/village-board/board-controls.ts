/**
 * Controls every board (`<hj-risk-board>`, `<hj-campaign-map>`) has: the township filter's options (a province lists
 * thousands of townships) and the switch between the board and the table, with the print button.
 */
import { html, type TemplateResult } from 'lit';
import { type TownshipGroup, townshipFilterValue } from './township-groups.js';

/** The board's two views. */
export type BoardView = 'board' | 'table';

/**
 * The township filter's options, built as DOM nodes once per set of villages, language and choice; the same
 * fragment again, while its options are on the page, tells Lit that nothing changed.
 */
export class TownshipOptions {
  #built: { key: string; nodes: DocumentFragment; first: HTMLOptionElement } | undefined;

  /**
   * @param key - changes whenever the groups, the language or the labels change
   * @param groups - the townships, in order
   * @param chosen - the filter's value (`''`: every township)
   * @param all - the label of the first option, every township
   * @param label - what an option says for a group
   */
  render(
    key: string,
    groups: readonly TownshipGroup[],
    chosen: string,
    all: string,
    label: (g: TownshipGroup) => string,
  ): DocumentFragment {
    const full = `${key}|${chosen}`;
    if (this.#built?.key === full && this.#built.first.isConnected) return this.#built.nodes;
    const nodes = document.createDocumentFragment();
    const first = new Option(all, '', false, !chosen);
    nodes.append(first);
    for (const g of groups) {
      const value = townshipFilterValue(g);
      nodes.append(new Option(label(g), value, chosen === value, chosen === value));
    }
    this.#built = { key: full, nodes, first };
    return nodes;
  }
}

/** The words of the view switch. */
export interface ViewWords {
  readonly view: string;
  readonly board: string;
  readonly table: string;
  readonly print: string;
}

/** The view switch (board, table; `aria-pressed`) and the print button; `onView` takes the view chosen. */
export function renderViewSwitch(view: BoardView, onView: (v: BoardView) => void, t: ViewWords): TemplateResult {
  return html`<div class="field" role="group" aria-labelledby="view-label">
    <span class="label" id="view-label">${t.view}</span>
    <div class="switch">
      ${(['board', 'table'] as const).map(
        (v) =>
          html`<button
            type="button"
            class=${view === v ? '' : 'secondary'}
            aria-pressed=${view === v ? 'true' : 'false'}
            data-view=${v}
            @click=${() => onView(v)}
          >
            ${v === 'board' ? t.board : t.table}
          </button>`,
      )}
      <button type="button" class="secondary" @click=${() => window.print()}>${t.print}</button>
    </div>
  </div>`;
}

/** The township filter: a label and a select of `options` (see {@link TownshipOptions}); `onChange` takes its value. */
export function renderTownshipFilter(
  label: string,
  options: DocumentFragment,
  onChange: (value: string) => void,
): TemplateResult {
  return html`<div class="field">
    <label for="filter-township">${label}</label>
    <select id="filter-township" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${options}
    </select>
  </div>`;
}
