/**
 * `huanjie check <roster.csv|.xlsx|.xls> --policy <id or file>`: screens every candidate of a roster (a CSV file or an
 * Excel workbook, its first sheet or `--sheet`) and lists the ineligible
 * ones with the rules they fail and their references, as a table, JSON or CSV. ID numbers are masked unless
 * `--unmask` is given. Rows the importer rejects are reported first (to stderr). The exit code says what was found
 * ({@link EXIT}): 0 all eligible, 1 someone ineligible or some rows unread, 3 nobody could be screened.
 */
import {
  type CandidateInput,
  evaluateRoster,
  maskResidentId,
  type Organization,
  type Post,
  type RosterVerdicts,
  readRosterWorkbook,
  summarizeRoster,
} from '@huanjie/core';
import { EXIT, type ExitCode } from '../exitCodes.js';
import { csvCell, terminalJson } from '../output.js';
import { resolvePolicy } from '../policyFiles.js';
import { printable } from '../terminal.js';
import { readUserFile } from '../userFiles.js';

export interface CheckOptions {
  readonly policy: string;
  readonly asOf: string;
  readonly format: 'table' | 'json' | 'csv';
  readonly unmask: boolean;
  readonly organization?: Organization;
  readonly post?: Post;
  /** The workbook's sheet to read; the first when not given. */
  readonly sheet?: string;
}

interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** A terminal to draw a progress bar on, when stderr is one. */
  readonly progress?: (done: number, total: number) => void;
  /** Rosters of at least this many rows get the progress bar. */
  readonly progressFrom?: number;
}

const CHUNK = 10_000;

/**
 * An ID number for Excel: as bare digits Excel shows 5.29901E+17 and rounds the last three digits away on save, so
 * it starts with a tab, as `rosterToCsv` writes it (and `parseRosterCsv` trims it).
 */
function idCell(id: string): string {
  return id === '' ? '' : `\t${id}`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export async function checkCommand(file: string, options: CheckOptions, io: Io): Promise<ExitCode> {
  const policy = resolvePolicy(options.policy, process.cwd());
  const read = options.sheet === undefined ? {} : { sheet: options.sheet };
  // The policy's post titles (纪检委员, 专职副书记 …) are read in the 职务 column as the posts they stand for.
  const imported = await readRosterWorkbook(readUserFile(file), { asOf: options.asOf, policy, ...read });
  for (const e of imported.errors) {
    // A workbook's problem names its cell as Excel does (花名册!E7); a CSV file's, its row.
    const place = e.cell ?? `第 ${e.row ?? '-'} 行`;
    io.err(printable(`${place} [${e.column ?? ''}] ${e.code} ${e.message} / ${e.messageEn}`));
  }
  if (imported.errors.length)
    io.err(
      `${imported.errors.length} 处导入错误，这些行未审查 / ${imported.errors.length} import errors; those rows were not screened`,
    );
  if (imported.rows.length === 0) {
    io.err(`没有可审查的行：${file} / nothing to screen: no readable row in ${file}`);
    return EXIT.nothingChecked;
  }

  const rows = imported.rows as CandidateInput[];
  // A 一肩挑 secretary-director is screened on two rows (two seats) but is one person.
  const { people } = summarizeRoster(imported.rows);
  const seat = { organization: options.organization, post: options.post };
  // Screen in chunks so that a progress bar can move on large rosters; verdicts are the same as in one call.
  const parts: { start: number; verdicts: RosterVerdicts }[] = [];
  for (let start = 0; start < rows.length || start === 0; start += CHUNK) {
    parts.push({
      start,
      verdicts: evaluateRoster(rows.slice(start, start + CHUNK), policy, { asOf: options.asOf, ...seat }),
    });
    if (rows.length >= (io.progressFrom ?? 0)) io.progress?.(Math.min(start + CHUNK, rows.length), rows.length);
    if (rows.length === 0) break;
  }
  const ineligible = parts.flatMap(({ start, verdicts }) =>
    verdicts.ineligible().map((i) => ({ index: start + i, verdict: verdicts.explain(i) })),
  );
  const id = (s?: string) => (s ? (options.unmask ? s : maskResidentId(s)) : '');
  const records = ineligible.map(({ index, verdict }) => ({
    row: imported.rowNumbers[index],
    name: rows[index]!.name,
    residentId: id(rows[index]!.residentId),
    village: (rows[index] as { village?: string }).village ?? '',
    seat: [verdict.seat.organization, verdict.seat.post].filter(Boolean).join(' '),
    failures: verdict.failures.map((f) => ({
      ruleId: f.ruleId,
      title: f.title.zh,
      reference: f.reference.title,
      source: f.source,
    })),
  }));

  if (options.format === 'json') {
    io.out(
      terminalJson({ policy: policy.chain, asOf: options.asOf, screened: rows.length, people, ineligible: records }),
    );
  } else if (options.format === 'csv') {
    io.out('\uFEFF行号,姓名,身份证号,村(社区),拟任,不合格原因,依据');
    for (const r of records) {
      const cells = [
        String(r.row),
        r.name,
        idCell(r.residentId),
        r.village,
        r.seat,
        r.failures.map((f) => f.title).join('；'),
        r.failures.map((f) => f.reference).join('；'),
      ];
      io.out(cells.map(csvCell).join(','));
    }
  } else {
    io.out(`政策 policy: ${policy.chain.join(' → ')}    评判日期 as of: ${options.asOf}`);
    io.out(
      `审查 ${rows.length} 行（${people} 人），不合格 ${records.length} 行 / screened ${count(rows.length, 'row', 'rows')} (${count(people, 'person', 'people')}), ineligible ${records.length}`,
    );
    for (const r of records) {
      io.out(printable(`第 ${r.row} 行  ${r.name}  ${r.residentId}  ${r.village}  ${r.seat}`));
      for (const f of r.failures) io.out(printable(`    ✗ ${f.ruleId} ${f.title}〔${f.reference}〕`));
    }
  }
  return records.length > 0 || imported.errors.length > 0 ? EXIT.findings : EXIT.ok;
}
