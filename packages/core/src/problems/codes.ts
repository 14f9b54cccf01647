/**
 * The catalogue of problem codes (问题代码目录): every code a huanjie function reports, with its severity and its
 * message in Chinese (zh-CN) and English as templates with named placeholders (`{row}`, `{field}`, …).
 *
 * One export per code, so that a bundler ships only the codes that the imported functions produce. Traditional
 * Chinese (zh-TW) templates are in `zhTW.ts` and the one-line documentation in `descriptions.ts`: both are keyed by
 * {@link ProblemCode}, so the compiler refuses a code missing from either. The election tally's checks (`F.xxx`,
 * `W.xxx`) are catalogued with their titles in `election/tally/checks.ts` and listed in `tallyCodes.ts`.
 *
 * A code whose problem is written in several ways (an operator's argument is wrong in a dozen ways) keeps its most
 * common wording as the template and the others as named `variants`, which a problem picks with `params.variant`;
 * their zh-TW is in `zhTW.ts` (`ZH_TW_VARIANTS`), and the documentation page lists them all.
 */

// Input files (CSV rosters)
export const CSV_INPUT = {
  code: 'CSV_INPUT',
  severity: 'error',
  zh: '无法读取：请提供 CSV 文本、文件或字节',
  en: 'Cannot read this input: pass CSV text, a file or bytes',
} as const;
export const CSV_AS_OF = {
  code: 'CSV_AS_OF',
  severity: 'error',
  zh: '判断出生日期所用的 asOf 应为存在的日期 YYYY-MM-DD，收到“{value}”；未读取任何行',
  en: 'asOf, the date birth dates are judged on, must be an existing date YYYY-MM-DD, got "{value}"; no row was read',
} as const;
export const CSV_EMPTY = {
  code: 'CSV_EMPTY',
  severity: 'error',
  zh: '文件是空的：没有表头，也没有数据',
  en: 'The file is empty: no header and no data',
} as const;
export const CSV_WORKBOOK = {
  code: 'CSV_WORKBOOK',
  severity: 'error',
  zh: '这是 Excel 工作簿（{format}），暂不能直接导入：请在 Excel 或 WPS 中另存为 CSV（UTF-8 或 GBK 编码）后再导入',
  en: 'This is an Excel workbook ({format}), which cannot be imported directly yet: save it as CSV (UTF-8 or GBK) in Excel or WPS and import that',
} as const;
export const WORKBOOK_UNREADABLE = {
  code: 'WORKBOOK_UNREADABLE',
  severity: 'error',
  zh: '工作簿（{format}）无法读取，可能已损坏或加密：请重新保存后再导入',
  en: 'The workbook ({format}) cannot be read (damaged or encrypted): save it again and import that',
} as const;
export const WORKBOOK_NO_SHEET = {
  code: 'WORKBOOK_NO_SHEET',
  severity: 'error',
  zh: '工作簿中没有工作表“{sheet}”，只有：{sheets}',
  en: 'The workbook has no sheet "{sheet}", only: {sheets}',
} as const;
export const CSV_NOT_TEXT = {
  code: 'CSV_NOT_TEXT',
  severity: 'error',
  zh: '这不是文本文件，无法作为花名册读取：请导入 Excel 或 WPS 另存的 CSV 文件',
  en: 'This is not a text file and cannot be read as a roster: import a CSV file saved from Excel or WPS',
} as const;
export const CSV_TOO_MANY_COLUMNS = {
  code: 'CSV_TOO_MANY_COLUMNS',
  severity: 'error',
  zh: '第 {row} 行超过 {limit} 列，不像花名册，没有读取：请删去多余的列或检查分隔符',
  en: 'Row {row} has more than {limit} columns, more than any roster, and was not read: delete the extra columns or check the separator',
} as const;
export const CSV_UNCLOSED_QUOTE = {
  code: 'CSV_UNCLOSED_QUOTE',
  severity: 'error',
  zh: '第 {row} 行有未闭合的引号：其后的内容（至第 {lines} 行）没有被当作数据行读取，请检查引号后重新导入',
  en: 'Row {row} opens a quote that never closes: the lines after it (to line {lines}) were not read as rows; fix the quote and import again',
} as const;
export const CSV_SYNTAX = {
  code: 'CSV_SYNTAX',
  severity: 'error',
  zh: '第 {row} 行 CSV 格式有误（{reason}）',
  en: 'Row {row}: malformed CSV ({reason})',
} as const;
export const CSV_UNDECODABLE = {
  code: 'CSV_UNDECODABLE',
  severity: 'error',
  zh: '“{column}”一栏有无法按 {encoding} 解码的字节（显示为 �）',
  en: 'The column "{column}" holds bytes that are not valid {encoding} (shown as �)',
  variants: {
    replacement: {
      zh: '“{column}”一栏含有替换字符 �：这段文字在转换编码时已经损坏',
      en: 'The column "{column}" holds the replacement character �: the text was damaged when its encoding was converted',
    },
  },
} as const;
export const CSV_CELL_TOO_LONG = {
  code: 'CSV_CELL_TOO_LONG',
  severity: 'error',
  zh: '“{column}”一栏有 {length} 个字符，超过上限 {limit} 个',
  en: 'The column "{column}" holds {length} characters, more than the limit of {limit}',
} as const;
export const CSV_CONTROL_CHARACTERS = {
  code: 'CSV_CONTROL_CHARACTERS',
  severity: 'warning',
  zh: '“{column}”一栏含有控制字符或双向文字控制符，已删除',
  en: 'The column "{column}" held control characters or bidirectional overrides; they were removed',
} as const;
export const CSV_UNKNOWN_COLUMN = {
  code: 'CSV_UNKNOWN_COLUMN',
  severity: 'warning',
  zh: '未识别的列“{column}”，其内容不会导入',
  en: 'Column "{column}" is not recognized; its values are not imported',
} as const;
export const CSV_DUPLICATE_COLUMN = {
  code: 'CSV_DUPLICATE_COLUMN',
  severity: 'error',
  zh: '“{column}”与“{earlier}”是同一列，只能保留一个',
  en: 'Columns "{column}" and "{earlier}" hold the same field; keep one',
} as const;
export const CSV_MISSING_COLUMN = {
  code: 'CSV_MISSING_COLUMN',
  severity: 'error',
  zh: '缺少“{column}”列',
  en: 'The column "{column}" is missing',
} as const;
export const CSV_MISSING_CELLS = {
  code: 'CSV_MISSING_CELLS',
  severity: 'error',
  zh: '本行只有 {cells} 个单元格，比表头少（缺少{columns}）；可能是某个单元格里的换行没有加引号，把一行断成了两行',
  en: 'This row has only {cells} cells, fewer than the header (missing: {columns}); a line break in a cell without quotes may have split the row in two',
} as const;
export const CSV_EXTRA_CELLS = {
  code: 'CSV_EXTRA_CELLS',
  severity: 'warning',
  zh: '本行在表头之外还有单元格：{cells}，其内容不会导入；可能是某个单元格里有未加引号的逗号',
  en: 'This row has cells beyond the header: {cells}, not imported; a cell may contain an unquoted comma',
} as const;
export const ROW_FACT = {
  code: 'ROW_FACT',
  severity: 'error',
  zh: '“{column}”一栏的“{value}”无法识别',
  en: '"{value}" in the column "{column}" is not recognized',
} as const;
export const ROW_VALUE = {
  code: 'ROW_VALUE',
  severity: 'error',
  zh: '{field}“{value}”无法识别',
  en: '{field} "{value}" is not recognized',
} as const;
export const ROW_DATE_NONEXISTENT = {
  code: 'ROW_DATE_NONEXISTENT',
  severity: 'error',
  zh: '{field}“{value}”这一天不存在',
  en: '{field} "{value}" is a day that does not exist',
} as const;
export const ROW_BIRTH_DATE_FUTURE = {
  code: 'ROW_BIRTH_DATE_FUTURE',
  severity: 'error',
  zh: '出生日期 {value} 晚于 {asOf}',
  en: 'Birth date {value} is after {asOf}',
} as const;
export const ROW_ID_SCIENTIFIC = {
  code: 'ROW_ID_SCIENTIFIC',
  severity: 'error',
  zh: '身份证号被 Excel 显示成了科学计数法，后几位已经丢失',
  en: 'Excel turned the ID number into scientific notation; its last digits are lost',
} as const;
export const ROW_DUPLICATE_PERSON = {
  code: 'ROW_DUPLICATE_PERSON',
  severity: 'error',
  zh: '与第 {first} 行是同一人（身份证号相同）：一个人在一个村的同一组织只能有一行',
  en: 'The same person as row {first} (same ID number): a person has one row per organization of a village',
  variants: {
    otherVillage: {
      zh: '与第 {first} 行是同一人（身份证号相同），但不在同一个村（第 {first} 行为{village}）：一个人只能在一个村任职',
      en: 'The same person as row {first} (same ID number) in another village (row {first}: {village}): a person serves in one village',
    },
    identical: {
      zh: '与第 {first} 行完全相同，是重复的一行',
      en: 'Identical to row {first}: the same row twice',
    },
  },
} as const;
export const ROW_POSSIBLE_DUPLICATE = {
  code: 'ROW_POSSIBLE_DUPLICATE',
  severity: 'warning',
  zh: '可能与第 {first} 行是同一人：姓名、出生日期、村和组织都相同，两行都没有身份证号',
  en: 'Possibly the same person as row {first}: same name, birth date, village and organization, and neither row has an ID number',
} as const;
export const ID_CONVERTED_15 = {
  code: 'ID_CONVERTED_15',
  severity: 'warning',
  zh: '15 位旧身份证号已转换为 18 位',
  en: 'The old 15-digit ID number was converted to 18 digits',
} as const;

// Resident ID numbers (GB 11643-1999)
export const ID_EMPTY = {
  code: 'ID_EMPTY',
  severity: 'error',
  zh: '身份证号为空',
  en: 'The resident ID number is empty',
} as const;
export const ID_LENGTH = {
  code: 'ID_LENGTH',
  severity: 'error',
  zh: '身份证号应为 18 位（或旧版 15 位），实际为 {length} 位',
  en: 'A resident ID number has 18 characters (or 15 for old numbers), this one has {length}',
} as const;
export const ID_CHARACTERS = {
  code: 'ID_CHARACTERS',
  severity: 'error',
  zh: '身份证号前 17 位应为数字，最后一位为数字或 X',
  en: 'The first 17 characters must be digits and the last a digit or X',
  variants: {
    old15: { zh: '15 位身份证号应全部为数字', en: 'A 15-digit resident ID number has digits only' },
  },
} as const;
export const ID_REGION = {
  code: 'ID_REGION',
  severity: 'error',
  zh: '身份证号前两位 {province} 不是有效的省级行政区划代码',
  en: 'The first two digits {province} are not a province-level division code',
} as const;
export const ID_BIRTH_DATE = {
  code: 'ID_BIRTH_DATE',
  severity: 'error',
  zh: '身份证号中的出生日期 {digits} 不存在',
  en: 'The birth date {digits} in the number does not exist',
} as const;
export const ID_BIRTH_DATE_FUTURE = {
  code: 'ID_BIRTH_DATE_FUTURE',
  severity: 'error',
  zh: '身份证号中的出生日期 {birthDate} 晚于 {asOf}',
  en: 'The birth date {birthDate} in the number is after {asOf}',
} as const;
export const ID_AS_OF = {
  code: 'ID_AS_OF',
  severity: 'error',
  zh: '判断身份证号所用的 asOf 应为存在的日期 YYYY-MM-DD，收到“{value}”',
  en: 'asOf, the date an ID number is judged on, must be an existing date YYYY-MM-DD, got "{value}"',
} as const;
export const ID_CHECK_CHARACTER = {
  code: 'ID_CHECK_CHARACTER',
  severity: 'error',
  zh: '身份证号校验码错误：最后一位应为 {check}，请核对是否有数字录错',
  en: 'Wrong check character: the last character should be {check}; a digit was probably mistyped',
} as const;

// Fields of the data model (zod issues turned into problems)
export const FIELD_MISSING = {
  code: 'FIELD_MISSING',
  severity: 'error',
  zh: '缺少{field}',
  en: '{field} is missing',
} as const;
export const FIELD_TYPE = {
  code: 'FIELD_TYPE',
  severity: 'error',
  zh: '{field}的类型不对',
  en: '{field} has the wrong type',
} as const;
export const FIELD_VALUE = {
  code: 'FIELD_VALUE',
  severity: 'error',
  zh: '{field}不是可接受的值',
  en: '{field} is not one of the accepted values',
} as const;
export const WORD_NOT_IN_VOCABULARY = {
  code: 'WORD_NOT_IN_VOCABULARY',
  severity: 'error',
  zh: '{field}“{word}”不在政策的{vocabulary}中；可用：{accepted}',
  en: '{field} "{word}" is not in the policy\'s {vocabulary}; accepted: {accepted}',
} as const;
export const FIELD_UNKNOWN = {
  code: 'FIELD_UNKNOWN',
  severity: 'error',
  zh: '未知字段：{keys}',
  en: 'Unknown field(s): {keys}',
} as const;
export const FIELD_RANGE = {
  code: 'FIELD_RANGE',
  severity: 'error',
  zh: '{field}超出允许范围',
  en: '{field} is out of range',
} as const;
export const FIELD_INVALID = {
  code: 'FIELD_INVALID',
  severity: 'error',
  zh: '{field}无效',
  en: '{field} is not valid',
} as const;
export const FACT_KIND_UNKNOWN = {
  code: 'FACT_KIND_UNKNOWN',
  severity: 'error',
  zh: '未知的负面情形类别',
  en: 'Unknown kind of fact',
  variants: {
    named: { zh: '未知的负面情形类别“{kind}”', en: 'Unknown kind of fact "{kind}"' },
    none: { zh: '至少要指定一种负面情形类别', en: 'Name at least one kind of fact' },
  },
} as const;
export const DATE_INVALID = {
  code: 'DATE_INVALID',
  severity: 'error',
  zh: '{field}不是有效日期',
  en: '{field} is not a valid date',
} as const;
export const ID_INVALID = {
  code: 'ID_INVALID',
  severity: 'error',
  zh: '身份证号无效（长度、字符、出生日期或校验码有误）',
  en: 'The resident ID number is not valid (length, characters, birth date or check character)',
} as const;
export const DIVISION_CODE = {
  code: 'DIVISION_CODE',
  severity: 'error',
  zh: '{field}应为 12 位数字',
  en: '{field} must be 12 digits',
} as const;
export const UNIT_CODE = {
  code: 'UNIT_CODE',
  severity: 'error',
  zh: '{field}应为统计用区划代码：村(社区) 12 位、乡镇 9 位、县 6 位',
  en: '{field} must be a statistical division code: 12 digits for a village, 9 for a township, 6 for a county',
} as const;
export const INSTANT = {
  code: 'INSTANT',
  severity: 'error',
  zh: '{field}应为带时区的时刻，如 2021-10-20T09:30:00+08:00',
  en: '{field} must be a date-time with its offset, e.g. 2021-10-20T09:30:00+08:00',
} as const;
export const EVENT_ID = {
  code: 'EVENT_ID',
  severity: 'error',
  zh: '{field}应为 32 位十六进制的纪实事项编号',
  en: '{field} must be an event id of 32 hex digits',
} as const;
export const NAME_INVALID = {
  code: 'NAME_INVALID',
  severity: 'error',
  zh: '{field}为空、过长或含有不允许的字符',
  en: '{field} is empty, too long or has characters that are not allowed',
} as const;
export const ID_BIRTH_DATE_MISMATCH = {
  code: 'ID_BIRTH_DATE_MISMATCH',
  severity: 'error',
  zh: '出生日期与身份证号不符（身份证号中为 {fromId}）',
  en: 'Birth date does not match the ID number (which says {fromId})',
} as const;
export const ID_SEX_MISMATCH = {
  code: 'ID_SEX_MISMATCH',
  severity: 'error',
  zh: '性别与身份证号不符（身份证号中为{fromId}）',
  en: 'Sex does not match the ID number (which says {fromId})',
} as const;
export const DATE_BEFORE_BIRTH = {
  code: 'DATE_BEFORE_BIRTH',
  severity: 'error',
  zh: '{field}早于出生日期',
  en: '{field} is before the birth date',
} as const;
export const PARTY_FULL_BEFORE_JOIN = {
  code: 'PARTY_FULL_BEFORE_JOIN',
  severity: 'error',
  zh: '转正时间早于入党时间',
  en: 'Full membership date is before the join date',
} as const;
export const PROBATIONARY_WITH_FULL_DATE = {
  code: 'PROBATIONARY_WITH_FULL_DATE',
  severity: 'error',
  zh: '预备党员不应有转正时间',
  en: 'A probationary member has no full membership date',
} as const;
export const POST_ORGANIZATION = {
  code: 'POST_ORGANIZATION',
  severity: 'error',
  zh: '职务与组织不符：{organization}没有这一职务',
  en: 'The post does not exist in {organization}',
} as const;
export const CONCURRENT_POST = {
  code: 'CONCURRENT_POST',
  severity: 'error',
  zh: '只有书记或主任可以"一肩挑"，此人职务为{post}',
  en: 'Only a secretary or a director can hold both posts; this post is {post}',
} as const;
export const PERIOD_REVERSED = {
  code: 'PERIOD_REVERSED',
  severity: 'error',
  zh: '截止日期早于开始日期 {date}',
  en: 'The end date is before the start date {date}',
} as const;
export const APPOINTMENTS_OVERLAP = {
  code: 'APPOINTMENTS_OVERLAP',
  severity: 'error',
  zh: '任职时间与上一段任职重叠或顺序颠倒',
  en: 'This appointment overlaps the one before it, or they are out of order',
} as const;
export const RATING_OUTSIDE_SERVICE = {
  code: 'RATING_OUTSIDE_SERVICE',
  severity: 'error',
  zh: '该年度不在任职期间，不应有考核等次',
  en: 'A rating for a year outside the appointments',
} as const;

// Policies (政策): definition, overlays, parameters, conditions
export const POLICY_ID = {
  code: 'POLICY_ID',
  severity: 'error',
  zh: '{field}只能由小写字母、数字和连字符组成',
  en: '{field} may hold lower-case letters, digits and hyphens only',
  variants: {
    missing: { zh: '第 {n} 个政策没有 id', en: 'Policy {n} has no id' },
  },
} as const;
export const POLICY_PARAMETER_ID = {
  code: 'POLICY_PARAMETER_ID',
  severity: 'error',
  zh: '参数名只能由字母和数字组成，以字母开头',
  en: 'A parameter name holds letters and digits and starts with a letter',
} as const;
export const POLICY_IS_OVERLAY = {
  code: 'POLICY_IS_OVERLAY',
  severity: 'error',
  zh: '这是一个叠加在其他政策上的本地政策：请用 extendPolicy(base, overlay) 或 loadPolicies',
  en: 'This is an overlay on another policy: use extendPolicy(base, overlay) or loadPolicies',
} as const;
export const POLICY_UNKNOWN_REFERENCE = {
  code: 'POLICY_UNKNOWN_REFERENCE',
  severity: 'error',
  zh: '未定义的依据“{id}”',
  en: 'Unknown reference "{id}"',
} as const;
export const POLICY_UNKNOWN_PARAMETER = {
  code: 'POLICY_UNKNOWN_PARAMETER',
  severity: 'error',
  zh: '未定义的参数“{id}”',
  en: 'Unknown parameter "{id}"',
} as const;
export const POLICY_DUPLICATE_ID = {
  code: 'POLICY_DUPLICATE_ID',
  severity: 'error',
  zh: '规则 id “{id}”重复',
  en: 'Duplicate rule id "{id}"',
  variants: {
    reference: { zh: '依据 id “{id}”重复', en: 'Duplicate reference id "{id}"' },
    department: { zh: '联审部门“{id}”重复', en: 'Department "{id}" is listed twice' },
    dimension: { zh: '评价表的维度“{id}”重复', en: 'The evaluation form lists dimension "{id}" twice' },
    overlay: { zh: '{what} id “{id}”在本地政策中出现两次', en: 'The overlay sets the {what} "{id}" twice' },
    policy: { zh: '政策 id “{id}”重复', en: 'Duplicate policy id "{id}"' },
    word: {
      zh: '{vocabulary}中“{id}”出现两次（本地政策只能增补词语，不能改写）',
      en: 'The {vocabulary} lists "{id}" twice (an overlay adds words, it does not redefine them)',
    },
  },
} as const;
export const POLICY_PARAMETER_EMPTY = {
  code: 'POLICY_PARAMETER_EMPTY',
  severity: 'error',
  zh: '参数“{id}”没有任何取值',
  en: 'Parameter "{id}" has no value',
} as const;
export const POLICY_PARAMETER_VALUE = {
  code: 'POLICY_PARAMETER_VALUE',
  severity: 'error',
  zh: '比例 {value}% 超过 100%',
  en: 'The share {value} % is above 100 %',
  variants: {
    fraction: {
      zh: '参数“{id}”自 {since} 的取值 {value} 不是比例：应写作“分子/分母”，如 "4/5"',
      en: 'Parameter "{id}" from {since}: {value} is not a share: write it as "numerator/denominator", e.g. "4/5"',
    },
    unfit: {
      zh: '参数“{id}”自 {since} 的取值 {value} 不合用：{need}',
      en: 'Parameter "{id}" from {since}: {value} does not fit its use: {need} is needed',
    },
  },
} as const;
export const POLICY_PARAMETER_NO_VALUE = {
  code: 'POLICY_PARAMETER_NO_VALUE',
  severity: 'error',
  zh: '参数“{parameter}”在 {asOf} 还没有生效的取值（最早自 {first} 起）',
  en: 'Parameter "{parameter}" has no value in force on {asOf} (the first is from {first})',
} as const;
export const POLICY_RULE_SHAPE = {
  code: 'POLICY_RULE_SHAPE',
  severity: 'error',
  zh: '规则“{id}”应有且只有 require 或 forbid 之一',
  en: 'Rule "{id}" needs exactly one of require or forbid',
  variants: {
    target: {
      zh: '结构目标“{id}”应有且只有 atLeast 或 shareAtLeast 之一',
      en: 'Target "{id}" needs exactly one of atLeast or shareAtLeast',
    },
    milestone: {
      zh: '节点“{id}”应有且只有 daysBefore 或 daysAfter 之一',
      en: 'Milestone "{id}" needs exactly one of daysBefore or daysAfter',
    },
  },
} as const;
export const POLICY_CONDITION = {
  code: 'POLICY_CONDITION',
  severity: 'error',
  zh: '条件应为 { 运算符: 参数 }',
  en: 'A condition is { operator: argument }',
  variants: {
    operators: {
      zh: '每个条件只能有一个运算符，这里有 {count} 个',
      en: 'A condition has exactly one operator; this one has {count}',
    },
    team: { zh: '班子规则的 check 应为 { 检查: 参数 }', en: 'A team check is { check: argument }' },
  },
} as const;
export const POLICY_CONDITION_DEPTH = {
  code: 'POLICY_CONDITION_DEPTH',
  severity: 'error',
  zh: '条件嵌套超过 {max} 层：请拆成几条规则',
  en: 'Conditions nest more than {max} levels deep: split them into several rules',
  variants: {
    args: {
      zh: '自定义判断的参数嵌套超过 {max} 层',
      en: 'The arguments of a custom predicate nest more than {max} levels deep',
    },
  },
} as const;
export const POLICY_UNKNOWN_OPERATOR = {
  code: 'POLICY_UNKNOWN_OPERATOR',
  severity: 'error',
  zh: '未知的运算符“{operator}”',
  en: 'Unknown operator "{operator}"',
  variants: {
    team: { zh: '未知的班子检查“{operator}”', en: 'Unknown team check "{operator}"' },
  },
} as const;
export const POLICY_OPERATOR_ARGUMENT = {
  code: 'POLICY_OPERATOR_ARGUMENT',
  severity: 'error',
  zh: '“{value}”不是可接受的值',
  en: '"{value}" is not an accepted value',
  variants: {
    integer: { zh: '应为 0–200 的整数或 { param: 参数名 }', en: 'Expected an integer 0–200 or { param: id }' },
    list: { zh: '应为非空列表', en: 'Expected a non-empty list' },
    education: { zh: '应为学历层次或 { param: 参数名 }', en: 'Expected an education level or { param: id }' },
    fact: {
      zh: '应为 { kind, withinYears?, coversAsOf?, sanctionIn? }',
      en: 'Expected { kind, withinYears?, coversAsOf?, sanctionIn? }',
    },
    option: { zh: '未知选项“{key}”', en: 'Unknown option "{key}"' },
    boolean: { zh: '应为 true 或 false', en: 'Expected true or false' },
    withinOrCovers: { zh: 'withinYears 与 coversAsOf 只能选一个', en: 'Use either withinYears or coversAsOf' },
    sanctions: { zh: '应为所选负面情形类别的处分种类列表', en: 'Expected sanctions of the chosen kinds of fact' },
    flag: { zh: '应为标记名', en: 'Expected a flag name' },
    sex: { zh: '应为 male 或 female', en: 'Expected male or female' },
    custom: { zh: '应为 { name: 已注册的判断名, args? }', en: 'Expected { name: registered predicate, args? }' },
    conditions: { zh: '应为非空的条件列表', en: 'Expected a non-empty list of conditions' },
    range: { zh: '应为 { min?, max? }', en: 'Expected { min?, max? }' },
    true: { zh: '应为 true', en: 'Expected true' },
  },
} as const;
export const POLICY_UNREGISTERED_PREDICATE = {
  code: 'POLICY_UNREGISTERED_PREDICATE',
  severity: 'error',
  zh: '规则“{rule}”使用了未注册的自定义判断“{predicate}”',
  en: 'Rule "{rule}" uses the unregistered custom predicate "{predicate}"',
} as const;
export const POLICY_NOT_IN_FORCE = {
  code: 'POLICY_NOT_IN_FORCE',
  severity: 'error',
  zh: '政策“{policy}”在 {asOf} 不在有效期内（{from} 至 {to}）',
  en: 'Policy "{policy}" is not in force on {asOf} ({from} to {to})',
  variants: {
    // An overlay in force earlier than its base: the base's rules are not applied before the base is in force.
    foundation: {
      zh: '政策“{policy}”所叠加的“{base}”自 {from} 起施行，不适用于 {asOf}：此前的选举须依当时施行的法律和党内法规另立一份基础政策',
      en: 'Policy "{policy}" extends "{base}", in force from {from}, which does not apply on {asOf}: an earlier election needs a base policy of the texts in force then',
    },
  },
} as const;
export const POLICY_EXTENDS_MISMATCH = {
  code: 'POLICY_EXTENDS_MISMATCH',
  severity: 'error',
  zh: '该本地政策叠加在“{extends}”上，而不是“{base}”',
  en: 'The overlay extends "{extends}", not "{base}"',
} as const;
export const POLICY_CYCLE = {
  code: 'POLICY_CYCLE',
  severity: 'error',
  zh: '政策循环叠加：{chain}',
  en: 'Policies extend each other in a cycle: {chain}',
  variants: {
    inChain: { zh: '政策链中已有“{id}”：{chain}', en: '"{id}" is already in the chain: {chain}' },
  },
} as const;
export const POLICY_REMOVE_AND_SET = {
  code: 'POLICY_REMOVE_AND_SET',
  severity: 'error',
  zh: '{what}“{id}”既被删除又被改写，只能选一个',
  en: 'The overlay both removes and sets the {what} "{id}"',
} as const;
export const POLICY_UNKNOWN_RULE = {
  code: 'POLICY_UNKNOWN_RULE',
  severity: 'error',
  zh: '基础政策中没有{what}“{id}”',
  en: 'The base has no {what} "{id}"',
} as const;
export const POLICY_PARAMETER_INCOMPLETE = {
  code: 'POLICY_PARAMETER_INCOMPLETE',
  severity: 'error',
  zh: '新参数“{id}”需要 title 和 reference',
  en: 'The new parameter "{id}" needs a title and a reference',
} as const;
export const POLICY_PARAMETER_NO_SUCH_VALUE = {
  code: 'POLICY_PARAMETER_NO_SUCH_VALUE',
  severity: 'error',
  zh: '基础政策中参数“{id}”没有 {date} 的取值，无法删除',
  en: 'The base has no value of "{id}" dated {date} to remove',
} as const;
export const POLICY_UNKNOWN_BASE = {
  code: 'POLICY_UNKNOWN_BASE',
  severity: 'error',
  zh: '找不到被叠加的政策“{id}”',
  en: 'No policy "{id}" to extend',
} as const;
export const POLICY_NO_PAY = {
  code: 'POLICY_NO_PAY',
  severity: 'error',
  zh: '政策“{policy}”没有报酬一节',
  en: 'Policy "{policy}" has no pay section',
} as const;
export const POLICY_NO_LIVING_ALLOWANCE = {
  code: 'POLICY_NO_LIVING_ALLOWANCE',
  severity: 'error',
  zh: '政策“{policy}”没有离任生活补贴的条件',
  en: 'Policy "{policy}" sets no living allowance test',
} as const;
export const POLICY_NO_REVIEW = {
  code: 'POLICY_NO_REVIEW',
  severity: 'error',
  zh: '政策“{policy}”没有资格联审一节',
  en: 'Policy "{policy}" has no review section',
} as const;
export const POLICY_NO_AUDIT = {
  code: 'POLICY_NO_AUDIT',
  severity: 'error',
  zh: '政策“{policy}”没有离任审计公示一节',
  en: 'Policy "{policy}" has no audit section',
} as const;
export const POLICY_NO_STAFFING = {
  code: 'POLICY_NO_STAFFING',
  severity: 'error',
  zh: '政策“{policy}”没有专职党务工作者编制标准一节',
  en: 'Policy "{policy}" has no staffing section',
} as const;
export const POLICY_NO_CANDIDATE_MARGIN = {
  code: 'POLICY_NO_CANDIDATE_MARGIN',
  severity: 'error',
  zh: '政策“{policy}”没有差额比例参数 partyCandidateMargin（全国基线中有）',
  en: 'Policy "{policy}" has no partyCandidateMargin parameter (the national baseline has it)',
} as const;
export const POLICY_NO_RECOMMENDATION = {
  code: 'POLICY_NO_RECOMMENDATION',
  severity: 'error',
  zh: '政策“{policy}”没有{body}的推荐（提名）规则',
  en: 'Policy "{policy}" has no recommendation (nomination) rules for the {body}',
} as const;
export const EVALUATION_AS_OF = {
  code: 'EVALUATION_AS_OF',
  severity: 'error',
  zh: '评判日期 asOf 应为存在的日期 YYYY-MM-DD，收到“{value}”',
  en: 'asOf must be an existing date YYYY-MM-DD, got "{value}"',
} as const;
export const CASES_SYNTAX = {
  code: 'CASES_SYNTAX',
  severity: 'error',
  zh: '{file}{line}：YAML/JSON 格式错误（{reason}）',
  en: '{file}{line}: malformed YAML/JSON ({reason})',
} as const;
export const CASES_INPUT_FIELD = {
  code: 'CASES_INPUT_FIELD',
  severity: 'error',
  zh: '{file} 用例 {where} 的输入字段“{field}”不是候选人的字段（拼写有误？）',
  en: '{file}: the input of case {where} has a field "{field}" that a candidate does not have (misspelt?)',
} as const;
export const CASES_EXPECT_NOTHING = {
  code: 'CASES_EXPECT_NOTHING',
  severity: 'error',
  zh: '{file} 第 {n} 个用例“{name}”没有断言任何结果：expect 至少要写 {keys} 之一',
  en: '{file}: case {n} "{name}" asserts nothing: expect needs at least one of {keys}',
} as const;

// Composition (班子结构)
export const COMPOSITION_AS_OF = {
  code: 'COMPOSITION_AS_OF',
  severity: 'error',
  zh: '统计日期 asOf 应为存在的日期 YYYY-MM-DD，收到“{value}”',
  en: 'asOf must be an existing date YYYY-MM-DD, got "{value}"',
} as const;
export const COMPOSITION_AGE_UNKNOWN = {
  code: 'COMPOSITION_AGE_UNKNOWN',
  severity: 'warning',
  zh: '第 {n} 人的出生日期缺失或不存在，年龄按“不详”统计',
  en: 'Member {n}: birth date missing or impossible; age counted as unknown',
} as const;
export const COMPOSITION_EDUCATION_UNKNOWN = {
  code: 'COMPOSITION_EDUCATION_UNKNOWN',
  severity: 'warning',
  zh: '第 {n} 人的学历不详，学历按“不详”统计',
  en: 'Member {n}: education unknown; counted as unknown',
} as const;
export const COMPOSITION_EMPTY = {
  code: 'COMPOSITION_EMPTY',
  severity: 'error',
  zh: '没有可汇总的统计',
  en: 'Nothing to merge',
} as const;
export const COMPOSITION_INCONSISTENT = {
  code: 'COMPOSITION_INCONSISTENT',
  severity: 'error',
  zh: '第 {n} 份统计的数字不能自洽（{field}）',
  en: 'Summary {n} does not add up ({field})',
} as const;
export const COMPOSITION_MISMATCH = {
  code: 'COMPOSITION_MISMATCH',
  severity: 'error',
  zh: '第 {n} 份统计的统计日期或年龄段与第 1 份不同（{asOf} / {firstAsOf}），不能相加',
  en: 'Summary {n} has another date or other age bands than summary 1 ({asOf} / {firstAsOf}); they cannot be added',
} as const;
export const FORMAT_DIGITS = {
  code: 'FORMAT_DIGITS',
  severity: 'error',
  zh: '小数位数应为 0–6 的整数，收到 {value}',
  en: 'digits must be an integer 0–6, got {value}',
} as const;

// Pay (报酬)
export const MONEY_NOT_FEN = {
  code: 'MONEY_NOT_FEN',
  severity: 'error',
  zh: '金额应为整数分，收到 {value}',
  en: 'Money must be a whole number of fen, got {value}',
} as const;
export const PAY_PERIOD = {
  code: 'PAY_PERIOD',
  severity: 'error',
  zh: '计算期间应为两个日期且起不晚于止，收到 {from} 至 {to}',
  en: 'The period must be two dates, from not after to; got {from} to {to}',
} as const;
export const PAY_NO_BASE = {
  code: 'PAY_NO_BASE',
  severity: 'error',
  zh: '报酬政策没有适用于“{organization}{post}{concurrent}”的基本报酬',
  en: 'No base pay in the policy covers {organization} {post}{concurrent}',
} as const;

// Review (资格联审)
export const REVIEW_INSTANT = {
  code: 'REVIEW_INSTANT',
  severity: 'error',
  zh: '时间应为带时区的 ISO 格式{example}',
  en: 'Times are ISO date-times with an offset{example}',
} as const;
export const REVIEW_UNKNOWN_TIER = {
  code: 'REVIEW_UNKNOWN_TIER',
  severity: 'error',
  zh: '未知的联审类别“{tier}”',
  en: 'Unknown review tier "{tier}"',
} as const;
export const REVIEW_UNKNOWN_DEPARTMENT = {
  code: 'REVIEW_UNKNOWN_DEPARTMENT',
  severity: 'error',
  zh: '未知的联审部门“{department}”',
  en: 'Unknown department "{department}"',
} as const;
export const REVIEW_DUPLICATE_ANSWER = {
  code: 'REVIEW_DUPLICATE_ANSWER',
  severity: 'error',
  zh: '“{department}”答复了两次',
  en: '"{department}" answered twice',
} as const;
export const REVIEW_ANSWER_BEFORE_SUBMISSION = {
  code: 'REVIEW_ANSWER_BEFORE_SUBMISSION',
  severity: 'error',
  zh: '答复时间早于报送时间',
  en: 'Answered before the file was submitted',
} as const;

// Risk (风险研判)
export const RESERVE_UNKNOWN_DIMENSION = {
  code: 'RESERVE_UNKNOWN_DIMENSION',
  severity: 'error',
  zh: '评价了评价表“{form}”中没有的维度“{dimension}”',
  en: 'The evaluation rates "{dimension}", which the form "{form}" does not have',
  variants: {
    noForm: {
      zh: '按维度评价了“{dimension}”，但政策没有后备人才评价表',
      en: 'The evaluation rates "{dimension}", but the policy has no reserve evaluation form',
    },
  },
} as const;
export const RESERVE_TRIAL_EVALUATION_OUTSIDE = {
  code: 'RESERVE_TRIAL_EVALUATION_OUTSIDE',
  severity: 'warning',
  zh: '{date} 的准岗考核不在任何一段岗位锻炼期内',
  en: 'The trial-post evaluation of {date} falls outside every trial post',
} as const;
export const RISK_DECIMALS = {
  code: 'RISK_DECIMALS',
  severity: 'error',
  zh: '{field}最多保留两位小数',
  en: '{field} has at most two decimals',
} as const;
export const RISK_UNKNOWN_LEVEL = {
  code: 'RISK_UNKNOWN_LEVEL',
  severity: 'error',
  zh: '模型没有等级“{level}”',
  en: 'The model has no level "{level}"',
} as const;
export const RISK_UNKNOWN_INDICATOR = {
  code: 'RISK_UNKNOWN_INDICATOR',
  severity: 'error',
  zh: '模型“{model}”没有指标“{id}”',
  en: 'Model "{model}" has no indicator "{id}"',
} as const;
export const RISK_VALUE_DOMAIN = {
  code: 'RISK_VALUE_DOMAIN',
  severity: 'error',
  zh: '指标“{indicator}”的值 {value} 不在取值范围内',
  en: 'Indicator "{indicator}": the value {value} is outside its domain',
} as const;
export const RISK_DUPLICATE_INDICATOR = {
  code: 'RISK_DUPLICATE_INDICATOR',
  severity: 'error',
  zh: '指标“{id}”重复',
  en: 'Indicator "{id}" is defined twice',
} as const;
export const RISK_SCALE_SHAPE = {
  code: 'RISK_SCALE_SHAPE',
  severity: 'error',
  zh: '指标“{indicator}”的对照表是空的',
  en: 'Indicator "{indicator}": the lookup table is empty',
  variants: {
    linear: {
      zh: '指标“{indicator}”的线性计分两端取值相同',
      en: 'Indicator "{indicator}": the linear scale\'s two anchors have the same value',
    },
    domain: {
      zh: '指标“{indicator}”的取值范围下限大于上限',
      en: 'Indicator "{indicator}": the domain\'s min is above its max',
    },
    thresholds: {
      zh: '指标“{indicator}”的最低阈值高于取值范围下限 {min}，部分取值没有分数',
      en: 'Indicator "{indicator}": the lowest threshold is above the domain\'s min {min}, so some values score nothing',
    },
  },
} as const;
export const RISK_SCALE_KIND = {
  code: 'RISK_SCALE_KIND',
  severity: 'error',
  zh: '指标“{indicator}”的计分方式与类型 {kind} 不符',
  en: 'Indicator "{indicator}": the scale does not fit the kind {kind}',
  variants: {
    boolean: {
      zh: '是否类指标“{indicator}”需要 true 和 false 两个分值',
      en: 'Boolean indicator "{indicator}" needs points for true and false',
    },
  },
} as const;
export const RISK_BANDS_SHAPE = {
  code: 'RISK_BANDS_SHAPE',
  severity: 'error',
  zh: '等级“{level}”的分数区间是空的',
  en: 'Band {level} holds no score',
  variants: {
    twice: { zh: '等级“{level}”的下限或上限写了两次', en: 'Band {level} gives a bound twice' },
    unlevelled: {
      zh: '“{level}”（不定级）的分数区间须在风险最低的一端：风险分最低处，或健康指数最高处',
      en: 'The {level} range (not levelled) must lie at the calm end: the lowest risk points or the highest health index',
    },
  },
} as const;
export const RISK_BANDS_GAP = {
  code: 'RISK_BANDS_GAP',
  severity: 'error',
  zh: '等级“{level}”与“{next}”之间有分数没有等级',
  en: 'Scores between bands {level} and {next} have no level',
  variants: {
    below: { zh: '分数低于 {score} 的村没有对应的等级', en: 'No band covers scores below {score}' },
    above: { zh: '分数高于 {score} 的村没有对应的等级', en: 'No band covers scores above {score}' },
  },
} as const;
export const RISK_BANDS_OVERLAP = {
  code: 'RISK_BANDS_OVERLAP',
  severity: 'error',
  zh: '等级“{level}”与“{next}”的分数区间重叠',
  en: 'Bands {level} and {next} overlap',
} as const;
export const RISK_DERIVATION_INDICATOR = {
  code: 'RISK_DERIVATION_INDICATOR',
  severity: 'error',
  zh: '推导规则“{rules}”的{derived}指向“{indicator}”，而模型“{model}”没有取值 0—{fullMarks} 的同名数值指标',
  en: 'Rules "{rules}" derive {derived} into "{indicator}", but model "{model}" has no numeric indicator of that id taking 0–{fullMarks}',
} as const;
export const RISK_NOT_ASSESSED = {
  code: 'RISK_NOT_ASSESSED',
  severity: 'error',
  zh: '尚未按该模型进行风险研判',
  en: 'Not assessed with this model yet',
} as const;
export const RISK_UNSCORED = {
  code: 'RISK_UNSCORED',
  severity: 'error',
  zh: '研判缺少指标：{missing}',
  en: 'Assessment lacks indicators: {missing}',
} as const;
export const RISK_LEVEL_BLOCKS = {
  code: 'RISK_LEVEL_BLOCKS',
  severity: 'error',
  zh: '风险等级为{level}（{colour}），须化解后方可启动换届',
  en: 'Risk level {level} ({colour}) must be cleared before the election starts',
} as const;
export const LEDGER_RESOLVED_DATE = {
  code: 'LEDGER_RESOLVED_DATE',
  severity: 'error',
  zh: '只有已化解的问题才有化解日期，已化解的问题必须有化解日期',
  en: 'A resolved item has a resolution date, and only a resolved item has one',
} as const;
export const LEDGER_OPEN_ITEM = {
  code: 'LEDGER_OPEN_ITEM',
  severity: 'error',
  zh: '{category}问题未化解：{description}（责任人{owner}，期限{due}）',
  en: 'Open {category} item: {description} (owner {owner}, due {due})',
} as const;

// Election (选举)
export const QUOTA_INPUT = {
  code: 'QUOTA_INPUT',
  severity: 'error',
  zh: '未知的层级“{level}”',
  en: 'Unknown level "{level}"',
  variants: {
    population: { zh: '人口应为非负整数', en: 'The population must be a whole number, not negative' },
    additionalLevel: {
      zh: '{level}的代表名额不能另加百分之五：选举法第十二条第三款只适用于省、自治区和县、乡两级',
      en: 'The quota of a {level} cannot be raised by 5 %: Art. 12 para. 3 of the Election Law covers provinces, counties and townships only',
    },
    additionalDecision: {
      zh: '代表名额另加百分之五须写明所依据的人大常委会决定',
      en: 'Raising the quota by 5 % must name the standing committee decision it rests on',
    },
  },
} as const;
export const TIMELINE_DATE = {
  code: 'TIMELINE_DATE',
  severity: 'error',
  zh: '{field} 不是有效日期',
  en: '{field} is not a valid date',
} as const;
export const TIMELINE_VOTER_LIST_LATE = {
  code: 'TIMELINE_VOTER_LIST_LATE',
  severity: 'error',
  zh: '选民名单应在选举日的{days}日以前公布（最迟 {latest}）',
  en: 'The voter list must be posted {days} days before the election (by {latest})',
} as const;
export const VOTER_UNDER_AGE = {
  code: 'VOTER_UNDER_AGE',
  severity: 'error',
  zh: '选举日（{electionDate}）未满 {age} 周岁（{article}），不能列入选民名单',
  en: 'Under {age} on election day ({electionDate}) ({article}): not on the voter list',
} as const;
export const VOTER_DEPRIVED = {
  code: 'VOTER_DEPRIVED',
  severity: 'error',
  zh: '依照法律被剥夺政治权利的人没有选举权（{article}），不能列入选民名单',
  en: 'Deprived of political rights by law: no right to vote ({article}), not on the voter list',
} as const;
export const VOTER_NOT_ENTITLED = {
  code: 'VOTER_NOT_ENTITLED',
  severity: 'error',
  zh: '户籍不在本村，也不在本村居住：不属于{article}规定的任何一类选民',
  en: 'Neither registered nor living in the village: none of the voters of {article}',
  variants: {
    away: {
      zh: '户籍在本村但不在本村居住，本人没有表示参加选举：不能列入选民名单（{article}）',
      en: 'Registered here but living away, and has not said they take part: not on the list ({article})',
    },
  },
} as const;
export const VOTER_NEWCOMER = {
  code: 'VOTER_NEWCOMER',
  severity: 'error',
  zh: '户籍不在本村的村民须本人申请参加选举（{article}）',
  en: 'A villager registered elsewhere must apply to take part ({article})',
  variants: {
    residence: {
      zh: '自 {since} 起在本村居住，到选举日（{electionDate}）不满 {years} 年（{article}）',
      en: 'Living here since {since}: less than {years} year(s) by election day ({electionDate}) ({article})',
    },
    residenceUnknown: {
      zh: '户籍不在本村：须写明在本村居住起始日期，才能判断是否居住 {years} 年以上（{article}）',
      en: 'Registered elsewhere: the date living here began is needed to see {years} year(s) of residence ({article})',
    },
    consent: {
      zh: '户籍不在本村：须有村民会议或者村民代表会议同意其参加选举的日期（{article}）',
      en: "Registered elsewhere: the date the villagers' (representatives') assembly consented is needed ({article})",
    },
    consentLate: {
      zh: '村民会议或者村民代表会议 {consentOn} 才同意，晚于选民名单公布日 {publishedOn}：公布时尚未同意（{article}）',
      en: 'The assembly consented on {consentOn}, after the list was posted on {publishedOn}: not admitted when posted ({article})',
    },
  },
} as const;
export const VOTER_CATEGORY_MISMATCH = {
  code: 'VOTER_CATEGORY_MISMATCH',
  severity: 'warning',
  zh: '选民类别写作“{written}”，但按户籍和居住情况应为“{derived}”',
  en: 'Voter category given as "{written}", but household registration and residence make it "{derived}"',
} as const;
export const VOTER_DUPLICATE = {
  code: 'VOTER_DUPLICATE',
  severity: 'error',
  zh: '与第 {first} 行是同一人（身份证号相同）：一人只登记一次，本行不计',
  en: 'The same person as row {first} (same ID number): registered once, this row not counted',
  variants: {
    otherVillage: {
      zh: '同一人（身份证号相同）也在{village}登记为选民：一人只能在一个村登记参加选举（{article}）',
      en: 'The same person (same ID number) is also registered in {village}: one village only ({article})',
    },
  },
} as const;
export const VOTER_OBJECTION_LATE = {
  code: 'VOTER_OBJECTION_LATE',
  severity: 'warning',
  zh: '申诉于 {filedOn} 提出，超过名单公布之日起 {days} 日的期限（{deadline}）',
  en: 'Objection made on {filedOn}, after the {days} days from posting ({deadline})',
} as const;
export const VOTER_DECISION_LATE = {
  code: 'VOTER_DECISION_LATE',
  severity: 'error',
  zh: '申诉于 {filedOn} 提出，{decidedOn} 才作出处理决定，超过 {days} 日（应不晚于 {deadline}）',
  en: 'Objection made on {filedOn}, decided on {decidedOn}: more than {days} days (by {deadline})',
  variants: {
    undecided: {
      zh: '申诉于 {filedOn} 提出，没有处理决定的日期（应不晚于 {deadline}）',
      en: 'Objection made on {filedOn} has no date of decision (due by {deadline})',
    },
  },
} as const;
export const VOTER_PROXY = {
  code: 'VOTER_PROXY',
  severity: 'error',
  zh: '委托人不在选民名单上，不能委托投票（{article}）',
  en: 'The person giving the proxy is not on the voter list ({article})',
  variants: {
    proxyNotVoter: {
      zh: '受委托人不是本村登记的选民（{article}）',
      en: 'The proxy is not a registered voter of the village ({article})',
    },
    notRelative: {
      zh: '受委托人是委托人的“{relation}”，不是近亲属（{article}）',
      en: 'The proxy is the voter\'s "{relation}", not a near relative ({article})',
    },
    notWritten: { zh: '委托投票须书面委托（{article}）', en: 'A proxy must be given in writing ({article})' },
    self: { zh: '委托人与受委托人是同一人', en: 'The voter and the proxy are the same person' },
    twice: {
      zh: '委托人已在第 {first} 项委托过：一人只能委托一次',
      en: 'The voter already gave a proxy (item {first}): one proxy per voter',
    },
    tooMany: {
      zh: '受委托人接受了 {count} 人的委托，超过 {limit} 人（{source}）',
      en: 'The proxy carries {count} votes, more than {limit} ({source})',
    },
    unpublished: {
      zh: '委托人和受委托人的名单须在选举日（{electionDate}）前公布（{article}）',
      en: 'The list of proxies must be posted before election day ({electionDate}) ({article})',
    },
  },
} as const;
export const BALLOT_RECONCILE = {
  code: 'BALLOT_RECONCILE',
  severity: 'error',
  zh: '{channel}收回 {returned} 张，多于发出的 {issued} 张',
  en: '{channel}: {returned} returned, more than the {issued} issued',
  variants: {
    validInvalid: {
      zh: '有效票 {valid} 张与无效票 {invalid} 张合计 {sum} 张，与各渠道收回的 {returned} 张不符',
      en: '{valid} valid and {invalid} invalid make {sum}, not the {returned} returned by all channels',
    },
    proxies: {
      zh: '委托投票发出 {issued} 张，多于经核对的委托 {authorized} 人',
      en: '{issued} proxy ballots issued, more than the {authorized} checked proxies',
    },
    registered: {
      zh: '收回选票 {returned} 张，多于登记参加选举的村民 {registered} 人',
      en: '{returned} ballots returned, more than the {registered} registered voters',
    },
  },
} as const;
export const TASK_DEADLINE = {
  code: 'TASK_DEADLINE',
  severity: 'error',
  zh: '任务“{task}”应有且只有 daysBefore 或 daysAfter 之一',
  en: 'Task "{task}" needs exactly one of daysBefore or daysAfter',
} as const;
export const TASK_DUPLICATE_ID = {
  code: 'TASK_DUPLICATE_ID',
  severity: 'error',
  zh: '任务 id “{id}”重复',
  en: 'Duplicate task id "{id}"',
} as const;
export const TASK_UNKNOWN = {
  code: 'TASK_UNKNOWN',
  severity: 'error',
  zh: '“{unit}”记录了模板中没有的任务“{id}”',
  en: '"{unit}" records a task "{id}" the template does not have',
} as const;
export const AUDIT_PERIOD = {
  code: 'AUDIT_PERIOD',
  severity: 'error',
  zh: '第 {n} 次公示的起止日期无效',
  en: 'Posting {n} has invalid dates',
} as const;
export const AUDIT_NOT_BEFORE_ELECTION = {
  code: 'AUDIT_NOT_BEFORE_ELECTION',
  severity: 'error',
  zh: '第 {n} 次公示到选举日 {electionDate} 仍未结束，不能算作选举前公布（{article}）',
  en: 'Posting {n} has not ended before the election on {electionDate} ({article})',
  variants: {
    none: {
      zh: '离任审计结果没有在选举前公布（{article}）',
      en: 'The departure audit was not made public before the election ({article})',
    },
    after: {
      zh: '第 {n} 次公示在选举日 {electionDate} 或之后才开始，不能算作选举前公布（{article}）',
      en: 'Posting {n} began on or after the election on {electionDate} ({article})',
    },
  },
} as const;
export const AUDIT_POSTINGS_OVERLAP = {
  code: 'AUDIT_POSTINGS_OVERLAP',
  severity: 'warning',
  zh: '第 {n} 次公示与第 {other} 次公示时间重叠，是同一次公示，只计一次',
  en: 'Posting {n} overlaps posting {other}: one posting on the board, counted once',
} as const;
export const AUDIT_TOO_SHORT = {
  code: 'AUDIT_TOO_SHORT',
  severity: 'error',
  zh: '第 {n} 次公示只有 {days} 天，少于 {required} 天',
  en: 'Posting {n} lasted {days} days, fewer than {required}',
} as const;
export const AUDIT_TOO_FEW = {
  code: 'AUDIT_TOO_FEW',
  severity: 'error',
  zh: '符合要求的公示只有 {counted} 次，应不少于 {postings} 次、每次不少于 {days} 天',
  en: 'Only {counted} postings count; at least {postings} of at least {days} days each are required',
} as const;
export const AUDIT_MISSING = {
  code: 'AUDIT_MISSING',
  severity: 'error',
  zh: '尚无离任经济责任审计报告：不审计不换届（{article}）',
  en: 'No departure audit has been reported: no audit, no election ({article})',
} as const;
export const AUDIT_FINDING_OPEN = {
  code: 'AUDIT_FINDING_OPEN',
  severity: 'error',
  zh: '离任审计发现的{severity}问题未整改销号：{summary}{amount}（责任人{responsible}，整改期限{deadline}），审计不清楚不换届',
  en: 'A {severity} audit finding is not put right: {summary}{amount} (responsible {responsible}, due {deadline}); the audit is not clear, so no election',
} as const;
export const AUDIT_EVENT_REFERENCE = {
  code: 'AUDIT_EVENT_REFERENCE',
  severity: 'error',
  zh: '纪实事项 {event} 应指向{expected}，而 {target} 是“{kind}”记录，不予计入',
  en: 'Event {event} must name {expected}, but {target} is a "{kind}" event; it is not counted',
  variants: {
    missing: {
      zh: '纪实事项 {event} 指向的{expected} {target} 不在截至当时的纪实中，不予计入',
      en: 'Event {event} names {expected} {target}, which is not in the journal up to then; it is not counted',
    },
  },
} as const;
export const SUPERVISION_CHOSEN_BY = {
  code: 'SUPERVISION_CHOSEN_BY',
  severity: 'error',
  zh: '村务监督委员会成员{member}由“{chosenBy}”产生：成员应由村民会议或者村民代表会议推选产生（{article}）',
  en: "Village affairs supervisory committee member {member} was chosen by \"{chosenBy}\": members are chosen by the villagers' assembly or the villagers' representatives' assembly ({article})",
  variants: {
    villager: {
      zh: '村务监督委员会成员{member}不是本村村民：成员应在村民中推选产生（{article}）',
      en: 'Village affairs supervisory committee member {member} is not a villager: members are chosen from among the villagers ({article})',
    },
  },
} as const;
export const SUPERVISION_NO_EXPERTISE = {
  code: 'SUPERVISION_NO_EXPERTISE',
  severity: 'error',
  zh: '村务监督委员会{count}名成员中没有具备财会、管理知识的人员（{article}）',
  en: 'None of the {count} members of the village affairs supervisory committee has accounting or management knowledge ({article})',
} as const;
export const SUPERVISION_COMMITTEE_MEMBER = {
  code: 'SUPERVISION_COMMITTEE_MEMBER',
  severity: 'error',
  zh: '{member}是村民委员会{post}，不得担任村务监督委员会成员（{article}）',
  en: "{member} is {post} of the villagers' committee and may not sit on the village affairs supervisory committee ({article})",
} as const;
export const SUPERVISION_NEAR_RELATIVE = {
  code: 'SUPERVISION_NEAR_RELATIVE',
  severity: 'error',
  zh: '村务监督委员会成员{member}与村民委员会{post}{relative}是近亲属（{kinship}），不得担任（{article}）',
  en: "Village affairs supervisory committee member {member} is a near relative ({kinship}) of {relative}, {post} of the villagers' committee, and may not sit on it ({article})",
} as const;
export const TALLY_DATE = {
  code: 'TALLY_DATE',
  severity: 'error',
  zh: '选举日期应为 YYYY-MM-DD，收到 {value}',
  en: 'The election date must be YYYY-MM-DD, got {value}',
} as const;

// Campaign journal (换届纪实)
export const JOURNAL_LINE_JSON = {
  code: 'JOURNAL_LINE_JSON',
  severity: 'error',
  zh: '纪实文件第 {line} 行不是一条 JSON 记录',
  en: 'Line {line} of the journal file is not a JSON record',
} as const;
export const JOURNAL_EVENT_KIND = {
  code: 'JOURNAL_EVENT_KIND',
  severity: 'error',
  zh: '纪实事项 {event} 的类别“{kind}”无法识别',
  en: 'Event {event} is of an unknown kind "{kind}"',
} as const;
export const JOURNAL_EVENT_TAMPERED = {
  code: 'JOURNAL_EVENT_TAMPERED',
  severity: 'error',
  zh: '纪实事项 {event} 的内容与其编号不符：记录后被改动过，不予采信',
  en: 'Event {event} no longer matches its id: it was changed after it was recorded and is not trusted',
} as const;
export const JOURNAL_EVENT_DANGLING = {
  code: 'JOURNAL_EVENT_DANGLING',
  severity: 'warning',
  zh: '纪实事项 {event} 指向的事项 {target} 不在本纪实中（可能在尚未合并的其他纪实里）',
  en: 'Event {event} names event {target}, which is not in this journal (it may be in one not merged yet)',
} as const;
export const JOURNAL_CONFLICT = {
  code: 'JOURNAL_CONFLICT',
  severity: 'warning',
  zh: '{unit} 在同一时刻 {at} 有 {count} 条相互冲突的{kind}记录，请核实后更正',
  en: '{unit} has {count} conflicting {kind} events at the same instant {at}; check and correct them',
} as const;
export const CAMPAIGN_INCIDENT_BLOCKS = {
  code: 'CAMPAIGN_INCIDENT_BLOCKS',
  severity: 'error',
  zh: '有尚未处置的{severity}突发事件（{summary}），处置完毕后方可选举',
  en: 'An open {severity} incident ({summary}) must be dealt with before the election',
} as const;

export const NOMINATION_NOT_REVIEWED = {
  code: 'NOMINATION_NOT_REVIEWED',
  severity: 'warning',
  zh: '{person}（{unit}）当选{body}，但纪实中没有其资格联审通过的记录',
  en: '{person} ({unit}) was elected to the {body}, but the journal records no joint qualification review passed',
} as const;
