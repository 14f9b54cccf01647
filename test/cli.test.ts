// The `huanjie` command as policy staff run it: through the committed bin shim, on real files.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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
  it('lists the ineligible candidates with masked IDs, the same as evaluateRoster', () => {
    const file = 'examples/data/synthetic-candidates.csv';
    const r = huanjie('check', file, '--policy', 'example-shibuxuan-2020', '--as-of', '2021-10-28', '--format', 'json');
    expect(r.status).toBe(0);
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
    expect(huanjie(...base, '--format', 'csv', '--unmask').stdout.split('\n')[1]).toMatch(/,529901\d{11}[\dX],/);
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
