import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { formatProblem, parseRosterCsv, type RosterRow, readRosterWorkbook } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as CODES from '../problems/codes.js';
import { ROSTER_COLUMNS } from './headers.js';
import { columnLetters, serialDate, sheetReference } from './sheetCells.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../test/fixtures/${name}`, import.meta.url)));

/** A workbook written by exceljs (a second library: huanjie reads with SheetJS). */
async function xlsx(sheets: Record<string, readonly (readonly unknown[])[]>, build?: (book: ExcelJS.Workbook) => void) {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow([...row]);
  }
  build?.(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const HEADER = ['姓名', '身份证号', '民族', '学历', '政治面貌'];

describe('readRosterWorkbook', () => {
  it('reads an .xlsx with a merged title row and date cells as its CSV twin reads', async () => {
    const book = await readRosterWorkbook(fixture('roster-excel.xlsx'));
    const csv = parseRosterCsv(fixture('roster-excel-gbk.csv'));
    expect(book.errors).toEqual([]);
    expect(book.workbook).toEqual({ format: 'xlsx', sheet: '花名册', sheets: ['花名册', '填表说明'] });
    expect(book.rows).toHaveLength(30);
    expect(book.rows).toEqual(csv.rows);
    expect(book.rowNumbers).toEqual(csv.rowNumbers);
    expect(book.rows[0]).toMatchObject({
      birthDate: '1975-04-01',
      termStart: '2021-10-28',
      partyJoinDate: '2013-02-06',
    });
  });

  it('reads a legacy .xls (Excel 97–2003, BIFF8) as its CSV twin reads', async () => {
    const book = await readRosterWorkbook(fixture('roster-excel97.xls'));
    expect(book.workbook?.format).toBe('xls');
    expect(book.errors).toEqual([]);
    expect(book.rows).toEqual(parseRosterCsv(fixture('roster-excel-gbk.csv')).rows);
  });

  it('reports the same problems as the CSV twin, each naming its cell as Excel does', async () => {
    const book = await readRosterWorkbook(fixture('roster-with-errors.xlsx'), { asOf: '2026-12-07' });
    const csv = parseRosterCsv(fixture('roster-with-errors-gbk.csv'), { asOf: '2026-12-07' });
    const codes = (r: typeof csv) => r.errors.map((e) => [e.code, e.row, e.column]);
    expect(codes(book)).toEqual(codes(csv));
    expect(book.rows).toEqual(csv.rows);
    const date = book.errors.find((e) => e.code === 'ROW_DATE_NONEXISTENT')!;
    expect(date.cell).toBe('花名册!D5');
    expect(book.errors.find((e) => e.code === 'ROW_VALUE')?.cell).toBe('花名册!F6');
  });

  it('refuses an ID number stored as a number, telling the clerk to format the column as text, never a wrong ID', async () => {
    const bytes = await xlsx({ Sheet1: [HEADER, ['张某丙', 110105194912310020, '汉族', '高中', '群众']] });
    const r = await readRosterWorkbook(bytes);
    expect(r.rows).toEqual([]);
    expect(r.errors).toHaveLength(1);
    const [e] = r.errors;
    expect(e).toMatchObject({ code: 'ROW_ID_SCIENTIFIC', row: 2, column: '身份证号', cell: 'Sheet1!B2' });
    expect(e!.message).toContain('后几位已经丢失');
    expect(e!.expected).toContain('文本');
    expect(formatProblem(e!, 'zh-TW')).toContain('後幾位已經遺失');
    expect(e!.value).toBe('110105********0000');
    expect(e!.value).not.toContain('110105194912310020');
    // A 15-digit ID number is exact as a number: it is read (and converted), with the usual warning.
    const old = await readRosterWorkbook(
      await xlsx({ S: [HEADER, ['王某甲', 110105491231002, '汉族', '高中', '群众']] }),
    );
    expect(old.errors).toEqual([]);
    expect(old.rows[0]?.residentId).toBe('11010519491231002X');
    expect(old.warnings.map((w) => [w.code, w.cell])).toEqual([['ID_CONVERTED_15', 'S!B2']]);
  });

  it('reads dates stored as serial numbers, in the 1900 and the 1904 date systems, and dates typed as text', async () => {
    const header = ['姓名', '出生日期', '性别', '民族', '学历', '政治面貌'];
    const bytes = await xlsx(
      {
        名单: [
          header,
          ['甲', new Date(Date.UTC(1980, 1, 29)), '男', '汉族', '高中', '群众'],
          ['乙', '1980年3月1日', '女', '汉族', '高中', '群众'],
        ],
      },
      (book) => {
        book.getWorksheet('名单')!.getCell('B2').numFmt = 'yyyy"年"m"月"d"日"';
      },
    );
    const r = await readRosterWorkbook(bytes);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((row) => row.birthDate)).toEqual(['1980-02-29', '1980-03-01']);
    expect(serialDate(29280, false)).toBe('1980-02-29');
    expect(serialDate(29280 - 1462, true)).toBe('1980-02-29');
    expect(serialDate(1, false)).toBe('1900-01-01');
    expect(serialDate(60, false)).toBe('1900-02-29'); // Excel's phantom day, then refused as a date that does not exist
    expect(serialDate(61, false)).toBe('1900-03-01');
  });

  it('reads the sheet asked for, and names the sheets when it is not there', async () => {
    const bytes = await xlsx({
      说明: [['填表说明']],
      花名册: [HEADER, ['张某甲', '11010519491231002X', '汉族', '高中', '群众']],
    });
    const first = await readRosterWorkbook(bytes);
    expect(first.errors.map((e) => e.code)).toContain('CSV_MISSING_COLUMN');
    const named = await readRosterWorkbook(bytes, { sheet: '花名册' });
    expect(named.errors).toEqual([]);
    expect(named.rows).toHaveLength(1);
    const missing = await readRosterWorkbook(bytes, { sheet: 'Sheet1' });
    expect(missing.rows).toEqual([]);
    expect(missing.errors).toHaveLength(1);
    expect(missing.errors[0]).toMatchObject({ code: 'WORKBOOK_NO_SHEET' });
    expect(missing.errors[0]!.message).toBe('工作簿中没有工作表“Sheet1”，只有：说明、花名册');
  });

  it('refuses a damaged workbook with one coded problem', async () => {
    const bytes = fixture('roster-excel.xlsx').slice(0, 3000);
    const r = await readRosterWorkbook(bytes);
    expect(r.rows).toEqual([]);
    expect(r.errors.map((e) => [e.code, e.message])).toEqual([
      ['WORKBOOK_UNREADABLE', '工作簿（.xlsx）无法读取，可能已损坏或加密：请重新保存后再导入'],
    ]);
  });

  it('answers "save it as CSV" where the platform cannot check a workbook’s zip first (Chromium 78–102)', async () => {
    const platform = globalThis.DecompressionStream;
    // Chromium 80–102 has DecompressionStream without 'deflate-raw'; 78–79 has none.
    class DeflateOnly extends platform {
      constructor(format: CompressionFormat) {
        if (format === 'deflate-raw') throw new TypeError('Unsupported compression format');
        super(format);
      }
    }
    try {
      for (const stand of [DeflateOnly, undefined]) {
        (globalThis as { DecompressionStream?: unknown }).DecompressionStream = stand;
        const r = await readRosterWorkbook(fixture('roster-excel.xlsx'));
        expect(r.rows).toEqual([]);
        expect(r.errors.map((e) => e.code)).toEqual(['CSV_WORKBOOK']);
        // A legacy .xls is no zip: it is read there too.
        expect((await readRosterWorkbook(fixture('roster-excel97.xls'))).errors).toEqual([]);
      }
    } finally {
      globalThis.DecompressionStream = platform;
    }
  });

  it('reads CSV as parseRosterCsv does, so one call reads any roster file', async () => {
    const bytes = fixture('roster-excel-gbk.csv');
    expect(await readRosterWorkbook(bytes)).toEqual(parseRosterCsv(bytes));
    expect((await readRosterWorkbook(bytes, { asOf: '2026-02-30' })).errors.map((e) => e.code)).toEqual(['CSV_AS_OF']);
  });

  it('reads a crafted workbook with __proto__ in sheet names, headers and cells without polluting Object.prototype', async () => {
    const hostile = ['__proto__', 'constructor', 'prototype', '__defineGetter__'];
    // Object.fromEntries: a key `__proto__` of its own (in a literal it would set the prototype).
    const sheets = Object.fromEntries([
      [
        '__proto__',
        [
          [...HEADER, ...hostile],
          ['张某甲', '11010519491231002X', '汉族', '高中', '群众', ...hostile],
          ['__proto__', '__proto__', '__proto__', 'constructor', 'prototype'],
        ],
      ],
      ['constructor', [['__proto__', 'polluted']]],
    ]);
    const bytes = await xlsx(sheets);
    const r = await readRosterWorkbook(bytes);
    expect(r.workbook?.sheets).toEqual(['__proto__', 'constructor']);
    // The one good row, with exactly the roster's fields: no key taken from a hostile header.
    expect(r.rows).toHaveLength(1);
    expect(Object.keys(r.rows[0]!).sort()).toEqual(
      ['birthDate', 'education', 'ethnicity', 'name', 'politicalStatus', 'residentId', 'sex'].sort(),
    );
    expect(r.rows[0]).toMatchObject({ name: '张某甲', residentId: '11010519491231002X', birthDate: '1949-12-31' });
    expect(r.errors.every((e) => e.row === 3 && e.cell?.startsWith('__proto__!'))).toBe(true);
    expect(r.warnings.map((w) => w.column)).toEqual(hostile);
    const other = await readRosterWorkbook(bytes, { sheet: 'constructor' });
    expect(other.errors.map((e) => e.code)).toContain('CSV_MISSING_COLUMN');
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('names cells as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(sheetReference('花名册')).toBe('花名册');
    expect(sheetReference('Roster 2021')).toBe("'Roster 2021'");
    expect(sheetReference("O'Brien")).toBe("'O''Brien'");
  });
});

describe('readRosterWorkbook properties', () => {
  const members = generateCounty().terms.current.members;
  const catalogued = new Set(Object.values(CODES).map((c) => c.code as string));

  /** A roster as a clerk's sheet holds it: canonical headers, ID numbers as text, dates as date cells. */
  async function rosterWorkbook(rows: readonly RosterRow[]): Promise<Uint8Array> {
    const fields = ROSTER_COLUMNS.map((c) => c.field);
    const dateFields = new Set(['birthDate', 'partyJoinDate', 'partyFullDate', 'termStart']);
    const yesNo = (v: unknown) => (v === true ? '是' : v === false ? '否' : v);
    const sex = (v: unknown) => (v === 'male' ? '男' : v === 'female' ? '女' : v);
    return xlsx(
      {
        Sheet1: [
          ROSTER_COLUMNS.map((c) => c.headers[0]!),
          ...rows.map((row) =>
            fields.map((f) => {
              const v = (row as Record<string, unknown>)[f];
              if (v === undefined) return null;
              if (dateFields.has(f)) return new Date(`${v as string}T00:00:00Z`);
              return f === 'sex' ? sex(v) : yesNo(v);
            }),
          ),
        ],
      },
      (book) => {
        const sheet = book.getWorksheet('Sheet1')!;
        for (const [i, f] of fields.entries()) if (dateFields.has(f)) sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
      },
    );
  }

  it('reads back any roster written to a workbook', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(members, { maxLength: 25 }), async (rows) => {
        const r = await readRosterWorkbook(await rosterWorkbook(rows));
        expect(r.errors).toEqual([]);
        expect(r.rows).toEqual(
          rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'facts'))),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('never throws on random bytes behind a workbook signature, and answers with catalogued codes', async () => {
    const signatures = [
      [0x50, 0x4b, 0x03, 0x04],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    ];
    const real = [fixture('roster-excel.xlsx'), fixture('roster-excel97.xls')];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc
            .tuple(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 600 }))
            .map(([s, b]) => Uint8Array.from([...s, ...b])),
          // A real workbook with bytes overwritten: the zip or the OLE file damaged somewhere inside.
          fc
            .tuple(fc.constantFrom(...real), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 64 }))
            .map(([bytes, at, noise]) => {
              const copy = bytes.slice();
              copy.set(noise.subarray(0, Math.max(0, copy.length - (at % copy.length))), at % copy.length);
              return copy;
            }),
        ),
        async (bytes) => {
          const r = await readRosterWorkbook(bytes);
          expect(r.rows.length).toBeLessThanOrEqual(r.rowCount);
          for (const p of [...r.errors, ...r.warnings]) expect(catalogued.has(p.code)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

it('SheetJS is the fixed release: 0.20.3, not the npm xlsx 0.18.5 with CVE-2023-30533 and CVE-2024-22363', () => {
  expect(XLSX.version).toBe('0.20.3');
});
