import { formatProblem, HuanjieError, maskResidentId, parseResidentId, residentIdCheckCharacter } from '@huanjie/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// GB 11643-1999 check character: ISO 7064 MOD 11-2 (§5.2). Examples published with the standard.
describe('parseResidentId (GB 11643-1999)', () => {
  it('reads the published examples', () => {
    expect(parseResidentId('11010519491231002X')).toEqual({
      ok: true,
      value: {
        id: '11010519491231002X',
        regionCode: '110105',
        birthDate: '1949-12-31',
        sex: 'female',
        converted: false,
      },
    });
    expect(parseResidentId('440524188001010014')).toEqual({
      ok: true,
      value: { id: '440524188001010014', regionCode: '440524', birthDate: '1880-01-01', sex: 'male', converted: false },
    });
  });

  it('computes the check character of the published examples', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('44052418800101001')).toBe('4');
  });

  it('accepts a lower-case x, spaces around and full-width digits', () => {
    expect(parseResidentId('  11010519491231002x ')).toMatchObject({ ok: true, value: { id: '11010519491231002X' } });
    expect(parseResidentId('１１０１０５１９４９１２３１００２Ｘ')).toMatchObject({ ok: true });
  });

  it('converts a 15-digit number to 18 digits', () => {
    // 110105491231002 is the 15-digit form of the standard's example.
    expect(parseResidentId('110105491231002')).toEqual({
      ok: true,
      value: {
        id: '11010519491231002X',
        regionCode: '110105',
        birthDate: '1949-12-31',
        sex: 'female',
        converted: true,
      },
    });
  });

  it('gives a distinct code for each kind of mistake', () => {
    const code = (s: unknown, asOf?: string) => {
      const r = parseResidentId(s, { asOf });
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code('')).toBe('ID_EMPTY');
    expect(code(null)).toBe('ID_EMPTY');
    expect(code('1101051949123100')).toBe('ID_LENGTH');
    expect(code('11010519491231002Y')).toBe('ID_CHARACTERS');
    expect(code('11010519491X31002X')).toBe('ID_CHARACTERS');
    expect(code('00010519491231002X')).toBe('ID_REGION');
    expect(code('110105194902300028')).toBe('ID_BIRTH_DATE'); // 30 February
    expect(code('110105179901010010')).toBe('ID_BIRTH_DATE'); // before 1800
    expect(code('110105203001010010', '2026-11-22')).toBe('ID_BIRTH_DATE_FUTURE');
    expect(code('110105194912310021')).toBe('ID_CHECK_CHARACTER');
  });

  it('refuses an asOf that is not a date rather than let a future birth date through', () => {
    // Born 2030-01-01: judged on a malformed date, the number must not come back valid.
    const thrown = (asOf: unknown) => {
      try {
        parseResidentId('11010520300101001X', { asOf: asOf as string });
      } catch (e) {
        return e;
      }
      return undefined;
    };
    for (const asOf of ['2021-13-01', 'yesterday', '', '2021-02-29', 20211028]) {
      const error = thrown(asOf);
      expect(error, String(asOf)).toBeInstanceOf(HuanjieError);
      expect((error as HuanjieError).problems[0]).toMatchObject({
        code: 'ID_AS_OF',
        path: ['asOf'],
        value: String(asOf),
      });
    }
    const [p] = (thrown('yesterday') as HuanjieError).problems;
    expect(p!.message).toBe('判断身份证号所用的 asOf 应为存在的日期 YYYY-MM-DD，收到“yesterday”');
    expect(p!.messageEn).toContain('asOf');
    expect(formatProblem(p!, 'zh-TW')).toBe('判斷身分證號所用的 asOf 應為存在的日期 YYYY-MM-DD，收到「yesterday」');
    // On a real date it is refused for what it is; without asOf nothing is judged against a date, as before.
    expect(parseResidentId('11010520300101001X', { asOf: '2026-11-22' })).toMatchObject({
      ok: false,
      error: { code: 'ID_BIRTH_DATE_FUTURE' },
    });
    expect(parseResidentId('11010520300101001X').ok).toBe(true);
  });

  it('explains itself in Chinese and English', () => {
    const r = parseResidentId('110105194912310021');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain('校验码');
      expect(r.error.message).toContain('X');
      expect(r.error.messageEn).toContain('check character');
    }
  });

  const validId = fc
    .record({
      region: fc.constantFrom('110105', '520324', '440524', '652101', '540102'),
      birth: fc.date({
        min: new Date(Date.UTC(1900, 0, 1)),
        max: new Date(Date.UTC(2025, 11, 31)),
        noInvalidDate: true,
      }),
      seq: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ region, birth, seq }) => {
      const ymd = birth.toISOString().slice(0, 10);
      const body = `${region}${ymd.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
      return { id: body + residentIdCheckCharacter(body), birthDate: ymd, male: seq % 2 === 1 };
    });

  it('round-trips every valid generated ID', () => {
    fc.assert(
      fc.property(validId, ({ id, birthDate, male }) => {
        const r = parseResidentId(id.toLowerCase());
        expect(r).toEqual({
          ok: true,
          value: { id, regionCode: id.slice(0, 6), birthDate, sex: male ? 'male' : 'female', converted: false },
        });
      }),
    );
  });

  it('rejects every single-digit typo of a valid ID', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), ({ id }, pos, add) => {
        const digit = String((Number(id[pos]) + add) % 10);
        expect(parseResidentId(id.slice(0, pos) + digit + id.slice(pos + 1)).ok).toBe(false);
      }),
    );
  });

  it('returns a result for any string and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[\dXx ]{0,20}$/)), (s) => {
        const r = parseResidentId(s);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error.code).toMatch(/^ID_/);
      }),
    );
  });
});

describe('maskResidentId', () => {
  it('shows the first 6 and last 4 characters by default', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
  });

  it('takes the visible part and the mask from options', () => {
    expect(maskResidentId('11010519491231002X', { head: 3, tail: 1, mask: '•' })).toBe('110••••••••••••••X');
    expect(maskResidentId('11010519491231002X', { head: 0, tail: 0 })).toBe('******************');
  });

  it('hides a string too short to keep anything secret', () => {
    expect(maskResidentId('1234567890')).toBe('**********');
    expect(maskResidentId('')).toBe('');
  });

  it('never reveals the birth date of an 18-character number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => {
        const masked = maskResidentId(id);
        expect(masked).toHaveLength(18);
        expect(masked.slice(6, 14)).toBe('********');
      }),
    );
  });
});
