/**
 * A reserve's profile as a page shows it (人才画像): the form's dimensions with their latest rating, the trial posts
 * with their 准岗 evaluations, mentors and training as current, past or planned on a day; and the checks of a pool
 * against the policy's evaluation form.
 */
import type { IsoDate } from '../dates/calendar.js';
import { ageOn } from '../dates/calendar.js';
import { maskResidentId } from '../id/residentId.js';
import type { Title } from '../parameters/ids.js';
import * as P from '../problems/codes.js';
import { type Problem, problem } from '../problems/problem.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';
import type { EvaluationRating, ReserveEvaluation } from './profile.js';
import { type Reserve, reserveSchema } from './reserve.js';
import type { TalentPolicy } from './schema.js';

/** Where a dated period stands on a day: begun and not ended, ended, or not begun. */
export type PeriodStatus = 'current' | 'past' | 'planned';

const statusOn = (p: { readonly from: IsoDate; readonly until?: IsoDate }, asOf: IsoDate): PeriodStatus =>
  p.from > asOf ? 'planned' : p.until !== undefined && p.until < asOf ? 'past' : 'current';

const within = (date: IsoDate, p: { readonly from: IsoDate; readonly until?: IsoDate }) =>
  date >= p.from && (p.until === undefined || date <= p.until);

/** One dimension of the form with the reserve's latest rating on it. */
export interface PortraitDimension {
  readonly id: string;
  readonly title: Title;
  readonly standard?: Title;
  /** The latest rating on or before `asOf`, and its day; absent when no evaluation rated it. */
  readonly rating?: EvaluationRating;
  readonly date?: IsoDate;
}

/** A reserve's profile on a day (人才画像). */
export interface ReservePortrait {
  readonly name: string;
  /** The ID number masked (`maskResidentId`); the portrait never carries it whole. */
  readonly maskedId?: string;
  readonly age: number;
  readonly reserve: Omit<Reserve, 'residentId'>;
  /** The policy's form, each dimension with its latest rating; empty when the policy has no form. */
  readonly dimensions: readonly PortraitDimension[];
  /** Trial posts (岗位锻炼), latest first, each with the 准岗考核 dated within it. */
  readonly trialPosts: ReadonlyArray<
    Reserve['trialPosts'][number] & {
      readonly status: PeriodStatus;
      readonly evaluations: readonly ReserveEvaluation[];
    }
  >;
  /** Every evaluation on or before `asOf`, latest first. */
  readonly evaluations: readonly ReserveEvaluation[];
  readonly mentors: ReadonlyArray<Reserve['mentors'][number] & { readonly status: PeriodStatus }>;
  readonly training: ReadonlyArray<Reserve['training'][number] & { readonly status: PeriodStatus }>;
}

const latestFirst = <T extends { readonly date?: IsoDate; readonly from?: IsoDate }>(list: readonly T[]) =>
  [...list].sort((a, b) => ((b.date ?? b.from ?? '') < (a.date ?? a.from ?? '') ? -1 : 1));

/**
 * A reserve's profile on a day, as a page shows it. 人才画像。
 *
 * @param reserve - one reserve (validated; a bad one is an error naming its field)
 * @param policy - its `reserveForm` names the dimensions (none: `dimensions` is empty)
 * @param options - `asOf`: evaluations after it are left out; periods are current, past or planned on it
 * @returns the portrait; the ID number only masked
 * @example
 * ```ts
 * const p = portrayReserve(county.reserves[0], exampleCountyHardCriteria, { asOf: '2021-10-28' })
 * p.dimensions.map((d) => `${d.title.zh}：${d.rating ?? '未评'}`) // ['专业特长：良好', '工作实绩：优秀', …]
 * ```
 */
export function portrayReserve(
  reserve: unknown,
  policy: TalentPolicy,
  options: { readonly asOf: IsoDate },
): ReservePortrait {
  // Read under the policy's words: a county's own sources and channels are not the national lists.
  const { residentId, ...r } = parseOrThrow(reserveSchema(policy), reserve);
  const { asOf } = options;
  const evaluations = latestFirst(r.evaluations.filter((e) => e.date <= asOf));
  const dimensions = (policy.reserveForm?.dimensions ?? []).map((d): PortraitDimension => {
    const latest = evaluations.find((e) => e.scores?.[d.id] !== undefined);
    return {
      id: d.id,
      title: d.title,
      ...(d.standard ? { standard: d.standard } : {}),
      ...(latest ? { rating: latest.scores?.[d.id], date: latest.date } : {}),
    };
  });
  return {
    name: r.name,
    ...(residentId ? { maskedId: maskResidentId(residentId) } : {}),
    age: ageOn(r.birthDate, asOf),
    reserve: r,
    dimensions,
    trialPosts: latestFirst(r.trialPosts).map((t) => ({
      ...t,
      status: statusOn(t, asOf),
      evaluations: evaluations.filter((e) => e.kind === '准岗考核' && within(e.date, t)),
    })),
    evaluations,
    mentors: latestFirst(r.mentors).map((m) => ({ ...m, status: statusOn(m, asOf) })),
    training: [...r.training]
      .sort((a, b) => (a.from < b.from ? -1 : 1))
      .map((t) => ({ ...t, status: statusOn(t, asOf) })),
  };
}

/**
 * Checks a reserve pool against the policy's evaluation form: every rated dimension must be on the form, and a
 * 准岗考核 should fall within one of the person's trial posts (a warning). 后备人才档案核对。
 *
 * @param reserves - the pool (validated; a bad profile is an error naming its index and field)
 * @param policy - its `reserveForm`
 * @returns the problems, each with its path `[index, 'evaluations', n, …]`; `[]` when the pool is in order
 * @example
 * ```ts
 * checkReserves([{ ...reserve, evaluations: [{ date: '2021-06-30', rating: '良好', scores: { 口才: '优秀' } }] }],
 *   exampleCountyHardCriteria)[0].code // 'RESERVE_UNKNOWN_DIMENSION'
 * ```
 */
export function checkReserves(reserves: readonly unknown[], policy: TalentPolicy): Problem[] {
  const form = policy.reserveForm;
  const ids = new Set(form?.dimensions.map((d) => d.id));
  const accepted = form?.dimensions.map((d) => d.id) ?? [];
  const problems: Problem[] = [];
  const schema = reserveSchema(policy);
  reserves.forEach((raw, index) => {
    const r = parseOrThrow(schema, raw, [index]);
    r.evaluations.forEach((e, n) => {
      for (const [dimension, rating] of Object.entries(e.scores ?? {})) {
        if (ids.has(dimension)) continue;
        const path = [index, 'evaluations', n, 'scores', dimension];
        problems.push(
          form
            ? problem(
                P.RESERVE_UNKNOWN_DIMENSION,
                { form: form.title, dimension },
                { path, value: rating, expected: accepted.join('、'), expectedEn: accepted.join(', ') },
              )
            : problem(P.RESERVE_UNKNOWN_DIMENSION, { variant: 'noForm', dimension }, { path, value: rating }),
        );
      }
      if (e.kind === '准岗考核' && !r.trialPosts.some((t) => within(e.date, t))) {
        problems.push(
          problem(P.RESERVE_TRIAL_EVALUATION_OUTSIDE, { date: e.date }, { path: [index, 'evaluations', n, 'date'] }),
        );
      }
    });
  });
  return problems;
}
