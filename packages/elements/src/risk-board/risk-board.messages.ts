/**
 * The words of `<hj-risk-board>` in zh-CN (default), zh-TW and en. Level names (一级/二级/三级), indicator titles and
 * ledger categories come from @huanjie/core and the risk model; English adds a gloss to the level names.
 */
import type { Locale } from '../i18n/locale.js';

type Colour = 'red' | 'yellow' | 'green';

export interface RiskBoardMessages {
  title: string;
  /** The text summary: total villages and the counts per level, already phrased. */
  summary: (total: number, parts: string) => string;
  /** One level's part of the summary. */
  summaryPart: (level: string, count: number) => string;
  /** Joins the parts of the summary. */
  separator: string;
  shown: (n: number) => string;
  colours: Record<Colour, string>;
  /** A model level (一级…) as shown; Chinese keeps core's wording. */
  levelName: (level: string) => string;
  /** A level with its colour: 一级（红色）. */
  levelLabel: (level: string, colour: string) => string;
  /** The level abbreviated on a tile (一, 二, 三). */
  levelShort: (level: string) => string;
  /** A filter option with its count. */
  withCount: (label: string, n: number) => string;
  unscored: string;
  unscoredShort: string;
  /** A village the model scored but did not level (无风险). */
  unlevelled: string;
  unlevelledShort: string;
  /** How many villages were screened (scored) and how many levelled, when some were left unlevelled. */
  screenedLevelled: (screened: number, levelled: number) => string;
  legend: string;
  filters: string;
  filterLevel: string;
  filterTownship: string;
  allLevels: string;
  allTownships: string;
  view: string;
  board: string;
  table: string;
  noTownship: string;
  empty: string;
  noneMatch: string;
  hint: string;
  tableCaption: string;
  village: string;
  township: string;
  score: string;
  level: string;
  detailTitle: (village: string) => string;
  close: string;
  contributions: string;
  indicator: string;
  value: string;
  points: string;
  weight: string;
  contribution: string;
  missing: string;
  ledger: string;
  noLedger: string;
  category: string;
  description: string;
  measures: string;
  owner: string;
  due: string;
  status: string;
  statuses: { open: string; inProgress: string; resolved: string };
  /** Between a label and its value ('状态：化解中'). */
  colon: string;
  /** Between facts on one line: a ledger item's, a tile's title, a township's counts, a map shape's title. */
  factSeparator: string;
  /** In place of a figure there is none of. */
  noFigure: string;
  /** Between the measures of a ledger item. */
  listSeparator: string;
  yes: string;
  no: string;
  map: string;
  noData: string;
  print: string;
}

const zhCnLevel = (level: string) => level;

export const RISK_BOARD_MESSAGES: Record<Locale, RiskBoardMessages> = {
  'zh-CN': {
    title: '换届风险三色预警',
    summary: (total, parts) => `共 ${total} 个村（社区）：${parts}`,
    summaryPart: (level, count) => `${level} ${count} 个`,
    separator: '，',
    shown: (n) => `当前显示 ${n} 个`,
    colours: { red: '红色', yellow: '黄色', green: '绿色' },
    levelName: zhCnLevel,
    levelLabel: (level, colour) => `${level}（${colour}）`,
    levelShort: (level) => level.replace('级', ''),
    withCount: (label, n) => `${label}（${n}）`,
    unscored: '未研判',
    unscoredShort: '未',
    unlevelled: '无风险（不定级）',
    unlevelledShort: '无',
    screenedLevelled: (screened, levelled) => `已研判 ${screened} 个，定级 ${levelled} 个`,
    legend: '图例与各等级数量',
    filters: '筛选',
    filterLevel: '风险等级',
    filterTownship: '乡镇（街道）',
    allLevels: '全部等级',
    allTownships: '全部乡镇（街道）',
    view: '显示方式',
    board: '看板',
    table: '表格',
    noTownship: '未填乡镇',
    empty: '没有村（社区）的研判数据。',
    noneMatch: '没有符合筛选条件的村（社区）。',
    hint: '用方向键在各村之间移动，按回车或空格查看详情。',
    tableCaption: '各村风险研判结果',
    village: '村（社区）',
    township: '乡镇（街道）',
    score: '分值',
    level: '等级',
    detailTitle: (village) => `${village}：研判详情`,
    close: '关闭详情',
    contributions: '各项指标得分',
    indicator: '指标',
    value: '取值',
    points: '得分',
    weight: '权重',
    contribution: '计入分值',
    missing: '缺少',
    ledger: '风险台账',
    noLedger: '台账中没有该村的条目。',
    category: '类别',
    description: '问题',
    measures: '化解措施',
    owner: '责任人',
    due: '办结时限',
    status: '状态',
    statuses: { open: '未化解', inProgress: '化解中', resolved: '已化解' },
    colon: '：',
    factSeparator: ' · ',
    noFigure: '—',
    listSeparator: '；',
    yes: '是',
    no: '否',
    map: '风险分布图',
    noData: '无研判数据',
    print: '打印',
  },
  'zh-TW': {
    title: '換屆風險三色預警',
    summary: (total, parts) => `共 ${total} 個村（社區）：${parts}`,
    summaryPart: (level, count) => `${level} ${count} 個`,
    separator: '，',
    shown: (n) => `目前顯示 ${n} 個`,
    colours: { red: '紅色', yellow: '黃色', green: '綠色' },
    levelName: (level) => level.replace('级', '級'),
    levelLabel: (level, colour) => `${level}（${colour}）`,
    levelShort: (level) => level.replace('级', ''),
    withCount: (label, n) => `${label}（${n}）`,
    unscored: '未研判',
    unscoredShort: '未',
    unlevelled: '無風險（不定級）',
    unlevelledShort: '無',
    screenedLevelled: (screened, levelled) => `已研判 ${screened} 個，定級 ${levelled} 個`,
    legend: '圖例與各等級數量',
    filters: '篩選',
    filterLevel: '風險等級',
    filterTownship: '鄉鎮（街道）',
    allLevels: '全部等級',
    allTownships: '全部鄉鎮（街道）',
    view: '顯示方式',
    board: '看板',
    table: '表格',
    noTownship: '未填鄉鎮',
    empty: '沒有村（社區）的研判資料。',
    noneMatch: '沒有符合篩選條件的村（社區）。',
    hint: '用方向鍵在各村之間移動，按 Enter 或空白鍵查看詳情。',
    tableCaption: '各村風險研判結果',
    village: '村（社區）',
    township: '鄉鎮（街道）',
    score: '分值',
    level: '等級',
    detailTitle: (village) => `${village}：研判詳情`,
    close: '關閉詳情',
    contributions: '各項指標得分',
    indicator: '指標',
    value: '取值',
    points: '得分',
    weight: '權重',
    contribution: '計入分值',
    missing: '缺少',
    ledger: '風險台賬',
    noLedger: '台賬中沒有該村的條目。',
    category: '類別',
    description: '問題',
    measures: '化解措施',
    owner: '責任人',
    due: '辦結時限',
    status: '狀態',
    statuses: { open: '未化解', inProgress: '化解中', resolved: '已化解' },
    colon: '：',
    factSeparator: ' · ',
    noFigure: '—',
    listSeparator: '；',
    yes: '是',
    no: '否',
    map: '風險分布圖',
    noData: '無研判資料',
    print: '列印',
  },
  en: {
    title: 'Election risk: three-colour warning',
    summary: (total, parts) => `${total} villages and communities: ${parts}`,
    summaryPart: (level, count) => `${level} ${count}`,
    separator: '; ',
    shown: (n) => `${n} shown`,
    colours: { red: 'red', yellow: 'yellow', green: 'green' },
    levelName: (level) => {
      const n = ({ 一级: 1, 二级: 2, 三级: 3 } as Record<string, number>)[level];
      return n ? `Level ${n}` : level;
    },
    levelLabel: (level, colour) => `${level} (${colour})`,
    levelShort: (level) => String(({ 一级: 1, 二级: 2, 三级: 3 } as Record<string, number>)[level] ?? level),
    withCount: (label, n) => `${label} (${n})`,
    unscored: 'Not assessed',
    unscoredShort: '–',
    unlevelled: 'No risk (not levelled)',
    unlevelledShort: '0',
    screenedLevelled: (screened, levelled) => `${screened} assessed, ${levelled} given a level`,
    legend: 'Legend and count per level',
    filters: 'Filter',
    filterLevel: 'Risk level',
    filterTownship: 'Township',
    allLevels: 'All levels',
    allTownships: 'All townships',
    view: 'Show as',
    board: 'Board',
    table: 'Table',
    noTownship: 'No township given',
    empty: 'No village or community has risk data.',
    noneMatch: 'No village matches the filter.',
    hint: 'Arrow keys move between villages; Enter or Space shows the details.',
    tableCaption: 'Risk assessment per village',
    village: 'Village or community',
    township: 'Township',
    score: 'Score',
    level: 'Level',
    detailTitle: (village) => `${village}: assessment`,
    close: 'Close the details',
    contributions: 'Points per indicator',
    indicator: 'Indicator',
    value: 'Value',
    points: 'Points',
    weight: 'Weight',
    contribution: 'Counted',
    missing: 'missing',
    ledger: 'Risk ledger',
    noLedger: 'The ledger has no item for this village.',
    category: 'Category',
    description: 'Problem',
    measures: 'Measures',
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    statuses: { open: 'Open', inProgress: 'In progress', resolved: 'Resolved' },
    colon: ': ',
    factSeparator: ' · ',
    noFigure: '—',
    listSeparator: '; ',
    yes: 'yes',
    no: 'no',
    map: 'Risk map',
    noData: 'no risk data',
    print: 'Print',
  },
};
