/**
 * The risk board's summary and legend, filters, table view and the details of a chosen village, as templates of what
 * core's assessment holds.
 */
import type { LedgerItem, RiskModel, RiskScore, VillageAssessment, VillageRiskInput } from '@huanjie/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import type { RiskLevelFilter } from './risk-board.component.js';
import { RISK_BOARD_MESSAGES, type RiskBoardMessages } from './risk-board.messages.js';

/** The model's levels, in order. */
export const LEVELS = ['一级', '二级', '三级'] as const;

/** Figures as the locale writes them, with the catalogue's mark for none. */
export function figureFormat(locale: Locale): (n: number | null) => string {
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const none = RISK_BOARD_MESSAGES[locale].noFigure;
  return (n) => (n === null ? none : nf.format(n));
}

/** The table view (part `table`): every village shown, with its township, score and level. */
export function renderTable(
  a: VillageAssessment,
  groups: readonly { readonly indices: readonly number[] }[],
  list: readonly VillageRiskInput[],
  levelLabel: (level: string | null) => string,
  onClick: (e: Event) => void,
  t: RiskBoardMessages,
  locale: Locale,
): TemplateResult {
  const fmt = figureFormat(locale);
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
      <table part="table">
        <caption id="table-caption">${t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.village}</th>
            <th scope="col">${t.township}</th>
            <th scope="col" class="num">${t.score}</th>
            <th scope="col">${t.level}</th>
          </tr>
        </thead>
        <tbody @click=${onClick}>
          ${groups.map((g) =>
            g.indices.map((i) => {
              const v = list[i];
              return v
                ? html`<tr>
                <th scope="row"><button type="button" class="link" data-i=${i}>${v.village}</button></th>
                <td>${v.township ?? ''}</td>
                <td class="num">${fmt(a.score(i))}</td>
                <td><span class="swatch ${a.colour(i) ?? 'none'}" aria-hidden="true">${a.level(i) ? t.levelShort(a.level(i) as string) : t.unscoredShort}</span> ${levelLabel(a.level(i))}</td>
              </tr>`
                : nothing;
            }),
          )}
        </tbody>
      </table>
    </div>`;
}

/** The chosen village (part `detail`): its score, each indicator's points and its ledger. */
export function renderDetail(
  v: VillageRiskInput,
  s: RiskScore,
  ledger: readonly LedgerItem[] | undefined,
  levelLabel: (level: string | null) => string,
  onClose: () => void,
  t: RiskBoardMessages,
  locale: Locale,
): TemplateResult {
  const fmt = figureFormat(locale);
  const en = locale === 'en';
  const value = (c: RiskScore['contributions'][number]) =>
    c.missing ? t.missing : typeof c.value === 'boolean' ? (c.value ? t.yes : t.no) : String(c.value);
  const items = (ledger ?? []).filter((l) => l.village === v.village);
  return html`<section part="detail" class="detail" aria-labelledby="detail-title">
      <h3 id="detail-title">${t.detailTitle(v.village)}</h3>
      <dl class="facts">
        <div><dt>${t.township}</dt><dd>${v.township ?? t.noTownship}</dd></div>
        <div><dt>${t.score}</dt><dd class="score">${fmt(s.score)}</dd></div>
        <div>
          <dt>${t.level}</dt>
          <dd class="level"><span class="swatch ${s.colour ?? 'none'}" aria-hidden="true">${s.level ? t.levelShort(s.level) : t.unscoredShort}</span> ${levelLabel(s.level)}</dd>
        </div>
      </dl>
      <div class="table-wrap">
        <table class="contributions">
          <caption>${t.contributions}</caption>
          <thead>
            <tr>
              <th scope="col">${t.indicator}</th>
              <th scope="col" class="num">${t.value}</th>
              <th scope="col" class="num">${t.points}</th>
              <th scope="col" class="num">${t.weight}</th>
              <th scope="col" class="num">${t.contribution}</th>
            </tr>
          </thead>
          <tbody>
            ${s.contributions.map(
              (c) => html`<tr data-indicator=${c.indicatorId}>
                <th scope="row">${en ? c.title.en : c.title.zh}</th>
                <td class="num">${value(c)}</td>
                <td class="num">${fmt(c.points)}</td>
                <td class="num">${fmt(c.weight)}</td>
                <td class="num contribution">${fmt(c.contribution)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <h4>${t.ledger}</h4>
      ${
        items.length
          ? html`<ul class="ledger plain">
              ${items.map(
                (l) => html`<li data-ledger=${l.id} class=${l.status}>
                  <p><strong>${l.category}</strong>${t.colon}${l.description}</p>
                  <p class="meta">
                    ${t.status}${t.colon}${t.statuses[l.status]}${t.factSeparator}${t.owner}${t.colon}${l.owner}${t.factSeparator}${t.due}${t.colon}${l.due}
                  </p>
                  ${l.measures.length ? html`<p class="meta">${t.measures}${t.colon}${l.measures.join(t.listSeparator)}</p>` : nothing}
                </li>`,
              )}
            </ul>`
          : html`<p class="meta">${t.noLedger}</p>`
      }
      <button type="button" class="secondary no-print" @click=${onClose}>${t.close}</button>
    </section>`;
}

/** The text summary (part `summary`) and the legend (part `legend`): each level's colour, abbreviation and count. */
export function renderSummary(
  a: VillageAssessment,
  model: RiskModel,
  levelLabel: (level: string | null) => string,
  t: RiskBoardMessages,
): TemplateResult {
  const d = a.distribution;
  const parts = LEVELS.map((l) => t.summaryPart(levelLabel(l), d[l]));
  if (d.unscored) parts.push(t.summaryPart(t.unscored, d.unscored));
  const bands = LEVELS.map((level) => ({ level, colour: model.bands.find((b) => b.level === level)?.colour }));
  return html`
      <p part="summary" class="summary">${t.summary(a.count, parts.join(t.separator))}</p>
      ${
        a.count
          ? html`<ul part="legend" class="legend plain" aria-label=${t.legend}>
              ${bands.map(
                (b) => html`<li data-level=${b.level}>
                  <span class="swatch ${b.colour ?? 'none'}" aria-hidden="true">${t.levelShort(b.level)}</span>
                  <span>${levelLabel(b.level)}</span>
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

/** What the filters (part `filters`) show and whom they tell of a choice. */
export interface RiskFiltersView {
  readonly level: RiskLevelFilter;
  readonly view: 'board' | 'table';
  /** The township options, built as DOM nodes by the element (a province lists thousands). */
  readonly townshipOptions: DocumentFragment;
  readonly levelLabel: (level: string | null) => string;
  readonly onLevel: (level: RiskLevelFilter) => void;
  readonly onTownship: (township: string) => void;
  readonly onView: (view: 'board' | 'table') => void;
}

/** The level and township filters, the board/table switch and the print button. */
export function renderFilters(a: VillageAssessment, f: RiskFiltersView, t: RiskBoardMessages): TemplateResult {
  const levels: Exclude<RiskLevelFilter, ''>[] = [...LEVELS];
  if (a.distribution.unscored) levels.push('unscored');
  return html`<div part="filters" class="filters no-print">
      <div class="field">
        <label for="filter-level">${t.filterLevel}</label>
        <select
          id="filter-level"
          @change=${(e: Event) => f.onLevel((e.target as HTMLSelectElement).value as RiskLevelFilter)}
        >
          <option value="" ?selected=${!f.level}>${t.allLevels}</option>
          ${levels.map(
            (l) =>
              html`<option value=${l} ?selected=${f.level === l}>
                ${t.withCount(
                  l === 'unscored' ? t.unscored : f.levelLabel(l),
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
          @change=${(e: Event) => f.onTownship((e.target as HTMLSelectElement).value)}
        >
          ${f.townshipOptions}
        </select>
      </div>
      <div class="field" role="group" aria-labelledby="view-label">
        <span class="label" id="view-label">${t.view}</span>
        <div class="switch">
          ${(['board', 'table'] as const).map(
            (v) =>
              html`<button
                type="button"
                class=${f.view === v ? '' : 'secondary'}
                aria-pressed=${f.view === v ? 'true' : 'false'}
                data-view=${v}
                @click=${() => f.onView(v)}
              >
                ${v === 'board' ? t.board : t.table}
              </button>`,
          )}
          <button type="button" class="secondary" @click=${() => window.print()}>${t.print}</button>
        </div>
      </div>
    </div>`;
}

/** What the map (part `map`) draws: the shapes, which are dimmed by the filters and which is chosen. */
export interface RiskMapView {
  readonly shapes: readonly MapShape[];
  readonly width: number;
  readonly height: number;
  readonly levelLabel: (level: string | null) => string;
  readonly dim: (i: number) => boolean;
  readonly selected: number | null;
  readonly onEvent: (e: Event) => void;
}

/** A map feature's path, its name, and the village drawn (-1 when no village has the feature's name). */
export interface MapShape {
  readonly d: string;
  readonly name: string;
  readonly index: number;
}

/** The map: each village's shape in its level's colour, a button for the keyboard and screen readers. */
export function renderMap(a: VillageAssessment, m: RiskMapView, t: RiskBoardMessages): TemplateResult {
  return html`<figure class="map-wrap">
      <svg
        part="map"
        class="map"
        role="group"
        aria-label=${t.map}
        viewBox="0 0 ${m.width} ${m.height}"
        @click=${m.onEvent}
        @keydown=${m.onEvent}
      >
        ${m.shapes.map((s) => {
          if (s.index < 0)
            return svg`<path class="shape none" d=${s.d}><title>${s.name}${t.factSeparator}${t.noData}</title></path>`;
          const label = `${s.name}${t.factSeparator}${m.levelLabel(a.level(s.index))}`;
          const dim = m.dim(s.index);
          return svg`<path
            class="shape ${a.colour(s.index) ?? 'none'} ${dim ? 'dim' : ''} ${m.selected === s.index ? 'chosen' : ''}"
            d=${s.d}
            data-i=${s.index}
            tabindex="0"
            role="button"
            aria-label=${label}
            aria-current=${m.selected === s.index ? 'true' : nothing}
          ><title>${label}</title></path>`;
        })}
      </svg>
      <figcaption>${t.map}</figcaption>
    </figure>`;
}
