// The problem-code catalogue is closed and complete: every code the sources produce is catalogued, every catalogued
// code is produced, every template is written in three languages with the same placeholders, and the documentation
// page is the one the catalogue generates.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueEntries, problemCodesPage } from '../../../../scripts/problemCodesPage.js';
import { deputyQuota } from '../election/deputyQuota.js';
import { TALLY_CHECKS } from '../election/tally/checks.js';
import { RECOMMENDATION_CHECKS } from '../election/tally/recommendationChecks.js';
import { parseResidentId } from '../id/residentId.js';
import { parseRosterCsv } from '../io/parseRosterCsv.js';
import { formatYuan } from '../pay/money.js';
import { parsePolicyCases } from '../testing/caseFile.js';
import * as codes from './codes.js';
import { PROBLEM_DESCRIPTIONS } from './descriptions.js';
import { formatProblem } from './formatProblem.js';
import { HuanjieError, type Problem, problem } from './problem.js';
import { TALLY_CHECK_CODES, TALLY_CHECK_FAILED } from './tallyCodes.js';
import { ZH_TW, ZH_TW_VARIANTS } from './zhTW.js';

const root = new URL('../../../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(d.name) && !/\.(test|bench|stories)\.ts$/.test(d.name) ? [path] : [];
  });
}

/** Codes written in the sources of every package, outside the catalogue itself: as string literals or `P.CODE`. */
function producedCodes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const packages = readdirSync(join(root, 'packages'));
  for (const file of packages.flatMap((p) => sourceFiles(join(root, 'packages', p, 'src')))) {
    if (file.includes('/core/src/problems/') || /\/election\/tally\/(recommendationC|c)hecks\.ts$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    const literals = text.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[FW]\.\d{3})'/g);
    const references = text.matchAll(/\bP\.([A-Z][A-Z0-9_]*)\b/g);
    for (const [, code] of [...literals, ...references]) found.set(code!, [...(found.get(code!) ?? []), file]);
  }
  return found;
}

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('problem codes', () => {
  const entries = catalogueEntries();
  const catalogued = new Set<string>([...entries.map((e) => e.code), ...TALLY_CHECK_CODES]);

  it('catalogues every code the sources produce', () => {
    const missing = [...producedCodes()]
      .filter(([code]) => !catalogued.has(code))
      .map(([code, files]) => ({ code, files }));
    expect(missing).toEqual([]);
  });

  it('produces every catalogued code somewhere in the sources', () => {
    const produced = producedCodes();
    expect([...catalogued].filter((code) => !produced.has(code))).toEqual([]);
  });

  it('names each entry after its code, once', () => {
    for (const [name, entry] of Object.entries(codes)) expect(entry.code).toBe(name);
    expect(new Set(entries.map((e) => e.code)).size).toBe(entries.length);
    expect([...Object.keys(TALLY_CHECKS), ...Object.keys(RECOMMENDATION_CHECKS)]).toEqual([...TALLY_CHECK_CODES]);
  });

  it('writes every template in zh-CN, zh-TW and English with the same placeholders', () => {
    for (const e of entries) {
      for (const text of [e.zh, ZH_TW[e.code], e.en]) expect(text.trim(), e.code).not.toBe('');
      expect(placeholders(ZH_TW[e.code]), e.code).toEqual(placeholders(e.zh));
      expect(placeholders(e.en), e.code).toEqual(placeholders(e.zh));
      expect(['error', 'warning']).toContain(e.severity);
    }
    for (const e of entries) {
      const variants = Object.entries(e.variants ?? {});
      const tw = ZH_TW_VARIANTS[e.code] ?? {};
      expect(Object.keys(tw).sort(), e.code).toEqual(variants.map(([name]) => name).sort());
      for (const [name, v] of variants) {
        for (const text of [v.zh, tw[name], v.en]) expect(text?.trim(), `${e.code}.${name}`).not.toBe('');
        expect(placeholders(tw[name] ?? ''), `${e.code}.${name}`).toEqual(placeholders(v.zh));
        expect(placeholders(v.en), `${e.code}.${name}`).toEqual(placeholders(v.zh));
      }
    }
    for (const code of Object.keys(ZH_TW_VARIANTS)) expect(entries.map((e) => e.code)).toContain(code);
    for (const code of TALLY_CHECK_CODES) {
      expect(placeholders(ZH_TW[code])).toEqual(placeholders(TALLY_CHECK_FAILED.zh));
      expect(placeholders(TALLY_CHECK_FAILED.en)).toEqual(placeholders(TALLY_CHECK_FAILED.zh));
    }
  });

  it('writes zh-TW in Traditional characters, not the simplified ones of the zh-CN template', () => {
    // Characters that differ between the scripts and occur in the templates: none may be left simplified.
    const simplified = /[证号码为时间读写输导检应没该这对项数类别选举组织规则参议审计员单语报补贴统务设档]/;
    for (const e of entries) expect(ZH_TW[e.code], e.code).not.toMatch(simplified);
    for (const [code, variants] of Object.entries(ZH_TW_VARIANTS))
      for (const [name, text] of Object.entries(variants)) expect(text, `${code}.${name}`).not.toMatch(simplified);
  });

  it('documents every code in one line, in Chinese and English', () => {
    for (const e of entries) {
      const [zh, en] = PROBLEM_DESCRIPTIONS[e.code as keyof typeof PROBLEM_DESCRIPTIONS];
      expect(zh.length > 0 && en.length > 0 && !/\n/.test(zh + en), e.code).toBe(true);
    }
  });

  it('keeps docs/problem-codes.md as the catalogue generates it (run node scripts/problem-codes.js)', () => {
    expect(readFileSync(join(root, 'docs/problem-codes.md'), 'utf8')).toBe(problemCodesPage());
  });
});

describe('problem and formatProblem', () => {
  it('fills a problem from its template and writes it in each language', () => {
    const p = problem(codes.ID_LENGTH, { length: 17 }, { row: 3 });
    expect(p).toEqual({
      code: 'ID_LENGTH',
      severity: 'error',
      message: '身份证号应为 18 位（或旧版 15 位），实际为 17 位',
      messageEn: 'A resident ID number has 18 characters (or 15 for old numbers), this one has 17',
      row: 3,
      params: { length: 17 },
    });
    expect(formatProblem(p, 'zh-TW')).toBe('身分證號應為 18 位（或舊版 15 位），實際為 17 位');
    expect(formatProblem(p, 'zh-CN')).toBe(p.message);
    expect(formatProblem(p, 'en')).toBe(p.messageEn);
  });

  it('writes localized values and lists in the language of the message', () => {
    const p = problem(codes.FIELD_UNKNOWN, { keys: ['a', 'b'] });
    expect([p.message, p.messageEn, formatProblem(p, 'zh-TW')]).toEqual([
      '未知字段：a、b',
      'Unknown field(s): a, b',
      '未知欄位：a、b',
    ]);
    const q = problem(codes.FIELD_MISSING, { field: { zh: '学历', en: 'Education', zhTW: '學歷' } });
    expect([q.message, q.messageEn, formatProblem(q, 'zh-TW')]).toEqual([
      '缺少学历',
      'Education is missing',
      '缺少學歷',
    ]);
  });

  it('writes a variant of a code in its own words in every language', () => {
    const p = problem(codes.POLICY_OPERATOR_ARGUMENT, { variant: 'option', key: 'within' }, { path: ['fact'] });
    expect([p.code, p.message, p.messageEn, formatProblem(p, 'zh-TW')]).toEqual([
      'POLICY_OPERATOR_ARGUMENT',
      '未知选项“within”',
      'Unknown option "within"',
      '未知選項「within」',
    ]);
    const q = problem(codes.POLICY_OPERATOR_ARGUMENT, { value: 'x' });
    expect(formatProblem(q, 'zh-TW')).toBe('「x」不是可接受的值');
  });

  it('keeps the zh-CN message of a problem not written from the catalogue', () => {
    const handMade: Problem = {
      code: 'POLICY_DUPLICATE_ID',
      severity: 'error',
      message: '联审部门“纪委”重复',
      messageEn: 'x',
    };
    expect(formatProblem(handMade, 'zh-TW')).toBe('联审部门“纪委”重复');
  });

  it('keeps the file and path a case file puts before a schema problem, in zh-TW too', () => {
    let error: unknown;
    try {
      parsePolicyCases('policy: cn-national\ncases: 3\n', 'my-county.cases.yaml');
    } catch (e) {
      error = e;
    }
    const [first] = (error as HuanjieError).problems;
    expect(first?.message).toMatch(/^my-county\.cases\.yaml cases：/);
    expect(formatProblem(first!, 'zh-TW')).toBe(first?.message);
  });

  it('writes the problems of every part of huanjie in zh-TW, not only those of the schemas', () => {
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (e instanceof HuanjieError) return e.problems[0]!;
      }
      throw new Error('no HuanjieError');
    };
    const id = parseResidentId('1101051949123100');
    expect(!id.ok && formatProblem(id.error, 'zh-TW')).toBe('身分證號應為 18 位（或舊版 15 位），實際為 16 位');
    const old = parseResidentId('11010549123100A');
    expect(!old.ok && formatProblem(old.error, 'zh-TW')).toBe('15 位身分證號應全部為數字');
    const roster = parseRosterCsv('姓名,性别,出生日期,民族,政治面貌,学历\n张某甲,男,1980-01-01,汉族,群众,博士后');
    expect(roster.errors.map((p) => formatProblem(p, 'zh-TW'))).toEqual(['學歷「博士后」無法辨識']);
    expect(
      formatProblem(
        thrown(() => formatYuan(1.5)),
        'zh-TW',
      ),
    ).toBe('金額應為整數分，收到 1.5');
    const quota = thrown(() => deputyQuota({ level: 'village' as 'county', population: 1 }));
    expect([quota.message, quota.messageEn, formatProblem(quota, 'zh-TW')]).toEqual([
      '未知的层级“village”',
      'Unknown level "village"',
      '未知的層級「village」',
    ]);
  });
});
