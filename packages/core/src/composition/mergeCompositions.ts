/**
 * Merging composition summaries: village → township → county → city, from partial figures alone.
 */
import * as z from 'zod/mini';
import { IsoDateField } from '../dates/isoDateField.js';
import * as P from '../problems/codes.js';
import { HuanjieError, problem } from '../problems/problem.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';
import type { AgeBand } from './ageBands.js';
import type { CompositionSummary } from './summarizeComposition.js';

const Count = z.int().check(z.nonnegative());
const Band = z.strictObject({
  id: z.string(),
  label: z.strictObject({ zh: z.string(), en: z.string() }),
  min: z.optional(Count),
  max: z.optional(Count),
});

/** The shape of a summary received from elsewhere (a township's report), checked before it is added. */
export const CompositionSummarySchema = z.strictObject({
  asOf: IsoDateField,
  bands: z.array(Band),
  count: Count,
  ageKnown: Count,
  ageSum: Count,
  averageAge: z.nullable(z.number()),
  ageBands: z.array(Count),
  under35: Count,
  educationKnown: Count,
  highSchoolOrAbove: Count,
  collegeOrAbove: Count,
  bachelorOrAbove: Count,
  women: Count,
  minorities: Count,
  partyMembers: Count,
  concurrent: Count,
  // Absent from summaries made before villages were counted: taken as none.
  teams: z.optional(Count),
  titled: z.optional(z.record(z.string(), Count)),
  unknown: z.strictObject({ age: Count, education: Count, sex: Count, ethnicity: Count }),
});

const sameBands = (a: readonly AgeBand[], b: readonly AgeBand[]) =>
  a.length === b.length && a.every((x, i) => x.id === b[i]?.id && x.min === b[i]?.min && x.max === b[i]?.max);

const COUNT_FIELDS = [
  'count',
  'ageKnown',
  'ageSum',
  'under35',
  'educationKnown',
  'highSchoolOrAbove',
  'collegeOrAbove',
  'bachelorOrAbove',
  'women',
  'minorities',
  'partyMembers',
  'concurrent',
] as const;

/**
 * Adds composition summaries (e.g. the townships' into the county's). Associative and commutative: any grouping
 * and order gives the same result, and a summary of no members is the identity. 汇总。
 *
 * @param parts - at least one summary, all on the same `asOf` with the same age bands
 * @returns their sum, with `averageAge` recomputed from the summed ages
 * @throws HuanjieError `COMPOSITION_EMPTY` (no parts), `COMPOSITION_MISMATCH` (different dates or bands), or the
 *   schema's problems for a malformed summary, naming the part and the field
 * @example
 * ```ts
 * const county = mergeCompositions(...townships.map((t) => t.summary))
 * ```
 */
export function mergeCompositions(...parts: readonly CompositionSummary[]): CompositionSummary {
  if (parts.length === 0) {
    throw new HuanjieError([problem(P.COMPOSITION_EMPTY)]);
  }
  for (const [i, p] of parts.entries()) parseOrThrow(CompositionSummarySchema, p, [i]);
  parts.forEach((p, i) => {
    // A summary from elsewhere must add up: as many band counts as bands, and no sub-count above its total.
    const bad =
      p.ageBands.length !== p.bands.length
        ? 'ageBands'
        : p.ageKnown > p.count
          ? 'ageKnown'
          : p.educationKnown > p.count
            ? 'educationKnown'
            : p.ageBands.some((b) => b > p.ageKnown) // bands may overlap: each, not their sum
              ? 'ageBands'
              : p.highSchoolOrAbove > p.educationKnown ||
                  p.collegeOrAbove > p.highSchoolOrAbove ||
                  p.bachelorOrAbove > p.collegeOrAbove
                ? 'highSchoolOrAbove'
                : undefined;
    if (bad) {
      throw new HuanjieError([problem(P.COMPOSITION_INCONSISTENT, { n: i + 1, field: bad }, { path: [i, bad] })]);
    }
  });
  const first = parts[0]!;
  const mismatch = parts.findIndex((p) => p.asOf !== first.asOf || !sameBands(p.bands, first.bands));
  if (mismatch >= 0) {
    const params = { n: mismatch + 1, asOf: parts[mismatch]!.asOf, firstAsOf: first.asOf };
    throw new HuanjieError([problem(P.COMPOSITION_MISMATCH, params, { path: [mismatch] })]);
  }
  return addSummaries(parts);
}

/** Adds summaries already known to be well-formed and alike (the roll-up's own): no checks, no copies of inputs. */
export function addSummaries(parts: readonly CompositionSummary[]): CompositionSummary {
  const first = parts[0]!;
  const sum = (f: (typeof COUNT_FIELDS)[number]) => parts.reduce((s, p) => s + p[f], 0);
  const totals = Object.fromEntries(COUNT_FIELDS.map((f) => [f, sum(f)])) as Record<
    (typeof COUNT_FIELDS)[number],
    number
  >;
  return {
    asOf: first.asOf,
    bands: first.bands,
    ...totals,
    averageAge: totals.ageKnown > 0 ? totals.ageSum / totals.ageKnown : null,
    ageBands: first.bands.map((_, b) => parts.reduce((s, p) => s + p.ageBands[b]!, 0)),
    teams: parts.reduce((s, p) => s + (p.teams ?? 0), 0),
    titled: addTitled(parts),
    unknown: {
      age: parts.reduce((s, p) => s + p.unknown.age, 0),
      education: parts.reduce((s, p) => s + p.unknown.education, 0),
      sex: parts.reduce((s, p) => s + p.unknown.sex, 0),
      ethnicity: parts.reduce((s, p) => s + p.unknown.ethnicity, 0),
    },
  };
}

/** Villages per post title, summed over the parts (each village is in one part). */
function addTitled(parts: readonly CompositionSummary[]): Record<string, number> {
  const titled: Record<string, number> = {};
  for (const p of parts)
    for (const [title, n] of Object.entries(p.titled ?? {})) titled[title] = (titled[title] ?? 0) + n;
  return titled;
}
