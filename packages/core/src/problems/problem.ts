/**
 * Problems: the one shape in which every part of huanjie reports bad input.
 *
 * A problem has a stable code from one closed catalogue (`codes.ts`, so programs can act on it and a typo does not
 * compile), a Chinese message (shown by default) and an English one filled from the catalogue's templates, the
 * parameters they were filled with (so that `formatProblem` can write it in Traditional Chinese too), and says where
 * it is: a row and column of an imported file, or a path into an object.
 */

import type * as Codes from './codes.js';
import type { TallyCheckCode } from './tallyCodes.js';

/** How serious a problem is: `error` rejects the input, `warning` keeps it but asks a person to look. */
export type ProblemSeverity = 'error' | 'warning';

/** Every code a problem may carry: the catalogue's and the election tally's checks. 问题代码。 */
export type ProblemCode = (typeof Codes)[keyof typeof Codes]['code'] | TallyCheckCode;

/** Text that differs by language, as policies and field labels carry it. `zhTW` falls back to `zh`. */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
  readonly zhTW?: string;
}

/** A value for a template's placeholder: shown as is, joined by language (`、` or `, `) or chosen by language. */
export type ProblemParam = string | number | readonly string[] | LocalizedText;

/** The named values a problem's message was filled with, e.g. `{ row: 3, field: { zh: '学历', en: 'Education' } }`. */
export type ProblemParams = Readonly<Record<string, ProblemParam>>;

/** One entry of the catalogue: a code, its severity and its message templates in Chinese and English. */
export interface ProblemTemplate {
  readonly code: ProblemCode;
  readonly severity: ProblemSeverity;
  /** zh-CN template, placeholders written `{name}`. */
  readonly zh: string;
  /** English template with the same placeholders. */
  readonly en: string;
  /**
   * Other wordings of the same code, by name: a problem picks one with the param `variant` (e.g. an operator's
   * argument is wrong in a dozen ways, all `POLICY_OPERATOR_ARGUMENT`). Their zh-TW is in `zhTW.ts` too.
   */
  readonly variants?: Readonly<Record<string, { readonly zh: string; readonly en: string }>>;
}

type KeysOf<V> = V extends Readonly<Record<string, unknown>> ? keyof V & string : never;

/** The names of a catalogue entry's variants (any name for an entry not known at compile time). */
export type ProblemVariant<T extends ProblemTemplate> = T extends { readonly variants?: infer V } ? KeysOf<V> : never;

/** A problem's params for a catalogue entry: the placeholders' values, and `variant` naming one of its wordings. */
export type ProblemArgs<T extends ProblemTemplate = ProblemTemplate> = ProblemParams & {
  readonly variant?: ProblemVariant<T>;
};

/** One thing wrong with an input, located and explained in Chinese and English. 输入问题。 */
export interface Problem {
  /** Stable machine-readable code, e.g. `ID_CHECK_CHARACTER`. Never changes meaning between versions. */
  readonly code: ProblemCode;
  readonly severity: ProblemSeverity;
  /** What is wrong, in Chinese (zh-CN). */
  readonly message: string;
  /** What is wrong, in English. */
  readonly messageEn: string;
  /** Where in a nested object, e.g. `['facts', 0, 'date']`. */
  readonly path?: readonly (string | number)[];
  /** Row number as a spreadsheet shows it (the header is row 1). */
  readonly row?: number;
  /** Column header as written in the file. */
  readonly column?: string;
  /** The cell as Excel names it, with its sheet (`Sheet1!C7`; a whole row `Sheet1!7:7`): problems of a workbook. */
  readonly cell?: string;
  /** The offending value, with resident ID numbers masked. */
  readonly value?: string;
  /** What would be accepted, in Chinese. */
  readonly expected?: string;
  /** What would be accepted, in English. */
  readonly expectedEn?: string;
  /** The values the catalogue's template was filled with; present exactly when the message was written from it. */
  readonly params?: ProblemParams;
}

/** Where a problem is and what would be accepted: every field of {@link Problem} that the catalogue does not give. */
export type ProblemPlace = Omit<Problem, 'code' | 'severity' | 'message' | 'messageEn' | 'params'>;

/** The language a placeholder's value is written in. */
export type ProblemLocale = 'zh-CN' | 'zh-TW' | 'en';

/** Writes one placeholder's value in a language. */
function paramText(value: ProblemParam, locale: ProblemLocale): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.join(locale === 'en' ? ', ' : '、');
  const text = value as LocalizedText;
  return locale === 'en' ? text.en : locale === 'zh-TW' ? (text.zhTW ?? text.zh) : text.zh;
}

/**
 * Fills a template's `{name}` placeholders with `params` written in `locale`; a placeholder without a value stays.
 *
 * @example
 * ```ts
 * fillTemplate('第 {row} 行缺少{field}', { row: 3, field: { zh: '学历', en: 'Education' } }, 'zh-CN') // '第 3 行缺少学历'
 * ```
 */
export function fillTemplate(template: string, params: ProblemParams, locale: ProblemLocale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? paramText(params[name]!, locale) : whole,
  );
}

/**
 * Builds a problem from its catalogue entry: the code and severity from the entry, the messages filled from its
 * templates, and where it is. 由目录生成问题。
 *
 * @param template - the catalogue entry, e.g. `AUDIT_TOO_SHORT` from `problems/codes.js`
 * @param params - the placeholders' values, and `variant` to pick another wording of the code
 * @param place - where the problem is, the offending value, what would be accepted
 * @returns the problem, with `params` kept for other languages
 * @example
 * ```ts
 * problem(AUDIT_TOO_SHORT, { n: 1, days: 5, required: 7 }, { path: [0] }).message // '第 1 次公示只有 5 天，少于 7 天'
 * ```
 */
export function problem<T extends ProblemTemplate>(
  template: T,
  params: ProblemArgs<T> = {},
  place: ProblemPlace = {},
): Problem {
  const { variant } = params;
  const wording = (variant !== undefined && template.variants?.[variant]) || template;
  return {
    code: template.code,
    severity: template.severity,
    message: fillTemplate(wording.zh, params, 'zh-CN'),
    messageEn: fillTemplate(wording.en, params, 'en'),
    ...place,
    params,
  };
}

/**
 * The error type that huanjie functions throw when they cannot return a result. 输入错误。
 *
 * @example
 * ```ts
 * try { definePolicy(spec) } catch (e) { if (e instanceof HuanjieError) console.log(e.code, e.problems) }
 * ```
 */
export class HuanjieError extends Error {
  readonly code: ProblemCode;
  readonly messageEn: string;
  readonly problems: readonly Problem[];

  constructor(problems: readonly [Problem, ...Problem[]]) {
    const [first] = problems;
    super(problems.length === 1 ? first.message : `${first.message}（共 ${problems.length} 个问题）`);
    this.name = 'HuanjieError';
    this.code = first.code;
    this.messageEn =
      problems.length === 1 ? first.messageEn : `${first.messageEn} (${problems.length} problems in all)`;
    this.problems = problems;
  }
}

/** Throws one `HuanjieError` listing every problem, when there is any. */
export function throwIfAny(problems: readonly Problem[]): void {
  const [first, ...rest] = problems;
  if (first) throw new HuanjieError([first, ...rest]);
}

/**
 * Runs `read` and, when it throws a `HuanjieError`, throws the same problems with their paths led by `at` — so that
 * an error about one item of a list names which item.
 */
export function withPathPrefix<T>(at: readonly (string | number)[], read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof HuanjieError)) throw e;
    const [first, ...rest] = e.problems.map((p) => ({ ...p, path: [...at, ...(p.path ?? [])] }));
    throw new HuanjieError([first!, ...rest]);
  }
}
