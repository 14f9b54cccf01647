/**
 * `huanjie test <files or folders>`: runs policy case files and prints each case, a readable diff for each failure,
 * and the closing line `N passed, N failed`. The exit code ({@link EXIT}) is 1 when a case fails or a case file
 * cannot be run, and 3 when no case ran at all.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { HuanjieError } from '@huanjie/core';
import { parsePolicyCases, runPolicyCases } from '@huanjie/core/testing';
import { EXIT, type ExitCode } from '../exitCodes.js';
import { resolvePolicy } from '../policyFiles.js';
import { printable } from '../terminal.js';
import { isFolder, readUserText } from '../userFiles.js';

const CASE_FILE = /\.cases\.(ya?ml|json)$/;

function collect(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    if (isFolder(p)) {
      return readdirSync(p, { recursive: true, encoding: 'utf8' })
        .filter((f) => CASE_FILE.test(f))
        .sort()
        .map((f) => join(p, f));
    }
    return [p];
  });
}

export function testCommand(paths: readonly string[], out: (line: string) => void): ExitCode {
  const files = collect(paths.length ? paths : ['.']);
  if (files.length === 0) {
    out('没有找到政策测试用例文件（*.cases.yaml）/ no case files (*.cases.yaml) found');
    out('0 passed, 0 failed');
    return EXIT.nothingChecked;
  }
  let passed = 0;
  let failed = 0;
  let unrunnable = 0;
  // Case names, diffs and messages come from the files: printed through `printable`, never raw.
  const say = (line: string) => out(printable(line));
  for (const file of files) {
    const name = relative(process.cwd(), file) || file;
    try {
      const cases = parsePolicyCases(readUserText(file), name);
      const policy = resolvePolicy(cases.policy, dirname(file));
      say(`${name}  (${policy.chain.join(' → ')})`);
      for (const result of runPolicyCases(policy, cases)) {
        if (result.passed) {
          passed++;
          say(`  ✓ ${result.name}`);
        } else {
          failed++;
          say(`  ✗ ${result.name}`);
          for (const line of result.diff) say(`      ${line}`);
        }
      }
    } catch (e) {
      failed++;
      unrunnable++;
      say(name);
      say('  ✗ 无法运行 / cannot run');
      const messages =
        e instanceof HuanjieError
          ? e.problems.map((p) => `${p.code} ${(p.path ?? []).join('.')} ${p.message} / ${p.messageEn}`)
          : [(e as Error).message];
      for (const m of messages) say(`      ${m}`);
    }
  }
  out('');
  out(`${passed} passed, ${failed} failed`);
  if (passed + failed - unrunnable === 0) return EXIT.nothingChecked;
  return failed > 0 ? EXIT.findings : EXIT.ok;
}
