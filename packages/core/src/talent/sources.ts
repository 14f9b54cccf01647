/**
 * Where the people of the reserve pool come from: a plain list, apart from the reserve schema, so that the campaign
 * journal's events can name a source without loading the schema.
 */

/** Where reserves come from (seed 001: 致富能人 287, 返乡人员 164, 大学毕业生 249, 退役军人 141, 优秀青年 195). 来源。 */
export const RESERVE_SOURCES = [
  '后备干部',
  '致富能人',
  '返乡人员',
  '大学毕业生',
  '退役军人',
  '优秀青年',
  '乡贤',
  '其他',
] as const;
export type ReserveSource = (typeof RESERVE_SOURCES)[number];
