/**
 * Problems: the one shape in which every part of huanjie reports bad input.
 *
 * A problem has a stable code (so programs can act on it), a Chinese message (shown by default) and an English one,
 * and says where it is: a row and column of an imported file, or a path into an object.
 */

/** How serious a problem is: `error` rejects the input, `warning` keeps it but asks a person to look. */
export type ProblemSeverity = 'error' | 'warning';

/** One thing wrong with an input, located and explained in Chinese and English. 输入问题。 */
export interface Problem {
  /** Stable machine-readable code, e.g. `ID_CHECK_CHARACTER`. Never changes meaning between versions. */
  readonly code: string;
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
  /** The offending value, with resident ID numbers masked. */
  readonly value?: string;
  /** What would be accepted, in Chinese. */
  readonly expected?: string;
  /** What would be accepted, in English. */
  readonly expectedEn?: string;
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
  readonly code: string;
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
