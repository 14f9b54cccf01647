/**
 * The words of `<hj-reserve-pool>` in zh-CN (default), zh-TW and en. The pool's own words (sources, readiness,
 * villages, skills, channels) are the record's and core's; the reasons of a suggestion are core's (`reason.zh`,
 * `reason.en`) and the form's dimensions its titles.
 */
import type { Locale } from '../i18n/locale.js';

export interface ReservePoolMessages {
  title: string;
  total: (n: number, unplaced: number) => string;
  bySource: string;
  byReadiness: string;
  byTownship: string;
  township: string;
  count: string;
  allTownships: string;
  people: (township: string | undefined, n: number) => string;
  columns: { name: string; village: string; source: string; readiness: string; id: string };
  noId: string;
  showProfile: (name: string) => string;
  profile: (name: string) => string;
  facts: {
    age: string;
    sex: string;
    education: string;
    political: string;
    source: string;
    channel: string;
    readiness: string;
    village: string;
    skills: string;
    id: string;
  };
  sex: { male: string; female: string };
  notRecorded: string;
  dimensions: string;
  dimension: string;
  rating: string;
  notRated: string;
  trialPosts: string;
  trialPost: (village: string, post: string) => string;
  trialEvaluations: string;
  evaluations: string;
  mentors: string;
  training: string;
  none: string;
  status: { current: string; past: string; planned: string };
  range: (from: string, until: string | undefined) => string;
  evaluation: (date: string, kind: string | undefined, rating: string) => string;
  match: string;
  village: string;
  organization: string;
  post: string;
  minEducation: string;
  maxAge: string;
  skillsWanted: string;
  skillsHint: string;
  any: string;
  suggest: string;
  suggestions: (village: string, post: string, ranked: number, ineligible: number) => string;
  score: (points: string) => string;
  warnings: string;
  noSuggestion: string;
  weightsFrom: (from: string) => string;
  empty: string;
  listSeparator: string;
}

const zhCN: ReservePoolMessages = {
  title: '后备人才库',
  total: (n, u) => `共 ${n} 人${u ? `（${u} 人未能归入乡镇）` : ''}`,
  bySource: '按来源',
  byReadiness: '按成熟度',
  byTownship: '按乡镇与成熟度',
  township: '乡镇',
  count: '人数',
  allTownships: '全部乡镇',
  people: (t, n) => `${t ?? '全部乡镇'}的后备人才（${n} 人）`,
  columns: { name: '姓名', village: '村（社区）', source: '来源', readiness: '成熟度', id: '身份证号' },
  noId: '未填',
  showProfile: (n) => `查看${n}的人才画像`,
  profile: (n) => `${n}的人才画像`,
  facts: {
    age: '年龄',
    sex: '性别',
    education: '学历',
    political: '政治面貌',
    source: '来源',
    channel: '发现渠道',
    readiness: '成熟度',
    village: '所在村',
    skills: '专业特长',
    id: '身份证号',
  },
  sex: { male: '男', female: '女' },
  notRecorded: '未记录',
  dimensions: '考察评价维度（最近一次评价）',
  dimension: '维度',
  rating: '评价',
  notRated: '未评价',
  trialPosts: '岗位锻炼与准岗考核',
  trialPost: (v, p) => `${v} ${p}`,
  trialEvaluations: '准岗考核',
  evaluations: '历次考察评价',
  mentors: '结对培养',
  training: '培养计划',
  none: '无',
  status: { current: '进行中', past: '已结束', planned: '计划中' },
  range: (f, u) => (u ? `${f} 至 ${u}` : `${f} 起`),
  evaluation: (d, k, r) => `${d} ${k ?? '考察'}：${r}`,
  match: '为村（社区）推荐人选',
  village: '村（社区）',
  organization: '组织',
  post: '职务',
  minEducation: '最低学历',
  maxAge: '最高年龄',
  skillsWanted: '需要的专长',
  skillsHint: '用顿号或逗号分隔，如：电商、财会',
  any: '不限',
  suggest: '推荐人选',
  suggestions: (v, p, n, i) => `${v} ${p}：符合资格的 ${n} 人按匹配度排列，${i} 人不符合资格条件`,
  score: (p) => `${p} 分`,
  warnings: '提示',
  noSuggestion: '没有符合资格条件的后备人才',
  weightsFrom: (f) => `权重：${f}`,
  empty: '后备人才库中还没有人',
  listSeparator: '、',
};

const zhTW: ReservePoolMessages = {
  ...zhCN,
  title: '後備人才庫',
  total: (n, u) => `共 ${n} 人${u ? `（${u} 人未能歸入鄉鎮）` : ''}`,
  bySource: '按來源',
  byReadiness: '按成熟度',
  byTownship: '按鄉鎮與成熟度',
  township: '鄉鎮',
  count: '人數',
  allTownships: '全部鄉鎮',
  people: (t, n) => `${t ?? '全部鄉鎮'}的後備人才（${n} 人）`,
  columns: { name: '姓名', village: '村（社區）', source: '來源', readiness: '成熟度', id: '身分證號' },
  noId: '未填',
  showProfile: (n) => `查看${n}的人才畫像`,
  profile: (n) => `${n}的人才畫像`,
  facts: {
    age: '年齡',
    sex: '性別',
    education: '學歷',
    political: '政治面貌',
    source: '來源',
    channel: '發現渠道',
    readiness: '成熟度',
    village: '所在村',
    skills: '專業特長',
    id: '身分證號',
  },
  notRecorded: '未記錄',
  dimensions: '考察評價維度（最近一次評價）',
  dimension: '維度',
  rating: '評價',
  notRated: '未評價',
  trialPosts: '崗位鍛鍊與準崗考核',
  trialEvaluations: '準崗考核',
  evaluations: '歷次考察評價',
  mentors: '結對培養',
  training: '培養計畫',
  none: '無',
  status: { current: '進行中', past: '已結束', planned: '計畫中' },
  range: (f, u) => (u ? `${f} 至 ${u}` : `${f} 起`),
  match: '為村（社區）推薦人選',
  village: '村（社區）',
  organization: '組織',
  post: '職務',
  minEducation: '最低學歷',
  maxAge: '最高年齡',
  skillsWanted: '需要的專長',
  skillsHint: '用頓號或逗號分隔，如：電商、財會',
  suggest: '推薦人選',
  suggestions: (v, p, n, i) => `${v} ${p}：符合資格的 ${n} 人按匹配度排列，${i} 人不符合資格條件`,
  score: (p) => `${p} 分`,
  noSuggestion: '沒有符合資格條件的後備人才',
  weightsFrom: (f) => `權重：${f}`,
  empty: '後備人才庫中還沒有人',
};

const en: ReservePoolMessages = {
  title: 'Reserve talent pool',
  total: (n, u) => `${n} people${u ? ` (${u} not placed in a township)` : ''}`,
  bySource: 'By source',
  byReadiness: 'By readiness',
  byTownship: 'By township and readiness',
  township: 'Township',
  count: 'People',
  allTownships: 'All townships',
  people: (t, n) => `Reserves of ${t ?? 'all townships'} (${n})`,
  columns: { name: 'Name', village: 'Village', source: 'Source', readiness: 'Readiness', id: 'ID number' },
  noId: 'none',
  showProfile: (n) => `Show ${n}'s profile`,
  profile: (n) => `Profile of ${n}`,
  facts: {
    age: 'Age',
    sex: 'Sex',
    education: 'Education',
    political: 'Political status',
    source: 'Source',
    channel: 'Found through',
    readiness: 'Readiness',
    village: 'Village',
    skills: 'Skills',
    id: 'ID number',
  },
  sex: { male: 'Male', female: 'Female' },
  notRecorded: 'not recorded',
  dimensions: 'Evaluation dimensions (latest rating)',
  dimension: 'Dimension',
  rating: 'Rating',
  notRated: 'not rated',
  trialPosts: 'Trial posts and their evaluations',
  trialPost: (v, p) => `${v}, ${p}`,
  trialEvaluations: 'Trial-post evaluations',
  evaluations: 'Evaluations',
  mentors: 'Mentors',
  training: 'Training plan',
  none: 'none',
  status: { current: 'current', past: 'ended', planned: 'planned' },
  range: (f, u) => (u ? `${f} to ${u}` : `from ${f}`),
  evaluation: (d, k, r) => `${d} ${k ?? '考察'}: ${r}`,
  match: 'Suggest reserves for a village',
  village: 'Village',
  organization: 'Organization',
  post: 'Post',
  minEducation: 'Lowest education',
  maxAge: 'Highest age',
  skillsWanted: 'Skills wanted',
  skillsHint: 'separated by 、 or commas, e.g. 电商, 财会',
  any: 'any',
  suggest: 'Suggest',
  suggestions: (v, p, n, i) => `${v}, ${p}: ${n} eligible reserves by fit; ${i} not eligible`,
  score: (p) => `${p} points`,
  warnings: 'Notes',
  noSuggestion: 'No reserve is eligible',
  weightsFrom: (f) => `Weights: ${f}`,
  empty: 'The reserve pool is empty',
  listSeparator: ', ',
};

export const RESERVE_POOL_MESSAGES: Record<Locale, ReservePoolMessages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
