import { type CompositionMember, formatAverage, formatPercent, HuanjieError } from '@huanjie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { type AttributeRule, isoDateRule, TODAY, validAttribute } from '../attributes/valid-attribute.js';
import { todayOnUserCalendar } from '../form/today.js';
import type { Locale } from '../i18n/locale.js';
import { HjLocalizedElement } from '../i18n/localized-element.js';
import { renderBarChart } from './composition-chart.bars.js';
import { COMPOSITION_CHART_MESSAGES, type CompositionChartMessages } from './composition-chart.messages.js';
import { compositionChartStyles } from './composition-chart.styles.js';
import { renderDataTable } from './composition-chart.table.js';
import {
  type CompositionInput,
  chartGroups,
  type Figures,
  type TermFigures,
  termFigures,
} from './composition-figures.js';

export type { CompositionInput } from './composition-figures.js';
export { isCompositionSummary } from './composition-figures.js';

/** Who is counted: the whole team, or only its secretaries (书记; 主任 for a committee). */
export type CompositionScope = 'team' | 'secretaries';

const AS_OF = isoDateRule(TODAY);
const PREVIOUS_AS_OF = isoDateRule({ zh: 'as-of 的日期', en: 'the as-of date' });
const SCOPE = { accepts: ['team', 'secretaries'], fallback: 'team' } as const;
const VIEW = { accepts: ['chart', 'table'], fallback: 'chart' } as const;

/** The organizations the members belong to: core counts any, so one no member belongs to is a slip (`村委会`). */
function organizationRule(members: readonly CompositionMember[]): AttributeRule<string | undefined> {
  const names = [...new Set(members.map((m) => m.organization))].filter((o): o is string => typeof o === 'string');
  return { accepts: names, fallback: undefined, named: { zh: '党组织', en: '党组织 (the party organization)' } };
}

/**
 * @summary The age and education structure of a team, previous term beside the current one, with the "一降一升"
 * report sentence (average age down, education up) as @huanjie/core phrases it.
 *
 * @description Give `current` and `previous` as arrays of members (roster rows, as `summarizeComposition` takes
 * them) or as `CompositionSummary` objects already computed (e.g. a township's report). With members, the element
 * calls `reportTermChange` of @huanjie/core: the team is the members of `organization` (default 党组织), the
 * secretaries its 书记 (主任 for a committee), and the paragraph shown is core's. With summaries, the figures and
 * core's change phrases (`compareCompositions`) are shown and the scope switch is hidden (a summary is already one
 * scope); a member array beside a summary is summarized whole. Ages are judged on `as-of` (current term) and
 * `previous-as-of` (previous term, default `as-of`). The charts are SVG drawn by the element: one focusable image per
 * age band or education level with its values as text, the previous term hatched; the same figures are in a data
 * table, always read by screen readers and shown by a button. Prints on A4 without its controls.
 *
 * @csspart figures - The headline figures.
 * @csspart sentence - The report sentence.
 * @csspart chart - Each chart (`<figure>`).
 * @csspart bar - Each group's SVG image (previous and current bars).
 * @csspart table - The data table.
 * @csspart toggle - The button that switches between chart and table.
 *
 * @cssproperty --hj-chart-current - Colour of the current term's bars.
 * @cssproperty --hj-chart-previous - Colour of the previous term's hatching and outline.
 * @cssproperty --hj-accent - Accent colour (buttons, focus ring).
 */
export class HjCompositionChart extends HjLocalizedElement {
  static override styles = compositionChartStyles;

  static override properties = {
    current: { attribute: false },
    previous: { attribute: false },
    asOf: { attribute: 'as-of' },
    previousAsOf: { attribute: 'previous-as-of' },
    organization: {},
    scope: { reflect: true },
    view: { reflect: true },
  };

  /** The current term: members or a `CompositionSummary`. */
  declare current: CompositionInput | undefined;
  /** The previous term: members or a `CompositionSummary`. */
  declare previous: CompositionInput | undefined;
  /** The date the current term's ages are judged on, ISO `YYYY-MM-DD` (default: today). */
  declare asOf: string | undefined;
  /** The date the previous term's ages are judged on (default: `as-of`); usually its election date. */
  declare previousAsOf: string | undefined;
  /** The organization whose team is counted, as `reportTermChange` takes it (default 党组织). */
  declare organization: string | undefined;
  /** `team` (default) or `secretaries`. */
  declare scope: CompositionScope;
  /** `chart` (default) or `table`. */
  declare view: 'chart' | 'table';

  #computed: TermFigures | null = null;
  #error: string | null = null;

  constructor() {
    super();
    this.scope = 'team';
    this.view = 'chart';
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.asOf = validAttribute(this, 'as-of', this.asOf, AS_OF);
    this.previousAsOf = validAttribute(this, 'previous-as-of', this.previousAsOf, PREVIOUS_AS_OF);
    const members = [this.current, this.previous].flatMap((x) => (Array.isArray(x) ? x : []));
    const judged = changed.has('organization') || changed.has('current') || changed.has('previous');
    // Until members come (or with summaries, already counted), any organization waits for them.
    if (this.organization && judged && members.length)
      this.organization = validAttribute(this, 'organization', this.organization, organizationRule(members));
    this.scope = validAttribute<CompositionScope>(this, 'scope', this.scope, SCOPE);
    this.view = validAttribute<'chart' | 'table'>(this, 'view', this.view, VIEW);
    if (
      changed.has('current') ||
      changed.has('previous') ||
      changed.has('asOf') ||
      changed.has('previousAsOf') ||
      changed.has('organization') ||
      !this.hasUpdated
    )
      this.#compute();
  }

  #compute(): void {
    this.#computed = null;
    this.#error = null;
    const asOf = this.asOf || todayOnUserCalendar();
    try {
      this.#computed = termFigures(this.current, this.previous, {
        asOf,
        previousAsOf: this.previousAsOf || asOf,
        organization: this.organization,
      });
    } catch (e) {
      if (e instanceof HuanjieError) {
        const en = this.locale === 'en';
        this.#error = e.problems.map((p) => (en ? (p.messageEn ?? p.message) : p.message)).join(' ');
      } else throw e;
    }
  }

  #setScope(scope: CompositionScope): void {
    this.scope = scope;
  }

  #toggleView(): void {
    this.view = this.view === 'table' ? 'chart' : 'table';
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const t = COMPOSITION_CHART_MESSAGES[locale];
    const computed = this.#computed;
    const byScope = computed?.kind === 'members' && this.scope === 'secretaries';
    const figures = computed ? (byScope ? (computed.secretaries ?? computed.team) : computed.team) : null;
    const empty = !figures || (figures.current.count === 0 && (figures.previous?.count ?? 0) === 0);
    return html`
      <h2 class="heading">${t.title}</h2>
      ${this.#error ? html`<p class="error" role="alert">${t.error}${this.#error}</p>` : nothing}
      ${computed?.kind === 'members' ? this.#renderControls(t, empty) : empty ? nothing : this.#renderToggle(t)}
      ${
        empty || !figures
          ? this.#error
            ? nothing
            : html`<p class="empty panel" role="status">${t.noData}</p>`
          : html`${this.#renderSentence(t, locale, computed, figures)} ${this.#renderFigures(t, locale, figures)}
            ${this.#renderCharts(t, locale, figures)}`
      }
    `;
  }

  #renderControls(t: CompositionChartMessages, empty: boolean): TemplateResult {
    const heads = this.organization && this.organization !== '党组织' ? t.scopes.heads : t.scopes.secretaries;
    const radio = (value: CompositionScope, label: string) =>
      html`<label
        ><input
          type="radio"
          name="scope"
          value=${value}
          .checked=${this.scope === value}
          @change=${() => this.#setScope(value)}
        />${label}</label
      >`;
    return html`<div class="controls">
      <fieldset class="scope">
        <legend>${t.scope}</legend>
        <div class="segmented">${radio('team', t.scopes.team)} ${radio('secretaries', heads)}</div>
      </fieldset>
      ${empty ? nothing : this.#renderToggle(t)}
    </div>`;
  }

  #renderToggle(t: CompositionChartMessages): TemplateResult {
    return html`<div class="controls">
      <button type="button" part="toggle" class="secondary" @click=${this.#toggleView}>
        ${this.view === 'table' ? t.showChart : t.showTable}
      </button>
    </div>`;
  }

  #renderSentence(
    t: CompositionChartMessages,
    locale: Locale,
    computed: TermFigures | null,
    f: Figures,
  ): TemplateResult | typeof nothing {
    const en = locale === 'en';
    if (computed?.kind === 'members') {
      if (!computed.text) return html`<p class="note">${t.noPrevious}</p>`;
      // Core phrases the paragraph in simplified Chinese and English; zh-TW shows the Chinese as core writes it.
      return html`<p class="sentence panel" part="sentence" lang=${en ? 'en' : 'zh-CN'}>
        ${en ? computed.text.en : computed.text.zh}
      </p>`;
    }
    const c = f.comparison;
    if (!c) return html`<p class="note">${t.noPrevious}</p>`;
    const cur = f.current;
    return html`<p class="sentence panel" part="sentence">
      ${t.summarySentence({
        count: cur.count,
        age: formatAverage(cur.ageSum, cur.ageKnown),
        ageChange: (en ? c.averageAge?.text.en : c.averageAge?.text.zh) ?? t.noFigure,
        share: formatPercent(cur.highSchoolOrAbove, cur.educationKnown),
        shareChange: (en ? c.highSchoolOrAbove?.text.en : c.highSchoolOrAbove?.text.zh) ?? t.noFigure,
      })}${c.yiJiangYiSheng ? t.verdict.yes : t.verdict.no}
    </p>`;
  }

  #renderFigures(t: CompositionChartMessages, locale: Locale, f: Figures): TemplateResult {
    const en = locale === 'en';
    const p = f.previous;
    const c = f.current;
    const pair = (previous: string | null, current: string) =>
      previous === null ? current : `${t.previous} ${previous} → ${t.current} ${current}`;
    const change = (text: { zh: string; en: string } | undefined) =>
      text ? html`<span class="change">${en ? text.en : text.zh}</span>` : nothing;
    return html`<dl class="figures" part="figures">
      <div>
        <dt>${t.count}</dt>
        <dd data-figure="count">${pair(p ? t.people(p.count) : null, t.people(c.count))}</dd>
      </div>
      <div>
        <dt>${t.averageAge}</dt>
        <dd data-figure="averageAge">
          ${pair(p ? t.years(formatAverage(p.ageSum, p.ageKnown)) : null, t.years(formatAverage(c.ageSum, c.ageKnown)))}
          ${change(f.comparison?.averageAge?.text)}
        </dd>
      </div>
      <div>
        <dt>${t.highSchoolShare}</dt>
        <dd data-figure="highSchoolOrAbove">
          ${pair(
            p ? formatPercent(p.highSchoolOrAbove, p.educationKnown) : null,
            formatPercent(c.highSchoolOrAbove, c.educationKnown),
          )}
          ${change(f.comparison?.highSchoolOrAbove?.text)}
        </dd>
      </div>
      <div>
        <dt>${t.collegeShare}</dt>
        <dd data-figure="collegeOrAbove">
          ${pair(
            p ? formatPercent(p.collegeOrAbove, p.educationKnown) : null,
            formatPercent(c.collegeOrAbove, c.educationKnown),
          )}
        </dd>
      </div>
    </dl>`;
  }

  #renderCharts(t: CompositionChartMessages, locale: Locale, f: Figures): TemplateResult {
    const groups = chartGroups(f, t, locale);
    const table = this.view === 'table';
    return html`
      ${
        table
          ? nothing
          : html`<ul class="legend plain" aria-label=${t.legend}>
              ${
                f.previous
                  ? html`<li><span class="swatch previous" aria-hidden="true"></span>${t.previous}</li>`
                  : nothing
              }
              <li><span class="swatch current" aria-hidden="true"></span>${t.current}</li>
            </ul>
            <div class="charts">
              ${renderBarChart('age', t.ageChart, groups.age, t, f.previous !== null)}
              ${renderBarChart('education', t.educationChart, groups.education, t, f.previous !== null)}
            </div>`
      }
      ${renderDataTable(t, f, groups, table)}
    `;
  }
}
