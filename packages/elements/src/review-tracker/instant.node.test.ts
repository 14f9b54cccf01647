import { exampleReviewPolicy, HuanjieError, reviewStatus } from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { isInstant } from './instant.js';

const review = { candidate: '王某甲', submittedAt: '2021-09-01T09:30:00+08:00', tier: 'normal', answers: [] };
/** Whether core's `reviewStatus` takes the text as `now` (it names the field when it does not). */
const coreTakes = (now: string) => {
  try {
    reviewStatus(review, exampleReviewPolicy, now);
    return true;
  } catch (e) {
    if (e instanceof HuanjieError && e.problems.some((p) => p.path?.[0] === 'now')) return false;
    throw e;
  }
};

describe('isInstant', () => {
  it.each([
    ['2021-09-01T22:00:00+08:00', true],
    ['2021-09-01T22:00+08:00', true],
    ['2021-09-01T14:00:00.250Z', true],
    ['2021-09-01T22:00:00-05:30', true],
    ['2024-02-29T08:00:00+08:00', true],
    ['2021-02-29T08:00:00+08:00', false],
    ['2021-09-01T24:00:00+08:00', false],
    ['2021-09-01T25:00:00+08:00', false],
    ['2021-09-01T22:00:00', false],
    ['2021-09-01', false],
    ['2021/09/01 22:00', false],
    ['now', false],
  ])('%s → %s, as core reads it', (text, expected) => {
    expect(isInstant(text)).toBe(expected);
    expect(coreTakes(text)).toBe(expected);
  });
});
