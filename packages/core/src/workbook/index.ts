/**
 * `@huanjie/core/workbook`: roster import from Excel workbooks, an entry of its own so that an element can load it
 * (and, through it, the workbook library) with `import()` only when a workbook is chosen. 工作簿导入入口。
 */
export type { ReadRosterWorkbookOptions, RosterWorkbookResult } from '../io/readRosterWorkbook.js';
export { readRosterWorkbook } from '../io/readRosterWorkbook.js';
