/**
 * The words of `<hj-voter-register>` in zh-CN (default), zh-TW and en. The categories' names come from core
 * (`VOTER_CATEGORY_LABELS`), the problems' messages from core's catalogue.
 */
import type { ProblemTableWords } from '../form/problem-table.js';
import type { Locale } from '../i18n/locale.js';

export interface VoterRegisterMessages extends ProblemTableWords {
  choose: string;
  /** Ends with its sentence's punctuation: the formats follow it directly. */
  dropHint: string;
  formats: string;
  reading: string;
  readRows: (rows: number, file: string) => string;
  clauseSeparator: string;
  registered: (n: number) => string;
  excluded: (n: number) => string;
  errorCount: (n: number) => string;
  warningCount: (n: number) => string;
  noErrors: string;
  countsTitle: (electionDate: string) => string;
  excludedTile: string;
  totalTile: string;
  duplicatesCaption: string;
  duplicateId: string;
  duplicateRows: string;
  duplicateVillages: string;
  listSeparator: string;
  errorsCaption: string;
  warningsCaption: string;
  missing: string;
  hasErrors: (n: number) => string;
}

export const VOTER_REGISTER_MESSAGES: Record<Locale, VoterRegisterMessages> = {
  'zh-CN': {
    choose: '选择选民名单文件',
    dropHint: '也可以把 CSV 文件拖到这里。',
    formats:
      '支持 Excel 另存的 CSV（UTF-8 或 GBK/GB18030 编码）；表头如 姓名、身份证号、户籍在本村、在本村居住、选民类别、本人表示参加选举、村民会议或村民代表会议同意日期、被剥夺政治权利',
    reading: '正在读取…',
    readRows: (rows, file) => `已读取 ${file}：共 ${rows} 行数据`,
    clauseSeparator: '；',
    registered: (n) => `登记选民 ${n} 人`,
    excluded: (n) => `不能列入 ${n} 人`,
    errorCount: (n) => `错误 ${n} 处`,
    warningCount: (n) => `提示 ${n} 条`,
    noErrors: '没有发现错误。',
    countsTitle: (date) => `按选民类别统计（选举日 ${date}，村民委员会组织法第十三条）`,
    excludedTile: '不能列入名单',
    totalTile: '登记选民合计',
    duplicatesCaption: '重复登记（同一身份证号）',
    duplicateId: '身份证号',
    duplicateRows: '所在行',
    duplicateVillages: '也登记在',
    listSeparator: '、',
    errorsCaption: '错误明细（行号与 Excel 中一致）',
    warningsCaption: '提示',
    row: '行号',
    column: '列',
    problem: '问题',
    expected: '可接受的值',
    value: '原值',
    moreNotShown: (n) => `另有 ${n} 条未显示，请先修改以上问题。`,
    missing: '请选择选民名单文件',
    hasErrors: (n) => `选民名单有 ${n} 处错误，请修改后重新导入`,
  },
  'zh-TW': {
    choose: '選擇選民名冊檔案',
    dropHint: '也可以把 CSV 檔案拖到這裡。',
    formats:
      '支援 Excel 另存的 CSV（UTF-8 或 GBK/GB18030 編碼）；表頭如 姓名、身份證號、戶籍在本村、在本村居住、選民類別、本人表示參加選舉、村民會議或村民代表會議同意日期、被剝奪政治權利',
    reading: '正在讀取…',
    readRows: (rows, file) => `已讀取 ${file}：共 ${rows} 列資料`,
    clauseSeparator: '；',
    registered: (n) => `登記選民 ${n} 人`,
    excluded: (n) => `不能列入 ${n} 人`,
    errorCount: (n) => `錯誤 ${n} 處`,
    warningCount: (n) => `提示 ${n} 則`,
    noErrors: '沒有發現錯誤。',
    countsTitle: (date) => `按選民類別統計（選舉日 ${date}，村民委員會組織法第十三條）`,
    excludedTile: '不能列入名冊',
    totalTile: '登記選民合計',
    duplicatesCaption: '重複登記（同一身分證號）',
    duplicateId: '身分證號',
    duplicateRows: '所在列',
    duplicateVillages: '也登記在',
    listSeparator: '、',
    errorsCaption: '錯誤明細（列號與 Excel 中一致）',
    warningsCaption: '提示',
    row: '列號',
    column: '欄',
    problem: '問題',
    expected: '可接受的值',
    value: '原值',
    moreNotShown: (n) => `另有 ${n} 則未顯示，請先修改以上問題。`,
    missing: '請選擇選民名冊檔案',
    hasErrors: (n) => `選民名冊有 ${n} 處錯誤，請修改後重新匯入`,
  },
  en: {
    choose: 'Choose a voter list file',
    dropHint: 'or drop a CSV file here. ',
    formats:
      'CSV saved from Excel (UTF-8 or GBK/GB18030); headers such as 姓名, 身份证号, 户籍在本村, 在本村居住, 选民类别, 本人表示参加选举, 村民会议或村民代表会议同意日期, 被剥夺政治权利',
    reading: 'Reading…',
    readRows: (rows, file) => `Read ${file}: ${rows} data rows`,
    clauseSeparator: '; ',
    registered: (n) => `${n} registered ${n === 1 ? 'voter' : 'voters'}`,
    excluded: (n) => `${n} left out`,
    errorCount: (n) => `${n} ${n === 1 ? 'error' : 'errors'}`,
    warningCount: (n) => `${n} ${n === 1 ? 'notice' : 'notices'}`,
    noErrors: 'No errors found.',
    countsTitle: (date) => `Voters by category (election day ${date}; Villagers' Committees Organization Law, Art. 13)`,
    excludedTile: 'Left out',
    totalTile: 'Registered voters',
    duplicatesCaption: 'Registered twice (same ID number)',
    duplicateId: 'ID number',
    duplicateRows: 'Rows',
    duplicateVillages: 'Also registered in',
    listSeparator: ', ',
    errorsCaption: 'Errors (row numbers as in Excel)',
    warningsCaption: 'Notices',
    row: 'Row',
    column: 'Column',
    problem: 'Problem',
    expected: 'Accepted values',
    value: 'Value',
    moreNotShown: (n) => `${n} more not shown; fix the ones above first.`,
    missing: 'Choose a voter list file',
    hasErrors: (n) => `The voter list has ${n} ${n === 1 ? 'error' : 'errors'}; fix them and import again`,
  },
};
