import {
  type CompositionMember,
  type CompositionSummary,
  compareCompositions,
  formatAverage,
  formatPercent,
  HuanjieError,
  reportTermChange,
  summarizeComposition,
} from '@huanjie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { todayOnUserCalendar } from '../form/form-control.js';
import type { Locale } from '../i18n/locale.js';
import { HjLocalizedElement } from '../i18n/localized-element.js';
import { COMPOSITION_CHART_MESSAGES, type CompositionChartMessages } from './composition-chart.messages.js';
import { compositionChartStyles } from './composition-chart.styles.js';
import { type Figures, renderCharts, renderFigures } from './composition-views.js';

/** One term as the host gives it: the members (roster rows), or a summary already computed by core. */
export type CompositionInput = readonly CompositionMember[] | CompositionSummary;

/** Who is counted: the whole team, or only its secretaries (书记; 主任 for a committee). */
export type CompositionScope = 'team' | 'secretaries';

interface Computed {
  /** From members through `reportTermChange` (both scopes and the report paragraph), or from summaries. */
  readonly kind: 'members' | 'summaries';
  readonly team: Figures;
  readonly secretaries?: Figures;
  readonly text?: { readonly zh: string; readonly en: string };
}

/** Whether a value has the shape of a `CompositionSummary` (rather than an array of members). */
export function isCompositionSummary(value: unknown): value is CompositionSummary {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Partial<CompositionSummary>;
  return Array.isArray(v.ageBands) && Array.isArray(v.bands) && typeof v.count === 'number';
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

  #computed: Computed | null = null;
  #error: string | null = null;

  constructor() {
    super();
    this.scope = 'team';
    this.view = 'chart';
  }

  protected override willUpdate(changed: PropertyValues): void {
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
    const { current, previous } = this;
    if (current == null && previous == null) return;
    const asOf = this.asOf || todayOnUserCalendar();
    const previousAsOf = this.previousAsOf || asOf;
    try {
      if (isCompositionSummary(current) || isCompositionSummary(previous)) {
        const whole = (v: CompositionInput | undefined, date: string) =>
          isCompositionSummary(v) ? v : summarizeComposition(v ?? [], { asOf: date });
        const cur = whole(current, asOf);
        const prev = previous == null ? null : whole(previous, previousAsOf);
        const comparison = prev ? compareCompositions(prev, cur) : null;
        this.#computed = { kind: 'summaries', team: { previous: prev, current: cur, comparison } };
        return;
      }
      const report = reportTermChange(
        { members: (previous ?? []) as readonly CompositionMember[], asOf: previousAsOf },
        { members: (current ?? []) as readonly CompositionMember[], asOf },
        this.organization ? { organization: this.organization } : {},
      );
      const hasPrevious = previous != null && report.team.previous.count > 0;
      const figures = (f: typeof report.team): Figures =>
        hasPrevious ? f : { previous: null, current: f.current, comparison: null };
      this.#computed = {
        kind: 'members',
        team: figures(report.team),
        secretaries: figures(report.secretaries),
        ...(hasPrevious ? { text: report.text } : {}),
      };
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
          : html`${this.#renderSentence(t, locale, computed, figures)} ${renderFigures(t, locale, figures)}
            ${renderCharts(t, locale, figures, this.view === 'table')}`
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
    computed: Computed | null,
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
}
