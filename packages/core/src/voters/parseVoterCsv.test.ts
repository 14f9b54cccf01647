import { parseVoterCsv } from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { dongcun, fixture, xicun } from '../../../../test/support/voters.js';

describe('parseVoterCsv', () => {
  it('reads a clerk’s list under its title row, in UTF-8 with BOM and in GB18030 alike', () => {
    expect(dongcun.errors).toEqual([]);
    expect(dongcun.warnings).toEqual([]);
    expect(dongcun.encoding).toBe('utf-8');
    expect(dongcun.rowNumbers).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(dongcun.voters[2]).toEqual({
      name: '王磊',
      residentId: '43012419901120105X',
      sex: 'male',
      birthDate: '1990-11-20',
      registeredHere: true,
      livesHere: false,
      category: 'away',
      takesPart: true,
      deprived: false,
    });
    expect(dongcun.voters[4]).toMatchObject({
      category: 'newcomer',
      livesHereSince: '2019-06-01',
      appliedOn: '2021-09-10',
      consentOn: '2021-09-25',
    });
    const gbk = parseVoterCsv(fixture('voters-dongcun-gbk.csv'));
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.voters).toEqual(dongcun.voters);
    expect(xicun.encoding).toBe('gb18030');
    expect(xicun.voters.map((v) => [v.name, v.sex, v.birthDate])).toEqual([
      ['郑红', 'female', '1975-12-01'],
      ['钱进', 'male', '1961-04-04'],
      ['冯丽', 'female', '1972-09-30'],
    ]);
  });

  it('names the row and column of each bad cell, with ID numbers masked, as the roster import does', () => {
    const csv = [
      '姓名,公民身份号码,是否本村户籍,是否在本村居住,申请日期',
      '张某甲,11010519491231002X,是,也许,',
      '李某乙,110105194912310021,是,是,',
      '王某丙,11010519491231002X,是,否,2021-02-30',
      '赵某丁,11010519491231002X,是',
    ].join('\n');
    const read = parseVoterCsv(csv);
    expect(read.voters).toEqual([]);
    expect(read.errors.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, '是否在本村居住', 'ROW_VALUE'],
      [3, '公民身份号码', 'ID_CHECK_CHARACTER'],
      [4, '申请日期', 'ROW_DATE_NONEXISTENT'],
      [5, '是否在本村居住', 'CSV_MISSING_CELLS'],
    ]);
    expect(read.errors[1]!.value).toBe('110105********0021');
    expect(read.errors[0]!.message).toBe('在本村居住“也许”无法识别');
  });

  it('takes the ties from the category when the list has no 户籍 or 居住 column, and refuses a list with neither', () => {
    const read = parseVoterCsv('姓名,身份证号,选民类别\n张某甲,11010519491231002X,2\n李某乙,440524188001010014,第三类');
    expect(read.voters.map((v) => [v.registeredHere, v.livesHere, v.category])).toEqual([
      [true, false, 'away'],
      [false, true, 'newcomer'],
    ]);
    const none = parseVoterCsv('姓名,身份证号\n张某甲,11010519491231002X');
    expect(none.voters).toEqual([]);
    expect(none.errors.map((p) => p.message)).toEqual(['缺少“户籍在本村或选民类别”列', '缺少“在本村居住或选民类别”列']);
  });

  it('refuses a workbook with one problem', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(parseVoterCsv(zip).errors.map((p) => p.code)).toEqual(['CSV_WORKBOOK']);
  });
});
