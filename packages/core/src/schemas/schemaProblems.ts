/**
 * Turns zod issues into located, bilingual {@link Problem}s that name the field in the user's words.
 */
import * as z from 'zod/mini';
import { maskResidentId } from '../id/residentId.js';
import { type Problem, throwIfAny } from '../problems/problem.js';
import { FIELD_LABELS } from './labels.js';
import { FACT_KINDS } from './vocabulary.js';

type Issue = z.core.$ZodIssue;

interface Wording {
  code: string;
  message: string;
  messageEn: string;
  expected?: string;
  expectedEn?: string;
}

function labelOf(path: readonly PropertyKey[]): { zh: string; en: string } {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string') {
      const label = (FIELD_LABELS as Record<string, { zh: string; en: string }>)[key];
      return label ?? { zh: key, en: key };
    }
  }
  return { zh: '记录', en: 'Record' };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Text of a value for a problem report, with anything that looks like an ID number masked. */
export function displayValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  // Mask first, then clip: a number cut at the edge would otherwise escape the mask.
  const masked = text.replace(/\d{14}[\dXx]{1,4}|\d{15}/g, (id) => maskResidentId(id));
  return masked.length > 80 ? `${masked.slice(0, 80)}…` : masked;
}

const SEX_TEXT = { male: '男', female: '女' } as Record<string, string>;

function customWording(params: Record<string, unknown>, label: { zh: string; en: string }): Wording {
  const code = String(params.code ?? 'INVALID');
  switch (code) {
    case 'DATE_INVALID':
      return {
        code,
        message: `${label.zh}不是有效日期`,
        messageEn: `${label.en} is not a valid date`,
        expected: '存在的日期，格式 YYYY-MM-DD，如 1980-01-02',
        expectedEn: 'an existing date written YYYY-MM-DD, e.g. 1980-01-02',
      };
    case 'ID_INVALID':
      return {
        code,
        message: '身份证号无效（长度、字符、出生日期或校验码有误）',
        messageEn: 'The resident ID number is not valid (length, characters, birth date or check character)',
        expected: '18 位公民身份号码，最后一位可为 X',
        expectedEn: 'an 18-character resident ID number; the last may be X',
      };
    case 'DIVISION_CODE':
      return {
        code,
        message: `${label.zh}应为 12 位数字`,
        messageEn: `${label.en} must be 12 digits`,
        expected: '12 位统计用区划代码',
        expectedEn: 'a 12-digit statistical division code',
      };
    case 'NAME_INVALID':
      return {
        code,
        message: `${label.zh}为空、过长或含有不允许的字符`,
        messageEn: `${label.en} is empty, too long or has characters that are not allowed`,
        expected: '1–50 个字符，不含 < > 和控制字符',
        expectedEn: '1–50 characters, no < > or control characters',
      };
    case 'ID_BIRTH_DATE_MISMATCH':
      return {
        code,
        message: `出生日期与身份证号不符（身份证号中为 ${params.fromId}）`,
        messageEn: `Birth date does not match the ID number (which says ${params.fromId})`,
        expected: String(params.fromId),
        expectedEn: String(params.fromId),
      };
    case 'ID_SEX_MISMATCH':
      return {
        code,
        message: `性别与身份证号不符（身份证号中为${SEX_TEXT[String(params.fromId)]}）`,
        messageEn: `Sex does not match the ID number (which says ${params.fromId})`,
        expected: SEX_TEXT[String(params.fromId)],
        expectedEn: String(params.fromId),
      };
    case 'DATE_BEFORE_BIRTH':
      return {
        code,
        message: `${label.zh}早于出生日期`,
        messageEn: `${label.en} is before the birth date`,
        expected: '出生日期之后的日期',
        expectedEn: 'a date after the birth date',
      };
    case 'PARTY_FULL_BEFORE_JOIN':
      return {
        code,
        message: '转正时间早于入党时间',
        messageEn: 'Full membership date is before the join date',
        expected: '入党时间之后的日期',
        expectedEn: 'a date after the join date',
      };
    case 'PROBATIONARY_WITH_FULL_DATE':
      return {
        code,
        message: '预备党员不应有转正时间',
        messageEn: 'A probationary member has no full membership date',
        expected: '留空，或把政治面貌改为中共党员',
        expectedEn: 'leave it empty, or set the status to full member',
      };
    case 'POST_ORGANIZATION':
      return {
        code,
        message: `职务与组织不符：${params.organization}没有这一职务`,
        messageEn: `The post does not exist in ${params.organization}`,
        expected: '党组织：书记、副书记、委员；村(居)民委员会：主任、副主任、委员',
        expectedEn: 'party: 书记/副书记/委员; committees: 主任/副主任/委员',
      };
    case 'CONCURRENT_POST':
      return {
        code,
        message: `只有书记或主任可以"一肩挑"，此人职务为${params.post || '空'}`,
        messageEn: `Only a secretary or a director can hold both posts; this post is ${params.post || 'empty'}`,
        expected: '否，或把职务改为书记/主任',
        expectedEn: 'no, or a post of 书记/主任',
      };
    case 'POLICY_ID':
      return {
        code,
        message: `${label.zh}只能由小写字母、数字和连字符组成`,
        messageEn: `${label.en} may hold lower-case letters, digits and hyphens only`,
        expected: '如 my-county-2021',
        expectedEn: 'e.g. my-county-2021',
      };
    case 'POLICY_PARAMETER_ID':
      return {
        code,
        message: '参数名只能由字母和数字组成，以字母开头',
        messageEn: 'A parameter name holds letters and digits and starts with a letter',
        expected: '如 votingAge',
        expectedEn: 'e.g. votingAge',
      };
    case 'LEDGER_RESOLVED_DATE':
      return {
        code,
        message: '只有已化解的问题才有化解日期，已化解的问题必须有化解日期',
        messageEn: 'A resolved item has a resolution date, and only a resolved item has one',
        expected: '状态 resolved 时填写，否则留空',
        expectedEn: 'set it with status resolved, else leave it empty',
      };
    case 'APPOINTMENTS_OVERLAP':
      return {
        code,
        message: '任职时间与上一段任职重叠或顺序颠倒',
        messageEn: 'This appointment overlaps the one before it, or they are out of order',
        expected: '按时间先后排列、互不重叠的任职',
        expectedEn: 'appointments in order, not overlapping',
      };
    case 'RATING_OUTSIDE_SERVICE':
      return {
        code,
        message: '该年度不在任职期间，不应有考核等次',
        messageEn: 'A rating for a year outside the appointments',
        expected: '任职期间内的年度',
        expectedEn: 'a year within the appointments',
      };
    case 'RISK_DECIMALS':
      return {
        code,
        message: `${label.zh}最多保留两位小数`,
        messageEn: `${label.en} has at most two decimals`,
        expected: '如 2.5、0.25',
        expectedEn: 'e.g. 2.5, 0.25',
      };
    case 'PERIOD_REVERSED':
      return {
        code,
        message: `截止日期早于开始日期 ${params.date}`,
        messageEn: `The end date is before the start date ${params.date}`,
        expected: `${params.date} 或之后`,
        expectedEn: `${params.date} or later`,
      };
    default:
      return { code, message: `${label.zh}无效`, messageEn: `${label.en} is not valid` };
  }
}

function wording(issue: Issue, value: unknown): Wording {
  const label = labelOf(issue.path);
  if (value === undefined && issue.code !== 'custom' && issue.code !== 'unrecognized_keys') {
    return { code: 'FIELD_MISSING', message: `缺少${label.zh}`, messageEn: `${label.en} is missing` };
  }
  switch (issue.code) {
    case 'invalid_type':
      return {
        code: 'FIELD_TYPE',
        message: `${label.zh}的类型不对`,
        messageEn: `${label.en} has the wrong type`,
        expected: issue.expected,
        expectedEn: issue.expected,
      };
    case 'invalid_value':
      return {
        code: 'FIELD_VALUE',
        message: `${label.zh}不是可接受的值`,
        messageEn: `${label.en} is not one of the accepted values`,
        expected: issue.values.join('、'),
        expectedEn: issue.values.join(', '),
      };
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'kind') {
        const kinds = Object.keys(FACT_KINDS);
        return {
          code: 'FACT_KIND_UNKNOWN',
          message: '未知的负面情形类别',
          messageEn: 'Unknown kind of fact',
          expected: kinds.join('、'),
          expectedEn: kinds.join(', '),
        };
      }
      return {
        code: 'FIELD_VALUE',
        message: `${label.zh}不是可接受的值`,
        messageEn: `${label.en} is not one of the accepted values`,
      };
    case 'unrecognized_keys':
      return {
        code: 'FIELD_UNKNOWN',
        message: `未知字段：${issue.keys.join('、')}`,
        messageEn: `Unknown field(s): ${issue.keys.join(', ')}`,
      };
    case 'too_small':
    case 'too_big':
      return {
        code: 'FIELD_RANGE',
        message: `${label.zh}超出允许范围`,
        messageEn: `${label.en} is out of range`,
        expected: issue.code === 'too_small' ? `≥ ${issue.minimum}` : `≤ ${issue.maximum}`,
        expectedEn: issue.code === 'too_small' ? `≥ ${issue.minimum}` : `≤ ${issue.maximum}`,
      };
    case 'custom':
      return customWording(issue.params ?? {}, label);
    default:
      return { code: 'FIELD_INVALID', message: `${label.zh}无效`, messageEn: `${label.en} is not valid` };
  }
}

/**
 * Converts the issues of a failed zod parse into problems, each naming the field (by its Chinese label) and its
 * path, with the offending value (ID numbers masked).
 *
 * @param issues - `result.error.issues` of a failed `safeParse`
 * @param input - the value that was parsed, to report offending values
 * @returns one problem per issue, all of severity `error`
 * @example
 * ```ts
 * const r = Person.safeParse({ name: '张某甲' })
 * if (!r.success) schemaProblems(r.error.issues, input)[0].message // '缺少性别'
 * ```
 */
export function schemaProblems(issues: readonly Issue[], input: unknown): Problem[] {
  return issues.map((issue) => {
    const value = issue.code === 'unrecognized_keys' ? undefined : valueAt(input, issue.path);
    const w = wording(issue, value);
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    return { severity: 'error' as const, ...w, path, value: displayValue(value) };
  });
}

/**
 * Parses a value with a schema, or throws one `HuanjieError` with every problem, its path prefixed by `at` (e.g. the
 * index of the item in a list).
 */
export function parseOrThrow<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  at: readonly (string | number)[] = [],
): z.output<S> {
  const r = z.safeParse(schema, input);
  if (r.success) return r.data;
  throwIfAny(schemaProblems(r.error.issues, input).map((p) => ({ ...p, path: [...at, ...(p.path ?? [])] })));
  throw new Error('unreachable');
}

/** The outcome of {@link validate}: the parsed value, or the problems. */
export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: Problem[] };

/**
 * Parses a value with one of the data model's schemas and reports failures as bilingual problems. Never throws.
 *
 * @param schema - e.g. `Person`, `Member`, `Candidate`
 * @param input - any value
 * @returns `{ ok: true, value }` or `{ ok: false, problems }`
 * @example
 * ```ts
 * const r = validate(Person, { name: '张某甲' })
 * if (!r.ok) r.problems[0].message // '缺少性别'
 * ```
 */
export function validate<S extends z.core.$ZodType>(schema: S, input: unknown): Validation<z.output<S>> {
  const r = z.safeParse(schema, input);
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: schemaProblems(r.error.issues, input) };
}
