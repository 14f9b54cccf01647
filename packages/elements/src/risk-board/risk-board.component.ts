import {
  assessVillages,
  type LedgerItem,
  type RiskModel,
  seed004RiskModel,
  type VillageAssessment,
  type VillageRiskInput,
} from '@huanjie/core';
import type { ExtendedFeature, ExtendedFeatureCollection } from 'd3-geo';
import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { type AttributeRule, validAttribute } from '../attributes/valid-attribute.js';
import type { Locale } from '../i18n/locale.js';
import { HjLocalizedElement } from '../i18n/localized-element.js';
import { renderRiskDetail } from './risk-board.detail.js';
import { renderRiskMap } from './risk-board.map.js';
import { RISK_BOARD_MESSAGES, type RiskBoardMessages } from './risk-board.messages.js';
import { riskBoardStyles } from './risk-board.styles.js';
import { renderRiskTable } from './risk-board.table.js';
import { LEVELS, TownshipTiles } from './risk-board.tiles.js';
import { figureFormat, levelLabel } from './risk-labels.js';
import { type MapShape, projectShapes } from './risk-map-layout.js';
import { TileFocusController } from './tile-focus.js';
import {
  groupByTownship,
  NO_TOWNSHIP,
  type RiskLevelFilter,
  shownGroups,
  type TownshipGroup,
} from './township-groups.js';

export type { RiskLevelFilter } from './township-groups.js';

const FILTER_LEVEL: AttributeRule<RiskLevelFilter> = {
  accepts: ['', ...LEVELS, 'unscored'],
  fallback: '',
  named: { zh: '全部等级', en: 'all levels' },
};
const VIEW = { accepts: ['board', 'table'], fallback: 'board' } as const;

/** Detail of `hj-village-select`: the village chosen, its township and its score (`null` when not scored). */
export interface VillageSelectDetail {
  readonly village: string;
  readonly township: string | undefined;
  readonly score: number | null;
}

/** A GeoJSON feature collection whose features name their village in a property (see `geo-key`). */
export type RiskBoardGeoJson = ExtendedFeatureCollection<ExtendedFeature>;

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
  #groups: TownshipGroup[] = [];
  #byName = new Map<string, number>();
  #shapes: MapShape[] = [];
  #generation = 0;
  #chosen: VillageRiskInput | undefined;
  #boardKey = '';
  #tiles = new TownshipTiles();
  /** The tiles' tab stop (roving tabindex) and `aria-current`. */
  #focus = new TileFocusController(this, () => this.selected);

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
    this.filterLevel = validAttribute(this, 'filter-level', this.filterLevel, FILTER_LEVEL);
    this.view = validAttribute<'board' | 'table'>(this, 'view', this.view, VIEW);
    if (changed.has('villages') || changed.has('model') || !this.#assessment) {
      const list = this.villages ?? [];
      this.#assessment = assessVillages(list, this.model);
      this.#generation++;
      ({ groups: this.#groups, byName: this.#byName } = groupByTownship(list));
      // The village chosen stays chosen when new data comes for it.
      const was = this.#chosen;
      if (was) {
        const i = list.findIndex((v) => v.village === was.village && v.township === was.township);
        this.selected = i < 0 ? null : i;
      }
      if (this.#focus.active >= list.length) this.#focus.active = 0;
    }
    if (changed.has('geojson') || changed.has('geoKey') || changed.has('villages'))
      this.#shapes = projectShapes(this.geojson, this.geoKey, this.#byName);
    // A township is known only once there are villages: until then, any name waits for them.
    if (this.filterTownship && this.#groups.length)
      this.filterTownship = validAttribute(this, 'filter-township', this.filterTownship, this.#townshipRule());
  }

  /** The township filter: a township of the villages, `(none)` for those without one, or every one (`''`). */
  #townshipRule(): AttributeRule<string> {
    const names = this.#groups.map((g) => g.name || NO_TOWNSHIP);
    return {
      accepts: (name) => name === NO_TOWNSHIP || names.includes(name),
      fallback: '',
      expected: names.length > 5 ? `${names.slice(0, 5).join(', ')}, …` : names.join(', '),
      named: { zh: '全部乡镇', en: 'all townships' },
    };
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
    this.#focus.active = Number(tile.dataset.i);
    this.#choose(this.#focus.active);
  };

  #onMapEvent = (e: Event): void => {
    if (e instanceof KeyboardEvent && e.key !== 'Enter' && e.key !== ' ') return;
    const shape = (e.target as Element).closest('[data-i]');
    if (!shape) return;
    e.preventDefault();
    this.#choose(Number(shape.getAttribute('data-i')));
  };

  #onDetailClose = (): void => {
    this.selected = null;
    this.#chosen = undefined;
  };

  override render(): TemplateResult {
    const locale = this.locale;
    const t = RISK_BOARD_MESSAGES[locale];
    const a = this.#assessment as VillageAssessment;
    return html`
      <h2 class="heading">${t.title}</h2>
      ${this.#renderSummary(a, t)}
      ${a.count === 0 ? html`<p part="empty" class="empty">${t.empty}</p>` : this.#renderContent(a, t, locale)}
    `;
  }

  #renderSummary(a: VillageAssessment, t: RiskBoardMessages): TemplateResult {
    const d = a.distribution;
    const parts = LEVELS.map((l) => t.summaryPart(levelLabel(this.model, l, t), d[l]));
    if (d.unscored) parts.push(t.summaryPart(t.unscored, d.unscored));
    const bands = LEVELS.map((level) => ({ level, colour: this.model.bands.find((b) => b.level === level)?.colour }));
    return html`
      <p part="summary" class="summary">${t.summary(a.count, parts.join(t.separator))}</p>
      ${
        a.count
          ? html`<ul part="legend" class="legend plain" aria-label=${t.legend}>
              ${bands.map(
                (b) => html`<li data-level=${b.level}>
                  <span class="swatch ${b.colour ?? 'none'}" aria-hidden="true">${t.levelShort(b.level)}</span>
                  <span>${levelLabel(this.model, b.level, t)}</span>
                  <strong class="count">${d[b.level]}</strong>
                </li>`,
              )}
              ${
                d.unscored
                  ? html`<li data-level="unscored">
                      <span class="swatch none" aria-hidden="true">${t.unscoredShort}</span>
                      <span>${t.unscored}</span>
                      <strong class="count">${d.unscored}</strong>
                    </li>`
                  : nothing
              }
            </ul>`
          : nothing
      }
    `;
  }

  #renderContent(a: VillageAssessment, t: RiskBoardMessages, locale: Locale): TemplateResult {
    const groups = shownGroups(this.#groups, a, this.filterLevel, this.filterTownship);
    const shown = groups.reduce((n, g) => n + g.indices.length, 0);
    const filtered = Boolean(this.filterLevel || this.filterTownship);
    const key = `${this.#generation}|${this.filterLevel}|${this.filterTownship}|${locale}|${this.view}`;
    const label = (level: string | null) => levelLabel(this.model, level, t);
    let content: unknown;
    if (this.view === 'table') {
      content = renderRiskTable(groups, this.villages, a, label, figureFormat(locale), this.#onBoardClick, t);
      this.#boardKey = key;
      this.#tiles.forget(); // the board's nodes go with it
    } else if (key === this.#boardKey) {
      content = noChange;
    } else {
      content = shown ? this.#renderBoard(a, groups, t) : html`<p class="none-match">${t.noneMatch}</p>`;
      if (!shown) this.#tiles.forget();
      this.#boardKey = key;
    }
    const { filterLevel, filterTownship, selected } = this;
    return html`
      ${this.#renderFilters(a, t, locale)}
      ${filtered ? html`<p class="shown">${t.shown(shown)}</p>` : nothing}
      <div class="layout">
        <div class="main">${content}</div>
        ${
          this.#shapes.length
            ? renderRiskMap(
                this.#shapes,
                this.villages,
                a,
                filterLevel,
                filterTownship,
                selected,
                label,
                this.#onMapEvent,
                t,
              )
            : nothing
        }
      </div>
      ${selected !== null ? this.#renderDetail(selected, a, t, locale) : nothing}
    `;
  }

  #renderFilters(a: VillageAssessment, t: RiskBoardMessages, locale: Locale): TemplateResult {
    const levels: Exclude<RiskLevelFilter, ''>[] = [...LEVELS];
    if (a.distribution.unscored) levels.push('unscored');
    return html`<div part="filters" class="filters no-print">
      <div class="field">
        <label for="filter-level">${t.filterLevel}</label>
        <select
          id="filter-level"
          @change=${(e: Event) => {
            this.filterLevel = (e.target as HTMLSelectElement).value as RiskLevelFilter;
          }}
        >
          <option value="" ?selected=${!this.filterLevel}>${t.allLevels}</option>
          ${levels.map(
            (l) =>
              html`<option value=${l} ?selected=${this.filterLevel === l}>
                ${t.withCount(
                  l === 'unscored' ? t.unscored : levelLabel(this.model, l, t),
                  l === 'unscored' ? a.distribution.unscored : a.distribution[l],
                )}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="filter-township">${t.filterTownship}</label>
        <select
          id="filter-township"
          @change=${(e: Event) => {
            this.filterTownship = (e.target as HTMLSelectElement).value;
          }}
        >
          ${this.#townshipOptions(t, locale)}
        </select>
      </div>
      <div class="field" role="group" aria-labelledby="view-label">
        <span class="label" id="view-label">${t.view}</span>
        <div class="switch">
          ${(['board', 'table'] as const).map(
            (v) =>
              html`<button
                type="button"
                class=${this.view === v ? '' : 'secondary'}
                aria-pressed=${this.view === v ? 'true' : 'false'}
                data-view=${v}
                @click=${() => {
                  this.view = v;
                }}
              >
                ${v === 'board' ? t.board : t.table}
              </button>`,
          )}
          <button type="button" class="secondary" @click=${() => window.print()}>${t.print}</button>
        </div>
      </div>
    </div>`;
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

  #renderBoard(a: VillageAssessment, groups: TownshipGroup[], t: RiskBoardMessages): TemplateResult {
    const short = new Map<string | null, string>([[null, t.unscoredShort]]);
    const label = new Map<string | null, string>([[null, t.unscored]]);
    for (const l of LEVELS) {
      short.set(l, t.levelShort(l));
      label.set(l, levelLabel(this.model, l, t));
    }
    const f = this.#focus;
    return html`<p class="hint no-print" id="hint">${t.hint}</p>
      <div part="board" class="board" @click=${this.#onBoardClick} @keydown=${f.onKey} @focusin=${f.onFocus}>
        ${this.#tiles.render(groups, this.villages, a, { short, label }, t)}
      </div>`;
  }

  #renderDetail(i: number, a: VillageAssessment, t: RiskBoardMessages, locale: Locale): TemplateResult {
    const label = (level: string | null) => levelLabel(this.model, level, t);
    const v = this.villages[i] as VillageRiskInput;
    return renderRiskDetail(v, a.explain(i), this.ledger, label, figureFormat(locale), this.#onDetailClose, t, locale);
  }
}
