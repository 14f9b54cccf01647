import {
  exampleReviewPolicy,
  nationalBaseline,
  exampleCountyHardCriteria as policy,
  reviewDeadline,
  reviewStatus,
} from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { thrown } from '../../../../test/support/thrown.js';

const departments = ['纪委', '组织', '宣传', '政法', '公安', '检察', '法院', '司法', '信访', '卫健', '民政', '农业'];
const submittedAt = '2021-09-01T09:30:00+08:00';
const pass = (department: string, answeredAt = '2021-09-02T10:00:00+08:00') => ({
  department,
  outcome: 'pass' as const,
  answeredAt,
});

describe('reviewDeadline (seed 002: 48 h normal, 24 h special, 12 h urgent — policy data)', () => {
  it('adds the tier’s hours, in the submission’s offset', () => {
    expect(reviewDeadline(submittedAt, 'normal', policy)).toMatchObject({
      deadline: '2021-09-03T09:30:00+08:00',
      hours: 48,
      parameter: { id: 'reviewHoursNormal', value: 48, since: '2021-01-01' },
    });
    expect(reviewDeadline(submittedAt, 'special', policy).deadline).toBe('2021-09-02T09:30:00+08:00');
    expect(reviewDeadline(submittedAt, 'urgent', policy).deadline).toBe('2021-09-01T21:30:00+08:00');
    // The same instant written in UTC gives the same deadline, in UTC.
    expect(reviewDeadline('2021-09-01T01:30:00Z', 'urgent', policy).deadline).toBe('2021-09-01T13:30:00Z');
  });

  it('names an unknown tier, a bad time, and a policy without review', () => {
    expect(thrown(() => reviewDeadline(submittedAt, 'slow', policy)).problems[0]).toMatchObject({
      code: 'REVIEW_UNKNOWN_TIER',
      expected: 'normal、special、urgent',
    });
    expect(thrown(() => reviewDeadline('2021-09-01 09:30', 'normal', policy)).code).toBe('REVIEW_INSTANT');
    expect(thrown(() => reviewDeadline('2021-02-30T09:30:00+08:00', 'normal', policy)).code).toBe('REVIEW_INSTANT');
    expect(thrown(() => reviewDeadline(submittedAt, 'normal', nationalBaseline)).code).toBe('POLICY_NO_REVIEW');
    // A tier named after a member of every JavaScript object is unknown too.
    expect(thrown(() => reviewDeadline(submittedAt, 'constructor', policy)).problems[0]).toMatchObject({
      code: 'REVIEW_UNKNOWN_TIER',
      path: ['tier'],
    });
  });
});

describe('reviewStatus', () => {
  it('lists the departments still to answer, and the time left', () => {
    const s = reviewStatus(
      { submittedAt, tier: 'normal', answers: departments.slice(0, 10).map((d) => pass(d)) },
      policy,
      '2021-09-02T12:00:00+08:00',
    );
    expect(s).toMatchObject({
      pending: ['民政', '农业'],
      overdue: false,
      remainingMinutes: 21 * 60 + 30,
      outcome: 'pending',
    });
  });

  it('flags an overdue review, with how long, and late answers', () => {
    const answers = [...departments.slice(0, 10).map((d) => pass(d)), pass('民政', '2021-09-03T11:00:00+08:00')];
    const s = reviewStatus({ submittedAt, tier: 'normal', answers }, policy, '2021-09-03T10:00:00+08:00');
    expect(s).toMatchObject({ pending: ['农业'], overdue: true, overdueMinutes: 30, remainingMinutes: 0 });
    expect(s.answered.find((a) => a.department === '民政')?.late).toBe(true);
  });

  it('fails as soon as one department fails, passes when all pass', () => {
    const failed = reviewStatus(
      {
        submittedAt,
        tier: 'urgent',
        answers: [{ department: '公安', outcome: 'fail', note: '有违法记录', answeredAt: '2021-09-01T12:00:00+08:00' }],
      },
      policy,
      '2021-09-01T13:00:00+08:00',
    );
    expect(failed.outcome).toBe('fail');
    expect(
      reviewStatus(
        { submittedAt, tier: 'urgent', answers: departments.map((d) => pass(d, '2021-09-01T20:00:00+08:00')) },
        policy,
        '2021-09-02T08:00:00+08:00',
      ),
    ).toMatchObject({ outcome: 'pass', overdue: false, pending: [] });
  });

  it('is the same whatever offset the instants are written in', () => {
    const a = reviewStatus(
      { submittedAt, tier: 'special', answers: [pass('纪委')] },
      policy,
      '2021-09-02T12:00:00+08:00',
    );
    const b = reviewStatus(
      { submittedAt: '2021-09-01T01:30:00Z', tier: 'special', answers: [pass('纪委', '2021-09-02T02:00:00Z')] },
      policy,
      '2021-09-02T04:00:00Z',
    );
    expect({ ...b, deadline: a.deadline }).toEqual(a);
  });

  it('names unknown departments, double answers and answers before the submission', () => {
    const codes = (answers: unknown[]) =>
      thrown(() => reviewStatus({ submittedAt, tier: 'normal', answers }, policy, submittedAt)).problems.map((p) => [
        p.code,
        p.path,
      ]);
    expect(codes([pass('统战')])).toEqual([['REVIEW_UNKNOWN_DEPARTMENT', ['answers', 0, 'department']]]);
    expect(codes([pass('纪委'), pass('纪委')])).toEqual([['REVIEW_DUPLICATE_ANSWER', ['answers', 1, 'department']]]);
    expect(codes([pass('纪委', '2021-08-31T09:00:00+08:00')])).toEqual([
      ['REVIEW_ANSWER_BEFORE_SUBMISSION', ['answers', 0, 'answeredAt']],
    ]);
  });
});

describe('exampleReviewPolicy (the example county’s review, without the policy engine)', () => {
  it('holds the same review section, tier hours and reference as exampleCountyHardCriteria', () => {
    const { review, parameters, references, ...rest } = exampleReviewPolicy;
    expect(review).toEqual(policy.review);
    expect(parameters).toEqual({
      reviewHoursNormal: policy.parameters.reviewHoursNormal,
      reviewHoursSpecial: policy.parameters.reviewHoursSpecial,
      reviewHoursUrgent: policy.parameters.reviewHoursUrgent,
    });
    expect(references).toEqual(policy.references.filter((r) => r.id === review?.reference));
    const { id, name, jurisdiction, effective, example, chain } = policy;
    expect(rest).toEqual({ id, name, jurisdiction, effective, example, chain });
    expect(Object.isFrozen(exampleReviewPolicy.review?.tiers)).toBe(true);
  });

  it('gives reviewStatus and reviewDeadline the same answers as the full policy (seed 002: 12 h urgent)', () => {
    const review = { submittedAt, tier: 'urgent', answers: [pass('纪委'), pass('组织', '2021-09-02T11:00:00+08:00')] };
    for (const now of ['2021-09-01T12:00:00+08:00', '2021-09-02T08:00:00+08:00'])
      expect(reviewStatus(review, exampleReviewPolicy, now)).toEqual(reviewStatus(review, policy, now));
    expect(reviewDeadline(submittedAt, 'urgent', exampleReviewPolicy)).toEqual(
      reviewDeadline(submittedAt, 'urgent', policy),
    );
    expect(reviewDeadline(submittedAt, 'urgent', exampleReviewPolicy).deadline).toBe('2021-09-01T21:30:00+08:00');
  });
});
