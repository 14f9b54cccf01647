// The `huanjie` command as policy staff run it: through the committed bin shim, on real files.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateRoster, exampleShibuxuan, parseRosterCsv } from '@huanjie/core';
import { parsePolicyCases } from '@huanjie/core/testing';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const huanjie = (...args: string[]) =>
  spawnSync(process.execPath, ['packages/cli/bin/huanjie.js', ...args], { cwd: root, encoding: 'utf8' });

describe('huanjie test', () => {
  it('runs every case file in a folder and closes with "N passed, N failed"', () => {
    const r = huanjie('test', 'packages/core/src/policies/cases', 'examples/local-policy');
    expect(r.status).toBe(0);
    const last = r.stdout.trim().split('\n').at(-1);
    expect(last).toMatch(/^(\d+) passed, 0 failed$/);
    // Every case of every file ran: none was skipped silently.
    const files = [
      ...readdirSync(new URL('packages/core/src/policies/cases/', `file://${root}`)).map(
        (f) => `packages/core/src/policies/cases/${f}`,
      ),
      'examples/local-policy/my-county.cases.yaml',
    ];
    const count = files.reduce((n, f) => n + parsePolicyCases(readFileSync(`${root}${f}`, 'utf8')).cases.length, 0);
    expect(Number(last?.split(' ')[0])).toBe(count);
    expect(r.stdout).toContain('cn-national → example-shibuxuan-2020 → my-county-2021');
  });

  it('exits 1 and shows why when a case fails', () => {
    const r = huanjie('test', 'test/fixtures/failing.cases.yaml');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✗ 错误地期望十七岁可以当选');
    expect(r.stdout).toContain('vc-voting-age 年满十八周岁〔中华人民共和国村民委员会组织法（2018年修正）第十三条〕');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });
});

describe('huanjie check', () => {
  it('lists the ineligible candidates with masked IDs, the same as evaluateRoster, and exits 1', () => {
    const file = 'examples/data/synthetic-candidates.csv';
    const r = huanjie('check', file, '--policy', 'example-shibuxuan-2020', '--as-of', '2021-10-28', '--format', 'json');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    const rows = parseRosterCsv(new Uint8Array(readFileSync(new URL(file, `file://${root}`)))).rows;
    const expected = evaluateRoster(rows, exampleShibuxuan, { asOf: '2021-10-28' });
    expect(report.screened).toBe(rows.length);
    expect(report.ineligible).toHaveLength(expected.count - expected.eligibleCount);
    expect(report.ineligible[0].residentId).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect(report.ineligible[0].failures[0]).toHaveProperty('reference');
  });

  it('shows full ID numbers only with --unmask, and writes CSV for Excel', () => {
    const base = [
      'check',
      'examples/data/synthetic-candidates.csv',
      '--policy',
      'example-shibuxuan-2020',
      '--as-of',
      '2021-10-28',
    ];
    // The full ID starts with a tab, as rosterToCsv writes it: as bare digits Excel would round it to 5.29901E+17.
    const unmasked = huanjie(...base, '--format', 'csv', '--unmask').stdout;
    expect(unmasked.split('\n')[1]).toMatch(/,\t529901\d{11}[\dX],/);
    expect(unmasked).not.toMatch(/,529901\d{11}[\dX],/);
    const csv = huanjie(...base, '--format', 'csv').stdout;
    expect(csv.startsWith('\uFEFF行号,姓名,身份证号')).toBe(true);
    expect(csv).not.toMatch(/529901\d{11}[\dX]/);
  });

  it('explains bad arguments and unknown policies instead of crashing', () => {
    const noPolicy = huanjie('check', 'examples/data/synthetic-candidates.csv');
    expect(noPolicy.status).toBe(2);
    expect(noPolicy.stderr).toContain('--policy');
    const unknown = huanjie('check', 'examples/data/synthetic-candidates.csv', '--policy', 'nowhere-policy');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('nowhere-policy');
    expect(
      execFileSync(process.execPath, ['packages/cli/bin/huanjie.js', '--help'], { cwd: root, encoding: 'utf8' }),
    ).toContain('huanjie test');
  });
});

describe('exit codes and messages a script can rely on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'huanjie-cli-'));
  const write = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const header = '姓名,身份证号,民族,学历,政治面貌,村(社区),组织,职务';
  // A 45-year-old party member with a high-school education: eligible under the national baseline.
  const eligible = `${header}\n张某甲,\t110105197601010015,汉族,高中,中共党员,坡头社区,党组织,委员\n`;
  const check = (file: string, ...more: string[]) =>
    huanjie('check', file, '--policy', 'cn-national', '--as-of', '2021-10-28', ...more);

  it('exits 0 when every row was read and everyone is eligible', () => {
    const r = check(write('eligible.csv', eligible));
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('审查 1 人，不合格 0 人');
    expect(r.status).toBe(0);
  });

  it('exits 1 when a row could not be read, even if everyone read is eligible', () => {
    const r = check(
      write('one-bad-row.csv', `${eligible}李某乙,\t110105197601010099,汉族,高中,中共党员,坡头社区,党组织,委员\n`),
    );
    expect(r.stderr).toContain('第 3 行');
    expect(r.status).toBe(1);
  });

  it('exits 3 when nobody could be screened: an empty file, a binary file, every row rejected', () => {
    for (const file of [
      write('empty.csv', ''),
      write('binary.bin', new Uint8Array([0x00, 0xff, 0x10, 0x00, 0x7f, 0x00, 0x00, 0x01])),
      write('all-bad.csv', `${header}\n李某乙,\t110105197601010099,汉族,高中,中共党员,坡头社区,党组织,委员\n`),
    ]) {
      const r = check(file);
      expect(r.stderr).toContain('没有可审查的行');
      expect(r.stderr).toContain('nothing to screen');
      expect(r.status).toBe(3);
    }
  });

  it('explains a missing file, a folder or a bad --as-of in both languages, with exit 2', () => {
    const missing = check(join(dir, 'nowhere.csv'));
    expect(missing.stderr).toContain('找不到文件');
    expect(missing.stderr).toContain('no such file');
    expect(missing.stderr).not.toContain('ENOENT');
    expect(missing.status).toBe(2);
    const folder = check(dir);
    expect(folder.stderr).toContain('是文件夹，不是文件');
    expect(folder.stderr).not.toContain('EISDIR');
    expect(folder.status).toBe(2);
    const asOf = huanjie('check', write('e.csv', eligible), '--policy', 'cn-national', '--as-of', '2021-02-30');
    expect(asOf.stderr).toContain('--as-of');
    expect(asOf.status).toBe(2);
    const unknownOption = huanjie('check', '--no-such-option');
    expect(unknownOption.stderr).toContain('参数有误 / bad arguments');
    expect(unknownOption.status).toBe(2);
  });

  it('never prints a control sequence from the roster to the terminal', () => {
    // ESC [1A ESC [2K moves the cursor up and erases the line: a roster could hide its own errors.
    const hostile = `${header},受过刑事处罚\n张某甲,\t110105197601010015,汉族,高中,群众,坡头社区,党组织,委员,否\u001b[1A\u001b[2K\n`;
    const r = check(write('hostile.csv', hostile));
    expect(r.stdout + r.stderr).not.toContain('\u001b');
  });

  it('prints its version', () => {
    const r = huanjie('--version');
    const { version } = JSON.parse(readFileSync(`${root}packages/cli/package.json`, 'utf8'));
    expect(r.stdout.trim()).toBe(`huanjie ${version}`);
    expect(r.status).toBe(0);
  });

  it('huanjie test exits 3 when there is no case to run, and 2 for a missing path', () => {
    const empty = join(dir, 'no-cases');
    mkdirSync(empty, { recursive: true });
    const none = huanjie('test', empty);
    expect(none.stdout).toContain('no case files');
    expect(none.status).toBe(3);
    const missing = huanjie('test', join(dir, 'nowhere'));
    expect(missing.stderr).toContain('找不到文件');
    expect(missing.status).toBe(2);
  });
});
