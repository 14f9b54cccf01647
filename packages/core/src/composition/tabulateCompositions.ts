/**
 * The structure table of a re-election report (换届前后结构对照表): for each age band and education level, the
 * previous term's count and share beside the current term's, with the members whose age or education is unknown.
 */

import type { AgeBand } from './ageBands.js';
import { formatPercent } from './formatting.js';
import type { CompositionSummary } from './summarizeComposition.js';

/** One term's count in a row, and its share as the reports print it (`'—'` when there is nothing to divide by). */
export interface TermCount {
  readonly count: number;
  readonly share: string;
}

/** One row of the table: the previous term (`null` when there is none) beside the current one. */
export interface CompositionRow {
  readonly previous: TermCount | null;
  readonly current: TermCount;
}

/** The education thresholds of the table (高中及以上, 大专及以上, 本科及以上), highest last. */
export type EducationThreshold = 'highSchoolOrAbove' | 'collegeOrAbove' | 'bachelorOrAbove';

/** Both terms side by side. 换届前后结构对照。 */
export interface CompositionTable {
  /** One row per age band of the current term; shares of the members whose age is known. */
  readonly ageBands: readonly (CompositionRow & { readonly band: AgeBand })[];
  /** Members whose age is unknown; shares of all members. */
  readonly ageUnknown: CompositionRow;
  /** 高中及以上, 大专及以上, 本科及以上; shares of the members whose education is known. */
  readonly education: readonly (CompositionRow & { readonly level: EducationThreshold })[];
  /** Members whose education is unknown; shares of all members. */
  readonly educationUnknown: CompositionRow;
}

const EDUCATION_THRESHOLDS: readonly EducationThreshold[] = ['highSchoolOrAbove', 'collegeOrAbove', 'bachelorOrAbove'];

const termCount = (count: number, total: number): TermCount => ({ count, share: formatPercent(count, total) });

/**
 * Lays two terms side by side for the structure table. The rows follow the current term's age bands; the previous
 * term's count in a band is that of its band with the same id (0 when it has none, e.g. after the bands changed).
 *
 * @param previous - summary of the previous term, or `null` when there is none
 * @param current - summary of the current term
 * @returns the rows of age bands, education levels and unknowns, each with counts and shares
 * @example
 * ```ts
 * const table = tabulateCompositions(previous, current)
 * table.education[0] // { level: 'highSchoolOrAbove', previous: { count: 770, share: '77.23%' }, current: { count: 916, share: '92.62%' } }
 * ```
 */
export function tabulateCompositions(
  previous: CompositionSummary | null,
  current: CompositionSummary,
): CompositionTable {
  const p = previous;
  const c = current;
  return {
    ageBands: c.bands.map((band, i) => {
      const j = p ? p.bands.findIndex((b) => b.id === band.id) : -1;
      return {
        band,
        previous: p ? termCount(j >= 0 ? (p.ageBands[j] ?? 0) : 0, p.ageKnown) : null,
        current: termCount(c.ageBands[i] ?? 0, c.ageKnown),
      };
    }),
    ageUnknown: {
      previous: p ? termCount(p.unknown.age, p.count) : null,
      current: termCount(c.unknown.age, c.count),
    },
    education: EDUCATION_THRESHOLDS.map((level) => ({
      level,
      previous: p ? termCount(p[level], p.educationKnown) : null,
      current: termCount(c[level], c.educationKnown),
    })),
    educationUnknown: {
      previous: p ? termCount(p.unknown.education, p.count) : null,
      current: termCount(c.unknown.education, c.count),
    },
  };
}
