/**
 * Chinese and English labels of every field in the data model: used in error messages, CSV headers and forms.
 */

/** A label in Chinese (zh-CN), Traditional Chinese (zh-TW) and English. */
export interface FieldLabel {
  readonly zh: string;
  readonly zhTW: string;
  readonly en: string;
}

/** Labels of the data model's fields, by field name. 字段名称。 */
export const FIELD_LABELS = {
  name: { zh: '姓名', zhTW: '姓名', en: 'Name' },
  residentId: { zh: '身份证号', zhTW: '身分證號', en: 'Resident ID number' },
  sex: { zh: '性别', zhTW: '性別', en: 'Sex' },
  birthDate: { zh: '出生日期', zhTW: '出生日期', en: 'Birth date' },
  ethnicity: { zh: '民族', zhTW: '民族', en: 'Ethnicity' },
  education: { zh: '学历', zhTW: '學歷', en: 'Education' },
  politicalStatus: { zh: '政治面貌', zhTW: '政治面貌', en: 'Political status' },
  partyJoinDate: { zh: '入党时间', zhTW: '入黨時間', en: 'Party join date' },
  partyFullDate: { zh: '转正时间', zhTW: '轉正時間', en: 'Full membership date' },
  organization: { zh: '组织', zhTW: '組織', en: 'Organization' },
  post: { zh: '职务', zhTW: '職務', en: 'Post' },
  postTitle: { zh: '职务名称', zhTW: '職務名稱', en: 'Post title' },
  concurrent: { zh: '一肩挑', zhTW: '一肩挑', en: 'Secretary also director (一肩挑)' },
  village: { zh: '村(社区)', zhTW: '村(社區)', en: 'Village or community' },
  villageCode: { zh: '区划代码', zhTW: '區劃代碼', en: 'Division code' },
  township: { zh: '乡镇(街道)', zhTW: '鄉鎮(街道)', en: 'Township' },
  county: { zh: '县(市、区)', zhTW: '縣(市、區)', en: 'County' },
  termStart: { zh: '任职时间', zhTW: '任職時間', en: 'Term start' },
  code: { zh: '区划代码', zhTW: '區劃代碼', en: 'Division code' },
  kind: { zh: '类别', zhTW: '類別', en: 'Kind' },
  category: { zh: '问题类别', zhTW: '問題類別', en: 'Category' },
  source: { zh: '来源', zhTW: '來源', en: 'Source' },
  channel: { zh: '发现渠道', zhTW: '發現渠道', en: 'Channel' },
  population: { zh: '人口', zhTW: '人口', en: 'Population' },
  households: { zh: '户数', zhTW: '戶數', en: 'Households' },
  facts: { zh: '负面情形', zhTW: '負面情形', en: 'Recorded facts' },
  date: { zh: '日期', zhTW: '日期', en: 'Date' },
  until: { zh: '截止日期', zhTW: '截止日期', en: 'Until' },
  sanction: { zh: '处分种类', zhTW: '處分種類', en: 'Sanction' },
  note: { zh: '说明', zhTW: '說明', en: 'Note' },
  flags: { zh: '标记', zhTW: '標記', en: 'Flags' },
  closeRelatives: { zh: '近亲属', zhTW: '近親屬', en: 'Close relatives' },
  id: { zh: '编号', zhTW: '編號', en: 'Id' },
  title: { zh: '标题', zhTW: '標題', en: 'Title' },
  reference: { zh: '依据', zhTW: '依據', en: 'Reference' },
  rules: { zh: '规则', zhTW: '規則', en: 'Rules' },
  parameters: { zh: '参数', zhTW: '參數', en: 'Parameters' },
  values: { zh: '取值', zhTW: '取值', en: 'Values' },
  severity: { zh: '严重程度', zhTW: '嚴重程度', en: 'Severity' },
  jurisdiction: { zh: '制定机关', zhTW: '制定機關', en: 'Jurisdiction' },
  effective: { zh: '有效期', zhTW: '有效期', en: 'Effective period' },
  from: { zh: '起始日期', zhTW: '起始日期', en: 'From' },
  extends: { zh: '所叠加的政策', zhTW: '所疊加的政策', en: 'Extends' },
} as const satisfies Record<string, FieldLabel>;

export type FieldName = keyof typeof FIELD_LABELS;
