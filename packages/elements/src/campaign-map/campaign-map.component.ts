import {
  type CampaignChanges,
  type CampaignEvent,
  type CampaignPolicy,
  type CampaignStatus,
  type CampaignSummary,
  campaignChanges,
  type ElectionReadiness,
  nationalBaseline,
  summarizeCampaign,
  type TownshipFigures,
  type VillageEntry,
} from '@huanjie/core';
import type { ExtendedFeature, ExtendedFeatureCollection } from 'd3-geo';
import { html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { todayOnUserCalendar } from '../form/today.js';
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
import { firstIndexBy, groupByTownship, shownGroups, type TownshipGroup } from '../village-board/township-groups.js';
import { TownshipTiles } from '../village-board/township-tiles.js';
import { renderVillageMap } from '../village-board/village-map.js';
import { fireVillageSelect } from '../village-board/village-select.js';
import { type CampaignFilterState, renderLegend, renderReplay, renderStageFilters } from './campaign-map.controls.js';
import { renderCampaignDetail } from './campaign-map.detail.js';
import { CAMPAIGN_MAP_MESSAGES, type CampaignMapMessages } from './campaign-map.messages.js';
import { campaignMapStyles } from './campaign-map.styles.js';
import { renderCampaignTable } from './campaign-map.table.js';
import { CAMPAIGN_TILE_PARTS, fillCampaignTiles, type VillageWords, villageWords } from './campaign-map.tiles.js';
import { dayOf, filtering, formatRate, shiftDay, villageShown } from './campaign-map.view.js';

/** Detail of `hj-as-of-change`: the day the map was moved to with its day control. */
export interface AsOfChangeDetail {
  readonly asOf: string;
}

/** A GeoJSON feature collection whose features name their village (code or name) in a property (see `geo-key`). */
export type CampaignMapGeoJson = ExtendedFeatureCollection<ExtendedFeature>;

type Village = CampaignStatus['villages'][number];

/**
 * @summary 选情地图: every village as a tile by the stage of its re-election it has reached, grouped by township, with
 * the villages late, blocked and changed during the day marked, filters, a table, an optional map, and a day control
 * that replays the campaign day by day.
 *
 * @description The journal (`events`, with the county's `villages`) goes through `campaignChanges` of @huanjie/core
 * from the end of the day before `as-of` to the end of `as-of` under `policy` (default `nationalBaseline`), and the
 * status at `as-of` through `summarizeCampaign`; the element only draws what core computed. A precomputed `status`
 * (what `campaignStatus` returned) is drawn instead when given; it has no day before, so nothing is marked changed,
 * and the day control then only asks the page (by `hj-as-of-change`) for the status of another day. Each tile shows
 * its stage as a short label besides its colour, and the marks as words (滞后, 受阻, 新); the legend, a text summary and
 * a table say the same. Tiles are one tab stop: arrow keys move between them, Home and End jump to the first and
 * last, Enter or Space chooses one. With `geojson` the same colours are drawn on a map; a feature's property named by
 * `geo-key` gives its village's code or name. `as-of` is a date (`YYYY-MM-DD`, default today); anything else is
 * reported on the console and today is shown. Names and texts from the data are shown as text, never as HTML.
 *
 * @event hj-village-select - A tile, row or map shape was chosen. `detail` is a `VillageSelectDetail`: `village`,
 *   `township`, `code` and `stage` (its id, `null` before any).
 * @event hj-as-of-change - The day control moved the map to another day. `detail` is an {@link AsOfChangeDetail}.
 *
 * @csspart replay - The day control: previous day, the date, next day.
 * @csspart summary - The text summary of the day's figures.
 * @csspart legend - The legend: each stage's label, colour and count; the marks and their counts.
 * @csspart filters - The township, stage, late, blocked and changed filters and the view switch.
 * @csspart board - The tiles, grouped by township.
 * @csspart group - One township's heading and tiles.
 * @csspart tile - One village's tile.
 * @csspart table - The table view.
 * @csspart map - The SVG map.
 * @csspart detail - Where the chosen village stands.
 * @csspart empty - The message shown when there are no villages.
 *
 * @cssproperty --hj-campaign-none - Background of villages that have reached no stage (default #e0e0e0).
 * @cssproperty --hj-campaign-step1 - Background of the first quarter of the main stages (default #deebf7).
 * @cssproperty --hj-campaign-step2 - The second quarter (default #9ecae1).
 * @cssproperty --hj-campaign-step3 - The third quarter, with white text (default #2b6ca3).
 * @cssproperty --hj-campaign-step4 - The last quarter, with white text (default #08519c).
 * @cssproperty --hj-campaign-branch - 另行选举 and 重新选举, with white text (default #6a3d9a).
 * @cssproperty --hj-campaign-complete - Complete, with white text (default #1b6e3a).
 * @cssproperty --hj-campaign-late - The ring and mark of a late village (default #b3261e).
 * @cssproperty --hj-accent - Accent colour (buttons, focus ring).
 */
export class HjCampaignMap extends HjLocalizedElement {
  static override styles = campaignMapStyles;

  static override properties = {
    events: { attribute: false },
    villages: { attribute: false },
    policy: { attribute: false },
    readiness: { attribute: false },
    status: { attribute: false },
    asOf: { attribute: 'as-of', reflect: true },
    geojson: { attribute: false },
    geoKey: { attribute: 'geo-key' },
    filterTownship: { attribute: 'filter-township', reflect: true },
    filterStage: { attribute: 'filter-stage', reflect: true },
    filterLate: { attribute: 'filter-late', type: Boolean, reflect: true },
    filterBlocked: { attribute: 'filter-blocked', type: Boolean, reflect: true },
    filterChanged: { attribute: 'filter-changed', type: Boolean, reflect: true },
    view: { reflect: true },
    selected: { state: true },
  };

  /** The campaign journal (verified events: `verifyJournal(...).events` or `mergeJournals(...).events`). */
  declare events: readonly CampaignEvent[] | undefined;
  /** The county's villages `{ code, name, township }`, so that those without an event yet are shown too. */
  declare villages: readonly VillageEntry[] | undefined;
  /** The stages and deadlines (default `nationalBaseline`). */
  declare policy: CampaignPolicy;
  /** `readyForElection` per village code: a village not ready is blocked, with its reasons. */
  declare readiness: ReadonlyMap<string, ElectionReadiness> | undefined;
  /** A status computed elsewhere (`campaignStatus`), drawn instead of the journal's. */
  declare status: CampaignStatus | undefined;
  /** The day shown (`YYYY-MM-DD`, its end in China Standard Time; default today). */
  declare asOf: string | undefined;
  /** Shapes of the villages; when given, a map is drawn too. */
  declare geojson: CampaignMapGeoJson | undefined;
  /** The feature property that gives the village's code or name (default `name`). */
  declare geoKey: string;
  /** Show only one township (its 9-digit code), or all (`''`, default). */
  declare filterTownship: string;
  /** Show only the villages at one stage (its id; `not-started`), or all (`''`, default). */
  declare filterStage: string;
  /** Show only the villages late with a stage. */
  declare filterLate: boolean;
  /** Show only the villages whose election something blocks. */
  declare filterBlocked: boolean;
  /** Show only the villages that changed during the day. */
  declare filterChanged: boolean;
  /** `board` (default) or `table`. */
  declare view: BoardView;
  declare private selected: number | null;

  #day = '';
  #status: CampaignStatus | undefined;
  #summary: CampaignSummary | undefined;
  #changes: CampaignChanges | undefined;
  #figures = new Map<string, TownshipFigures>();
  #groups: TownshipGroup[] = [];
  #byKey = new Map<string, number>();
  #codes: readonly string[] = [];
  #shapes: MapShape[] = [];
  #generation = 0;
  /** Bumped when the villages drawn are others (not another day of the same ones). */
  #layout = 0;
  #words: { key: string; words: VillageWords } | undefined;
  #chosenCode: string | undefined;
  #warned: string | undefined;
  #boardKey = '';
  #tiles = new TownshipTiles(CAMPAIGN_TILE_PARTS);
  #townships = new TownshipOptions();
  /** The tiles' tab stop (roving tabindex) and `aria-current`. */
  #focus = new TileFocusController(
    this,
    () => this.selected,
    (i) => this.#choose(i),
  );

  constructor() {
    super();
    this.events = undefined;
    this.villages = undefined;
    this.policy = nationalBaseline;
    this.readiness = undefined;
    this.status = undefined;
    this.asOf = undefined;
    this.geoKey = 'name';
    this.filterTownship = '';
    this.filterStage = '';
    this.filterLate = false;
    this.filterBlocked = false;
    this.filterChanged = false;
    this.view = 'board';
    this.selected = null;
  }

  /** The day shown. */
  get day(): string {
    return this.#day;
  }

  /** Core's status of every village at the end of the day shown. */
  get current(): CampaignStatus | undefined {
    return this.#status;
  }

  /** Core's figures per township and for the county. */
  get summary(): CampaignSummary | undefined {
    return this.#summary;
  }

  /** What changed during the day (`campaignChanges`), or `undefined` when drawing a given `status`. */
  get changes(): CampaignChanges | undefined {
    return this.#changes;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['events', 'villages', 'policy', 'readiness', 'status', 'asOf'] as const;
    let regrouped = false;
    if (!this.#status || inputs.some((k) => changed.has(k))) regrouped = this.#compute();
    if (regrouped || changed.has('geojson') || changed.has('geoKey'))
      this.#shapes = projectShapes(this.geojson, this.geoKey, this.#byKey);
  }

  /** Asks core for the day's status, summary and changes; `true` when the villages are not those drawn before. */
  #compute(): boolean {
    const given = this.status;
    const { day, invalid } = given ? { day: given.asOf.date, invalid: false } : dayOf(this.asOf, todayOnUserCalendar());
    if (invalid && this.#warned !== this.asOf) {
      this.#warned = this.asOf;
      console.warn(`<hj-campaign-map>: as-of "${this.asOf}" is not a date (YYYY-MM-DD); showing ${day} instead.`);
    }
    this.#day = day;
    if (given) {
      this.#changes = undefined;
      this.#status = given;
    } else {
      this.#changes = campaignChanges(this.events ?? [], {
        from: shiftDay(day, -1),
        to: day,
        policy: this.policy,
        ...(this.villages ? { villages: this.villages } : {}),
        ...(this.readiness ? { readiness: this.readiness } : {}),
      });
      this.#status = this.#changes.to;
    }
    this.#summary = summarizeCampaign(this.#status);
    this.#figures = new Map(this.#summary.townships.map((f) => [f.code, f]));
    this.#generation++;
    const villages = this.#status.villages;
    const same = villages.length === this.#codes.length && villages.every((v, i) => v.code === this.#codes[i]);
    if (!same) {
      this.#codes = villages.map((v) => v.code);
      this.#layout++;
      this.#groups = groupByTownship(villages, (v) => v.code.slice(0, 9));
      this.#byKey = firstIndexBy(villages, (v) => [v.code, v.name]);
      if (this.#focus.active >= villages.length) this.#focus.active = 0;
    }
    // The village chosen stays chosen on another day.
    const chosen = this.#chosenCode === undefined ? undefined : this.#byKey.get(this.#chosenCode);
    this.selected = chosen ?? null;
    return !same;
  }

  /** What the tiles, table, map and details say, in the page's language, for the status drawn. */
  #wordsFor(locale: Locale, t: CampaignMapMessages): VillageWords {
    const key = `${this.#generation}|${locale}`;
    if (this.#words?.key !== key) {
      const words = villageWords(this.#status as CampaignStatus, this.#changes, this.#figures, locale, t);
      this.#words = { key, words };
    }
    return this.#words.words;
  }

  #setDay = (day: string): void => {
    if (day === this.#day) return;
    this.asOf = day;
    this.dispatchEvent(
      new CustomEvent<AsOfChangeDetail>('hj-as-of-change', { detail: { asOf: day }, bubbles: true, composed: true }),
    );
  };

  #setFilters = (patch: Partial<CampaignFilterState>): void => {
    if (patch.stage !== undefined) this.filterStage = patch.stage;
    if (patch.late !== undefined) this.filterLate = patch.late;
    if (patch.blocked !== undefined) this.filterBlocked = patch.blocked;
    if (patch.changed !== undefined) this.filterChanged = patch.changed;
  };

  #choose(i: number): void {
    const v = this.#status?.villages[i];
    if (!v) return;
    this.selected = i;
    this.#chosenCode = v.code;
    fireVillageSelect(this, {
      village: v.name ?? v.code,
      township: v.township,
      code: v.code,
      stage: v.stage?.id ?? null,
    });
  }

  #onDetailClose = (): void => {
    this.selected = null;
    this.#chosenCode = undefined;
  };

  override render(): TemplateResult {
    const locale = this.locale;
    const t = CAMPAIGN_MAP_MESSAGES[locale];
    const status = this.#status as CampaignStatus;
    const county = (this.#summary as CampaignSummary).county;
    const w = this.#wordsFor(locale, t);
    const changed = this.#changes ? w.changed.size : null;
    const rate = formatRate(county.firstVoteRate, locale, t.noFigure);
    const stages = status.stages.map((s) => ({ id: s.id, ...w.stage(s) }));
    return html`
      <h2 class="heading">${t.title}</h2>
      ${renderReplay(this.#day, this.#setDay, t)}
      <p part="summary" class="summary">${t.summary(this.#day, county, rate, changed)}</p>
      ${
        status.villages.length
          ? html`${renderLegend(stages, county, changed, t)}${this.#renderContent(status, stages, w, locale, t)}`
          : html`<p part="empty" class="empty">${t.empty}</p>`
      }
    `;
  }

  #renderContent(
    status: CampaignStatus,
    stages: readonly { id: string; title: string }[],
    w: VillageWords,
    locale: Locale,
    t: CampaignMapMessages,
  ): TemplateResult {
    const f = {
      stage: this.filterStage,
      late: this.filterLate,
      blocked: this.filterBlocked,
      changed: this.filterChanged,
    };
    const villages = status.villages;
    const shown = (i: number) => villageShown(villages[i] as Village, f, w.changed);
    const groups = shownGroups(this.#groups, this.filterTownship, filtering(f) ? shown : undefined);
    const count = groups.reduce((n, g) => n + g.indices.length, 0);
    const filtered = Boolean(this.filterTownship) || filtering(f);
    const key = `${this.#generation}|${this.filterTownship}|${f.stage}|${f.late}|${f.blocked}|${f.changed}|${locale}|${this.view}`;
    let content: unknown;
    if (this.view === 'table') {
      content = renderCampaignTable(groups, status, w, this.#focus.onClick, locale, t);
      this.#boardKey = key;
      this.#tiles.forget(); // the board's nodes go with it
    } else if (key === this.#boardKey) {
      content = noChange;
    } else {
      content = count
        ? html`<p class="hint no-print">${t.hint}</p>
            <div
              part="board"
              class="board"
              @click=${this.#focus.onClick}
              @keydown=${this.#focus.onKey}
              @focusin=${this.#focus.onFocus}
            >
              ${this.#tiles.render(groups, fillCampaignTiles(groups, villages, w, t))}
            </div>`
        : html`<p class="none-match">${t.noneMatch}</p>`;
      if (!count) this.#tiles.forget();
      this.#boardKey = key;
    }
    const township = this.filterTownship;
    const look = (i: number) => {
      const v = villages[i] as Village;
      return {
        colour: `${w.stage(v.stage).tone}${v.late.length ? ' late' : ''}`,
        label: w.title(i),
        dim: (Boolean(township) && v.code.slice(0, 9) !== township) || !shown(i),
      };
    };
    const selected = this.selected;
    const chosen = selected === null ? undefined : villages[selected];
    return html`
      <div part="filters" class="filters no-print">
        ${renderTownshipFilter(
          t.filterTownship,
          this.#townships.render(`${this.#layout}|${locale}`, this.#groups, this.filterTownship, t.allTownships, (g) =>
            w.township(g.key),
          ),
          (value) => {
            this.filterTownship = value;
          },
        )}
        ${renderStageFilters(f, stages, (this.#summary as CampaignSummary).county, Boolean(this.#changes), this.#setFilters, t)}
        ${renderViewSwitch(
          this.view,
          (v) => {
            this.view = v;
          },
          t,
        )}
      </div>
      ${filtered ? html`<p class="shown">${t.shown(count)}</p>` : nothing}
      <div class="layout">
        <div class="main">${content}</div>
        ${this.#shapes.length ? renderVillageMap(this.#shapes, look, selected, this.#focus.onMapEvent, t) : nothing}
      </div>
      ${chosen ? renderCampaignDetail(chosen, w, this.#onDetailClose, locale, t) : nothing}
    `;
  }
}
