/**
 * Turns zod issues into located, bilingual {@link Problem}s that name the field in the user's words.
 */
import * as z from 'zod/mini';
import { maskResidentId } from '../id/residentId.js';
import * as P from '../problems/codes.js';
import { type Problem, type ProblemParams, type ProblemTemplate, problem, throwIfAny } from '../problems/problem.js';
import { FIELD_LABELS } from './labels.js';
import { FACT_KINDS, VOCABULARY_NAMES } from './vocabulary.js';

type Issue = z.core.$ZodIssue;

interface Wording {
  template: ProblemTemplate;
  params?: ProblemParams;
  expected?: string;
  expectedEn?: string;
}

function labelOf(path: readonly PropertyKey[]): { zh: string; en: string } {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string') {
      // A record's key is the user's (a parameter named `constructor`): only the table's own labels apply.
      const label = Object.hasOwn(FIELD_LABELS, key)
        ? (FIELD_LABELS as Record<string, { zh: string; en: string }>)[key]
        : undefined;
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
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    // Too deep for JSON.stringify (thousands of levels), cyclic, or a BigInt: the problem is still worth reporting.
    text = typeof value !== 'object' || value === null ? String(value) : Array.isArray(value) ? '[…]' : '{…}';
  }
  // Mask first, then clip: a number cut at the edge would otherwise escape the mask.
  const masked = text.replace(/\d{14}[\dXx]{1,4}|\d{15}/g, (id) => maskResidentId(id));
  return masked.length > 80 ? `${masked.slice(0, 80)}…` : masked;
}

const SEX_TEXT = { male: '男', female: '女' } as Record<string, string>;

function customWording(params: Record<string, unknown>, label: { zh: string; en: string }): Wording {
  const field = { field: label };
  switch (params.code) {
    case 'DATE_INVALID':
      return {
        template: P.DATE_INVALID,
        params: field,
        expected: '存在的日期，格式 YYYY-MM-DD，如 1980-01-02',
        expectedEn: 'an existing date written YYYY-MM-DD, e.g. 1980-01-02',
      };
    case 'ID_INVALID':
      return {
        template: P.ID_INVALID,
        expected: '18 位公民身份号码，最后一位可为 X',
        expectedEn: 'an 18-character resident ID number; the last may be X',
      };
    case 'DIVISION_CODE':
      return {
        template: P.DIVISION_CODE,
        params: field,
        expected: '12 位统计用区划代码',
        expectedEn: 'a 12-digit statistical division code',
      };
    case 'UNIT_CODE':
      return {
        template: P.UNIT_CODE,
        params: field,
        expected: '如 529901101001（村）、529901101（乡镇）',
        expectedEn: 'e.g. 529901101001 (a village), 529901101 (a township)',
      };
    case 'INSTANT':
      return {
        template: P.INSTANT,
        params: field,
        expected: '如 2021-10-20T09:30:00+08:00',
        expectedEn: 'e.g. 2021-10-20T09:30:00+08:00',
      };
    case 'EVENT_ID':
      return { template: P.EVENT_ID, params: field };
    case 'NAME_INVALID':
      return {
        template: P.NAME_INVALID,
        params: field,
        expected: '1–50 个字符，不含 < > 和控制字符',
        expectedEn: '1–50 characters, no < > or control characters',
      };
    case 'ID_BIRTH_DATE_MISMATCH':
      return {
        template: P.ID_BIRTH_DATE_MISMATCH,
        params: { fromId: String(params.fromId) },
        expected: String(params.fromId),
        expectedEn: String(params.fromId),
      };
    case 'ID_SEX_MISMATCH': {
      const sex = String(params.fromId);
      return {
        template: P.ID_SEX_MISMATCH,
        params: { fromId: { zh: SEX_TEXT[sex] ?? sex, en: sex } },
        expected: SEX_TEXT[sex] ?? sex,
        expectedEn: sex,
      };
    }
    case 'DATE_BEFORE_BIRTH':
      return {
        template: P.DATE_BEFORE_BIRTH,
        params: field,
        expected: '出生日期之后的日期',
        expectedEn: 'a date after the birth date',
      };
    case 'PARTY_FULL_BEFORE_JOIN':
      return {
        template: P.PARTY_FULL_BEFORE_JOIN,
        expected: '入党时间之后的日期',
        expectedEn: 'a date after the join date',
      };
    case 'PROBATIONARY_WITH_FULL_DATE':
      return {
        template: P.PROBATIONARY_WITH_FULL_DATE,
        expected: '留空，或把政治面貌改为中共党员',
        expectedEn: 'leave it empty, or set the status to full member',
      };
    case 'POST_ORGANIZATION':
      return {
        template: P.POST_ORGANIZATION,
        params: { organization: String(params.organization) },
        expected: '党组织：书记、副书记、委员；村(居)民委员会：主任、副主任、委员',
        expectedEn: 'party: 书记/副书记/委员; committees: 主任/副主任/委员',
      };
    case 'CONCURRENT_POST':
      return {
        template: P.CONCURRENT_POST,
        params: { post: params.post ? String(params.post) : { zh: '空', en: 'empty', zhTW: '空' } },
        expected: '否，或把职务改为书记/主任',
        expectedEn: 'no, or a post of 书记/主任',
      };
    case 'POLICY_ID':
      return {
        template: P.POLICY_ID,
        params: field,
        expected: '如 my-county-2021',
        expectedEn: 'e.g. my-county-2021',
      };
    case 'POLICY_PARAMETER_ID':
      return { template: P.POLICY_PARAMETER_ID, expected: '如 votingAge', expectedEn: 'e.g. votingAge' };
    case 'WORD_NOT_IN_VOCABULARY': {
      const vocabulary = VOCABULARY_NAMES[params.vocabulary as keyof typeof VOCABULARY_NAMES];
      const accepted = params.accepted as string[];
      return {
        template: P.WORD_NOT_IN_VOCABULARY,
        params: { ...field, word: String(params.word), vocabulary, accepted },
        expected: accepted.join('、'),
        expectedEn: accepted.join(', '),
      };
    }
    case 'LEDGER_RESOLVED_DATE':
      return {
        template: P.LEDGER_RESOLVED_DATE,
        expected: '状态 resolved 时填写，否则留空',
        expectedEn: 'set it with status resolved, else leave it empty',
      };
    case 'APPOINTMENTS_OVERLAP':
      return {
        template: P.APPOINTMENTS_OVERLAP,
        expected: '按时间先后排列、互不重叠的任职',
        expectedEn: 'appointments in order, not overlapping',
      };
    case 'RATING_OUTSIDE_SERVICE':
      return {
        template: P.RATING_OUTSIDE_SERVICE,
        expected: '任职期间内的年度',
        expectedEn: 'a year within the appointments',
      };
    case 'RISK_DECIMALS':
      return { template: P.RISK_DECIMALS, params: field, expected: '如 2.5、0.25', expectedEn: 'e.g. 2.5, 0.25' };
    case 'PERIOD_REVERSED':
      return {
        template: P.PERIOD_REVERSED,
        params: { date: String(params.date) },
        expected: `${params.date} 或之后`,
        expectedEn: `${params.date} or later`,
      };
    case 'REQUIRED':
      // A field required by another's value (a refinement on the object, aimed at the missing field).
      return { template: P.FIELD_MISSING, params: field };
    default:
      return { template: P.FIELD_INVALID, params: field };
  }
}

function wording(issue: Issue, value: unknown): Wording {
  const label = labelOf(issue.path);
  const field = { field: label };
  if (value === undefined && issue.code !== 'custom' && issue.code !== 'unrecognized_keys') {
    return { template: P.FIELD_MISSING, params: field };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { template: P.FIELD_TYPE, params: field, expected: issue.expected, expectedEn: issue.expected };
    case 'invalid_value':
      return {
        template: P.FIELD_VALUE,
        params: field,
        expected: issue.values.join('、'),
        expectedEn: issue.values.join(', '),
      };
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator === 'kind') {
        const kinds = Object.keys(FACT_KINDS);
        return { template: P.FACT_KIND_UNKNOWN, expected: kinds.join('、'), expectedEn: kinds.join(', ') };
      }
      return { template: P.FIELD_VALUE, params: field };
    case 'unrecognized_keys':
      return { template: P.FIELD_UNKNOWN, params: { keys: issue.keys } };
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? `≥ ${issue.minimum}` : `≤ ${issue.maximum}`;
      return { template: P.FIELD_RANGE, params: field, expected: bound, expectedEn: bound };
    }
    case 'custom':
      return customWording(issue.params ?? {}, label);
    default:
      return { template: P.FIELD_INVALID, params: field };
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
    const { template, params, expected, expectedEn } = wording(issue, value);
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    const place = expected === undefined ? {} : { expected, expectedEn };
    return problem(template, params, { ...place, path, value: displayValue(value) });
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
