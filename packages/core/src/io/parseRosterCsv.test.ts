import { readFileSync } from 'node:fs';
import {
  decodeText,
  formatProblem,
  parseRosterCsv,
  ROSTER_LIMITS,
  type RosterRow,
  rosterToCsv,
  summarizeRoster,
} from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as CODES from '../problems/codes.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../test/fixtures/${name}`, import.meta.url)));

describe('parseRosterCsv', () => {
  it('reads a GB18030 sheet saved by Excel, with a title row and dates as Excel writes them', () => {
    const r = parseRosterCsv(fixture('roster-excel-gbk.csv'));
    expect(r.encoding).toBe('gb18030');
    expect(r.errors).toEqual([]);
    expect(r.rowCount).toBe(30);
    expect(r.rows).toHaveLength(30);
    expect(r.rowNumbers[0]).toBe(3); // title row 1, header row 2
    expect(r.rows[0]).toMatchObject({
      name: '黄某壬',
      sex: 'male',
      birthDate: '1975-04-01',
      organization: '党组织',
      post: '书记',
      termStart: '2021-10-28',
      township: '青石镇',
    });
  });

  it('reads Excel "Unicode text" (UTF-16LE, tab-separated)', () => {
    const r = parseRosterCsv(fixture('roster-excel-unicode.txt'));
    expect(r.encoding).toBe('utf-16le');
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(5);
  });

  it('reports every mistake with its row as Excel shows it, its column and what would be accepted', () => {
    const r = parseRosterCsv(fixture('roster-with-errors-gbk.csv'));
    const byRow = (row: number) => r.errors.filter((e) => e.row === row).map((e) => [e.column, e.code]);
    expect(r.rowCount).toBe(8);
    expect(r.rows.map((x) => x.name)).toEqual(['王某甲', '黄某庚']);
    expect(r.rowNumbers).toEqual([2, 9]);
    expect(byRow(3)).toEqual([['身份证号', 'ID_CHECK_CHARACTER']]);
    expect(byRow(4)).toEqual([['身份证号', 'ROW_ID_SCIENTIFIC']]);
    expect(byRow(5)).toEqual([['出生日期', 'ROW_DATE_NONEXISTENT']]);
    expect(r.errors.find((e) => e.row === 5)?.message).toBe('出生日期“1980/2/30”这一天不存在');
    expect(byRow(6)).toEqual([['学历', 'ROW_VALUE']]);
    expect(byRow(7)).toEqual([['姓名', 'FIELD_MISSING']]);
    expect(byRow(8)).toEqual([
      ['出生日期', 'ID_BIRTH_DATE_MISMATCH'],
      ['性别', 'ID_SEX_MISMATCH'],
    ]);
    const education = r.errors.find((e) => e.row === 6);
    expect(education).toMatchObject({ message: '学历“大学生”无法识别', value: '大学生' });
    expect(education?.expected).toContain('本科');
    expect(education?.messageEn).toContain('Education');
    // The wrong ID is shown masked.
    expect(r.errors.find((e) => e.row === 3)?.value).toBe('110105********0021');
    // The unknown column 备注 is reported, not silently dropped.
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'CSV_UNKNOWN_COLUMN', column: '备注', row: 1 })]);
    // Abbreviations are understood: 布依 → 布依族, 党员 → 中共党员.
    expect(r.rows[1]).toMatchObject({
      ethnicity: '布依族',
      politicalStatus: '中共党员',
      concurrent: true,
      birthDate: '1975-03-08',
    });
  });

  it('takes sex and birth date from the ID number when the sheet has no such columns', () => {
    const r = parseRosterCsv('姓名,身份证号,民族,学历,政治面貌\n张某甲,11010519491231002x,汉,高中,群众');
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toEqual({
      name: '张某甲',
      residentId: '11010519491231002X',
      sex: 'female',
      birthDate: '1949-12-31',
      ethnicity: '汉族',
      education: '高中',
      politicalStatus: '群众',
    });
  });

  it('converts 15-digit ID numbers and says so', () => {
    const r = parseRosterCsv('姓名,身份证号,民族,学历,政治面貌\n张某甲,110105491231002,汉族,高中,群众');
    expect(r.rows[0]!.residentId).toBe('11010519491231002X');
    expect(r.warnings[0]).toMatchObject({ code: 'ID_CONVERTED_15', row: 2, value: '110105*****1002' });
  });

  it('rejects birth dates after the date given as asOf', () => {
    const r = parseRosterCsv('姓名,身份证号,民族,学历,政治面貌\n张某甲,110105203001010010,汉族,高中,群众', {
      asOf: '2026-11-22',
    });
    expect(r.errors[0]).toMatchObject({ code: 'ID_BIRTH_DATE_FUTURE', row: 2, column: '身份证号' });
  });

  it('refuses an asOf that is not a date with one file-level error and no rows', async () => {
    // Born 2030-01-01: judged on a malformed date, the row must not come back valid.
    const csv = '姓名,身份证号,民族,学历,政治面貌\n张某甲,11010520300101001X,汉族,高中,群众';
    for (const asOf of ['2021-13-01', 'yesterday', '', '2021-02-29']) {
      const r = parseRosterCsv(csv, { asOf });
      expect(r.rows, asOf).toEqual([]);
      expect(r.warnings).toEqual([]);
      expect(r.errors).toEqual([
        expect.objectContaining({ code: 'CSV_AS_OF', severity: 'error', path: ['asOf'], value: asOf }),
      ]);
      expect(r.errors[0]!.row).toBeUndefined();
    }
    expect(parseRosterCsv(csv, { asOf: 'yesterday' }).errors[0]!.message).toBe(
      '判断出生日期所用的 asOf 应为存在的日期 YYYY-MM-DD，收到“yesterday”；未读取任何行',
    );
    // A file chosen in the browser gets the same answer, as a promise.
    const fromBlob = await parseRosterCsv(new Blob([csv]), { asOf: '2021-13-01' });
    expect(fromBlob.errors.map((e) => e.code)).toEqual(['CSV_AS_OF']);
    // Without asOf nothing is judged against a date, as before.
    expect(parseRosterCsv(csv).rows).toHaveLength(1);
  });

  it('stops at the header when a required column is missing or doubled, naming it', () => {
    expect(parseRosterCsv('姓名,性别,出生日期,民族,政治面貌\n张某甲,男,1980-01-01,汉族,群众').errors).toEqual([
      expect.objectContaining({ code: 'CSV_MISSING_COLUMN', expected: '学历' }),
    ]);
    expect(parseRosterCsv('姓名,学历,文化程度,身份证号,民族,政治面貌\n').errors).toEqual([
      expect.objectContaining({ code: 'CSV_DUPLICATE_COLUMN', column: '文化程度' }),
    ]);
    expect(parseRosterCsv('').errors[0]!.code).toBe('CSV_EMPTY');
    expect(parseRosterCsv('\n,,\n\n').errors[0]!.code).toBe('CSV_EMPTY');
  });

  it('still reports the syntax errors further down a file whose header is bad', () => {
    // More good rows than the header search reads ahead, then an unclosed quote.
    const good = Array.from({ length: 6 }, (_, i) => `张某${i},男,1980-01-01,汉族,群众`).join('\n');
    const text = `姓名,性别,出生日期,民族,政治面貌\n${good}\n李某乙,"女,1981-02-02,汉族,群众\n`;
    expect(parseRosterCsv(text).errors.map((e) => e.code)).toEqual([
      'CSV_UNCLOSED_QUOTE',
      'CSV_SYNTAX',
      'CSV_MISSING_COLUMN',
    ]);
  });

  it('finds the header below blank rows and a title row, however many blank rows come first', () => {
    const text = `${'\n'.repeat(7)},,,\n某镇村两委干部花名册\n\n姓名,性别,出生日期,民族,学历,政治面貌\n张某甲,男,1980-01-01,汉族,高中,群众\n`;
    const r = parseRosterCsv(text);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.name)).toEqual(['张某甲']);
    expect(r.rowNumbers).toEqual([12]);
  });

  it('rejects a row cut short by a line break typed in a cell, naming the columns it lacks', () => {
    // Alt+Enter in the township cell of an unquoted CSV: the rest of the row became a row of its own.
    const csv = [
      '姓名,身份证号,民族,学历,政治面貌,组织,乡镇(街道),村(社区),职务',
      '张某甲,11010519491231002X,汉族,高中,群众,村民委员会,青石镇',
      '（原石桥乡）,碾房村,委员',
      '李某乙,110105198503150035,汉族,大专,群众,村民委员会,青石镇,碾房村,委员',
    ].join('\n');
    const r = parseRosterCsv(csv);
    expect(r.rows.map((x) => [x.name, x.village])).toEqual([['李某乙', '碾房村']]);
    expect(r.rowNumbers).toEqual([4]);
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '村(社区)', 'CSV_MISSING_CELLS'],
      [3, '学历', 'CSV_MISSING_CELLS'],
    ]);
    expect(r.errors[0]!.message).toBe(
      '本行只有 7 个单元格，比表头少（缺少“村(社区)”、“职务”）；可能是某个单元格里的换行没有加引号，把一行断成了两行',
    );
    expect(r.errors[0]!.messageEn).toContain('missing: "村(社区)", "职务"');
    expect(formatProblem(r.errors[0]!, 'zh-TW')).toContain('缺少「村(社区)」、「职务」');
    expect(r.errors[1]!.message).toContain('缺少“学历”、“政治面貌”、“组织”、“乡镇(街道)”、“村(社区)” 等 6 个');
    expect(r.errors[0]!.expected).toBe('9 个单元格，与表头一致');
    expect(r.rowCount).toBe(3);
  });

  it('lets a row leave out cells of the columns it does not import, at the end', () => {
    // Blank headers, and 备注 (not imported): a writer that drops trailing empty cells loses no value.
    const r = parseRosterCsv('姓名,性别,出生日期,民族,学历,政治面貌,备注,,\n张某甲,男,1980-01-01,汉族,高中,群众');
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(1);
    // A column imported after it must have its cell.
    const cut = parseRosterCsv('姓名,性别,出生日期,民族,备注,学历,政治面貌\n张某甲,男,1980-01-01,汉族,');
    expect(cut.errors.map((e) => [e.code, e.column])).toEqual([['CSV_MISSING_CELLS', '学历']]);
    expect(cut.errors[0]!.message).toContain('缺少“学历”、“政治面貌”');
  });

  it('warns of cells beyond the header, naming them and their values, and keeps a row otherwise valid', () => {
    const csv = [
      '姓名,性别,出生日期,民族,学历,政治面貌',
      '张某甲,男,1980-01-01,汉族,高中,群众,,',
      '王某丙,男,1975-03-08,汉族,大专,中共党员,优秀,,2019年度考核为优秀等次并受到镇党委通报表彰,11010519491231002X,\u202e合格',
    ].join('\n');
    const r = parseRosterCsv(csv);
    // Empty cells after the last column (Excel writes them) say nothing; text there is named (masked, without a
    // bidi override), the row kept.
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.name)).toEqual(['张某甲', '王某丙']);
    expect(r.warnings).toEqual([
      expect.objectContaining({ code: 'CSV_EXTRA_CELLS', severity: 'warning', row: 3, column: '#7', value: '优秀' }),
    ]);
    const [w] = r.warnings;
    expect(w!.message).toBe(
      '本行在表头之外还有单元格：#7“优秀”、#9“2019年度考核为优秀等次并受到镇党委通…”、#10“110105********002X”、#11“合格”，其内容不会导入；可能是某个单元格里有未加引号的逗号',
    );
    expect(w!.messageEn).toContain('#7 "优秀", #9');
    expect(formatProblem(w!, 'zh-TW')).toContain('#7「优秀」');
    expect(JSON.stringify(r.warnings)).not.toContain('11010519491231002X');
  });

  it('warns of the cells an unquoted comma pushed past the header, beside the errors it caused', () => {
    const r = parseRosterCsv('姓名,性别,出生日期,民族,学历,政治面貌\n张某甲,男,1980,01,01,汉族,高中,群众');
    expect(r.rows).toEqual([]);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'CSV_EXTRA_CELLS', row: 2, column: '#7' })]);
    expect(r.warnings[0]!.message).toContain('#7“高中”、#8“群众”');
    expect(r.warnings[0]!.message).toContain('未加引号的逗号');
  });

  it('reads a Blob (a File chosen in the browser) asynchronously', async () => {
    const blob = new Blob([fixture('roster-excel-gbk.csv')]);
    const r = await parseRosterCsv(blob);
    expect(r.rows).toHaveLength(30);
  });

  it('reads the whole synthetic county back from the committed CSV', () => {
    const county = generateCounty();
    const csv = readFileSync(new URL('../../../../examples/data/synthetic-roster.csv', import.meta.url));
    const r = parseRosterCsv(new Uint8Array(csv));
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual(county.terms.current.members);
  });
});

describe('review fixes', () => {
  it('rejects a birth date after asOf from the birth-date column too', () => {
    const r = parseRosterCsv('姓名,性别,出生日期,民族,学历,政治面貌\n张某甲,男,2030-01-01,汉族,高中,群众', {
      asOf: '2026-11-22',
    });
    expect(r.errors).toEqual([expect.objectContaining({ code: 'ROW_BIRTH_DATE_FUTURE', row: 2, column: '出生日期' })]);
  });

  it('says so when an unclosed quote swallows the rest of the file', () => {
    const csv =
      '姓名,性别,出生日期,民族,学历,政治面貌\n张某甲,男,1980-01-01,汉族,高中,群众\n"李某乙,男,1980-01-01,汉族,高中,群众\n王某丙,男,1980-01-01,汉族,高中,群众\n赵某丁,男,1980-01-01,汉族,高中,群众';
    const r = parseRosterCsv(csv);
    expect(r.rows.map((x) => x.name)).toEqual(['张某甲']);
    expect(r.errors.map((e) => e.code)).toContain('CSV_UNCLOSED_QUOTE');
    expect(r.errors.find((e) => e.code === 'CSV_UNCLOSED_QUOTE')?.message).toContain('第 5 行');
  });

  it('keeps names as written and writes ID numbers so that Excel keeps every digit', () => {
    const row = {
      name: 'Ｔｏｍ张',
      residentId: '11010519491231002X',
      sex: 'female',
      birthDate: '1949-12-31',
      ethnicity: '汉族',
      education: '高中',
      politicalStatus: '群众',
    } as const;
    const csv = rosterToCsv([row]);
    expect(csv).toContain(',\t11010519491231002X,');
    expect(parseRosterCsv(csv).rows).toEqual([row]);
  });
});

describe('the same person twice', () => {
  const members = generateCounty().terms.current.members;
  const [a, b] = members as [RosterRow, RosterRow, ...RosterRow[]];
  const secretary = members.find((m) => m.concurrent && m.post === '书记')!;
  const director = members.find((m) => m.residentId === secretary.residentId && m !== secretary)!;
  const where = (r: ReturnType<typeof parseRosterCsv>, list: 'errors' | 'warnings') =>
    r[list].map((e) => [e.row, e.column, e.code, e.params?.first]);

  it('keeps a person once per organization of a village and names the first row of any other repeat', () => {
    const r = parseRosterCsv(
      rosterToCsv([
        a, // row 2
        b, // 3
        secretary, // 4: 一肩挑, party committee
        director, // 5: the same person's villagers' committee row
        a, // 6: pasted twice
        { ...a, post: '副书记' }, // 7: the same organization again
        { ...b, township: secretary.township, village: secretary.village, villageCode: secretary.villageCode }, // 8
        { ...director, post: '委员', concurrent: false }, // 9: the villagers' committee again
      ]),
    );
    expect(r.rowNumbers).toEqual([2, 3, 4, 5]);
    expect(r.rowCount).toBe(8);
    expect(where(r, 'errors')).toEqual([
      [6, '身份证号', 'ROW_DUPLICATE_PERSON', 2],
      [7, '身份证号', 'ROW_DUPLICATE_PERSON', 2],
      [8, '身份证号', 'ROW_DUPLICATE_PERSON', 3],
      [9, '身份证号', 'ROW_DUPLICATE_PERSON', 5],
    ]);
    const [pasted, sameOrganization, otherVillage] = r.errors;
    expect(pasted!.message).toBe('与第 2 行完全相同，是重复的一行');
    expect(sameOrganization!.message).toBe('与第 2 行是同一人（身份证号相同）：一个人在一个村的同一组织只能有一行');
    expect(otherVillage!.message).toBe(
      `与第 3 行是同一人（身份证号相同），但不在同一个村（第 3 行为“${b.township}${b.village}”）：一个人只能在一个村任职`,
    );
    expect(otherVillage!.messageEn).toContain('in another village');
    expect(formatProblem(otherVillage!, 'zh-TW')).toContain(`第 3 列為「${b.township}${b.village}」`);
    expect(otherVillage!.value).toBe(`${b.residentId!.slice(0, 6)}********${b.residentId!.slice(-4)}`);
    expect(r.warnings).toEqual([]);
  });

  it('without ID numbers: the same row twice is refused, a near twin in one organization is a warning', () => {
    const csv = [
      '姓名,性别,出生日期,民族,学历,政治面貌,乡镇(街道),村(社区),组织,职务',
      '张某甲,男,1980-01-01,汉族,高中,中共党员,青石镇,碾房村,村民委员会,委员',
      '张某甲,男,1980-01-01,汉族,高中,中共党员,青石镇,碾房村,村民委员会,委员',
      '张某甲,男,1980/1/1,汉,高中,党员,青石镇,碾房村,村民委员会,委员', // the same values, spelt otherwise
      '张某甲,男,1980-01-01,汉族,大专,中共党员,青石镇,碾房村,村民委员会,委员',
      '张某甲,男,1980-01-01,汉族,高中,中共党员,青石镇,坡头社区,村民委员会,委员',
      '张某甲,男,1980-01-01,汉族,高中,中共党员,青石镇,碾房村,党组织,委员',
    ].join('\n');
    const r = parseRosterCsv(csv);
    expect(r.rowNumbers).toEqual([2, 5, 6, 7]);
    expect(where(r, 'errors')).toEqual([
      [3, '姓名', 'ROW_DUPLICATE_PERSON', 2],
      [4, '姓名', 'ROW_DUPLICATE_PERSON', 2],
    ]);
    expect(where(r, 'warnings')).toEqual([[5, '姓名', 'ROW_POSSIBLE_DUPLICATE', 2]]);
    expect(r.warnings[0]!.message).toBe('可能与第 2 行是同一人：姓名、出生日期、村和组织都相同，两行都没有身份证号');
    expect(formatProblem(r.warnings[0]!, 'zh-TW')).toContain('可能與第 2 列是同一人');
    // Rows 2, 5 and 7 are one person of 碾房村; row 6 is someone of 坡头社区.
    expect(summarizeRoster(r.rows)).toMatchObject({ rows: 4, people: 2 });
  });
});

describe('negative facts in a roster', () => {
  it('reads one column per kind of fact, with sanctions and periods', () => {
    const csv = [
      '姓名,性别,出生日期,民族,学历,政治面貌,受过党纪处分,被列为失信被执行人',
      '张某甲,男,1980-01-01,汉族,高中,中共党员,留党察看 2019-03-01~2021-03-01,2020/5/1；2018-01-01~2019-01-01',
    ].join('\n');
    const r = parseRosterCsv(csv);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]!.facts).toEqual([
      { kind: 'partyDiscipline', sanction: '留党察看', date: '2019-03-01', until: '2021-03-01' },
      { kind: 'dishonestDebtor', date: '2020-05-01' },
      { kind: 'dishonestDebtor', date: '2018-01-01', until: '2019-01-01' },
    ]);
  });

  it('reports a fact cell it cannot read, and a sanction that is missing', () => {
    const csv = [
      '姓名,性别,出生日期,民族,学历,政治面貌,受过刑事处罚,受过党纪处分',
      '张某甲,男,1980-01-01,汉族,高中,群众,去年,2019-03-01',
    ].join('\n');
    const r = parseRosterCsv(csv);
    expect(r.errors.map((e) => [e.column, e.code])).toEqual([
      ['受过刑事处罚', 'ROW_FACT'],
      ['受过党纪处分', 'ROW_FACT'],
    ]);
    expect(r.errors[1]!.expected).toContain('警告');
  });

  it('round-trips the synthetic county’s candidates, facts included', () => {
    const { candidates } = generateCounty();
    const rows = candidates.map(({ facts, ...c }) => (facts.length ? { ...c, facts } : c));
    const r = parseRosterCsv(rosterToCsv(rows));
    expect(r.errors).toEqual([]);
    // Facts come back grouped by kind; compare them as sets.
    const byKind = (row: RosterRow) => ({
      ...row,
      facts: row.facts && [...row.facts].sort((a, b) => a.kind.localeCompare(b.kind)),
    });
    expect(r.rows.map(byKind)).toEqual(rows.map(byKind));
  });
});

describe('rosterToCsv', () => {
  it('writes UTF-8 with BOM, Chinese headers and CRLF', () => {
    const csv = rosterToCsv([
      {
        name: '张某甲',
        sex: 'male',
        birthDate: '1980-01-02',
        ethnicity: '汉族',
        education: '高中',
        politicalStatus: '群众',
      },
    ]);
    expect(csv).toBe('\uFEFF姓名,性别,出生日期,民族,学历,政治面貌\r\n张某甲,男,1980-01-02,汉族,高中,群众');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const row: RosterRow = {
      name: '=HYPERLINK("x")',
      sex: 'male',
      birthDate: '1980-01-02',
      ethnicity: '汉族',
      education: '高中',
      politicalStatus: '群众',
    };
    const csv = rosterToCsv([row]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(parseRosterCsv(csv).rows).toEqual([row]);
  });
});

describe('parseRosterCsv properties', () => {
  const members = generateCounty().terms.current.members;

  it('round-trips any subset of rows written by rosterToCsv', () => {
    fc.assert(
      fc.property(fc.subarray(members, { maxLength: 40 }), fc.boolean(), (rows, bom) => {
        const r = parseRosterCsv(rosterToCsv(rows, { bom }));
        expect(r.errors).toEqual([]);
        expect(r.rows).toEqual(rows);
      }),
      // Each case writes and reads up to forty rows: 2,000 cases (80,000 rows) as the neighbouring properties run.
      { numRuns: Math.min(2000, fc.readConfigureGlobal().numRuns ?? 2000) },
    );
  });

  it('never throws on random bytes and accounts for every row', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const r = parseRosterCsv(bytes);
        expect(r.rows.length).toBeLessThanOrEqual(r.rowCount);
        for (const e of r.errors) expect(e.message.length).toBeGreaterThan(0);
      }),
    );
  });

  it('answers random bytes and hostile cells with catalogued codes, and keeps no damaged or control text', () => {
    const catalogued = new Set(Object.values(CODES).map((c) => c.code as string));
    // U+FFFD, C0 and C1 controls other than tab and line feed, bidi overrides and isolates.
    const damaged = /[\uFFFD\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
    const hostile = fc.string({
      unit: fc.constantFrom(
        '张',
        '某',
        '1',
        'X',
        '\uFFFD',
        '\u001b',
        '[',
        '\u0085',
        '\u202e',
        '\u2066',
        '\t',
        ' ',
        '0',
      ),
      maxLength: 12,
    });
    const header = '姓名,身份证号,性别,出生日期,民族,学历,政治面貌,村(社区),受过刑事处罚';
    const file = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc
        .array(fc.array(hostile, { minLength: 9, maxLength: 9 }), { maxLength: 6 })
        .map((rows) => [header, ...rows.map((r) => r.map((c) => `"${c}"`).join(','))].join('\n')),
    );
    fc.assert(
      fc.property(file, (input) => {
        const r = parseRosterCsv(input);
        for (const p of [...r.errors, ...r.warnings]) expect(catalogued).toContain(p.code);
        for (const text of strings(r.rows)) expect(text).not.toMatch(damaged);
      }),
      { numRuns: Math.min(2000, fc.readConfigureGlobal().numRuns ?? 2000) },
    );
  });

  it('keeps every good row and reports every bad row when random cells are spliced in', () => {
    const header = '姓名,身份证号,性别,出生日期,民族,学历,政治面貌';
    // Thirty different people: without an organization column, a 一肩挑's second row would be the same person twice.
    const good = members.filter((m, i) => members.findIndex((n) => n.residentId === m.residentId) === i).slice(0, 30);
    const line = (m: RosterRow) =>
      [
        m.name,
        m.residentId,
        m.sex === 'male' ? '男' : '女',
        m.birthDate,
        m.ethnicity,
        m.education,
        m.politicalStatus,
      ].join(',');
    const junk = fc.array(
      fc.string({ maxLength: 12 }).filter((s) => !/[",\r\n]/.test(s)),
      { minLength: 7, maxLength: 7 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.option(junk, { nil: undefined, freq: 3 }), { minLength: 30, maxLength: 30 }),
        (junkRows) => {
          const lines = good.map((m, i) => (junkRows[i] ? junkRows[i].join(',') : line(m)));
          const r = parseRosterCsv([header, ...lines].join('\n'));
          const badRows = new Set(r.errors.map((e) => e.row));
          // Each data row is either returned or reported, never both and never neither.
          for (let i = 0; i < lines.length; i++) {
            const rowNumber = i + 2;
            const returned = r.rowNumbers.includes(rowNumber);
            if (lines[i]!.replaceAll(',', '').trim() === '') continue; // a blank row is skipped
            expect(returned !== badRows.has(rowNumber)).toBe(true);
            if (!junkRows[i]) expect(returned).toBe(true);
          }
        },
      ),
      // Each run reads a 30-row file (about 10 ms with its byte, size and duplicate checks): 2,000 runs, not 10,000.
      { numRuns: Math.min(2000, fc.readConfigureGlobal().numRuns ?? 2000) },
    );
  });
});

/** Bytes written in hex, `'50 4b 03 04'`. */
const hex = (bytes: string) => bytes.split(' ').map((b) => Number.parseInt(b, 16));

/** UTF-8 bytes of `text` with raw `bytes` where `@@` stands. */
function utf8With(text: string, bytes: readonly number[]): Uint8Array {
  const [before, after] = text.split('@@').map((s) => new TextEncoder().encode(s));
  return new Uint8Array([...before!, ...bytes, ...after!]);
}

describe('undecodable bytes', () => {
  const members = generateCounty().terms.current.members.slice(0, 30);
  const namesBut = (i: number) => members.filter((_, j) => j !== i).map((m) => m.name);

  it('rejects a name cell ending in half a UTF-8 character (BOM), naming row, column and encoding', () => {
    const name = members[1]!.name;
    const lines = rosterToCsv(members).split('\r\n');
    lines[2] = lines[2]!.replace(`${name},`, `${name.slice(0, -1)}@@,`);
    const csv = lines.join('\r\n');
    const r = parseRosterCsv(utf8With(csv, [0xe6, 0x9f]));
    expect(r.encoding).toBe('utf-8');
    expect(r.errors).toEqual([
      expect.objectContaining({ code: 'CSV_UNDECODABLE', row: 3, column: '姓名', value: `${name.slice(0, -1)}\uFFFD` }),
    ]);
    expect(r.errors[0]!.message).toBe('“姓名”一栏有无法按 UTF-8 解码的字节（显示为 �）');
    expect(r.errors[0]!.messageEn).toBe('The column "姓名" holds bytes that are not valid UTF-8 (shown as �)');
    expect(formatProblem(r.errors[0]!, 'zh-TW')).toBe('「姓名」一欄有無法按 UTF-8 解碼的位元組（顯示為 �）');
    expect(r.rowCount).toBe(30);
    expect(r.rows.map((x) => x.name)).toEqual(namesBut(1));
    expect(JSON.stringify(r.rows)).not.toContain('\uFFFD');
  });

  it('reads a UTF-8 file without BOM that has one bad byte as UTF-8, not as GBK mojibake', () => {
    const lines = rosterToCsv(members, { bom: false }).split('\r\n');
    lines[5] = lines[5]!.replace(`,${members[4]!.village},`, `,${members[4]!.village}@@,`);
    const csv = lines.join('\r\n');
    const bytes = utf8With(csv, [0xff]);
    expect(decodeText(bytes)).toMatchObject({ encoding: 'utf-8', undecodable: 1 });
    const r = parseRosterCsv(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.errors).toEqual([expect.objectContaining({ code: 'CSV_UNDECODABLE', row: 6, column: '村(社区)' })]);
    expect(r.errors[0]!.expected).toContain('其余部分是有效的 UTF-8');
    expect(r.rows).toEqual(members.filter((_, j) => j !== 4));
  });

  it('still reads a GBK file as GBK, and rejects the cell where the file was cut mid-character', () => {
    const whole = fixture('roster-excel-gbk.csv');
    // The last row's village 对门村 is B6 D4 C3 C5 B4 E5 in GBK: cut after the first byte of 门.
    const at = whole.findLastIndex((_, i) => whole[i] === 0xb6 && whole[i + 1] === 0xd4 && whole[i + 2] === 0xc3);
    const r = parseRosterCsv(whole.subarray(0, at + 3));
    expect(r.encoding).toBe('gb18030');
    // The cut row is short as well: both are said, the damaged cell first.
    expect(r.errors).toEqual([
      expect.objectContaining({ code: 'CSV_UNDECODABLE', row: 32, column: '村(社区)', value: '对\uFFFD' }),
      expect.objectContaining({ code: 'CSV_MISSING_CELLS', row: 32 }),
    ]);
    expect(r.errors[0]!.message).toContain('GBK/GB18030');
    expect(r.errors[0]!.expected).toContain('截断');
    expect(r.rowCount).toBe(30);
    expect(r.rows).toHaveLength(29);
  });

  it('rejects a cell of text that already holds U+FFFD, and says the text was damaged', () => {
    const r = parseRosterCsv(
      '姓名,性别,出生日期,民族,学历,政治面貌\n张某\uFFFD,男,1980-01-01,汉族,高中,群众\n李某乙,女,1981-02-03,汉族,高中,群众',
    );
    expect(r.errors).toEqual([expect.objectContaining({ code: 'CSV_UNDECODABLE', row: 2, column: '姓名' })]);
    expect(r.errors[0]!.message).toBe('“姓名”一栏含有替换字符 �：这段文字在转换编码时已经损坏');
    expect(formatProblem(r.errors[0]!, 'zh-TW')).toBe('「姓名」一欄含有替換字元 �：這段文字在轉換編碼時已經損壞');
    expect(r.rows.map((x) => x.name)).toEqual(['李某乙']);
  });

  it('reports U+FFFD in header cells too', () => {
    const row = '\n张某甲,男,1980-01-01,汉族,高中,群众,';
    const extra = parseRosterCsv(`姓名,性别,出生日期,民族,学历,政治面貌,备\uFFFD${row}`);
    expect(extra.errors).toEqual([expect.objectContaining({ code: 'CSV_UNDECODABLE', row: 1, column: '备\uFFFD' })]);
    expect(extra.warnings).toEqual([]);
    expect(extra.rows).toHaveLength(1);
    const name = parseRosterCsv(`姓\uFFFD,性别,出生日期,民族,学历,政治面貌${row}`);
    expect(name.errors.map((e) => [e.code, e.column ?? e.expected])).toEqual([
      ['CSV_UNDECODABLE', '姓\uFFFD'],
      ['CSV_MISSING_COLUMN', '姓名'],
    ]);
  });
});

describe('workbooks, UTF-16 without BOM and binary files', () => {
  // A zip archive's first local file header, as Excel writes an .xlsx.
  const xlsx = new Uint8Array([
    ...hex('50 4b 03 04 14 00 06 00 08 00 00 00 21 00 62 ee 9d 68 5e 01 00 00 90 04 00 00 13 00 08 02'),
    ...new TextEncoder().encode('[Content_Types].xml'),
    ...Array.from({ length: 600 }, (_, i) => (i * 37) % 256),
  ]);
  // An OLE compound file header (Excel 97–2003 .xls): signature, then the header's fields.
  const xls = new Uint8Array(1024);
  xls.set(hex('d0 cf 11 e0 a1 b1 1a e1 00 00 00 00 00 00 00 00 3e 00 03 00 fe ff'));

  it('recognises an Excel workbook and says to save it as CSV, once', () => {
    const r = parseRosterCsv(xlsx);
    expect(r.errors).toEqual([expect.objectContaining({ code: 'CSV_WORKBOOK' })]);
    expect(r.errors[0]!.message).toBe(
      '这是 Excel 工作簿（.xlsx），暂不能直接导入：请在 Excel 或 WPS 中另存为 CSV（UTF-8 或 GBK 编码）后再导入',
    );
    expect(r).toMatchObject({ rows: [], rowCount: 0, warnings: [], encoding: 'binary' });
    const old = parseRosterCsv(xls);
    expect(old.errors.map((e) => e.code)).toEqual(['CSV_WORKBOOK']);
    expect(old.errors[0]!.messageEn).toContain('Excel workbook (.xls)');
  });

  it('reads Excel "Unicode text" saved without a BOM, in either byte order', () => {
    const withBom = fixture('roster-excel-unicode.txt');
    const le = withBom.subarray(2);
    const be = le.map((_, i) => le[i ^ 1]!);
    const expected = parseRosterCsv(withBom).rows;
    expect(expected).toHaveLength(5);
    for (const [bytes, encoding] of [
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const r = parseRosterCsv(bytes);
      expect(r.encoding).toBe(encoding);
      expect(r.errors).toEqual([]);
      expect(r.rows).toEqual(expected);
    }
  });

  it('refuses other binary files with one problem, but reads text with a stray NUL', () => {
    // A PNG: signature, IHDR, and image data full of NUL bytes.
    const png = new Uint8Array(2048);
    png.set(hex('89 50 4e 47 0d 0a 1a 0a 00 00 00 0d 49 48 44 52 00 00 01 00'));
    for (let i = 40; i < png.length; i += 7) png[i] = (i * 13) % 251;
    const r = parseRosterCsv(png);
    expect(r.errors).toEqual([expect.objectContaining({ code: 'CSV_NOT_TEXT' })]);
    expect(r.rowCount).toBe(0);

    const text = parseRosterCsv(
      new TextEncoder().encode(
        '姓名,性别,出生日期,民族,学历,政治面貌,村(社区)\n张某甲,男,1980-01-01,汉族,高中,群众,坡头\0社区\n',
      ),
    );
    expect(text.errors).toEqual([]);
    expect(text.rows[0]!.village).toBe('坡头社区');
    expect(text.warnings).toEqual([expect.objectContaining({ code: 'CSV_CONTROL_CHARACTERS', row: 2 })]);
  });
});

describe('rows and cells out of proportion', () => {
  const known = '姓名,性别,出生日期,民族,学历,政治面貌';
  const data = '\n张某甲,男,1980-01-01,汉族,高中,群众\n';

  it('refuses a header of a million columns with one problem', () => {
    const header = [known, ...Array.from({ length: 1_000_000 }, (_, i) => `列${i}`)].join(',');
    const r = parseRosterCsv(header + data);
    expect(r.errors).toEqual([expect.objectContaining({ code: 'CSV_TOO_MANY_COLUMNS', row: 1 })]);
    expect(r.errors[0]!.message).toBe(
      `第 1 行超过 ${ROSTER_LIMITS.columns} 列，不像花名册，没有读取：请删去多余的列或检查分隔符`,
    );
    expect(r).toMatchObject({ rows: [], warnings: [], rowCount: 0 });
    // Tab-separated, below a title row.
    const tabs = `某镇花名册\n${header.replaceAll(',', '\t')}${data.replaceAll(',', '\t')}`;
    expect(parseRosterCsv(tabs).errors).toEqual([expect.objectContaining({ code: 'CSV_TOO_MANY_COLUMNS', row: 2 })]);
  });

  it('reads up to ROSTER_LIMITS.columns columns, and counts a row split by a quoted line break whole', () => {
    const header = (n: number) => [known, ...Array.from({ length: n - 6 }, (_, i) => `列${i}`)].join(',');
    const atLimit = parseRosterCsv(header(ROSTER_LIMITS.columns) + data);
    expect(atLimit.errors).toEqual([]);
    expect(atLimit.rows).toHaveLength(1);
    expect(atLimit.warnings).toHaveLength(ROSTER_LIMITS.columns - 6);
    expect(parseRosterCsv(header(ROSTER_LIMITS.columns + 1) + data).errors.map((e) => e.code)).toEqual([
      'CSV_TOO_MANY_COLUMNS',
    ]);
    // No line of this header is too wide, the row is.
    const split = header(ROSTER_LIMITS.columns + 1).replace('列500', '"备\n注"');
    expect(parseRosterCsv(split + data).errors).toEqual([
      expect.objectContaining({ code: 'CSV_TOO_MANY_COLUMNS', row: 1 }),
    ]);
  });

  it('rejects a 10 MB header cell without copying it into any problem', () => {
    const r = parseRosterCsv(`${known},备注${'很长'.repeat(5_000_000)}${data}`);
    expect(r.errors).toEqual([
      expect.objectContaining({ code: 'CSV_CELL_TOO_LONG', row: 1, column: `备注${'很长'.repeat(9)}…` }),
    ]);
    expect(r.errors[0]!.message).toBe(
      `“备注${'很长'.repeat(9)}…”一栏有 10000002 个字符，超过上限 ${ROSTER_LIMITS.cellLength} 个`,
    );
    expect(r.rows).toHaveLength(1);
    expect(JSON.stringify(r).length).toBeLessThan(5_000);
  });

  it('rejects a data cell longer than ROSTER_LIMITS.cellLength, showing its start with ID numbers masked', () => {
    const long = `${'张'.repeat(70)}11010519491231002X${'某'.repeat(ROSTER_LIMITS.cellLength)}`;
    const r = parseRosterCsv(`${known}\n${long},男,1980-01-01,汉族,高中,群众\n李某乙,女,1981-02-03,汉族,高中,群众`);
    expect(r.errors).toEqual([expect.objectContaining({ code: 'CSV_CELL_TOO_LONG', row: 2, column: '姓名' })]);
    expect(r.errors[0]!.value).toBe(`${'张'.repeat(70)}110105****…`);
    expect(r.errors[0]!.params).toMatchObject({ length: long.length, limit: ROSTER_LIMITS.cellLength });
    expect(r.rows.map((x) => x.name)).toEqual(['李某乙']);
  });
});

describe('control characters and bidi overrides', () => {
  it('removes them from every cell and header cell, with a warning naming row and column', () => {
    const csv = [
      '姓名,性别,出生日期,民族,学历,政治面貌\u0007,乡镇,村(社区)',
      '张某甲\u202e,男,1980-01-01,汉族,高中,群众,青石\u009b2J镇,坡头社区\u001b[1A\u001b[2K',
      '李某乙,女,1981-02-03,汉族,高中,群众,青石镇,\u2066对门村\u2069',
    ].join('\n');
    const r = parseRosterCsv(csv);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.name, x.politicalStatus, x.township, x.village])).toEqual([
      ['张某甲', '群众', '青石2J镇', '坡头社区[1A[2K'],
      ['李某乙', '群众', '青石镇', '对门村'],
    ]);
    expect(r.columns[5]).toMatchObject({ header: '政治面貌', field: 'politicalStatus' });
    expect(r.warnings.map((w) => [w.code, w.row, w.column])).toEqual([
      ['CSV_CONTROL_CHARACTERS', 1, '政治面貌'],
      ['CSV_CONTROL_CHARACTERS', 2, '姓名'],
      ['CSV_CONTROL_CHARACTERS', 2, '乡镇'],
      ['CSV_CONTROL_CHARACTERS', 2, '村(社区)'],
      ['CSV_CONTROL_CHARACTERS', 3, '村(社区)'],
    ]);
    expect(r.warnings[3]!.message).toBe('“村(社区)”一栏含有控制字符或双向文字控制符，已删除');
    expect(JSON.stringify(r)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('finds a header below a title row when every header cell is wrapped in bidi isolates', () => {
    const header = ['姓名', '性别', '出生日期', '民族', '学历', '政治面貌'].map((h) => `\u2068${h}\u2069`).join(',');
    const r = parseRosterCsv(`某镇村两委干部花名册\n${header}\n张某甲,男,1980-01-01,汉族,高中,群众`);
    expect(r.errors).toEqual([]);
    expect(r.rowNumbers).toEqual([3]);
    expect(r.columns.map((c) => c.header)).toEqual(['姓名', '性别', '出生日期', '民族', '学历', '政治面貌']);
    expect(r.warnings).toHaveLength(6);
  });

  it('keeps line breaks and tabs inside a cell, where a fact cell lists its facts', () => {
    const r = parseRosterCsv(
      '姓名,性别,出生日期,民族,学历,政治面貌,被列为失信被执行人\r\n张某甲,男,1980-01-01,汉族,高中,群众,"2018-01-01\r\n2020-05-01"\r\n',
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.rows[0]!.facts).toEqual([
      { kind: 'dishonestDebtor', date: '2018-01-01' },
      { kind: 'dishonestDebtor', date: '2020-05-01' },
    ]);
  });
});
