/**
 * `huanjie campaign status|merge|verify`: the campaign journal (换届纪实) from the command line. Townships send up
 * NDJSON files; the county verifies them, merges them into one, and prints where the campaign stands on a day — the
 * villages per stage per township, the late and blocked villages, and the day's bulletin (日通报).
 *
 * Exit codes ({@link EXIT}): 0 clean; 1 something needs a person — an event rejected (edited, malformed, unknown
 * kind; listed on stderr, or on stdout for `verify`), a conflict between journals, or (status) a village late or
 * blocked; 2 usage; 3 nothing to read (no event in the files).
 */
import {
  type CampaignChanges,
  campaignBulletin,
  campaignChanges,
  fromDayNumber,
  isIsoDate,
  type JournalCheck,
  journalToNdjson,
  type MergedJournal,
  mergeJournals,
  type Problem,
  summarizeCampaign,
  type TownshipFigures,
  toDayNumber,
  type VillageEntry,
  type VillageStatus,
  verifyJournal,
} from '@huanjie/core';
import { EXIT, type ExitCode } from '../exitCodes.js';
import { csvCell, escapeControls, terminalJson } from '../output.js';
import { resolvePolicy } from '../policyFiles.js';
import { printable } from '../terminal.js';
import { readUserText } from '../userFiles.js';
import { readVillages } from '../villageFiles.js';

export const CAMPAIGN_COMMANDS = ['status', 'merge', 'verify'] as const;
export type CampaignFormat = 'table' | 'csv' | 'json';

/** The options as given on the command line (undefined when not given). */
export interface CampaignArgs {
  readonly asOf?: string;
  readonly policy?: string;
  readonly villages?: string;
  readonly format: string;
  /** The date `--as-of` defaults to. */
  readonly today: string;
}

interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Runs `huanjie campaign <command> <files…>`; bad arguments are listed on stderr with exit code 2. */
export function campaignCommand(args: readonly string[], options: CampaignArgs, io: Io): ExitCode {
  const [command, ...files] = args;
  const statusOnly = (
    [
      ['--as-of', options.asOf],
      ['--policy', options.policy],
      ['--villages', options.villages],
    ] as const
  ).filter(([, v]) => v !== undefined);
  const problems = [
    !command && '需要子命令 status、merge 或 verify / give a subcommand: status, merge or verify',
    command &&
      !(CAMPAIGN_COMMANDS as readonly string[]).includes(command) &&
      printable(`未知子命令“${command}”，应为 status、merge 或 verify / unknown subcommand "${command}"`),
    command && files.length === 0 && '需要至少一个纪实文件（.ndjson）/ give at least one journal file (.ndjson)',
    command !== 'status' &&
      statusOnly.length > 0 &&
      `${statusOnly.map(([o]) => o).join(' ')} 只用于 campaign status / only for campaign status`,
    options.asOf !== undefined &&
      !isIsoDate(options.asOf) &&
      `--as-of 应为存在的日期 YYYY-MM-DD / --as-of must be a real date YYYY-MM-DD: ${printable(options.asOf)}`,
    !['table', 'json', 'csv'].includes(options.format) &&
      '--format 应为 table、json 或 csv / --format must be table, json or csv',
  ].filter(Boolean);
  if (problems.length) {
    for (const p of problems) io.err(String(p));
    io.err('huanjie --help 查看用法 / see huanjie --help');
    return EXIT.usage;
  }
  if (command === 'verify') return verifyCommand(files, io);
  if (command === 'merge') return mergeCommand(files, io);
  return statusCommand(
    files,
    {
      asOf: options.asOf ?? options.today,
      policy: options.policy ?? 'cn-national',
      villages: options.villages,
      format: options.format as CampaignFormat,
    },
    io,
  );
}

interface Journal {
  readonly file: string;
  readonly check: JournalCheck;
}

function readJournals(files: readonly string[]): Journal[] {
  return files.map((file) => ({ file, check: verifyJournal(readUserText(file)) }));
}

/** `file:line: CODE message / English`, the way compilers and linters name a place, safe for a terminal. */
function problemLine(file: string, p: Problem): string {
  const where = p.row !== undefined ? `${file}:${p.row}` : file;
  const warning = p.severity === 'warning' ? '警告 warning ' : '';
  return printable(`${where}: ${warning}${p.code} ${p.message} / ${p.messageEn}`);
}

const errorsIn = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error').length;

/** A file's problems by line (those without one, such as a dangling reference, last), as a reader goes through it. */
const byLine = (problems: readonly Problem[]) =>
  [...problems].sort((a, b) => (a.row ?? Number.MAX_SAFE_INTEGER) - (b.row ?? Number.MAX_SAFE_INTEGER));

/**
 * Lists each file's problems and the merge's conflicts on stderr. A reference to an event that another of the files
 * holds is no longer a problem once they are merged.
 */
function reportProblems(journals: readonly Journal[], merged: MergedJournal, say: (line: string) => void): number {
  const ids = new Set(merged.events.map((e) => e.id));
  let errors = 0;
  for (const { file, check } of journals) {
    for (const p of byLine(check.problems)) {
      const target = p.params?.target;
      if (p.code === 'JOURNAL_EVENT_DANGLING' && typeof target === 'string' && ids.has(target)) continue;
      say(problemLine(file, p));
    }
    errors += errorsIn(check.problems);
  }
  for (const c of merged.conflicts) {
    say(
      printable(`警告 warning ${c.problem.code} ${c.problem.message} / ${c.problem.messageEn}: ${c.events.join(', ')}`),
    );
  }
  return errors;
}

function verifyCommand(files: readonly string[], io: Io): ExitCode {
  let errors = 0;
  let read = 0;
  for (const { file, check } of readJournals(files)) {
    for (const p of byLine(check.problems)) io.out(problemLine(file, p));
    const e = errorsIn(check.problems);
    const w = check.problems.length - e;
    errors += e;
    read += check.events.length + check.repeated + e;
    io.out(
      printable(
        `${file}: 可信事项 ${check.events.length} 条，错误 ${e} 处，警告 ${w} 处，完全重复 ${check.repeated} 条` +
          ` / ${check.events.length} events verified, ${e} errors, ${w} warnings, ${check.repeated} exact copies`,
      ),
    );
  }
  if (read === 0) {
    io.err('纪实文件中没有事项 / nothing to verify: the journal files hold no event');
    return EXIT.nothingChecked;
  }
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

function mergeCommand(files: readonly string[], io: Io): ExitCode {
  const journals = readJournals(files);
  const merged = mergeJournals(...journals.map((j) => j.check.events));
  const errors = reportProblems(journals, merged, io.err);
  if (merged.events.length === 0) {
    io.err('没有可合并的纪实事项 / nothing to merge: no event could be read');
    return EXIT.nothingChecked;
  }
  // The same JSON values as journalToNdjson writes (so every id still matches), with bidi and C1 controls escaped.
  io.out(escapeControls(journalToNdjson(merged.events)).slice(0, -1));
  const copies = journals.reduce((n, j) => n + j.check.events.length + j.check.repeated, 0) - merged.events.length;
  io.err(
    `合并 ${files.length} 个文件：事项 ${merged.events.length} 条（重复的 ${copies} 条只保留一条），错误 ${errors} 处，冲突 ${merged.conflicts.length} 处` +
      ` / merged ${files.length} files: ${merged.events.length} events (${copies} copies kept once), ${errors} errors,` +
      ` ${merged.conflicts.length} conflicts`,
  );
  return errors > 0 || merged.conflicts.length > 0 ? EXIT.findings : EXIT.ok;
}

interface StatusOptions {
  readonly asOf: string;
  readonly policy: string;
  readonly villages: string | undefined;
  readonly format: CampaignFormat;
}

function statusCommand(files: readonly string[], options: StatusOptions, io: Io): ExitCode {
  const policy = resolvePolicy(options.policy, process.cwd());
  const villages: VillageEntry[] | undefined = options.villages ? readVillages(options.villages) : undefined;
  const journals = readJournals(files);
  const merged = mergeJournals(...journals.map((j) => j.check.events));
  const errors = reportProblems(journals, merged, io.err);
  if (merged.events.length === 0) {
    io.err('没有可统计的纪实事项 / nothing to report: no event could be read');
    return EXIT.nothingChecked;
  }
  const previousDay = fromDayNumber(toDayNumber(options.asOf) - 1);
  const changes = campaignChanges(merged.events, {
    from: previousDay,
    to: options.asOf,
    policy,
    ...(villages ? { villages } : {}),
  });
  const status = changes.to;
  if (villages) {
    const listed = new Set(villages.map((v) => v.code));
    const unlisted = status.villages.filter((v) => !listed.has(v.code));
    if (unlisted.length) {
      io.err(
        `纪实中有 ${unlisted.length} 个村(社区)不在名录中：${unlisted
          .slice(0, 5)
          .map((v) => v.code)
          .join('、')} / ${unlisted.length} villages in the journal are not in the village file`,
      );
    }
  }
  const summary = summarizeCampaign(status);
  const late = status.villages.filter((v) => v.late.length > 0);
  const blocked = status.villages.filter((v) => v.blockers.length > 0);
  const bulletin = campaignBulletin(changes);
  const report = {
    policy: policy.chain,
    journals,
    conflicts: merged.conflicts,
    changes,
    summary,
    late,
    blocked,
    bulletin,
  };
  if (options.format === 'json') io.out(terminalJson(statusJson(report)));
  else if (options.format === 'csv') statusCsv(report, io.out);
  else statusTable(report, (line) => io.out(printable(line)));
  return errors > 0 || merged.conflicts.length > 0 || late.length > 0 || blocked.length > 0 ? EXIT.findings : EXIT.ok;
}

interface StatusReport {
  readonly policy: readonly string[];
  readonly journals: readonly Journal[];
  readonly conflicts: MergedJournal['conflicts'];
  readonly changes: CampaignChanges;
  readonly summary: ReturnType<typeof summarizeCampaign>;
  readonly late: readonly VillageStatus[];
  readonly blocked: readonly VillageStatus[];
  readonly bulletin: { readonly zh: string; readonly en: string };
}

const villageName = (v: VillageStatus) => `${v.code} ${v.name ?? ''}${v.township ? `（${v.township}）` : ''}`.trim();
const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(2)}%`);

function statusTable(r: StatusReport, say: (line: string) => void): void {
  const { county } = r.summary;
  const stages = r.changes.to.stages;
  say(`选情 campaign status — 截至 as of ${r.changes.to.asOf.date}    政策 policy: ${r.policy.join(' → ')}`);
  say(`纪实 journals: ${r.journals.map(({ file, check }) => `${file} (${check.events.length})`).join(', ')}`);
  say(
    `全县 county: ${county.villages} 个村(社区) villages；未开始 not started ${county.notStarted}；` +
      `已完成 complete ${county.complete}；已举行选举 held ${county.held}；` +
      `一次选举成功率 first-vote success ${percent(county.firstVoteRate)}；滞后 late ${county.late}；` +
      `受阻 blocked ${county.blocked}；有未处置突发事件 open incidents ${county.withOpenIncidents}`,
  );
  say('');
  say('各乡镇各阶段村数 / villages per stage, by township:');
  for (const t of r.summary.townships) {
    say(
      `${t.name ? `${t.name} ` : ''}${t.code}：${t.villages} 个村(社区)，滞后 ${t.late}，受阻 ${t.blocked}` +
        ` / ${t.villages} villages, ${t.late} late, ${t.blocked} blocked`,
    );
    if (t.notStarted) say(`  ${String(t.notStarted).padStart(5)}  未开始 / not started`);
    for (const s of stages) {
      const n = t.byStage[s.id] ?? 0;
      if (n) say(`  ${String(n).padStart(5)}  ${s.title.zh} / ${s.title.en}`);
    }
  }
  say('');
  say(`滞后 late (${r.late.length})${r.late.length ? ':' : ': 无 none'}`);
  for (const v of r.late) {
    const items = v.late.map((l) => `${l.title.zh}应于 ${l.due} 前完成 / ${l.title.en} due ${l.due}`);
    say(`  ${villageName(v)}：${items.join('；')}`);
  }
  say(`受阻 blocked (${r.blocked.length})${r.blocked.length ? ':' : ': 无 none'}`);
  for (const v of r.blocked) {
    say(`  ${villageName(v)}：${v.blockers.map((b) => `${b.message} / ${b.messageEn}`).join('；')}`);
  }
  say('');
  say(`日通报 bulletin (${r.changes.from.asOf.date} → ${r.changes.to.asOf.date}):`);
  say(r.bulletin.zh);
  say(r.bulletin.en);
}

/** One row per township and one for the county: a table for Excel. */
function statusCsv(r: StatusReport, out: (line: string) => void): void {
  const stages = r.changes.to.stages;
  const header = [
    '乡镇代码',
    '乡镇',
    '村(社区)数',
    '未开始',
    ...stages.map((s) => s.title.zh),
    '已完成',
    '已举行选举',
    '一次选举成功',
    '一次选举成功率',
    '滞后',
    '受阻',
    '有未处置突发事件',
  ];
  out(`\uFEFF${header.map(csvCell).join(',')}`);
  const row = (code: string, name: string, f: Omit<TownshipFigures, 'code' | 'name'>) =>
    [
      code,
      name,
      f.villages,
      f.notStarted,
      ...stages.map((s) => f.byStage[s.id] ?? 0),
      f.complete,
      f.held,
      f.succeededAtFirstVote,
      f.firstVoteRate === null ? '' : percent(f.firstVoteRate),
      f.late,
      f.blocked,
      f.withOpenIncidents,
    ]
      .map((c) => csvCell(String(c)))
      .join(',');
  for (const t of r.summary.townships) out(row(t.code, t.name ?? '', t));
  out(row('', '全县', r.summary.county));
}

function statusJson(r: StatusReport): unknown {
  const ref = (v: VillageStatus) => ({
    code: v.code,
    ...(v.name ? { name: v.name } : {}),
    ...(v.township ? { township: v.township } : {}),
  });
  return {
    asOf: r.changes.to.asOf.date,
    policy: r.policy,
    journals: r.journals.map(({ file, check }) => ({
      file,
      events: check.events.length,
      errors: errorsIn(check.problems),
      problems: check.problems,
    })),
    conflicts: r.conflicts.map(({ unit, at, kind, events }) => ({ unit, at, kind, events })),
    county: r.summary.county,
    townships: r.summary.townships,
    late: r.late.map((v) => ({ ...ref(v), stage: v.stage?.id ?? null, late: v.late })),
    blocked: r.blocked.map((v) => ({ ...ref(v), stage: v.stage?.id ?? null, blockers: v.blockers })),
    bulletin: { from: r.changes.from.asOf.date, to: r.changes.to.asOf.date, ...r.bulletin },
  };
}
