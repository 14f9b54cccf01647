import { describe, expect, it } from 'vitest';
import { dateOfInstant, endOfDate, isInstant, parseInstant } from './instants.js';

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
    [20210901, false],
  ])('%s → %s', (text, expected) => {
    expect(isInstant(text)).toBe(expected);
  });
});

describe('days in China Standard Time', () => {
  it('puts an instant on its day in UTC+8, whatever the offset it was written in', () => {
    const ms = parseInstant('2021-10-19T16:30:00Z')!.ms;
    expect(dateOfInstant(ms)).toBe('2021-10-20');
    expect(dateOfInstant(parseInstant('2021-10-20T23:59:59+08:00')!.ms)).toBe('2021-10-20');
  });

  it('ends a date at its last millisecond in UTC+8', () => {
    expect(endOfDate('2021-10-20')).toBe(parseInstant('2021-10-21T00:00:00+08:00')!.ms - 1);
    expect(dateOfInstant(endOfDate('2021-10-20'))).toBe('2021-10-20');
    expect(dateOfInstant(endOfDate('2021-10-20') + 1)).toBe('2021-10-21');
  });
});
