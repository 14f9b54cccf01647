/**
 * The depth of a reserve's profile (人才画像, seed 004): how the person was found, who mentors them (结对培养, seed 001),
 * their training plan, and the evaluations that rate the policy's form over time (准岗考核). Kept apart from
 * `reserve.ts` so that the reserve schema only spreads these fields in.
 */
import * as z from 'zod/mini';
import { IsoDateField } from '../dates/isoDateField.js';
import { NameField } from '../schemas/fields.js';

/** Ratings of a reserve's evaluations (考察评价), best first. */
export const EVALUATION_RATINGS = ['优秀', '良好', '一般', '较差'] as const;
export type EvaluationRating = (typeof EVALUATION_RATINGS)[number];

/**
 * Kinds of evaluation: a general 考察, or the 准岗考核 of someone on a trial post ("建立'准岗'跟踪考察机制，定期对后备人才
 * 的表现进行线上评估和线下考核", seed 004).
 */
export const EVALUATION_KINDS = ['考察', '准岗考核'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

const Text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** One dated evaluation: an overall rating, and the form's dimensions rated one by one when the form is used. */
export const ReserveEvaluation = z.strictObject({
  date: IsoDateField,
  rating: z.enum(EVALUATION_RATINGS),
  kind: z.optional(z.enum(EVALUATION_KINDS)),
  /** Ratings by the id of a dimension of the policy's `reserveForm` (专业特长, 工作实绩, 群众口碑, 发展潜能 …). */
  scores: z.optional(z.record(z.string().check(z.minLength(1)), z.enum(EVALUATION_RATINGS))),
  /** Who evaluated (a township party committee, an inspection group …). */
  by: z.optional(Text(40)),
  note: z.optional(z.string()),
});
export type ReserveEvaluation = z.infer<typeof ReserveEvaluation>;

/** The fields a reserve's profile adds to the person, spread into `Reserve`. */
export const PROFILE_SHAPE = {
  /** Mentors over time (结对培养): 县领导, 包村干部, 第一书记, "两委"班子成员 (seed 001). */
  mentors: z._default(
    z.array(
      z.strictObject({
        name: NameField,
        role: z.optional(Text(40)),
        from: IsoDateField,
        until: z.optional(IsoDateField),
      }),
    ),
    () => [],
  ),
  /** The training plan made for the person (量身定制培养计划): 参与村级事务, 跟班学习, 承担急难险重任务 (seed 004) … */
  training: z._default(
    z.array(z.strictObject({ activity: Text(100), from: IsoDateField, until: z.optional(IsoDateField) })),
    () => [],
  ),
};

/** The dated periods of a profile whose end must not come before their start. */
export const PROFILE_PERIODS = ['trialPosts', 'mentors', 'training'] as const;
