/**
 * What `<hj-composition-chart>` draws, from what the host gives it: both terms' figures through @huanjie/core (a
 * report from members, or summaries compared), and the rows of the charts and the table, labelled in the page's
 * language. No DOM, no clock (the dates are passed in): tested in Node (test/charts/composition-figures.test.ts).
 */
import {
  type CompositionComparison,
  type CompositionMember,
  type CompositionRow,
  type CompositionSummary,
  compareCompositions,
  reportTermChange,
  summarizeComposition,
  tabulateCompositions,
} from '@huanjie/core';
import type { Locale } from '../i18n/locale.js';
import type { CompositionChartMessages } from './composition-chart.messages.js';

/** One term as the host gives it: the members (roster rows), or a summary already computed by core. */
export type CompositionInput = readonly CompositionMember[] | CompositionSummary;

/** One scope's figures: both terms and core's comparison (no previous term: `previous` and `comparison` null). */
export interface Figures {
  readonly previous: CompositionSummary | null;
  readonly current: CompositionSummary;
  readonly comparison: CompositionComparison | null;
}

/** Both terms' figures, by scope. */
export interface TermFigures {
  /** From members through `reportTermChange` (both scopes and the report paragraph), or from summaries. */
  readonly kind: 'members' | 'summaries';
  readonly team: Figures;
  readonly secretaries?: Figures;
  /** Core's report paragraph; only from members with a previous term. */
  readonly text?: { readonly zh: string; readonly en: string };
}

/** Whether a value has the shape of a `CompositionSummary` (rather than an array of members). */
export function isCompositionSummary(value: unknown): value is CompositionSummary {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Partial<CompositionSummary>;
  return Array.isArray(v.ageBands) && Array.isArray(v.bands) && typeof v.count === 'number';
}

/**
 * Both terms' figures. With members on both sides, core's `reportTermChange` (team, secretaries and paragraph);
 * with a summary on either side, that term as it is and the other summarized whole, compared by
 * `compareCompositions`. A previous term with no members of the team counts as none.
 *
 * @param current - the current term, or `undefined`
 * @param previous - the previous term, or `undefined` (no comparison)
 * @param options - the dates the terms' ages are judged on, and the organization whose team is counted
 * @returns the figures, or `null` when neither term is given
 * @throws HuanjieError from core when a date does not exist
 * @example
 * ```ts
 * termFigures(now, before, { asOf: '2021-10-28', previousAsOf: '2016-10-28' })?.team.comparison?.yiJiangYiSheng // true
 * ```
 */
export function termFigures(
  current: CompositionInput | null | undefined,
  previous: CompositionInput | null | undefined,
  options: { readonly asOf: string; readonly previousAsOf: string; readonly organization?: string | undefined },
): TermFigures | null {
  if (current == null && previous == null) return null;
  const { asOf, previousAsOf, organization } = options;
  if (isCompositionSummary(current) || isCompositionSummary(previous)) {
    const whole = (v: CompositionInput | null | undefined, date: string) =>
      isCompositionSummary(v) ? v : summarizeComposition(v ?? [], { asOf: date });
    const cur = whole(current, asOf);
    const prev = previous == null ? null : whole(previous, previousAsOf);
    const comparison = prev ? compareCompositions(prev, cur) : null;
    return { kind: 'summaries', team: { previous: prev, current: cur, comparison } };
  }
  const report = reportTermChange(
    { members: previous ?? [], asOf: previousAsOf },
    { members: current ?? [], asOf },
    organization ? { organization } : {},
  );
  const hasPrevious = previous != null && report.team.previous.count > 0;
  const figures = (f: typeof report.team): Figures =>
    hasPrevious ? f : { previous: null, current: f.current, comparison: null };
  return {
    kind: 'members',
    team: figures(report.team),
    secretaries: figures(report.secretaries),
    ...(hasPrevious ? { text: report.text } : {}),
  };
}

/** One group of bars and one row of the table: an age band, an education level or an unknown, labelled. */
export interface ChartGroup extends CompositionRow {
  readonly key: string;
  readonly label: string;
}

/** The groups of the charts (age bands, education levels) and the unknowns the table adds, from core's table. */
export interface ChartGroups {
  readonly age: readonly ChartGroup[];
  readonly ageUnknown: ChartGroup;
  readonly education: readonly ChartGroup[];
  readonly educationUnknown: ChartGroup;
}

/**
 * Core's structure table (`tabulateCompositions`) labelled in `locale`: age bands by their own names (Chinese or
 * English), education levels and unknowns by the element's words.
 *
 * @example
 * ```ts
 * chartGroups(f, COMPOSITION_CHART_MESSAGES.en, 'en').age[0] // { key: 'age-under35', label: 'under 35', … }
 * ```
 */
export function chartGroups(f: Figures, t: CompositionChartMessages, locale: Locale): ChartGroups {
  const table = tabulateCompositions(f.previous, f.current);
  return {
    age: table.ageBands.map((row) => ({
      ...row,
      key: `age-${row.band.id}`,
      label: locale === 'en' ? row.band.label.en : row.band.label.zh,
    })),
    ageUnknown: { ...table.ageUnknown, key: 'age-unknown', label: t.unknownAge },
    education: table.education.map((row) => ({ ...row, key: `education-${row.level}`, label: t.education[row.level] })),
    educationUnknown: { ...table.educationUnknown, key: 'education-unknown', label: t.unknownEducation },
  };
}
