import {
  ageOn,
  anniversaryOn,
  completedYears,
  formatIsoDate,
  fromDayNumber,
  isIsoDate,
  parseDateText,
  parseIsoDate,
  toDayNumber,
} from '@huanjie/core';
import { differenceInCalendarDays, differenceInYears } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onLocalCalendar } from '../../../../test/support/localCalendar.js';

describe('calendar dates', () => {
  it('accepts only existing dates written YYYY-MM-DD', () => {
    expect(parseIsoDate('2021-10-28')).toEqual({ year: 2021, month: 10, day: 28 });
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2021-13-01')).toBe(false);
    expect(isIsoDate('2021-1-1')).toBe(false);
    expect(formatIsoDate({ year: 980, month: 1, day: 2 })).toBe('0980-01-02');
  });

  it('counts whole years of age (周岁)', () => {
    expect(ageOn('1980-10-29', '2021-10-28')).toBe(40);
    expect(ageOn('1980-10-28', '2021-10-28')).toBe(41);
    // Born on 29 February: a year older on 1 March in a common year.
    expect(ageOn('2000-02-29', '2018-02-28')).toBe(17);
    expect(ageOn('2000-02-29', '2018-03-01')).toBe(18);
  });

  it('agrees with date-fns differenceInYears', () => {
    const day = fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true });
    const iso = (d: Date) => formatIsoDate({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [birth, asOf] = a <= b ? [a, b] : [b, a];
        const local = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
        expect(ageOn(iso(birth), iso(asOf))).toBe(differenceInYears(local(asOf), local(birth)));
      }),
    );
  });
});

describe('anniversaries (周年): a year is complete on the same month and day', () => {
  it('falls on the same MM-DD, or on 1 March for 29 February in a common year', () => {
    expect(anniversaryOn('2016-10-28', 5)).toBe('2021-10-28');
    expect(anniversaryOn('2020-02-29', 1)).toBe('2021-03-01');
    expect(anniversaryOn('2020-02-29', 4)).toBe('2024-02-29');
    expect(anniversaryOn('2000-02-29', 100)).toBe('2100-03-01');
    expect(ageOn('2020-02-29', '2021-02-28')).toBe(0);
    expect(completedYears(2020, 2, 29, 2021, 3, 1)).toBe(1);
  });

  it('is where ageOn and completedYears count the nth year, and not the day before (property)', () => {
    const start = fc
      .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 80 }), fc.integer({ min: -400, max: 400 }), (from, n, shift) => {
        const at = anniversaryOn(from, n);
        const before = fromDayNumber(toDayNumber(at) - 1);
        expect(isIsoDate(at)).toBe(true);
        expect(ageOn(from, at)).toBe(n);
        expect(ageOn(from, before)).toBe(n - 1);
        const other = fromDayNumber(toDayNumber(at) + shift);
        const [a, b] = [parseIsoDate(from), parseIsoDate(other)];
        if (a && b) expect(completedYears(a.year, a.month, a.day, b.year, b.month, b.day)).toBe(ageOn(from, other));
      }),
    );
  });
});

describe('day numbers', () => {
  it('count days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01') - toDayNumber('2000-02-28')).toBe(2);
    expect(fromDayNumber(toDayNumber('2021-10-28'))).toBe('2021-10-28');
  });

  it('agree with date-fns and round-trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400_000, max: 400_000 }), fc.integer({ min: -400_000, max: 400_000 }), (a, b) => {
        const [da, db] = [fromDayNumber(a), fromDayNumber(b)];
        expect(toDayNumber(da)).toBe(a);
        expect(isIsoDate(da)).toBe(true);
        // date-fns reads the local calendar, where a day may not exist (Pacific/Kiritimati has no 1994-12-31).
        if (!onLocalCalendar(da) || !onLocalCalendar(db)) return;
        expect(b - a).toBe(differenceInCalendarDays(new Date(`${db}T00:00:00`), new Date(`${da}T00:00:00`)));
      }),
    );
  });
});

describe('parseDateText', () => {
  it.each([
    ['1980-01-02', '1980-01-02'],
    ['1980/1/2', '1980-01-02'],
    ['1980.01.02', '1980-01-02'],
    ['19800102', '1980-01-02'],
    ['1980年1月2日', '1980-01-02'],
    [' 1980 年 12 月 31 日 ', '1980-12-31'],
    ['１９８０／１／２', '1980-01-02'],
  ])('reads %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each(['1980/2/30', '80/1/2', '1980-01', '二〇二一年', '', '1980年1月2号x'])('rejects %s', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });
});
