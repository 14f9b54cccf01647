/**
 * Joint qualification review (资格联审): a candidate's file goes to the departments the policy lists; each answers
 * pass or fail; the review's tier sets the deadline (seed 002: 48 h normal, 24 h special, 12 h urgent — policy data).
 */
import * as z from 'zod/mini';
import { formatInstant, parseInstant } from '../dates/instants.js';
import type { UsedParameter } from '../eligibility/types.js';
import { parameterOf, valueAt } from '../parameters/valueAt.js';
import * as P from '../problems/codes.js';
import { HuanjieError, type Problem, problem, throwIfAny } from '../problems/problem.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';
import type { ReviewPolicy } from './schema.js';

/** A review as kept: the submission and the answers so far. 联审记录。 */
export const QualificationReview = z.strictObject({
  /** Who is reviewed (shown masked by elements; core only passes it through). */
  candidate: z.optional(z.string()),
  submittedAt: z.string(),
  tier: z.string(),
  answers: z._default(
    z.array(
      z.strictObject({
        department: z.string(),
        outcome: z.enum(['pass', 'fail']),
        note: z.optional(z.string()),
        answeredAt: z.string(),
      }),
    ),
    () => [],
  ),
});
export type QualificationReview = z.input<typeof QualificationReview>;

function reviewSection(policy: ReviewPolicy) {
  const section = policy.review;
  if (!section) {
    throw new HuanjieError([problem(P.POLICY_NO_REVIEW, { policy: policy.name }, { path: ['review'] })]);
  }
  return section;
}

function instant(text: unknown, path: (string | number)[]): { ms: number; offset: number } {
  const i = parseInstant(text);
  if (!i) {
    const example = { zh: '，如 2021-09-01T09:30:00+08:00', en: ', e.g. 2021-09-01T09:30:00+08:00' };
    throw new HuanjieError([problem(P.REVIEW_INSTANT, { example }, { path, value: String(text) })]);
  }
  return i;
}

/**
 * The deadline of a review: submission time plus the tier's hours, in the submission's offset. 联审时限。
 *
 * @param submittedAt - ISO date-time with an offset
 * @param tier - a tier of the policy's review section (e.g. `normal`, `special`, `urgent`)
 * @param policy - a policy with a `review` section
 * @returns the deadline and the hours parameter used
 * @throws HuanjieError for an unknown tier (listing the tiers), an invalid instant, or a policy without review
 * @example
 * ```ts
 * reviewDeadline('2021-09-01T09:30:00+08:00', 'urgent', policy).deadline // '2021-09-01T21:30:00+08:00'
 * ```
 */
export function reviewDeadline(
  submittedAt: string,
  tier: string,
  policy: ReviewPolicy,
): { deadline: string; hours: number; parameter?: UsedParameter } {
  const section = reviewSection(policy);
  const t = Object.hasOwn(section.tiers, tier) ? section.tiers[tier] : undefined;
  if (!t) {
    const expected = Object.keys(section.tiers).join('、');
    throw new HuanjieError([problem(P.REVIEW_UNKNOWN_TIER, { tier }, { path: ['tier'], value: tier, expected })]);
  }
  const at = instant(submittedAt, ['submittedAt']);
  const onDate = formatInstant(at.ms, at.offset).slice(0, 10);
  const parameter =
    typeof t.hours === 'number'
      ? undefined
      : { id: t.hours.param, ...valueAt(parameterOf(policy, t.hours.param), onDate) };
  const hours = parameter ? Number(parameter.value) : (t.hours as number);
  return { deadline: formatInstant(at.ms + hours * 3_600_000, at.offset), hours, ...(parameter ? { parameter } : {}) };
}

/** Where a review stands. 联审进度。 */
export interface ReviewStatus {
  readonly deadline: string;
  readonly hours: number;
  /** Departments that have not answered. */
  readonly pending: readonly string[];
  readonly answered: ReadonlyArray<{
    readonly department: string;
    readonly outcome: 'pass' | 'fail';
    readonly note?: string;
    readonly late: boolean;
  }>;
  /** Past the deadline with departments still to answer. */
  readonly overdue: boolean;
  /** Minutes past the deadline (0 when not overdue). */
  readonly overdueMinutes: number;
  /** Minutes left before the deadline (0 once it has passed). */
  readonly remainingMinutes: number;
  /** `fail` once any department fails the candidate, `pass` when all have passed, else `pending`. */
  readonly outcome: 'pass' | 'fail' | 'pending';
}

/**
 * Where a review stands at `now`: who has answered, who is pending, overdue by how long, and the overall outcome.
 * 联审进度。
 *
 * @param review - the submission and answers (validated: unknown departments, answers twice, answers before the
 *   submission are errors naming the answer)
 * @param policy - a policy with a `review` section
 * @param now - ISO date-time with an offset (core never reads the clock)
 * @example
 * ```ts
 * reviewStatus({ submittedAt: '2021-09-01T09:30:00+08:00', tier: 'normal', answers }, policy, '2021-09-03T10:00:00+08:00')
 * // { overdue: true, overdueMinutes: 30, pending: ['信访'], outcome: 'pending', … }
 * ```
 */
export function reviewStatus(review: unknown, policy: ReviewPolicy, now: string): ReviewStatus {
  const r = parseOrThrow(QualificationReview, review);
  const section = reviewSection(policy);
  const { deadline, hours } = reviewDeadline(r.submittedAt, r.tier, policy);
  const submitted = instant(r.submittedAt, ['submittedAt']);
  const due = instant(deadline, ['deadline']);
  const at = instant(now, ['now']);
  const departments = section.departments.map((d) => d.id);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  r.answers.forEach((a, i) => {
    if (!departments.includes(a.department)) {
      const place = { path: ['answers', i, 'department'], value: a.department, expected: departments.join('、') };
      problems.push(problem(P.REVIEW_UNKNOWN_DEPARTMENT, { department: a.department }, place));
    }
    if (seen.has(a.department)) {
      const place = { path: ['answers', i, 'department'], value: a.department };
      problems.push(problem(P.REVIEW_DUPLICATE_ANSWER, { department: a.department }, place));
    }
    seen.add(a.department);
    const answered = parseInstant(a.answeredAt);
    if (!answered)
      problems.push(
        problem(P.REVIEW_INSTANT, { example: '' }, { path: ['answers', i, 'answeredAt'], value: a.answeredAt }),
      );
    else if (answered.ms < submitted.ms) {
      problems.push(
        problem(P.REVIEW_ANSWER_BEFORE_SUBMISSION, {}, { path: ['answers', i, 'answeredAt'], value: a.answeredAt }),
      );
    }
  });
  throwIfAny(problems);
  const answered = r.answers.map((a) => ({
    department: a.department,
    outcome: a.outcome,
    ...(a.note !== undefined ? { note: a.note } : {}),
    late: (parseInstant(a.answeredAt)?.ms ?? 0) > due.ms,
  }));
  const pending = departments.filter((d) => !seen.has(d));
  const minutes = (ms: number) => Math.floor(ms / 60_000);
  const overdue = pending.length > 0 && at.ms > due.ms;
  return {
    deadline,
    hours,
    pending,
    answered,
    overdue,
    overdueMinutes: overdue ? minutes(at.ms - due.ms) : 0,
    remainingMinutes: at.ms < due.ms ? minutes(due.ms - at.ms) : 0,
    outcome: answered.some((a) => a.outcome === 'fail') ? 'fail' : pending.length === 0 ? 'pass' : 'pending',
  };
}
