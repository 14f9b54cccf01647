/**
 * The reserve talent pool (后备人才库): profiles of people being prepared for village posts — where they came from,
 * what they can do, trial posts (试岗), evaluations over time — and the counts the reports give.
 */
import * as z from 'zod/mini';
import { IsoDateField } from '../dates/isoDateField.js';
import { Fact } from '../schemas/candidate.js';
import { NameField } from '../schemas/fields.js';
import { PERSON_SHAPE, personChecks } from '../schemas/person.js';
import { POSTS } from '../schemas/vocabulary.js';

import { RESERVE_SOURCES, type ReserveSource } from './sources.js';

export { RESERVE_SOURCES, type ReserveSource };

/** How soon a reserve can take a post. 成熟度。 */
export const READINESS_LEVELS = ['可立即使用', '一至两年', '需继续培养'] as const;
export type Readiness = (typeof READINESS_LEVELS)[number];

/** Ratings of a reserve's evaluations (考察评价). */
export const EVALUATION_RATINGS = ['优秀', '良好', '一般', '较差'] as const;

/** A reserve profile (人才画像). */
export const Reserve = z
  .strictObject({
    ...PERSON_SHAPE,
    source: z.enum(RESERVE_SOURCES),
    readiness: z.enum(READINESS_LEVELS),
    /** Home village (name as in the roster), and its code when known. */
    village: z.optional(NameField),
    villageCode: z.optional(z.string()),
    /** What they can do, in the words the county uses (电商, 种养殖, 财会, 调解 …). 专长。 */
    skills: z._default(z.array(z.string().check(z.minLength(1))), () => []),
    /** Trial posts (试岗锻炼). */
    trialPosts: z._default(
      z.array(
        z.strictObject({
          village: NameField,
          post: z.enum(POSTS),
          from: IsoDateField,
          until: z.optional(IsoDateField),
        }),
      ),
      () => [],
    ),
    /** Evaluations over time (考察、评议). */
    evaluations: z._default(
      z.array(z.strictObject({ date: IsoDateField, rating: z.enum(EVALUATION_RATINGS), note: z.optional(z.string()) })),
      () => [],
    ),
    /** Dated facts, judged by the eligibility rules like any candidate's. */
    facts: z._default(z.array(Fact), () => []),
    flags: z.optional(z.array(z.string())),
    note: z.optional(z.string().check(z.maxLength(500))),
  })
  .check(personChecks);
export type Reserve = z.infer<typeof Reserve>;

/** Counts of a reserve pool. 后备人才统计。 */
export interface ReserveSummary {
  readonly total: number;
  readonly bySource: Readonly<Record<ReserveSource, number>>;
  readonly byReadiness: Readonly<Record<Readiness, number>>;
}

/**
 * Counts a reserve pool by source and readiness, as the reports give them. 后备人才统计。
 *
 * @example
 * ```ts
 * summarizeReserves(pool).bySource.致富能人 // 287
 * ```
 */
export function summarizeReserves(reserves: readonly Pick<Reserve, 'source' | 'readiness'>[]): ReserveSummary {
  const bySource = Object.fromEntries(RESERVE_SOURCES.map((s) => [s, 0])) as Record<ReserveSource, number>;
  const byReadiness = Object.fromEntries(READINESS_LEVELS.map((r) => [r, 0])) as Record<Readiness, number>;
  for (const r of reserves) {
    bySource[r.source]++;
    byReadiness[r.readiness]++;
  }
  return { total: reserves.length, bySource, byReadiness };
}
