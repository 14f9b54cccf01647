// The `huanjie` command as policy staff run it: through the committed bin shim, on real files.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CampaignEvent,
  campaignBulletin,
  campaignChanges,
  evaluateRoster,
  exampleShibuxuan,
  journalToNdjson,
  nationalBaseline,
  parseRosterCsv,
  sealEvent,
  summarizeCampaign,
  summarizeRoster,
} from '@huanjie/core';
import { generateCampaign, generateCounty } from '@huanjie/core/synthetic';
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

  it('screens an Excel workbook (.xlsx or .xls) as its CSV twin, and names bad cells as Excel does', () => {
    const args = ['--policy', 'cn-national', '--as-of', '2021-10-28', '--format', 'json'];
    const csv = huanjie('check', 'test/fixtures/roster-excel-gbk.csv', ...args);
    for (const file of ['test/fixtures/roster-excel.xlsx', 'test/fixtures/roster-excel97.xls']) {
      const r = huanjie('check', file, ...args);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(csv.status);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(csv.stdout));
    }
    const bad = huanjie('check', 'test/fixtures/roster-with-errors.xlsx', ...args);
    expect(bad.stderr).toContain('花名册!D5 [出生日期] ROW_DATE_NONEXISTENT');
    expect(bad.stderr).toContain('花名册!B4 [身份证号] ROW_ID_SCIENTIFIC 身份证号被 Excel 显示成了科学计数法');
    expect(bad.status).toBe(1);
    const sheet = huanjie('check', 'test/fixtures/roster-excel.xlsx', ...args, '--sheet', '名单');
    expect(sheet.stderr).toContain('WORKBOOK_NO_SHEET 工作簿中没有工作表“名单”，只有：花名册、填表说明');
    expect(sheet.status).toBe(3);
  });

  it('says how many people it screened, not only rows: a 一肩挑 secretary-director has two', () => {
    const file = 'examples/data/synthetic-roster.csv';
    const rows = parseRosterCsv(new Uint8Array(readFileSync(new URL(file, `file://${root}`)))).rows;
    const { people } = summarizeRoster(rows);
    expect(people).toBeLessThan(rows.length);
    const args = ['check', file, '--policy', 'example-shibuxuan-2020', '--as-of', '2021-10-28'];
    const table = huanjie(...args);
    expect(table.stdout).toContain(`审查 ${rows.length} 行（${people} 人）`);
    expect(table.stdout).toContain(`screened ${rows.length} rows (${people} people)`);
    const report = JSON.parse(huanjie(...args, '--format', 'json').stdout);
    expect([report.screened, report.people]).toEqual([rows.length, people]);
    expect(table.status).toBe(report.ineligible.length > 0 ? 1 : 0);
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
    expect(r.stdout).toContain('审查 1 行（1 人），不合格 0 行 / screened 1 row (1 person), ineligible 0');
    expect(r.status).toBe(0);
  });

  it('reads the policy’s post titles in the 职务 column: 纪检委员 under a county that lists it', () => {
    const titled = eligible.replace(',党组织,委员', ',党组织,纪检委员');
    const file = write('titled.csv', titled);
    expect(check(file).stderr).toContain('WORD_NOT_IN_VOCABULARY'); // not a national post
    const county = huanjie('check', file, '--policy', 'example-county-hard-criteria', '--as-of', '2021-10-28');
    expect(county.stderr).toBe('');
    expect(county.stdout).toContain('审查 1 行（1 人）');
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

describe('huanjie campaign', () => {
  const dir = mkdtempSync(join(tmpdir(), 'huanjie-campaign-'));
  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  // The synthetic county's 2021 journal, sent up as two files: townships 101–109, and the other eighteen.
  const county = generateCounty();
  const { events, villages } = generateCampaign(county.villages);
  const north = events.filter((e) => e.unit < '529901110');
  const south = events.filter((e) => e.unit >= '529901110');
  const northFile = write('north.ndjson', journalToNdjson(north));
  const southFile = write('south.ndjson', journalToNdjson(south));
  const villageFile = write(
    'villages.csv',
    `\uFEFF区划代码,村(社区),乡镇,户数\n${county.villages.map((v) => `${v.code},${v.name},${v.township},${v.households ?? ''}`).join('\n')}\n`,
  );
  const on = (asOf: string) =>
    campaignChanges(events, { from: '2021-10-19', to: asOf, policy: nationalBaseline, villages });
  const ids = (ndjson: string) =>
    ndjson
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as CampaignEvent).id);

  it('merges the townships’ files into the county journal, each event once, in the journal’s order', () => {
    const r = huanjie('campaign', 'merge', southFile, northFile, southFile);
    expect(r.status).toBe(0);
    expect(ids(r.stdout)).toEqual(events.map((e) => e.id));
    expect(r.stderr).toContain(`事项 ${events.length} 条（重复的 ${south.length} 条只保留一条），错误 0 处，冲突 0 处`);
    // The merged file verifies: every event still matches its id.
    const merged = write('county.ndjson', r.stdout);
    const check = huanjie('campaign', 'verify', merged);
    expect(check.stdout.trim()).toBe(
      `${merged}: 可信事项 ${events.length} 条，错误 0 处，警告 0 处，完全重复 0 条 / ${events.length} events verified, 0 errors, 0 warnings, 0 exact copies`,
    );
    expect(check.status).toBe(0);
  });

  it('prints villages per stage per township, the late villages and the day’s bulletin, and exits 1 for the late', () => {
    const r = huanjie('campaign', 'status', northFile, southFile, '--as-of', '2021-10-20', '--villages', villageFile);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const changes = on('2021-10-20');
    const summary = summarizeCampaign(changes.to);
    expect(r.stdout).toContain('全县 county: 197 个村(社区) villages；未开始 not started 0；已完成 complete 0');
    // Every township with its name from the village file, and its villages per stage as core counts them.
    expect(summary.townships).toHaveLength(27);
    const lines = r.stdout.split('\n');
    for (const t of summary.townships) {
      const at = lines.findIndex((l) => l.startsWith(`${t.name} ${t.code}：${t.villages} 个村(社区)`));
      expect(at, t.code).toBeGreaterThan(0);
      const party = t.byStage['party-election'] ?? 0;
      if (party)
        expect(lines.slice(at + 1, at + 6)).toContain(
          `  ${String(party).padStart(5)}  党组织选举 / Party organization election`,
        );
    }
    // The three villages whose voter list came late, by name and township, with the day it was due.
    const late = changes.to.villages.filter((v) => v.late.length);
    expect(late).toHaveLength(3);
    for (const v of late) expect(r.stdout).toContain(`${v.code} ${v.name}（${v.township}）：选民登记与公布应于`);
    expect(r.stdout).toContain('滞后 late (3):');
    expect(r.stdout).toContain(campaignBulletin(changes).zh);
    expect(r.stdout).toContain(campaignBulletin(changes).en);
  });

  it('gives the same figures as JSON, and a table per township as CSV for Excel', () => {
    const json = huanjie(
      'campaign',
      'status',
      northFile,
      southFile,
      '--as-of',
      '2021-10-25',
      '--villages',
      villageFile,
      '--format',
      'json',
    );
    const report = JSON.parse(json.stdout);
    const summary = summarizeCampaign(on('2021-10-25').to);
    expect(report.county).toEqual(summary.county);
    expect(report.townships).toEqual(summary.townships);
    expect(report.county.held).toBeGreaterThan(0);
    expect(report.late.map((v: { code: string }) => v.code)).toHaveLength(summary.county.late);
    expect(report.journals.map((j: { events: number }) => j.events)).toEqual([north.length, south.length]);

    const csv = huanjie('campaign', 'status', northFile, southFile, '--as-of', '2021-10-25', '--format', 'csv');
    const rows = csv.stdout.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^\uFEFF乡镇代码,乡镇,村\(社区\)数,未开始,筹备（推选村民选举委员会）,离任审计与公示,/);
    expect(rows).toHaveLength(1 + 27 + 1);
    const countyRow = rows.at(-1)!.split(',');
    expect(countyRow.slice(0, 3)).toEqual(['', '全县', '197']);
    expect(countyRow.at(-6)).toBe(String(summary.county.succeededAtFirstVote));
  });

  it('exits 0 once every village has finished, with no late or blocked village', () => {
    const r = huanjie('campaign', 'status', northFile, southFile, '--as-of', '2021-12-31');
    expect(r.stdout).toContain('已完成 complete 197');
    expect(r.stdout).toContain('滞后 late (0): 无 none');
    expect(r.stdout).toContain('受阻 blocked (0): 无 none');
    expect(r.status).toBe(0);
  });

  it('names the line a clerk edited by hand and the line a crash cut short, and keeps the other events', () => {
    // Someone moves a village on to the party election in a text editor, and the file's last write was cut off.
    const edited = north.findIndex((e) => e.kind === 'stage' && e.data.stage === 'nomination');
    const lines = journalToNdjson(north).split('\n');
    lines[edited] = lines[edited]!.replace('"stage":"nomination"', '"stage":"party-election"');
    const file = write('north-edited.ndjson', `${lines.join('\n')}{"id":"5f1c`);
    const verify = huanjie('campaign', 'verify', file);
    expect(verify.status).toBe(1);
    const out = verify.stdout.trim().split('\n');
    expect(out[0]).toMatch(
      new RegExp(`^${file}:${edited + 1}: JOURNAL_EVENT_TAMPERED 纪实事项 ${north[edited]!.id} 的内容与其编号不符`),
    );
    expect(out[1]).toBe(
      `${file}:${north.length + 1}: JOURNAL_LINE_JSON 纪实文件第 ${north.length + 1} 行不是一条 JSON 记录 / Line ${north.length + 1} of the journal file is not a JSON record`,
    );
    expect(out[2]).toContain(`可信事项 ${north.length - 1} 条，错误 2 处`);

    // The status still reports, from the trustworthy events, and lists what it left out on stderr.
    const status = huanjie('campaign', 'status', file, southFile, '--as-of', '2021-10-20');
    expect(status.stderr).toContain(`${file}:${edited + 1}: JOURNAL_EVENT_TAMPERED`);
    expect(status.stderr).toContain(`${file}:${north.length + 1}: JOURNAL_LINE_JSON`);
    expect(status.stdout).toContain('全县 county: 197 个村(社区)');
    expect(status.status).toBe(1);
  });

  it('keeps both of two conflicting stage events from two files, lists the conflict, and exits 1', () => {
    const clerk = { name: '李某', role: '乡镇干部', level: '乡镇' } as const;
    const at = '2021-10-20T10:00:00+08:00';
    const unit = north[0]!.unit;
    const one = sealEvent({ at, unit, actor: clerk, kind: 'stage', data: { stage: 'nomination' } });
    const other = sealEvent({ at, unit, actor: clerk, kind: 'stage', data: { stage: 'party-election' } });
    const r = huanjie(
      'campaign',
      'merge',
      write('one.ndjson', journalToNdjson([one])),
      write('two.ndjson', journalToNdjson([other])),
    );
    expect(ids(r.stdout).sort()).toEqual([one.id, other.id].sort());
    expect(r.stderr).toContain(`警告 warning JOURNAL_CONFLICT ${unit} 在同一时刻 ${at} 有 2 条相互冲突的阶段记录`);
    expect(r.status).toBe(1);
  });

  it('never prints a control character from a journal, and keeps the event’s id valid', () => {
    const clerk = { name: '王某', role: '包村干部', level: '乡镇' } as const;
    const note = sealEvent({
      at: '2021-09-03T09:00:00+08:00',
      unit: north[0]!.unit,
      actor: clerk,
      kind: 'note',
      data: { text: '张某\u202e甲\u0085乙 \u001b[2K' },
    });
    const r = huanjie('campaign', 'merge', write('note.ndjson', journalToNdjson([note])));
    expect(r.stdout).not.toMatch(/[\u001b\u0085\u202e]/);
    expect(JSON.parse(r.stdout)).toEqual(note);
    const status = huanjie(
      'campaign',
      'verify',
      write('hostile.ndjson', `${JSON.stringify({ ...note, kind: '\u001b[1A\u202e' })}\n`),
    );
    expect(status.stdout).toContain('JOURNAL_EVENT_KIND');
    expect(status.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(status.status).toBe(1);
  });

  it('explains bad calls in both languages with exit 2, and an empty journal with exit 3', () => {
    const cases: [string[], string][] = [
      [['campaign'], '需要子命令 status、merge 或 verify'],
      [['campaign', 'report', northFile], 'unknown subcommand "report"'],
      [['campaign', 'status'], '需要至少一个纪实文件'],
      [['campaign', 'status', northFile, '--as-of', '2021-02-30'], '--as-of must be a real date'],
      [
        ['campaign', 'merge', northFile, '--villages', villageFile],
        '--villages 只用于 campaign status / only for campaign status',
      ],
      [['campaign', 'verify', join(dir, 'nowhere.ndjson')], '找不到文件'],
      [
        [
          'campaign',
          'status',
          northFile,
          '--villages',
          write('no-township.csv', '区划代码,村(社区)\n529901101001,某村\n'),
        ],
        'lacks the columns township',
      ],
      [
        [
          'campaign',
          'status',
          northFile,
          '--villages',
          write('bad-code.csv', '区划代码,村(社区),乡镇\n5299011010,某村,青石镇\n'),
        ],
        '第 2 行：区划代码“5299011010”应为 12 位数字',
      ],
    ];
    for (const [args, message] of cases) {
      const r = huanjie(...args);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.status, args.join(' ')).toBe(2);
    }
    const empty = write('empty.ndjson', '\n');
    for (const command of ['status', 'merge', 'verify']) {
      const r = huanjie('campaign', command, empty);
      expect(r.stderr).toMatch(/没有.*纪实事项|没有事项/);
      expect(r.status, command).toBe(3);
    }
  });
});
