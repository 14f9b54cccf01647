import {
  assessVillages,
  type LedgerItem,
  type RiskModel,
  seed004RiskModel,
  UNLEVELLED,
  type VillageAssessment,
  type VillageRiskInput,
} from '@huanjie/core';
import type { ExtendedFeature, ExtendedFeatureCollection } from 'd3-geo';
import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { type AttributeRule, validAttribute } from '../attributes/valid-attribute.js';
import type { Locale } from '../i18n/locale.js';
import { HjLocalizedElement } from '../i18n/localized-element.js';
import {
  type BoardView,
  renderTownshipFilter,
  renderViewSwitch,
  TownshipOptions,
} from '../village-board/board-controls.js';
import { type MapShape, projectShapes } from '../village-board/map-layout.js';
import { TileFocusController } from '../village-board/tile-focus.js';
import {
  filteredTownship,
  firstIndexBy,
  groupByTownship,
  NO_TOWNSHIP,
  shownGroups,
  type TownshipGroup,
} from '../village-board/township-groups.js';
import { TownshipTiles } from '../village-board/township-tiles.js';
import { renderVillageMap, type ShapeLook } from '../village-board/village-map.js';
import { fireVillageSelect, type VillageSelectDetail } from '../village-board/village-select.js';
import { renderRiskDetail } from './risk-board.detail.js';
import { RISK_BOARD_MESSAGES, type RiskBoardMessages } from './risk-board.messages.js';
import { riskBoardStyles } from './risk-board.styles.js';
import { renderRiskTable } from './risk-board.table.js';
import { fillRiskTiles, LEVELS, RISK_TILE_PARTS } from './risk-board.tiles.js';
import { levelShown, type RiskLevelFilter } from './risk-filters.js';
import { colourClass, figureFormat, levelLabel, levelShort } from './risk-labels.js';

export type { VillageSelectDetail } from '../village-board/village-select.js';
export type { RiskLevelFilter } from './risk-filters.js';

const FILTER_LEVEL: AttributeRule<RiskLevelFilter> = {
  accepts: ['', ...LEVELS, UNLEVELLED, 'unscored'],
  fallback: '',
  named: { zh: '全部等级', en: 'all levels' },
};
const VIEW = { accepts: ['board', 'table'], fallback: 'board' } as const;

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
 * @event hj-village-select - A tile or map shape was chosen. `detail` is a {@link VillageSelectDetail}: `village`,
 *   `township` and `score` (`null` when not scored).
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
 * @cssproperty --hj-risk-calm - Background of villages scored but not levelled, 无风险 (default #f1f8f3).
 * @cssproperty --hj-risk-calm-text - Text on 无风险 tiles (default #1f1f1f).
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
  /** Show only one level (`一级`, `二级`, `三级`, `无风险`, `unscored`), or all (`''`, default). */
  declare filterLevel: RiskLevelFilter;
  /** Show only one township (`(none)`: the villages with no township), or all (`''`, default). */
  declare filterTownship: string;
  /** `board` (default) or `table`. */
  declare view: BoardView;
  declare private selected: number | null;

  #assessment: VillageAssessment | undefined;
  #groups: TownshipGroup[] = [];
  #byName = new Map<string, number>();
  #shapes: MapShape[] = [];
  #generation = 0;
  #chosen: VillageRiskInput | undefined;
  #boardKey = '';
  #tiles = new TownshipTiles(RISK_TILE_PARTS);
  #townships = new TownshipOptions();
  /** The tiles' tab stop (roving tabindex) and `aria-current`. */
  #focus = new TileFocusController(
    this,
    () => this.selected,
    (i) => this.#choose(i),
  );

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
      this.#groups = groupByTownship(list, (v) => v.township);
      this.#byName = firstIndexBy(list, (v) => [v.village]);
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
    const names = this.#groups.map((g) => g.key || NO_TOWNSHIP);
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
    fireVillageSelect(this, { village: v.village, township: v.township, score: this.#assessment.score(i) });
  }

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
    // A model that leaves calm villages unlevelled: how many were screened and levelled (seed 000: 26 and 10).
    if (d.无风险) parts.push(t.summaryPart(t.unlevelled, d.无风险));
    if (d.unscored) parts.push(t.summaryPart(t.unscored, d.unscored));
    const bands = LEVELS.map((level) => ({ level, colour: this.model.bands.find((b) => b.level === level)?.colour }));
    const summary = t.summary(a.count, parts.join(t.separator));
    return html`
      <p part="summary" class="summary">
        ${d.无风险 ? `${summary}${t.separator}${t.screenedLevelled(a.screened, a.levelled)}` : summary}
      </p>
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
                d.无风险
                  ? html`<li data-level=${UNLEVELLED}>
                      <span class="swatch calm" aria-hidden="true">${t.unlevelledShort}</span>
                      <span>${t.unlevelled}</span>
                      <strong class="count">${d.无风险}</strong>
                    </li>`
                  : nothing
              }
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
    const { filterLevel, filterTownship, selected } = this;
    const groups = shownGroups(
      this.#groups,
      filterTownship,
      filterLevel ? (i) => levelShown(a, i, filterLevel) : undefined,
    );
    const shown = groups.reduce((n, g) => n + g.indices.length, 0);
    const filtered = Boolean(this.filterLevel || this.filterTownship);
    const key = `${this.#generation}|${this.filterLevel}|${this.filterTownship}|${locale}|${this.view}`;
    const label = (level: string | null) => levelLabel(this.model, level, t);
    let content: unknown;
    if (this.view === 'table') {
      content = renderRiskTable(groups, this.villages, a, label, figureFormat(locale), this.#focus.onClick, t);
      this.#boardKey = key;
      this.#tiles.forget(); // the board's nodes go with it
    } else if (key === this.#boardKey) {
      content = noChange;
    } else {
      content = shown ? this.#renderBoard(a, groups, t) : html`<p class="none-match">${t.noneMatch}</p>`;
      if (!shown) this.#tiles.forget();
      this.#boardKey = key;
    }
    const township = filteredTownship(filterTownship);
    const look = (i: number): ShapeLook => ({
      colour: colourClass(a.colour(i), a.level(i)),
      label: `${this.villages[i]?.village}${t.factSeparator}${label(a.level(i))}`,
      dim: !levelShown(a, i, filterLevel) || Boolean(filterTownship && (this.villages[i]?.township ?? '') !== township),
    });
    return html`
      ${this.#renderFilters(a, t, locale)}
      ${filtered ? html`<p class="shown">${t.shown(shown)}</p>` : nothing}
      <div class="layout">
        <div class="main">${content}</div>
        ${this.#shapes.length ? renderVillageMap(this.#shapes, look, selected, this.#focus.onMapEvent, t) : nothing}
      </div>
      ${selected !== null ? this.#renderDetail(selected, a, t, locale) : nothing}
    `;
  }

  #renderFilters(a: VillageAssessment, t: RiskBoardMessages, locale: Locale): TemplateResult {
    const levels: Exclude<RiskLevelFilter, ''>[] = [...LEVELS];
    if (a.distribution.无风险) levels.push(UNLEVELLED);
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
                ${t.withCount(l === 'unscored' ? t.unscored : levelLabel(this.model, l, t), a.distribution[l])}
              </option>`,
          )}
        </select>
      </div>
      ${renderTownshipFilter(
        t.filterTownship,
        this.#townships.render(
          `${this.#generation}|${locale}`,
          this.#groups,
          this.filterTownship,
          t.allTownships,
          (g) => g.key || t.noTownship,
        ),
        (value) => {
          this.filterTownship = value;
        },
      )}
      ${renderViewSwitch(
        this.view,
        (v) => {
          this.view = v;
        },
        t,
      )}
    </div>`;
  }

  #renderBoard(a: VillageAssessment, groups: TownshipGroup[], t: RiskBoardMessages): TemplateResult {
    const short = new Map<string | null, string>();
    const label = new Map<string | null, string>();
    for (const l of [...LEVELS, UNLEVELLED, null]) {
      short.set(l, levelShort(l, t));
      label.set(l, levelLabel(this.model, l, t));
    }
    const f = this.#focus;
    return html`<p class="hint no-print" id="hint">${t.hint}</p>
      <div part="board" class="board" @click=${this.#focus.onClick} @keydown=${f.onKey} @focusin=${f.onFocus}>
        ${this.#tiles.render(groups, fillRiskTiles(groups, this.villages, a, { short, label }, t))}
      </div>`;
  }

  #renderDetail(i: number, a: VillageAssessment, t: RiskBoardMessages, locale: Locale): TemplateResult {
    const label = (level: string | null) => levelLabel(this.model, level, t);
    const v = this.villages[i] as VillageRiskInput;
    return renderRiskDetail(v, a.explain(i), this.ledger, label, figureFormat(locale), this.#onDetailClose, t, locale);
  }
}
