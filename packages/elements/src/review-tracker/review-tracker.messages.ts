/**
 * The words of `<hj-review-tracker>` in zh-CN (default), zh-TW and en. Department names and tier titles come from
 * the policy's review section (core data); core's problem messages (`message`, `messageEn`) are shown as they are.
 */
import type { Locale } from '../i18n/locale.js';

/** Counts for the summary line. */
export interface ReviewTrackerCounts {
  readonly inProgress: number;
  readonly overdue: number;
  readonly passed: number;
  readonly failed: number;
}

export interface ReviewTrackerMessages {
  title: string;
  caption: string;
  columns: {
    candidate: string;
    residentId: string;
    tier: string;
    progress: string;
    pending: string;
    deadline: string;
    outcome: string;
  };
  summary: (c: ReviewTrackerCounts) => string;
  answered: (answered: number, total: number) => string;
  /** Separator between department names. */
  listSeparator: string;
  nonePending: string;
  /** A duration of whole minutes (`11 小时 30 分钟`). */
  duration: (minutes: number) => string;
  remaining: (duration: string) => string;
  overdueBy: (duration: string) => string;
  dueAt: string;
  lateAnswers: (departments: string) => string;
  outcome: { pass: string; fail: string; pending: string };
  /** Marks before the outcome, so that colour is not the only sign. */
  outcomeMark: { pass: string; fail: string; pending: string };
  failedBy: (departments: string) => string;
  noName: string;
  noResidentId: string;
  invalid: string;
  noReviewSection: string;
  empty: string;
  /** After the summary, in brackets (the punctuation is part of the message). */
  asOf: (when: string) => string;
}

const zhDuration =
  (day: string, hour: string, minute: string) =>
  (minutes: number): string => {
    const d = Math.floor(minutes / 1440);
    const h = Math.floor((minutes % 1440) / 60);
    const m = minutes % 60;
    const parts = [d ? `${d} ${day}` : '', h ? `${h} ${hour}` : '', m || (!d && !h) ? `${m} ${minute}` : ''];
    return parts.filter(Boolean).join(' ');
  };

export const REVIEW_TRACKER_MESSAGES: Record<Locale, ReviewTrackerMessages> = {
  'zh-CN': {
    title: '资格联审跟踪',
    caption: '正在进行的候选人资格联审（超时的在前，其余按剩余时间排列）',
    columns: {
      candidate: '候选人',
      residentId: '身份证号',
      tier: '类别',
      progress: '答复进度',
      pending: '待答复部门',
      deadline: '时限',
      outcome: '结果',
    },
    summary: (c) => `进行中 ${c.inProgress} 人，其中超时 ${c.overdue} 人；通过 ${c.passed} 人；未通过 ${c.failed} 人`,
    answered: (a, t) => `已答复 ${a}/${t}`,
    listSeparator: '、',
    nonePending: '全部已答复',
    duration: zhDuration('天', '小时', '分钟'),
    remaining: (d) => `剩余 ${d}`,
    overdueBy: (d) => `已超时 ${d}`,
    dueAt: '截止',
    lateAnswers: (d) => `逾期答复：${d}`,
    outcome: { pass: '通过', fail: '未通过', pending: '联审中' },
    outcomeMark: { pass: '✓', fail: '✗', pending: '…' },
    failedBy: (d) => `未通过部门：${d}`,
    noName: '（未填姓名）',
    noResidentId: '—',
    invalid: '联审记录有误',
    noReviewSection: '所用政策没有资格联审一节，无法计算时限。',
    empty: '暂无资格联审记录。',
    asOf: (w) => `（截至 ${w}）`,
  },
  'zh-TW': {
    title: '資格聯審追蹤',
    caption: '正在進行的候選人資格聯審（逾時的在前，其餘按剩餘時間排列）',
    columns: {
      candidate: '候選人',
      residentId: '身分證號',
      tier: '類別',
      progress: '答覆進度',
      pending: '待答覆部門',
      deadline: '時限',
      outcome: '結果',
    },
    summary: (c) => `進行中 ${c.inProgress} 人，其中逾時 ${c.overdue} 人；通過 ${c.passed} 人；未通過 ${c.failed} 人`,
    answered: (a, t) => `已答覆 ${a}/${t}`,
    listSeparator: '、',
    nonePending: '全部已答覆',
    duration: zhDuration('天', '小時', '分鐘'),
    remaining: (d) => `剩餘 ${d}`,
    overdueBy: (d) => `已逾時 ${d}`,
    dueAt: '截止',
    lateAnswers: (d) => `逾期答覆：${d}`,
    outcome: { pass: '通過', fail: '未通過', pending: '聯審中' },
    outcomeMark: { pass: '✓', fail: '✗', pending: '…' },
    failedBy: (d) => `未通過部門：${d}`,
    noName: '（未填姓名）',
    noResidentId: '—',
    invalid: '聯審記錄有誤',
    noReviewSection: '所用政策沒有資格聯審一節，無法計算時限。',
    empty: '暫無資格聯審記錄。',
    asOf: (w) => `（截至 ${w}）`,
  },
  en: {
    title: 'Joint qualification reviews',
    caption: 'Qualification reviews in progress (overdue first, then by time left)',
    columns: {
      candidate: 'Candidate',
      residentId: 'ID number',
      tier: 'Tier',
      progress: 'Answers',
      pending: 'Departments pending',
      deadline: 'Deadline',
      outcome: 'Outcome',
    },
    summary: (c) => `${c.inProgress} in progress, ${c.overdue} of them overdue; ${c.passed} passed; ${c.failed} failed`,
    answered: (a, t) => `${a} of ${t} answered`,
    listSeparator: ', ',
    nonePending: 'All have answered',
    duration: (minutes) => {
      const d = Math.floor(minutes / 1440);
      const h = Math.floor((minutes % 1440) / 60);
      const m = minutes % 60;
      const parts = [d ? `${d} d` : '', h ? `${h} h` : '', m || (!d && !h) ? `${m} min` : ''];
      return parts.filter(Boolean).join(' ');
    },
    remaining: (d) => `${d} left`,
    overdueBy: (d) => `Overdue by ${d}`,
    dueAt: 'Due',
    lateAnswers: (d) => `Answered late: ${d}`,
    outcome: { pass: 'Passed', fail: 'Failed', pending: 'Under review' },
    outcomeMark: { pass: '✓', fail: '✗', pending: '…' },
    failedBy: (d) => `Failed by: ${d}`,
    noName: '(no name)',
    noResidentId: '—',
    invalid: 'The review record has errors',
    noReviewSection: 'The policy has no joint review section, so no deadlines can be computed.',
    empty: 'No qualification reviews.',
    asOf: (w) => ` (as of ${w})`,
  },
};
