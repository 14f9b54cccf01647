// Instants read digit by digit must say exactly what the pattern with `Date.parse` says: the same milliseconds and
// offset for every instant it accepts, and no answer for every text it refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfInstant, endOfDate, instantMs, isInstant, parseInstant } from './instants.js';

/** The general reading on its own (the pattern, `Date.parse`, the round trip): the oracle. */
function byPattern(text: string): { ms: number; offset: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!m) return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  const zone = m[7] as string;
  const offset =
    zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const local = new Date(ms + offset * 60_000);
  const same =
    local.getUTCFullYear() === Number(m[1]) &&
    local.getUTCMonth() + 1 === Number(m[2]) &&
    local.getUTCDate() === Number(m[3]);
  return same ? { ms, offset } : undefined;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('parseInstant and instantMs', () => {
  it('read the instants a journal holds', () => {
    expect(parseInstant('2021-10-20T09:30:00+08:00')).toEqual({ ms: Date.UTC(2021, 9, 20, 1, 30), offset: 480 });
    expect(instantMs('2021-10-20T09:30:00+08:00')).toBe(Date.UTC(2021, 9, 20, 1, 30));
    expect(instantMs('2021-10-19T18:30:00-07:00')).toBe(Date.UTC(2021, 9, 20, 1, 30));
    expect(instantMs('2020-02-29T23:59:59+08:00')).toBe(Date.UTC(2020, 1, 29, 15, 59, 59));
    expect(instantMs('2021-10-20T09:30+08:00')).toBe(Date.UTC(2021, 9, 20, 1, 30));
    expect(instantMs('2021-10-20T01:30:00.250Z')).toBe(Date.UTC(2021, 9, 20, 1, 30, 0, 250));
  });

  it('refuse days, times and offsets that do not exist, and what is not an instant', () => {
    for (const text of [
      '2021-02-29T09:30:00+08:00',
      '2021-04-31T09:30:00+08:00',
      '2021-13-01T09:30:00+08:00',
      '2021-10-20T23:60:00+08:00',
      '2021-10-20T23:59:60+08:00',
      '2021-10-20T10:00:00+24:00',
      '2021-10-20T24:00:00+08:00', // Date.parse reads the next day
      '2021-10-20T09:30:00',
      '2021-10-20 09:30:00+08:00',
      '２０２１-10-20T09:30:00+08:00',
      '2021-10-20',
      '',
    ]) {
      expect(parseInstant(text), text).toBeUndefined();
      expect(instantMs(text), text).toBeNaN();
    }
    expect(instantMs(undefined)).toBeNaN();
    expect(instantMs(1634693400000)).toBeNaN();
  });

  it('leave the rare forms to the general reading, with its answer', () => {
    for (const text of ['0000-03-01T00:00:00+08:00', '2021-10-20T10:00:00-00:00', '2021-10-20T10:00:00+23:59']) {
      expect(parseInstant(text), text).toEqual(byPattern(text));
      expect(byPattern(text), text).toBeDefined();
    }
  });

  it('agree with the general reading on every text of the usual shape, in range or not', () => {
    const text = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 39 }),
        fc.integer({ min: 0, max: 29 }),
        fc.integer({ min: 0, max: 69 }),
        fc.integer({ min: 0, max: 69 }),
        fc.constantFrom('+', '-'),
        fc.integer({ min: 0, max: 29 }),
        fc.integer({ min: 0, max: 69 }),
      )
      .map(
        ([y, mo, d, h, mi, s, sign, oh, om]) =>
          `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${sign}${pad(oh, 2)}:${pad(om, 2)}`,
      );
    // One character replaced now and then: a letter, a sign or a digit where it does not belong.
    const mutated = fc
      .tuple(text, fc.nat({ max: 24 }), fc.constantFrom('x', '+', '-', ':', 'T', '9', '0', ' '), fc.boolean())
      .map(([t, i, c, change]) => (change ? `${t.slice(0, i)}${c}${t.slice(i + 1)}` : t));
    fc.assert(
      fc.property(mutated, (t) => {
        const expected = byPattern(t);
        const got = parseInstant(t);
        if (expected === undefined) return got === undefined && Number.isNaN(instantMs(t));
        return (
          got !== undefined &&
          Object.is(got.ms, expected.ms) &&
          Object.is(got.offset, expected.offset) &&
          Object.is(instantMs(t), expected.ms)
        );
      }),
    );
  });

  it('agree with the general reading on realistic instants', () => {
    const instant = fc
      .tuple(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
      )
      .map(([date, offset]) => {
        const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
        const a = Math.abs(offset);
        return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(a / 60), 2)}:${pad(a % 60, 2)}`;
      });
    fc.assert(
      fc.property(instant, (t) => {
        const expected = byPattern(t);
        const got = parseInstant(t);
        return expected !== undefined && got?.ms === expected.ms && Object.is(got.offset, expected.offset);
      }),
    );
  });
});

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
