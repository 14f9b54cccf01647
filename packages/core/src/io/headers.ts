/**
 * The roster columns: their canonical Chinese headers (written by {@link rosterToCsv}) and the variants people use
 * in spreadsheets (read by {@link parseRosterCsv}).
 */
import type { RosterRow } from '../schemas/roster.js';

export type RosterField = keyof RosterRow & string;

/** Canonical header first, then accepted variants (compared after {@link normalizeHeader}). */
export const ROSTER_COLUMNS: ReadonlyArray<{ readonly field: RosterField; readonly headers: readonly string[] }> = [
  { field: 'name', headers: ['姓名', '名字', '人员姓名'] },
  { field: 'residentId', headers: ['身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码'] },
  { field: 'sex', headers: ['性别'] },
  { field: 'birthDate', headers: ['出生日期', '出生年月', '出生年月日', '出生时间', '生日'] },
  { field: 'ethnicity', headers: ['民族'] },
  { field: 'education', headers: ['学历', '文化程度', '最高学历', '全日制学历'] },
  { field: 'politicalStatus', headers: ['政治面貌'] },
  { field: 'partyJoinDate', headers: ['入党时间', '入党日期', '入党年月'] },
  { field: 'partyFullDate', headers: ['转正时间', '转正日期', '转正年月'] },
  { field: 'township', headers: ['乡镇(街道)', '乡镇', '乡(镇)', '乡镇街道', '街道', '所属乡镇'] },
  { field: 'village', headers: ['村(社区)', '村社区', '村/社区', '村、社区', '村居', '所在村', '村名', '村(居)'] },
  { field: 'villageCode', headers: ['区划代码', '统计用区划代码', '村代码', '行政区划代码'] },
  { field: 'organization', headers: ['组织', '所在组织', '组织类别', '班子'] },
  { field: 'post', headers: ['职务', '现任职务', '拟任职务'] },
  { field: 'concurrent', headers: ['一肩挑', '是否一肩挑', '书记主任一肩挑'] },
  { field: 'termStart', headers: ['任职时间', '任职日期', '任期开始', '本届任职时间'] },
];

/**
 * Normalizes a header for comparison: NFKC (full-width brackets become ASCII), no spaces, no control characters or
 * bidi overrides, no required-field marks (`*`, `（必填）`).
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[\s*＊\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\((必填|选填|必须)\)/g, '');
}

const BY_HEADER = new Map<string, RosterField>(
  ROSTER_COLUMNS.flatMap(({ field, headers }) => headers.map((h) => [normalizeHeader(h), field] as const)),
);

/** The roster field a header names, or `undefined`. */
export function fieldForHeader(header: string): RosterField | undefined {
  return BY_HEADER.get(normalizeHeader(header));
}
