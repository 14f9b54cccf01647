/**
 * `huanjie test <files or folders>`: runs policy case files and prints each case, a readable diff for each failure,
 * and the closing line `N passed, N failed`. Exit code 1 when any case fails.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { HuanjieError } from '@huanjie/core';
import { parsePolicyCases, runPolicyCases } from '@huanjie/core/testing';
import { resolvePolicy } from '../policyFiles.js';

const CASE_FILE = /\.cases\.(ya?ml|json)$/;

function collect(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    if (statSync(p).isDirectory()) {
      return readdirSync(p, { recursive: true, encoding: 'utf8' })
        .filter((f) => CASE_FILE.test(f))
        .sort()
        .map((f) => join(p, f));
    }
    return [p];
  });
}

export function testCommand(paths: readonly string[], out: (line: string) => void): number {
  const files = collect(paths.length ? paths : ['.']);
  if (files.length === 0) {
    out('没有找到政策测试用例文件（*.cases.yaml）/ no case files (*.cases.yaml) found');
    out('0 passed, 0 failed');
    return 1;
  }
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const name = relative(process.cwd(), file) || file;
    try {
      const cases = parsePolicyCases(readFileSync(file, 'utf8'), name);
      const policy = resolvePolicy(cases.policy, dirname(file));
      out(`${name}  (${policy.chain.join(' → ')})`);
      for (const result of runPolicyCases(policy, cases)) {
        if (result.passed) {
          passed++;
          out(`  ✓ ${result.name}`);
        } else {
          failed++;
          out(`  ✗ ${result.name}`);
          for (const line of result.diff) out(`      ${line}`);
        }
      }
    } catch (e) {
      failed++;
      const message =
        e instanceof HuanjieError
          ? e.problems.map((p) => `${p.code} ${(p.path ?? []).join('.')} ${p.message}`).join('\n      ')
          : (e as Error).message;
      out(`${name}\n  ✗ 无法运行 / cannot run\n      ${message}`);
    }
  }
  out('');
  out(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
