/**
 * The `huanjie` command for policy staff: `huanjie test` runs policy case files, `huanjie check` screens a roster,
 * `huanjie campaign` verifies, merges and reports on campaign journals.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { HuanjieError, isIsoDate, ORGANIZATIONS, POSTS } from '@huanjie/core';
import { campaignCommand } from './commands/campaign.js';
import { checkCommand } from './commands/check.js';
import { testCommand } from './commands/test.js';
import { EXIT, type ExitCode } from './exitCodes.js';
import { printable } from './terminal.js';
import { UsageError } from './userFiles.js';

const HELP = `huanjie — 村(社区)"两委"换届工具 / tools for two-committee re-elections

用法 usage:
  huanjie test <文件或文件夹…>           运行政策测试用例（*.cases.yaml）/ run policy case files
  huanjie check <花名册.csv|.xlsx|.xls> --policy <政策>  审查花名册中的人选 / screen a roster
      --sheet <工作表>        工作簿中要读的工作表（默认第一张）/ the workbook's sheet to read (default the first)
      --as-of YYYY-MM-DD     评判日期（默认今天）/ the date rules are judged on (default today)
      --format table|json|csv
      --organization 党组织|村民委员会|居民委员会   --post 书记|副书记|委员|主任|副主任
      --unmask               显示完整身份证号 / show full ID numbers
  huanjie campaign status <纪实.ndjson…>   选情：各乡镇各阶段村数、滞后与受阻的村、日通报 / where the campaign stands
      --as-of YYYY-MM-DD     截至日期（默认今天），日通报为前一日至该日 / the day (default today); the bulletin covers that day
      --policy <政策>         默认 cn-national / default cn-national
      --villages <名录.csv>   村(社区)名录，列：区划代码、村(社区)、乡镇 / village file with those columns
      --format table|json|csv   csv：每乡镇一行 / csv: one row per township
  huanjie campaign merge <a.ndjson> <b.ndjson…> > 全县.ndjson   合并各乡镇纪实，冲突列在 stderr / merge, conflicts on stderr
  huanjie campaign verify <纪实.ndjson…>   核验，逐行列出问题 / verify, problems with their line numbers
  政策 policy: 内置 built-in: cn-national, example-shibuxuan-2020, example-county-hard-criteria，或政策文件路径 / or a policy file
  huanjie --version          版本 / version

退出码 exit codes:
  0  check: 全部审查且均符合条件 / all rows screened, all eligible;  test: 全部通过 / every case passed;
     campaign: 纪实无误，无冲突，无滞后或受阻的村 / journals clean, no conflict, no village late or blocked
  1  check: 有人不符合条件，或有行无法读取 / someone ineligible, or rows unread;  test: 有用例失败 / a case failed;
     campaign: 有事项未采信（被改动、格式错误）或有冲突；status 另含有村滞后或受阻
     / an event rejected (edited, malformed) or a conflict; for status also a village late or blocked
  2  用法错误：参数、文件或政策有误 / usage error: arguments, a file or a policy
  3  没有可审查的行、可运行的用例或可读的纪实事项 / nothing could be screened, tested or read`;

/** The version of this package, from its package.json (beside dist/ and src/). */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function progressBar(done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done >= total) process.stderr.write('\n');
}

export async function main(argv: readonly string[]): Promise<ExitCode> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const err = (line: string) => process.stderr.write(`${line}\n`);
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      version: { type: 'boolean', short: 'v' },
      policy: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string', default: 'table' },
      organization: { type: 'string' },
      post: { type: 'string' },
      unmask: { type: 'boolean', default: false },
      villages: { type: 'string' },
      sheet: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.version) {
    out(`huanjie ${version()}`);
    return EXIT.ok;
  }
  if (values.help || !command) {
    out(HELP);
    return command || values.help ? EXIT.ok : EXIT.usage;
  }
  if (command === 'test') return testCommand(rest, out);
  if (command === 'check') {
    const format = values.format as 'table' | 'json' | 'csv';
    const problems = [
      rest.length !== 1 && '需要一个花名册文件 / give one roster file',
      !values.policy && '需要 --policy / --policy is required',
      values['as-of'] !== undefined &&
        !isIsoDate(values['as-of']) &&
        `--as-of 应为存在的日期 YYYY-MM-DD / --as-of must be a real date YYYY-MM-DD: ${printable(values['as-of'])}`,
      !['table', 'json', 'csv'].includes(format) &&
        `--format 应为 table、json 或 csv / --format must be table, json or csv`,
      values.organization &&
        !(ORGANIZATIONS as readonly string[]).includes(values.organization) &&
        `--organization 应为 ${ORGANIZATIONS.join('、')}`,
      values.post && !(POSTS as readonly string[]).includes(values.post) && `--post 应为 ${POSTS.join('、')}`,
    ].filter(Boolean);
    if (problems.length) {
      for (const p of problems) err(String(p));
      return EXIT.usage;
    }
    return checkCommand(
      rest[0]!,
      {
        policy: values.policy as string,
        asOf: values['as-of'] ?? today(),
        format,
        unmask: values.unmask ?? false,
        organization: values.organization as never,
        post: values.post as never,
        ...(values.sheet === undefined ? {} : { sheet: values.sheet }),
      },
      { out, err, progress: process.stderr.isTTY ? progressBar : undefined, progressFrom: 10_000 },
    );
  }
  if (command === 'campaign') {
    return campaignCommand(
      rest,
      {
        asOf: values['as-of'],
        policy: values.policy,
        villages: values.villages,
        format: values.format ?? 'table',
        today: today(),
      },
      { out, err },
    );
  }
  err(printable(`未知命令“${command}” / unknown command "${command}"\n`));
  out(HELP);
  return EXIT.usage;
}

// `huanjie check … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  const say = (line: string) => process.stderr.write(`${printable(line)}\n`);
  if (e instanceof HuanjieError) {
    for (const p of e.problems) say(`${p.code} ${(p.path ?? []).join('.')} ${p.message} / ${p.messageEn}`);
  } else if (e instanceof UsageError) {
    for (const line of e.message.split('\n')) say(line);
  } else if (/^ERR_PARSE_ARGS/.test(String((e as NodeJS.ErrnoException).code))) {
    // Node's own error code (a regex, not a string literal: the problem catalogue's test reads quoted codes as ours)
    say(`参数有误 / bad arguments: ${(e as Error).message}`);
    say('huanjie --help 查看用法 / see huanjie --help');
  } else {
    say(`内部错误，请报告 / internal error, please report: ${(e as Error).stack ?? String(e)}`);
  }
  process.exitCode = EXIT.usage;
}
