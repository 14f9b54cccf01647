import {
  assessVillages,
  type LedgerItem,
  type RiskModel,
  seed004RiskModel,
  type VillageAssessment,
  type VillageRiskInput,
} from '@huanjie/core';
import { type ExtendedFeature, type ExtendedFeatureCollection, geoMercator, geoPath } from 'd3-geo';
import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { HjLocalizedElement } from '../i18n/localized-element.js';
import { RISK_BOARD_MESSAGES, type RiskBoardMessages } from './risk-board.messages.js';
import { riskBoardStyles } from './risk-board.styles.js';
import { type BuiltBoard, buildTownships, type Group, nextRow, upright } from './risk-dom.js';
import {
  LEVELS,
  type MapShape,
  renderDetail,
  renderFilters,
  renderMap,
  renderSummary,
  renderTable,
} from './risk-views.js';

/** Detail of `hj-village-select`: the village chosen, its township and its score (`null` when not scored). */
export interface VillageSelectDetail {
  readonly village: string;
  readonly township: string | undefined;
  readonly score: number | null;
}

/** A GeoJSON feature collection whose features name their village in a property (see `geo-key`). */
export type RiskBoardGeoJson = ExtendedFeatureCollection<ExtendedFeature>;

/** Which villages are shown: a model level, `unscored`, or every one (`''`). */
export type RiskLevelFilter = '' | '一级' | '二级' | '三级' | 'unscored';

/** The filter value for the villages with no township. */
const NO_TOWNSHIP = '(none)';
const MAP_WIDTH = 600;
const MAP_HEIGHT = 400;

/**
 * @summary Every village as a tile coloured by its risk level (三色预警), grouped by township, with counts, filters,
 * a table, an optional map and the score, each indicator's points and the ledger of a chosen village.
 *
 * @description The villages go through `assessVillages` of @huanjie/core with the `model` (default: the seed 004
 * seven-indicator example); the element only draws what core computed. Each tile shows the level as text besides its
 * colour, and the board has a legend, a text summary and a table view. Tiles are one tab stop: arrow keys move between
 * them, Home and End jump to the first and last, Enter or Space chooses one. With `geojson` the same colours are
 * drawn on a map (d3-geo, Mercator fitted to the box); a feature's property named by `geo-key` gives its village.
 * Rings are expected wound as d3-geo wants them; rings wound the other way (RFC 7946) are turned round. Villages are
 * matched by name: when two townships have villages of the same name, the map and the ledger take the first.
 * Thousands of villages (a province) render as plain tiles, built as DOM nodes rather than templates, with one
 * listener on the board; townships far off-screen are skipped by layout (`content-visibility`).
 *
 * @event hj-village-select - A tile or map shape was chosen. `detail` is a {@link VillageSelectDetail}.
 *
 * @csspart summary - The text summary of counts per level.
 * @csspart legend - The legend: each level's colour, abbreviation and count.
 * @csspart filters - The level and township filters and the view switch.
 * @csspart board - The tiles, grouped by township.
 * @csspart group - One township's heading and tiles.
 * @csspart tile - One village's tile.
 * @csspart table - The table view.
 * @csspart map - The SVG map.
 * @csspart detail - The details of the chosen village.
 * @csspart empty - The message shown when there are no villages.
 *
 * @cssproperty --hj-risk-red - Background of level-1 (red) tiles and shapes (default #b3261e).
 * @cssproperty --hj-risk-red-text - Text on red tiles (default #ffffff).
 * @cssproperty --hj-risk-yellow - Background of level-2 (yellow) tiles and shapes (default #ffd54f).
 * @cssproperty --hj-risk-yellow-text - Text on yellow tiles (default #1f1f1f).
 * @cssproperty --hj-risk-green - Background of level-3 (green) tiles and shapes (default #1b6e3a).
 * @cssproperty --hj-risk-green-text - Text on green tiles (default #ffffff).
 * @cssproperty --hj-risk-none - Background of villages not assessed (default #e0e0e0).
 * @cssproperty --hj-accent - Accent colour (buttons, focus ring).
 */
export class HjRiskBoard extends HjLocalizedElement {
  static override styles = riskBoardStyles;

  static override properties = {
    villages: { attribute: false },
    model: { attribute: false },
    ledger: { attribute: false },
    geojson: { attribute: false },
    geoKey: { attribute: 'geo-key' },
    filterLevel: { attribute: 'filter-level', reflect: true },
    filterTownship: { attribute: 'filter-township', reflect: true },
    view: { reflect: true },
    selected: { state: true },
  };

  /** The villages, each `{ village, township, values }` as `assessVillages` takes them. */
  declare villages: readonly VillageRiskInput[];
  /** The risk model (default: `seed004RiskModel`, an example). */
  declare model: RiskModel;
  /** Ledger items (台账); the chosen village's are listed with its details. */
  declare ledger: readonly LedgerItem[] | undefined;
  /** Shapes of the villages; when given, a map is drawn too. */
  declare geojson: RiskBoardGeoJson | undefined;
  /** The feature property that names the village (default `name`). */
  declare geoKey: string;
  /** Show only one level (`一级`, `二级`, `三级`, `unscored`), or all (`''`, default). */
  declare filterLevel: RiskLevelFilter;
  /** Show only one township (`(none)`: the villages with no township), or all (`''`, default). */
  declare filterTownship: string;
  /** `board` (default) or `table`. */
  declare view: 'board' | 'table';
  declare private selected: number | null;

  #assessment: VillageAssessment | undefined;
  #groups: Group[] = [];
  #byName = new Map<string, number>();
  #shapes: MapShape[] = [];
  #generation = 0;
  #chosen: VillageRiskInput | undefined;
  #boardKey = '';
  /** The tile that holds the tab stop (roving tabindex). */
  #active = 0;

  constructor() {
    super();
    this.villages = [];
    this.model = seed004RiskModel;
    this.geoKey = 'name';
    this.filterLevel = '';
    this.filterTownship = '';
    this.view = 'board';
    this.selected = null;
  }

  /** What core computed for the villages as they stand. */
  get assessment(): VillageAssessment | undefined {
    return this.#assessment;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('villages') || changed.has('model') || !this.#assessment) {
      const list = this.villages ?? [];
      this.#assessment = assessVillages(list, this.model);
      this.#generation++;
      const groups = new Map<string, number[]>();
      this.#byName = new Map();
      for (const [i, v] of list.entries()) {
        const key = v.township ?? '';
        const g = groups.get(key);
        if (g) g.push(i);
        else groups.set(key, [i]);
        if (!this.#byName.has(v.village)) this.#byName.set(v.village, i);
      }
      this.#groups = [...groups].map(([name, indices]) => ({ name, indices }));
      // The village chosen stays chosen when new data comes for it.
      const was = this.#chosen;
      if (was) {
        const i = list.findIndex((v) => v.village === was.village && v.township === was.township);
        this.selected = i < 0 ? null : i;
      }
      if (this.#active >= list.length) this.#active = 0;
    }
    if (changed.has('geojson') || changed.has('geoKey') || changed.has('villages')) this.#project();
  }

  /** Draws the features in the map's box; rings wound against d3-geo's convention are turned round. */
  #project(): void {
    const fc = this.geojson;
    if (!fc?.features?.length) {
      this.#shapes = [];
      return;
    }
    const features = fc.features.map(upright);
    const projection = geoMercator().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: 'FeatureCollection', features });
    const path = geoPath(projection);
    this.#shapes = features.map((f) => {
      const name = String(f.properties?.[this.geoKey] ?? '');
      return { d: path(f) ?? '', name, index: this.#byName.get(name) ?? -1 };
    });
  }

  protected override updated(): void {
    this.#syncTiles();
  }

  /** One tab stop among the tiles, and `aria-current` on the chosen one (set here so choosing redraws no tile). */
  #syncTiles(): void {
    const board = this.renderRoot.querySelector('.board');
    if (!board) return;
    for (const el of board.querySelectorAll<HTMLElement>('[tabindex="0"], [aria-current]')) {
      el.tabIndex = -1;
      el.removeAttribute('aria-current');
    }
    const active =
      board.querySelector<HTMLElement>(`[data-i="${this.#active}"]`) ?? board.querySelector<HTMLElement>('.tile');
    if (active) {
      active.tabIndex = 0;
      this.#active = Number(active.dataset.i);
    }
    if (this.selected !== null)
      board.querySelector(`[data-i="${this.selected}"]`)?.setAttribute('aria-current', 'true');
  }

  #choose(i: number): void {
    const v = this.villages[i];
    if (!v || !this.#assessment) return;
    this.selected = i;
    this.#chosen = v;
    this.dispatchEvent(
      new CustomEvent<VillageSelectDetail>('hj-village-select', {
        detail: { village: v.village, township: v.township, score: this.#assessment.score(i) },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #onBoardClick = (e: Event): void => {
    const tile = (e.target as Element).closest<HTMLElement>('[data-i]');
    if (!tile) return;
    this.#active = Number(tile.dataset.i);
    this.#choose(this.#active);
  };

  #onBoardFocus = (e: FocusEvent): void => {
    const tile = (e.target as Element).closest<HTMLElement>('.tile');
    if (!tile || tile.tabIndex === 0) return;
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>('.board [tabindex="0"]')) el.tabIndex = -1;
    tile.tabIndex = 0;
    this.#active = Number(tile.dataset.i);
  };

  #onBoardKey = (e: KeyboardEvent): void => {
    const current = (e.target as Element).closest<HTMLElement>('.tile');
    if (!current) return;
    const tiles = [...this.renderRoot.querySelectorAll<HTMLElement>('.board .tile')];
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
    const next = tiles[to];
    if (to === from || !next) return;
    current.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
    this.#active = Number(next.dataset.i);
  };

  #onMapEvent = (e: Event): void => {
    if (e instanceof KeyboardEvent && e.key !== 'Enter' && e.key !== ' ') return;
    const shape = (e.target as Element).closest('[data-i]');
    if (!shape) return;
    e.preventDefault();
    this.#choose(Number(shape.getAttribute('data-i')));
  };

  #visible(i: number): boolean {
    const a = this.#assessment as VillageAssessment;
    const f = this.filterLevel;
    if (f === 'unscored') return a.level(i) === null;
    return !f || a.level(i) === f;
  }

  #shownGroups(): { name: string; indices: number[] }[] {
    const all = !this.filterLevel;
    return this.#groups
      .filter((g) => !this.filterTownship || g.name === this.#townshipFiltered())
      .map((g) => (all ? g : { name: g.name, indices: g.indices.filter((i) => this.#visible(i)) }))
      .filter((g) => g.indices.length > 0);
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const t = RISK_BOARD_MESSAGES[locale];
    const a = this.#assessment as VillageAssessment;
    return html`
      <h2 class="heading">${t.title}</h2>
      ${renderSummary(a, this.model, (l) => this.#levelLabel(l, t), t)}
      ${a.count === 0 ? html`<p part="empty" class="empty">${t.empty}</p>` : this.#renderContent(a, t, locale)}
    `;
  }

  #onClose = (): void => {
    this.selected = null;
    this.#chosen = undefined;
  };

  #levelLabel(level: string | null, t: RiskBoardMessages): string {
    if (level === null) return t.unscored;
    const band = this.model.bands.find((b) => b.level === level);
    return band ? t.levelLabel(t.levelName(level), t.colours[band.colour]) : t.levelName(level);
  }

  #renderContent(a: VillageAssessment, t: RiskBoardMessages, locale: Locale): TemplateResult {
    const groups = this.#shownGroups();
    const shown = groups.reduce((n, g) => n + g.indices.length, 0);
    const filtered = Boolean(this.filterLevel || this.filterTownship);
    const village = this.selected === null ? undefined : this.villages[this.selected];
    const chosen = village && this.selected !== null ? { village, index: this.selected } : undefined;
    const key = `${this.#generation}|${this.filterLevel}|${this.filterTownship}|${locale}|${this.view}`;
    let content: unknown;
    if (this.view === 'table') {
      content = renderTable(a, groups, this.villages, (l) => this.#levelLabel(l, t), this.#onBoardClick, t, locale);
      this.#boardKey = key;
      this.#built = undefined; // the board's nodes go with it
    } else if (key === this.#boardKey) {
      content = noChange;
    } else {
      content = shown ? this.#renderBoard(a, groups, t) : html`<p class="none-match">${t.noneMatch}</p>`;
      if (!shown) this.#built = undefined;
      this.#boardKey = key;
    }
    return html`
      ${renderFilters(
        a,
        {
          level: this.filterLevel,
          view: this.view,
          townshipOptions: this.#townshipOptions(t, locale),
          levelLabel: (l) => this.#levelLabel(l, t),
          onLevel: (level) => {
            this.filterLevel = level;
          },
          onTownship: (township) => {
            this.filterTownship = township;
          },
          onView: (view) => {
            this.view = view;
          },
        },
        t,
      )}
      ${filtered ? html`<p class="shown">${t.shown(shown)}</p>` : nothing}
      <div class="layout">
        <div class="main">${content}</div>
        ${
          this.#shapes.length
            ? renderMap(
                a,
                {
                  shapes: this.#shapes,
                  width: MAP_WIDTH,
                  height: MAP_HEIGHT,
                  levelLabel: (l) => this.#levelLabel(l, t),
                  dim: (i) =>
                    !this.#visible(i) ||
                    Boolean(this.filterTownship && (this.villages[i]?.township ?? '') !== this.#townshipFiltered()),
                  selected: this.selected,
                  onEvent: this.#onMapEvent,
                },
                t,
              )
            : nothing
        }
      </div>
      ${
        chosen !== undefined
          ? renderDetail(
              chosen.village,
              a.explain(chosen.index),
              this.ledger,
              (l) => this.#levelLabel(l, t),
              this.#onClose,
              t,
              locale,
            )
          : nothing
      }
    `;
  }

  #options: { key: string; nodes: DocumentFragment; first: HTMLOptionElement } | undefined;

  /**
   * The township filter's options, built as DOM nodes once per set of villages, language and choice (a province
   * lists thousands); the same fragment again, while its options are on the page, tells Lit that nothing changed.
   */
  #townshipOptions(t: RiskBoardMessages, locale: Locale): DocumentFragment {
    const key = `${this.#generation}|${locale}|${this.filterTownship}`;
    if (this.#options?.key === key && this.#options.first.isConnected) return this.#options.nodes;
    const nodes = document.createDocumentFragment();
    const first = new Option(t.allTownships, '', false, !this.filterTownship);
    nodes.append(first);
    for (const g of this.#groups) {
      const value = g.name || NO_TOWNSHIP;
      const chosen = this.filterTownship === value;
      nodes.append(new Option(g.name || t.noTownship, value, chosen, chosen));
    }
    this.#options = { key, nodes, first };
    return nodes;
  }

  /** The township name the filter stands for (`''` for the villages with none). */
  #townshipFiltered(): string {
    return this.filterTownship === NO_TOWNSHIP ? '' : this.filterTownship;
  }

  #renderBoard(a: VillageAssessment, groups: Group[], t: RiskBoardMessages): TemplateResult {
    const short = new Map<string | null, string>([[null, t.unscoredShort]]);
    const label = new Map<string | null, string>([[null, t.unscored]]);
    for (const l of LEVELS) {
      short.set(l, t.levelShort(l));
      label.set(l, this.#levelLabel(l, t));
    }
    return html`<p class="hint no-print" id="hint">${t.hint}</p>
      <div part="board" class="board" @click=${this.#onBoardClick} @keydown=${this.#onBoardKey} @focusin=${this.#onBoardFocus}>
        ${this.#townships(groups, a, short, label, t)}
      </div>`;
  }

  /** The townships and tiles built last, patched in place when new data keeps the same townships and villages. */
  #built: BuiltBoard | undefined;

  /**
   * The townships and their tiles as DOM nodes (`buildTownships`): the same fragment again, while its nodes are on
   * the page, tells Lit that nothing changed.
   */
  #townships(
    groups: readonly Group[],
    a: VillageAssessment,
    short: Map<string | null, string>,
    label: Map<string | null, string>,
    t: RiskBoardMessages,
  ): DocumentFragment {
    this.#built = buildTownships(this.#built, groups, this.villages, a, short, label, t);
    return this.#built.fragment;
  }
}
