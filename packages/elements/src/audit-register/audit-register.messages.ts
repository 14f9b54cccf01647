/**
 * The words of `<hj-audit-register>` in zh-CN (default), zh-TW and en. The audit's own words (members, departments,
 * findings) are the record's; the matters audited are Art. 35's wording (core's `AUDIT_SCOPES`, in English from
 * `AUDIT_SCOPES_EN`); core's problem messages (`message`, `messageEn`) are shown as they are.
 */
import type { Locale } from '../i18n/locale.js';

/** Counts for the summary line. */
export interface AuditRegisterCounts {
  readonly audits: number;
  readonly findings: number;
  readonly closed: number;
  readonly overdue: number;
}

export interface AuditRegisterMessages {
  title: (village: string | undefined) => string;
  summary: (c: AuditRegisterCounts) => string;
  auditHeading: (from: string, to: string, reported: string) => string;
  audited: string;
  group: string;
  fieldwork: string;
  scope: string;
  findingsCaption: string;
  columns: {
    finding: string;
    scope: string;
    amount: string;
    responsible: string;
    deadline: string;
    severity: string;
    status: string;
  };
  severity: { 一般: string; 较大: string; 重大: string };
  /** Marks before each status, so that colour is not the only sign. */
  status: { closed: (date: string) => string; overdue: string; open: string };
  noFindings: string;
  postingsCaption: string;
  postingColumns: { n: string; period: string; place: string };
  /** The postings meet the policy's rule. */
  publicityOk: (postings: number, days: number) => string;
  publicityShort: string;
  /** No audit section in the policy, or no election day: the postings are listed, not judged. */
  publicityUnchecked: string;
  noPostings: string;
  empty: string;
  listSeparator: string;
  range: (from: string, to: string) => string;
  noFigure: string;
}

export const AUDIT_REGISTER_MESSAGES: Record<Locale, AuditRegisterMessages> = {
  'zh-CN': {
    title: (v) => (v ? `${v}：离任经济责任审计` : '离任经济责任审计'),
    summary: (c) =>
      `审计 ${c.audits} 次；发现问题 ${c.findings} 个，已整改销号 ${c.closed} 个，逾期未整改 ${c.overdue} 个`,
    auditHeading: (from, to, reported) => `任期 ${from} 至 ${to}（报告日期 ${reported}）`,
    audited: '审计对象',
    group: '审计小组',
    fieldwork: '审计时间',
    scope: '审计事项（村民委员会组织法第三十五条）',
    findingsCaption: '审计发现的问题与整改台账',
    columns: {
      finding: '问题',
      scope: '事项',
      amount: '涉及金额',
      responsible: '责任人',
      deadline: '整改期限',
      severity: '定性',
      status: '台账状态',
    },
    severity: { 一般: '一般', 较大: '较大', 重大: '重大' },
    status: { closed: (d) => `✓ 已整改销号（${d}）`, overdue: '⚠ 逾期未整改', open: '○ 整改中' },
    noFindings: '未发现问题',
    postingsCaption: '审计结果公示',
    postingColumns: { n: '次序', period: '公示期', place: '地点' },
    publicityOk: (p, d) => `✓ 公示符合要求（不少于 ${p} 次、每次不少于 ${d} 天）`,
    publicityShort: '✗ 公示不符合要求：',
    publicityUnchecked: '未设选举日或政策无公示要求，公示未核对',
    noPostings: '尚未公示',
    empty: '尚无离任审计记录：不审计不换届',
    listSeparator: '、',
    range: (a, b) => `${a} 至 ${b}`,
    noFigure: '—',
  },
  'zh-TW': {
    title: (v) => (v ? `${v}：離任經濟責任審計` : '離任經濟責任審計'),
    summary: (c) =>
      `審計 ${c.audits} 次；發現問題 ${c.findings} 個，已整改銷號 ${c.closed} 個，逾期未整改 ${c.overdue} 個`,
    auditHeading: (from, to, reported) => `任期 ${from} 至 ${to}（報告日期 ${reported}）`,
    audited: '審計對象',
    group: '審計小組',
    fieldwork: '審計時間',
    scope: '審計事項（村民委員會組織法第三十五條）',
    findingsCaption: '審計發現的問題與整改臺帳',
    columns: {
      finding: '問題',
      scope: '事項',
      amount: '涉及金額',
      responsible: '責任人',
      deadline: '整改期限',
      severity: '定性',
      status: '臺帳狀態',
    },
    severity: { 一般: '一般', 较大: '較大', 重大: '重大' },
    status: { closed: (d) => `✓ 已整改銷號（${d}）`, overdue: '⚠ 逾期未整改', open: '○ 整改中' },
    noFindings: '未發現問題',
    postingsCaption: '審計結果公示',
    postingColumns: { n: '次序', period: '公示期', place: '地點' },
    publicityOk: (p, d) => `✓ 公示符合要求（不少於 ${p} 次、每次不少於 ${d} 天）`,
    publicityShort: '✗ 公示不符合要求：',
    publicityUnchecked: '未設選舉日或政策無公示要求，公示未核對',
    noPostings: '尚未公示',
    empty: '尚無離任審計紀錄：不審計不換屆',
    listSeparator: '、',
    range: (a, b) => `${a} 至 ${b}`,
    noFigure: '—',
  },
  en: {
    title: (v) => (v ? `${v}: departure audit` : 'Departure audit'),
    summary: (c) => `${c.audits} audit(s); ${c.findings} finding(s), ${c.closed} put right, ${c.overdue} overdue`,
    auditHeading: (from, to, reported) => `Term ${from} to ${to} (report of ${reported})`,
    audited: 'Audited',
    group: 'Audit group',
    fieldwork: 'Fieldwork',
    scope: "Matters audited (Villagers' Committees Law, Art. 35)",
    findingsCaption: 'Findings and their ledger items',
    columns: {
      finding: 'Finding',
      scope: 'Matter',
      amount: 'Amount',
      responsible: 'Responsible',
      deadline: 'Due',
      severity: 'Grade',
      status: 'Ledger status',
    },
    severity: { 一般: 'Minor', 较大: 'Serious', 重大: 'Major' },
    status: { closed: (d) => `✓ Put right (${d})`, overdue: '⚠ Overdue', open: '○ Being put right' },
    noFindings: 'No findings',
    postingsCaption: 'Postings of the results',
    postingColumns: { n: 'No.', period: 'Period', place: 'Place' },
    publicityOk: (p, d) => `✓ Posted as required (at least ${p} times, ${d} days each)`,
    publicityShort: '✗ Not posted as required:',
    publicityUnchecked: 'No election day or no posting rule in the policy: postings not checked',
    noPostings: 'Not posted yet',
    empty: 'No departure audit recorded: no audit, no election',
    listSeparator: ', ',
    range: (a, b) => `${a} to ${b}`,
    noFigure: '—',
  },
};
