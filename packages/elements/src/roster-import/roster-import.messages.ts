/**
 * The words of `<hj-roster-import>` in zh-CN (default), zh-TW and en.
 */
import type { Locale } from '../i18n/locale.js';

export interface RosterImportMessages {
  choose: string;
  /** Ends with its sentence's punctuation: the formats follow it directly. */
  dropHint: string;
  formats: string;
  reading: string;
  readRows: (rows: number, file: string) => string;
  /** Between the parts of the status line. */
  clauseSeparator: string;
  /** The valid rows and how many people they are (a 一肩挑 secretary-director has two rows). */
  validRows: (n: number, people: number) => string;
  errorCount: (n: number) => string;
  warningCount: (n: number) => string;
  noErrors: string;
  errorsCaption: string;
  warningsCaption: string;
  row: string;
  column: string;
  problem: string;
  expected: string;
  value: string;
  moreNotShown: (n: number) => string;
  summaryTitle: string;
  summary: {
    rows: string;
    people: string;
    villages: string;
    townships: string;
    women: string;
    partyMembers: string;
    highSchoolOrAbove: string;
    concurrent: string;
  };
  missing: string;
  hasErrors: (n: number) => string;
  unreadable: string;
}

export const ROSTER_IMPORT_MESSAGES: Record<Locale, RosterImportMessages> = {
  'zh-CN': {
    choose: '选择花名册文件',
    dropHint: '也可以把文件拖到这里。',
    formats:
      '支持 .xlsx、.xls 和 CSV（UTF-8 或 GBK/GB18030 编码）；表头如 姓名、身份证号、性别、出生日期、民族、学历、政治面貌、村(社区)、职务',
    reading: '正在读取…',
    readRows: (rows, file) => `已读取 ${file}：共 ${rows} 行数据`,
    clauseSeparator: '；',
    validRows: (n, people) => `有效 ${n} 行（${people} 人）`,
    errorCount: (n) => `错误 ${n} 处`,
    warningCount: (n) => `提示 ${n} 条`,
    noErrors: '没有发现错误。',
    errorsCaption: '错误明细（行号与 Excel 中一致）',
    warningsCaption: '提示',
    row: '行号',
    column: '列',
    problem: '问题',
    expected: '可接受的值',
    value: '原值',
    moreNotShown: (n) => `另有 ${n} 条未显示，请先修改以上问题。`,
    summaryTitle: '有效数据概况',
    summary: {
      rows: '记录数',
      people: '人数',
      villages: '村(社区)数',
      townships: '乡镇(街道)数',
      women: '女性',
      partyMembers: '党员',
      highSchoolOrAbove: '高中及以上学历',
      concurrent: '书记、主任一肩挑',
    },
    missing: '请选择花名册文件',
    hasErrors: (n) => `花名册有 ${n} 处错误，请修改后重新导入`,
    unreadable: '无法读取该文件',
  },
  'zh-TW': {
    choose: '選擇名冊檔案',
    dropHint: '也可以把檔案拖到這裡。',
    formats:
      '支援 .xlsx、.xls 和 CSV（UTF-8 或 GBK/GB18030 編碼）；表頭如 姓名、身份證號、性別、出生日期、民族、學歷、政治面貌、村(社區)、職務',
    reading: '正在讀取…',
    readRows: (rows, file) => `已讀取 ${file}：共 ${rows} 列資料`,
    clauseSeparator: '；',
    validRows: (n, people) => `有效 ${n} 列（${people} 人）`,
    errorCount: (n) => `錯誤 ${n} 處`,
    warningCount: (n) => `提示 ${n} 則`,
    noErrors: '沒有發現錯誤。',
    errorsCaption: '錯誤明細（列號與 Excel 中一致）',
    warningsCaption: '提示',
    row: '列號',
    column: '欄',
    problem: '問題',
    expected: '可接受的值',
    value: '原值',
    moreNotShown: (n) => `另有 ${n} 則未顯示，請先修改以上問題。`,
    summaryTitle: '有效資料概況',
    summary: {
      rows: '記錄數',
      people: '人數',
      villages: '村(社區)數',
      townships: '鄉鎮(街道)數',
      women: '女性',
      partyMembers: '黨員',
      highSchoolOrAbove: '高中及以上學歷',
      concurrent: '書記、主任一肩挑',
    },
    missing: '請選擇名冊檔案',
    hasErrors: (n) => `名冊有 ${n} 處錯誤，請修改後重新匯入`,
    unreadable: '無法讀取該檔案',
  },
  en: {
    choose: 'Choose a roster file',
    dropHint: 'or drop a file here. ',
    formats:
      '.xlsx, .xls and CSV (UTF-8 or GBK/GB18030); headers such as 姓名, 身份证号, 性别, 出生日期, 民族, 学历, 政治面貌, 村(社区), 职务',
    reading: 'Reading…',
    readRows: (rows, file) => `Read ${file}: ${rows} data rows`,
    clauseSeparator: '; ',
    validRows: (n, people) => `${n} valid (${people} ${people === 1 ? 'person' : 'people'})`,
    errorCount: (n) => `${n} ${n === 1 ? 'error' : 'errors'}`,
    warningCount: (n) => `${n} ${n === 1 ? 'notice' : 'notices'}`,
    noErrors: 'No errors found.',
    errorsCaption: 'Errors (row numbers as in Excel)',
    warningsCaption: 'Notices',
    row: 'Row',
    column: 'Column',
    problem: 'Problem',
    expected: 'Accepted values',
    value: 'Value',
    moreNotShown: (n) => `${n} more not shown; fix the ones above first.`,
    summaryTitle: 'Valid rows at a glance',
    summary: {
      rows: 'Records',
      people: 'People',
      villages: 'Villages and communities',
      townships: 'Townships',
      women: 'Women',
      partyMembers: 'Party members',
      highSchoolOrAbove: 'High school or above',
      concurrent: 'Secretary also director',
    },
    missing: 'Choose a roster file',
    hasErrors: (n) => `The roster has ${n} ${n === 1 ? 'error' : 'errors'}; fix them and import again`,
    unreadable: 'The file could not be read',
  },
};
