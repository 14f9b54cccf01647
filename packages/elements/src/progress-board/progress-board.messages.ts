/**
 * The words of `<hj-progress-board>` in zh-CN (default), zh-TW and en. Task titles come from the task template
 * (core data, Chinese and English).
 */

import type { CampaignFigures } from '@huanjie/core';
import type { Locale } from '../i18n/locale.js';
import type { CountySummary } from './progress-summary.js';

export interface ProgressBoardMessages {
  title: string;
  /** The county's tasks. */
  county: (s: CountySummary, pct: string) => string;
  /** The county's elections (core's campaign figures), after the tasks. */
  countyElections: (f: CampaignFigures, rate: string) => string;
  /** Between the tasks and the elections of the county line. */
  clauseSeparator: string;
  /** After the summary, in brackets (the punctuation is part of the message). */
  asOf: (date: string) => string;
  /** `45%` or, without tasks, a dash. */
  percent: (value: number | null) => string;
  completion: (pct: string, done: number, total: number) => string;
  overdueTasks: (n: number) => string;
  electionsHeld: (held: number, total: number) => string;
  firstVoteRate: (rate: string) => string;
  noElections: string;
  villagesCaption: (township: string) => string;
  columns: { unit: string; completion: string; overdue: string; election: string };
  townshipLevel: (name: string) => string;
  daysLate: (title: string, days: number, due: string) => string;
  noneOverdue: string;
  election: { notHeld: string; firstVote: string; notFirstVote: string; held: string; unknown: string };
  listSeparator: string;
  empty: string;
}

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

export const PROGRESS_BOARD_MESSAGES: Record<Locale, ProgressBoardMessages> = {
  'zh-CN': {
    title: '换届进度看板',
    county: (s, p) =>
      `全县 ${s.townships} 个乡镇、${s.units} 个单位：任务完成 ${p}（${s.done}/${s.total}），逾期任务 ${s.overdue} 项`,
    countyElections: (f, rate) => `已选举 ${f.held}/${f.villages} 个村，一次选举成功率 ${rate}`,
    clauseSeparator: '；',
    asOf: (d) => `（截至 ${d}）`,
    percent: pct,
    completion: (p, d, t) => `完成 ${p}（${d}/${t}）`,
    overdueTasks: (n) => `逾期任务 ${n} 项`,
    electionsHeld: (h, t) => `已选举 ${h}/${t}`,
    firstVoteRate: (r) => `一次选举成功率 ${r}`,
    noElections: '暂无选举情况',
    villagesCaption: (t) => `${t}各村（社区）进度`,
    columns: { unit: '村（社区）', completion: '任务完成', overdue: '逾期任务', election: '选举' },
    townshipLevel: (n) => `${n}（乡镇本级）`,
    daysLate: (title, days, due) => `${title}（应于 ${due} 前完成，已逾期 ${days} 天）`,
    noneOverdue: '无',
    election: {
      notHeld: '未选举',
      firstVote: '✓ 已选举，一次选举成功',
      notFirstVote: '已选举，未一次选举成功',
      held: '已选举',
      unknown: '—',
    },
    listSeparator: '；',
    empty: '暂无任务进度数据。',
  },
  'zh-TW': {
    title: '換屆進度看板',
    county: (s, p) =>
      `全縣 ${s.townships} 個鄉鎮、${s.units} 個單位：任務完成 ${p}（${s.done}/${s.total}），逾期任務 ${s.overdue} 項`,
    countyElections: (f, rate) => `已選舉 ${f.held}/${f.villages} 個村，一次選舉成功率 ${rate}`,
    clauseSeparator: '；',
    asOf: (d) => `（截至 ${d}）`,
    percent: pct,
    completion: (p, d, t) => `完成 ${p}（${d}/${t}）`,
    overdueTasks: (n) => `逾期任務 ${n} 項`,
    electionsHeld: (h, t) => `已選舉 ${h}/${t}`,
    firstVoteRate: (r) => `一次選舉成功率 ${r}`,
    noElections: '暫無選舉情況',
    villagesCaption: (t) => `${t}各村（社區）進度`,
    columns: { unit: '村（社區）', completion: '任務完成', overdue: '逾期任務', election: '選舉' },
    townshipLevel: (n) => `${n}（鄉鎮本級）`,
    daysLate: (title, days, due) => `${title}（應於 ${due} 前完成，已逾期 ${days} 天）`,
    noneOverdue: '無',
    election: {
      notHeld: '未選舉',
      firstVote: '✓ 已選舉，一次選舉成功',
      notFirstVote: '已選舉，未一次選舉成功',
      held: '已選舉',
      unknown: '—',
    },
    listSeparator: '；',
    empty: '暫無任務進度資料。',
  },
  en: {
    title: 'Re-election progress',
    county: (s, p) =>
      `County: ${s.townships} townships, ${s.units} units: ${p} of tasks done (${s.done}/${s.total}), ` +
      `${s.overdue} overdue`,
    countyElections: (f, rate) =>
      `elections held in ${f.held} of ${f.villages} villages, succeeded at the first vote: ${rate}`,
    clauseSeparator: '; ',
    asOf: (d) => ` (as of ${d})`,
    percent: pct,
    completion: (p, d, t) => `${p} done (${d}/${t})`,
    overdueTasks: (n) => `${n} overdue ${n === 1 ? 'task' : 'tasks'}`,
    electionsHeld: (h, t) => `${h}/${t} elections held`,
    firstVoteRate: (r) => `first-vote success ${r}`,
    noElections: 'No election data',
    villagesCaption: (t) => `Villages and communities of ${t}`,
    columns: { unit: 'Village / community', completion: 'Tasks done', overdue: 'Overdue tasks', election: 'Election' },
    townshipLevel: (n) => `${n} (township itself)`,
    daysLate: (title, days, due) => `${title} (due ${due}, ${days} ${days === 1 ? 'day' : 'days'} late)`,
    noneOverdue: 'None',
    election: {
      notHeld: 'Not held yet',
      firstVote: '✓ Held, succeeded at the first vote',
      notFirstVote: 'Held, not at the first vote',
      held: 'Held',
      unknown: '—',
    },
    listSeparator: '; ',
    empty: 'No task progress yet.',
  },
};
