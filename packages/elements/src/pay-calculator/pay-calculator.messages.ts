/**
 * The words of `<hj-pay-calculator>` in zh-CN (default), zh-TW and en. Field names come from core's
 * `FIELD_LABELS`; the vocabularies (organizations, posts, education, ratings) keep core's values and are only
 * labelled here.
 */
import {
  EDUCATION_LEVELS,
  type EducationLevel,
  FIELD_LABELS,
  ORGANIZATIONS,
  type Organization,
  PAY_RATINGS,
  type PayRating,
  POSTS,
  type Post,
} from '@huanjie/core';
import type { Locale } from '../i18n/locale.js';

export interface PayCalculatorMessages {
  /** Legend of the cadre's fields. */
  cadreLegend: string;
  name: string;
  organization: string;
  post: string;
  concurrent: string;
  concurrentHint: string;
  education: string;
  educationHint: string;
  appointmentDate: string;
  endDate: string;
  endDateHint: string;
  choose: string;
  notGiven: string;
  organizations: Record<Organization, string>;
  posts: Record<Post, string>;
  educationLevels: Record<EducationLevel, string>;
  /** Legend of the annual ratings. */
  ratingsLegend: string;
  ratingsHint: string;
  ratingYear: (year: string) => string;
  notRated: string;
  ratings: Record<PayRating, string>;
  /** The term the schedule covers. */
  term: (from: string, to: string) => string;
  noPolicy: string;
  emptyHint: string;
  /** A problem from core, shown at its field. */
  problem: (message: string, expected: string | undefined) => string;
  afterTermEnd: (termEnd: string) => string;
  /** This month's pay. */
  currentTitle: (month: string) => string;
  currentSummary: (month: string, gross: string, paid: string) => string;
  notInPeriod: (month: string) => string;
  base: string;
  seniority: string;
  seniorityYears: (years: number) => string;
  concurrentAllowance: string;
  allowances: string;
  gross: string;
  withheld: string;
  paid: string;
  /** Schedule. */
  scheduleCaption: (from: string, to: string) => string;
  month: string;
  total: string;
  /** Term totals. */
  totalsTitle: string;
  monthlyGross: string;
  performancePaid: string;
  departure: string;
  totalPaid: string;
  /** Performance payouts. */
  performanceCaption: string;
  year: string;
  rating: string;
  payout: string;
  paidIn: string;
  awaitingRating: string;
  /** In place of a figure there is none of. */
  noFigure: string;
  afterPeriod: string;
  /** Departure allowance. */
  departureText: (month: string, years: number, amount: string) => string;
  /** Explanation. */
  explanationCaption: (policy: string) => string;
  parameter: string;
  value: string;
  since: string;
  percent: (n: string) => string;
  yearsValue: (n: string) => string;
  /** Validity. */
  missing: string;
  invalid: (n: number) => string;
}

const identity = <T extends string>(list: readonly T[]): Record<T, string> =>
  Object.fromEntries(list.map((v) => [v, v])) as unknown as Record<T, string>;

export const PAY_CALCULATOR_MESSAGES: Record<Locale, PayCalculatorMessages> = {
  'zh-CN': {
    cadreLegend: '任职信息',
    name: FIELD_LABELS.name.zh,
    organization: FIELD_LABELS.organization.zh,
    post: FIELD_LABELS.post.zh,
    concurrent: `书记、主任${FIELD_LABELS.concurrent.zh}`,
    concurrentHint: '仅党组织书记适用',
    education: FIELD_LABELS.education.zh,
    educationHint: '选填；部分补贴按学历发放',
    appointmentDate: '任职日期',
    endDate: '离任日期',
    endDateHint: '选填；仍在任的留空',
    choose: '请选择',
    notGiven: '未填写',
    organizations: identity(ORGANIZATIONS),
    posts: identity(POSTS),
    educationLevels: identity(EDUCATION_LEVELS),
    ratingsLegend: '年度考核等次',
    ratingsHint: '影响次年的工龄增资和当年绩效报酬的发放；尚未考核的年度留空',
    ratingYear: (year) => `${year}年`,
    notRated: '未考核',
    ratings: identity(PAY_RATINGS),
    term: (from, to) => `任期：${from} 至 ${to}`,
    noPolicy: '未提供报酬政策，无法计算。',
    emptyHint: '填写任职日期后显示报酬。',
    problem: (message, expected) => (expected ? `${message}（可接受：${expected}）` : message),
    afterTermEnd: (termEnd) => `任职日期晚于任期截止日 ${termEnd}`,
    currentTitle: (month) => `本月报酬（${month}）`,
    currentSummary: (month, gross, paid) => `${month} 应发 ${gross}，实发 ${paid}`,
    notInPeriod: (month) => `本月（${month}）不在计算期间内。`,
    base: '基本报酬',
    seniority: '工龄（任职年限）增资',
    seniorityYears: (years) => `任职满 ${years} 年`,
    concurrentAllowance: '“一肩挑”补贴',
    allowances: '补贴',
    gross: '应发',
    withheld: '预留绩效',
    paid: '实发',
    scheduleCaption: (from, to) => `逐月报酬（${from} 至 ${to}）`,
    month: '月份',
    total: '合计',
    totalsTitle: '任期合计',
    monthlyGross: '月报酬应发合计',
    performancePaid: '绩效报酬发放',
    departure: '离任补助',
    totalPaid: '实发总额',
    performanceCaption: '年度考核后发放的绩效报酬',
    year: '年度',
    rating: '考核等次',
    payout: '发放金额',
    paidIn: '发放月份',
    awaitingRating: '待考核',
    noFigure: '—',
    afterPeriod: '期后发放',
    departureText: (month, years, amount) => `离任补助：${month} 发放，任职满 ${years} 年，计 ${amount}。`,
    explanationCaption: (policy) => `计算依据：${policy}`,
    parameter: '参数',
    value: '取值',
    since: '起始日期',
    percent: (n) => `${n}%`,
    yearsValue: (n) => `${n} 年`,
    missing: '请填写任职日期',
    invalid: (n) => `有 ${n} 处填写有误，请按提示修改`,
  },
  'zh-TW': {
    cadreLegend: '任職資訊',
    name: FIELD_LABELS.name.zhTW,
    organization: FIELD_LABELS.organization.zhTW,
    post: FIELD_LABELS.post.zhTW,
    concurrent: `書記、主任${FIELD_LABELS.concurrent.zhTW}`,
    concurrentHint: '僅黨組織書記適用',
    education: FIELD_LABELS.education.zhTW,
    educationHint: '選填；部分補貼依學歷發放',
    appointmentDate: '任職日期',
    endDate: '離任日期',
    endDateHint: '選填；仍在任者留空',
    choose: '請選擇',
    notGiven: '未填寫',
    organizations: { 党组织: '黨組織', 村民委员会: '村民委員會', 居民委员会: '居民委員會' },
    posts: { 书记: '書記', 副书记: '副書記', 委员: '委員', 主任: '主任', 副主任: '副主任' },
    educationLevels: {
      小学: '小學',
      初中: '初中',
      高中: '高中',
      中专: '中專',
      职高: '職高',
      技校: '技校',
      大专: '大專',
      本科: '本科',
      硕士研究生: '碩士研究生',
      博士研究生: '博士研究生',
    },
    ratingsLegend: '年度考核等次',
    ratingsHint: '影響次年的年資增資和當年績效報酬的發放；尚未考核的年度留空',
    ratingYear: (year) => `${year}年`,
    notRated: '未考核',
    ratings: { 优秀: '優秀', 称职: '稱職', 基本称职: '基本稱職', 不称职: '不稱職' },
    term: (from, to) => `任期：${from} 至 ${to}`,
    noPolicy: '未提供報酬政策，無法計算。',
    emptyHint: '填寫任職日期後顯示報酬。',
    problem: (message, expected) => (expected ? `${message}（可接受：${expected}）` : message),
    afterTermEnd: (termEnd) => `任職日期晚於任期截止日 ${termEnd}`,
    currentTitle: (month) => `本月報酬（${month}）`,
    currentSummary: (month, gross, paid) => `${month} 應發 ${gross}，實發 ${paid}`,
    notInPeriod: (month) => `本月（${month}）不在計算期間內。`,
    base: '基本報酬',
    seniority: '年資（任職年限）增資',
    seniorityYears: (years) => `任職滿 ${years} 年`,
    concurrentAllowance: '「一肩挑」補貼',
    allowances: '補貼',
    gross: '應發',
    withheld: '預留績效',
    paid: '實發',
    scheduleCaption: (from, to) => `逐月報酬（${from} 至 ${to}）`,
    month: '月份',
    total: '合計',
    totalsTitle: '任期合計',
    monthlyGross: '月報酬應發合計',
    performancePaid: '績效報酬發放',
    departure: '離任補助',
    totalPaid: '實發總額',
    performanceCaption: '年度考核後發放的績效報酬',
    year: '年度',
    rating: '考核等次',
    payout: '發放金額',
    paidIn: '發放月份',
    awaitingRating: '待考核',
    noFigure: '—',
    afterPeriod: '期後發放',
    departureText: (month, years, amount) => `離任補助：${month} 發放，任職滿 ${years} 年，計 ${amount}。`,
    explanationCaption: (policy) => `計算依據：${policy}`,
    parameter: '參數',
    value: '取值',
    since: '起始日期',
    percent: (n) => `${n}%`,
    yearsValue: (n) => `${n} 年`,
    missing: '請填寫任職日期',
    invalid: (n) => `有 ${n} 處填寫有誤，請依提示修改`,
  },
  en: {
    cadreLegend: 'Appointment',
    name: FIELD_LABELS.name.en,
    organization: FIELD_LABELS.organization.en,
    post: FIELD_LABELS.post.en,
    concurrent: FIELD_LABELS.concurrent.en,
    concurrentHint: 'Party secretaries only',
    education: FIELD_LABELS.education.en,
    educationHint: 'Optional; some allowances depend on it',
    appointmentDate: 'Appointment date',
    endDate: 'Leaving date',
    endDateHint: 'Optional; leave empty while in office',
    choose: 'Choose',
    notGiven: 'Not given',
    organizations: {
      党组织: 'Party organization (党组织)',
      村民委员会: "Villagers' committee (村民委员会)",
      居民委员会: "Residents' committee (居民委员会)",
    },
    posts: {
      书记: 'Secretary (书记)',
      副书记: 'Deputy secretary (副书记)',
      委员: 'Member (委员)',
      主任: 'Director (主任)',
      副主任: 'Deputy director (副主任)',
    },
    educationLevels: {
      小学: 'Primary school',
      初中: 'Junior secondary',
      高中: 'Senior secondary',
      中专: 'Secondary vocational (中专)',
      职高: 'Vocational high school (职高)',
      技校: 'Technical school (技校)',
      大专: 'Junior college (大专)',
      本科: "Bachelor's degree",
      硕士研究生: "Master's degree",
      博士研究生: 'Doctorate',
    },
    ratingsLegend: 'Annual ratings',
    ratingsHint:
      "A rating sets next year's seniority raise and how much of the year's withheld performance pay is paid out; leave years not yet reviewed empty",
    ratingYear: (year) => year,
    notRated: 'Not rated',
    ratings: {
      优秀: 'Excellent (优秀)',
      称职: 'Competent (称职)',
      基本称职: 'Basically competent (基本称职)',
      不称职: 'Incompetent (不称职)',
    },
    term: (from, to) => `Term: ${from} to ${to}`,
    noPolicy: 'No pay policy was given, so nothing can be computed.',
    emptyHint: 'Enter the appointment date to see the pay.',
    problem: (message, expected) => (expected ? `${message} (accepted: ${expected})` : message),
    afterTermEnd: (termEnd) => `The appointment date is after the end of the term, ${termEnd}`,
    currentTitle: (month) => `This month's pay (${month})`,
    currentSummary: (month, gross, paid) => `${month}: gross ${gross}, paid ${paid}`,
    notInPeriod: (month) => `This month (${month}) is outside the period computed.`,
    base: 'Base pay',
    seniority: 'Seniority raise',
    seniorityYears: (years) => `${years} full ${years === 1 ? 'year' : 'years'} served`,
    concurrentAllowance: '一肩挑 allowance',
    allowances: 'Allowances',
    gross: 'Gross',
    withheld: 'Performance share withheld',
    paid: 'Paid',
    scheduleCaption: (from, to) => `Monthly pay, ${from} to ${to}`,
    month: 'Month',
    total: 'Total',
    totalsTitle: 'Term totals',
    monthlyGross: 'Monthly pay, gross',
    performancePaid: 'Performance pay paid out',
    departure: 'Departure allowance',
    totalPaid: 'Total paid',
    performanceCaption: 'Performance pay paid out after each annual review',
    year: 'Year',
    rating: 'Rating',
    payout: 'Paid out',
    paidIn: 'Paid in',
    awaitingRating: 'Awaiting the rating',
    noFigure: '—',
    afterPeriod: 'After the period',
    departureText: (month, years, amount) =>
      `Departure allowance: paid in ${month} for ${years} full ${years === 1 ? 'year' : 'years'} served, ${amount}.`,
    explanationCaption: (policy) => `How it was computed: ${policy}`,
    parameter: 'Parameter',
    value: 'Value',
    since: 'Since',
    percent: (n) => `${n}%`,
    yearsValue: (n) => `${n} years`,
    missing: 'Enter the appointment date',
    invalid: (n) => `${n} ${n === 1 ? 'field needs' : 'fields need'} correcting`,
  },
};
