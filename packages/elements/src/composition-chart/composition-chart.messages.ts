/**
 * The words of `<hj-composition-chart>` in zh-CN (default), zh-TW and en. The report paragraph and the change phrases
 * (较上届下降…岁, 较上届提高…个百分点) come from @huanjie/core (`reportTermChange`, `compareCompositions`), and the
 * age bands' names from the summary's `bands` (Chinese and English).
 */
import type { Locale } from '../i18n/locale.js';

export interface CompositionChartMessages {
  title: string;
  scope: string;
  scopes: { team: string; secretaries: string; heads: string };
  previous: string;
  current: string;
  legend: string;
  /** Headline figures. */
  count: string;
  averageAge: string;
  highSchoolShare: string;
  collegeShare: string;
  /** An average age with its unit ('39.35岁'); '—' stays as it is. */
  years: (value: string) => string;
  /** A number of people ('989人'). */
  people: (n: number) => string;
  /** A bar's value label: people and share ('120人（12.13%）'). */
  value: (n: number, share: string) => string;
  /** A group's accessible name: its label and both terms' values. */
  group: (label: string, previous: string, current: string) => string;
  ageChart: string;
  educationChart: string;
  education: { highSchoolOrAbove: string; collegeOrAbove: string; bachelorOrAbove: string };
  unknownAge: string;
  unknownEducation: string;
  showTable: string;
  showChart: string;
  tableCaption: string;
  category: string;
  share: string;
  noData: string;
  /** Shown where there is no figure (no previous term, nothing to divide by). */
  noFigure: string;
  noPrevious: string;
  /** Summary mode (no members to hand to reportTermChange): the figures with core's change phrases. */
  summarySentence: (figures: {
    count: number;
    age: string;
    ageChange: string;
    share: string;
    shareChange: string;
  }) => string;
  verdict: { yes: string; no: string };
  error: string;
}

export const COMPOSITION_CHART_MESSAGES: Record<Locale, CompositionChartMessages> = {
  'zh-CN': {
    title: '班子年龄学历结构',
    scope: '统计范围',
    scopes: { team: '班子成员', secretaries: '书记', heads: '主任' },
    previous: '上届',
    current: '本届',
    legend: '图例',
    count: '人数',
    averageAge: '平均年龄',
    highSchoolShare: '高中及以上学历',
    collegeShare: '大专及以上学历',
    years: (v) => (v === '—' ? v : `${v}岁`),
    people: (n) => `${n}人`,
    value: (n, share) => `${n}人（${share}）`,
    group: (label, previous, current) => `${label}：上届${previous}，本届${current}`,
    ageChart: '年龄结构',
    educationChart: '学历结构',
    education: { highSchoolOrAbove: '高中及以上', collegeOrAbove: '大专及以上', bachelorOrAbove: '本科及以上' },
    unknownAge: '年龄不详',
    unknownEducation: '学历不详',
    showTable: '以表格显示',
    showChart: '以图表显示',
    tableCaption: '班子年龄学历结构数据',
    category: '类别',
    share: '占比',
    noData: '暂无数据：没有可统计的成员。',
    noFigure: '—',
    noPrevious: '缺少上届数据，无法作换届前后对比。',
    summarySentence: (f) =>
      `共${f.count}人，平均年龄${f.age}岁，${f.ageChange}；高中及以上学历占${f.share}，${f.shareChange}。`,
    verdict: { yes: '实现了年龄学历“一降一升”。', no: '未实现年龄学历“一降一升”。' },
    error: '无法统计：',
  },
  'zh-TW': {
    title: '班子年齡學歷結構',
    scope: '統計範圍',
    scopes: { team: '班子成員', secretaries: '書記', heads: '主任' },
    previous: '上屆',
    current: '本屆',
    legend: '圖例',
    count: '人數',
    averageAge: '平均年齡',
    highSchoolShare: '高中及以上學歷',
    collegeShare: '大專及以上學歷',
    years: (v) => (v === '—' ? v : `${v}歲`),
    people: (n) => `${n}人`,
    value: (n, share) => `${n}人（${share}）`,
    group: (label, previous, current) => `${label}：上屆${previous}，本屆${current}`,
    ageChart: '年齡結構',
    educationChart: '學歷結構',
    education: { highSchoolOrAbove: '高中及以上', collegeOrAbove: '大專及以上', bachelorOrAbove: '本科及以上' },
    unknownAge: '年齡不詳',
    unknownEducation: '學歷不詳',
    showTable: '以表格顯示',
    showChart: '以圖表顯示',
    tableCaption: '班子年齡學歷結構數據',
    category: '類別',
    share: '占比',
    noData: '暫無數據：沒有可統計的成員。',
    noFigure: '—',
    noPrevious: '缺少上屆數據，無法作換屆前後對比。',
    summarySentence: (f) =>
      `共${f.count}人，平均年齡${f.age}歲，${f.ageChange}；高中及以上學歷占${f.share}，${f.shareChange}。`,
    verdict: { yes: '實現了年齡學歷「一降一升」。', no: '未實現年齡學歷「一降一升」。' },
    error: '無法統計：',
  },
  en: {
    title: 'Age and education of the team',
    scope: 'Who is counted',
    scopes: { team: 'Team members', secretaries: 'Secretaries', heads: 'Directors' },
    previous: 'Previous term',
    current: 'Current term',
    legend: 'Legend',
    count: 'Members',
    averageAge: 'Average age',
    highSchoolShare: 'High school or above',
    collegeShare: 'College or above',
    years: (v) => v,
    people: (n) => String(n),
    value: (n, share) => `${n} (${share})`,
    group: (label, previous, current) => `${label}: previous term ${previous}, current term ${current}`,
    ageChart: 'Age',
    educationChart: 'Education',
    education: {
      highSchoolOrAbove: 'High school or above',
      collegeOrAbove: 'College or above',
      bachelorOrAbove: "Bachelor's or above",
    },
    unknownAge: 'Age unknown',
    unknownEducation: 'Education unknown',
    showTable: 'Show as a table',
    showChart: 'Show as a chart',
    tableCaption: 'Age and education of the team: data',
    category: 'Category',
    share: 'Share',
    noData: 'No data: there are no members to count.',
    noFigure: '—',
    noPrevious: 'No previous term to compare with.',
    summarySentence: (f) =>
      `${f.count} members, average age ${f.age} (${f.ageChange}); high school or above ${f.share} (${f.shareChange}).`,
    verdict: { yes: 'Age down and education up (一降一升).', no: 'Not both age down and education up (一降一升).' },
    error: 'Cannot count: ',
  },
};
