// The village file as a county office saves it from Excel: quoted cells, codes kept as text, full-width brackets.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVillages, splitCsv } from './villageFiles.js';

const dir = mkdtempSync(join(tmpdir(), 'huanjie-villages-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('splitCsv', () => {
  it('reads quoted cells with commas, quotes and line breaks, CRLF or LF', () => {
    expect(splitCsv('a,"b,c","d ""e""",\r\n"f\ng",h\n')).toEqual([
      ['a', 'b,c', 'd "e"', ''],
      ['f\ng', 'h'],
    ]);
    expect(splitCsv('a,b')).toEqual([['a', 'b']]);
  });
});

describe('readVillages', () => {
  it('takes the three columns in any order, with the codes Excel keeps as text', () => {
    const path = write(
      'excel.csv',
      '\uFEFF序号,乡镇（街道）,村（社区）,区划代码\r\n1,青石镇,"大湾村",\t529901101204\r\n\r\n2,青石镇,坡头社区,\'529901101001\r\n',
    );
    expect(readVillages(path)).toEqual([
      { code: '529901101204', name: '大湾村', township: '青石镇' },
      { code: '529901101001', name: '坡头社区', township: '青石镇' },
    ]);
  });

  it('names every bad row: a code that is not 12 digits, a code listed twice', () => {
    const path = write(
      'bad.csv',
      '区划代码,村(社区),乡镇\n529901101204,大湾村,青石镇\n5299011012,某村,青石镇\n529901101204,大湾村,青石镇\n',
    );
    expect(() => readVillages(path)).toThrow(
      /第 3 行：区划代码“5299011012”应为 12 位数字.*\n第 4 行：区划代码 529901101204 与第 2 行重复/,
    );
  });
});
