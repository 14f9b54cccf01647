/**
 * Policy case files (政策测试用例): data-only tests of a policy, in YAML or JSON, in the manner of OpenFisca's tests.
 *
 * ```yaml
 * policy: example-county-hard-criteria      # a built-in id, or a policy file next to this one
 * defaults:
 *   asOf: 2021-10-28
 *   input: { name: 张某甲, sex: male, birthDate: 1980-05-01, ethnicity: 汉族, education: 高中, politicalStatus: 中共党员,
 *            partyJoinDate: 2005-07-01, partyFullDate: 2006-07-01 }
 * cases:
 *   - name: 初中学历不能任书记
 *     organization: 党组织
 *     post: 书记
 *     input: { education: 初中 }             # merged onto defaults.input
 *     expect: { eligible: false, failures: [county-secretary-education] }
 * ```
 */
import { parse as parseYaml } from 'yaml';
import * as z from 'zod/mini';
import { IsoDateField } from '../dates/isoDateField.js';
import * as P from '../problems/codes.js';
import { HuanjieError, type Problem, problem, throwIfAny } from '../problems/problem.js';
import { Candidate } from '../schemas/candidate.js';
import { schemaProblems } from '../schemas/schemaProblems.js';
import { ORGANIZATIONS, POSTS } from '../schemas/vocabulary.js';

const Seat = {
  asOf: z.optional(IsoDateField),
  organization: z.optional(z.enum(ORGANIZATIONS)),
  post: z.optional(z.enum(POSTS)),
};

const Expectation = z.strictObject({
  /** For a candidate: eligible or not. */
  eligible: z.optional(z.boolean()),
  /** For a slate: every disqualifying team rule passed. */
  passed: z.optional(z.boolean()),
  /** Exactly these rule ids fail (order does not matter). */
  failures: z.optional(z.array(z.string())),
  /** Exactly these warning rule ids fail. */
  warnings: z.optional(z.array(z.string())),
  /** The evaluation is rejected with this error code (e.g. `FACT_KIND_UNKNOWN`). */
  error: z.optional(z.string()),
});

/** One case. */
export const PolicyCase = z.strictObject({
  name: z.string().check(z.minLength(1)),
  ...Seat,
  /** A candidate, merged onto `defaults.input` (a key set to `null` removes the default). */
  input: z.optional(z.record(z.string(), z.unknown())),
  /** A slate for team rules (each member merged onto `defaults.input`). */
  slate: z.optional(z.array(z.record(z.string(), z.unknown()))),
  /** What the slate is: the committee (default) or the candidates. */
  slateKind: z.optional(z.enum(['committee', 'candidates'])),
  seats: z.optional(z.int().check(z.positive())),
  flags: z.optional(z.array(z.string())),
  /** Parameter values used for this case only, whatever the date. */
  parameters: z.optional(z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]))),
  expect: Expectation,
});
export type PolicyCase = z.infer<typeof PolicyCase>;

/** A case file. */
export const PolicyCaseFile = z.strictObject({
  /** The policy under test: a built-in or loaded policy id, or a path to a policy file relative to the case file. */
  policy: z.string().check(z.minLength(1)),
  defaults: z.optional(z.strictObject({ ...Seat, input: z.optional(z.record(z.string(), z.unknown())) })),
  cases: z.array(PolicyCase).check(z.minLength(1)),
});
export type PolicyCaseFile = z.infer<typeof PolicyCaseFile>;

/** The fields a case's candidate may have: the candidate schema's own (a misspelt one would silently be ignored). */
const CANDIDATE_FIELDS: readonly string[] = Object.keys(Candidate.shape);

/** Each input field that is not a candidate's, named with its case (or the defaults) and the fields there are. */
function unknownInputFields(file: PolicyCaseFile, fileName: string): Problem[] {
  const expected = { expected: CANDIDATE_FIELDS.join('、'), expectedEn: CANDIDATE_FIELDS.join(', ') };
  const check = (input: Record<string, unknown> | undefined, path: (string | number)[], where: string) =>
    Object.keys(input ?? {})
      .filter((field) => !CANDIDATE_FIELDS.includes(field))
      .map((field) =>
        problem(P.CASES_INPUT_FIELD, { file: fileName, where, field }, { path: [...path, field], ...expected }),
      );
  return [
    ...check(file.defaults?.input, ['defaults', 'input'], 'defaults'),
    ...file.cases.flatMap((c, i) => [
      ...check(c.input, ['cases', i, 'input'], `${i + 1} ${c.name}`),
      ...(c.slate ?? []).flatMap((member, m) => check(member, ['cases', i, 'slate', m], `${i + 1} ${c.name}`)),
    ]),
  ];
}

/**
 * The keys of `expect` that a case can assert, by what it judges: a candidate (`input`) or a slate (`slate`). A case
 * must have at least one, or it would pass without checking anything.
 */
export function assertionKeys(c: Pick<PolicyCase, 'slate'>): readonly (keyof PolicyCase['expect'])[] {
  return c.slate ? ['passed', 'failures', 'warnings', 'error'] : ['eligible', 'failures', 'warnings', 'error'];
}

/** Whether a case asserts anything about the outcome. */
export function assertsSomething(c: Pick<PolicyCase, 'slate' | 'expect'>): boolean {
  return assertionKeys(c).some((key) => c.expect[key] !== undefined);
}

/**
 * Parses a case file from YAML or JSON text. 解析政策测试用例。
 *
 * @param text - the file's text
 * @param fileName - named in error messages
 * @returns the validated case file
 * @throws HuanjieError naming the path in the file (`cases.3.expect.eligible`) and, for YAML syntax, the line;
 *   `CASES_EXPECT_NOTHING` for a case whose `expect` asserts nothing (`{}`, or `passed` for a candidate)
 * @example
 * ```ts
 * parsePolicyCases(readFileSync('county.cases.yaml', 'utf8'), 'county.cases.yaml').cases.length
 * ```
 */
export function parsePolicyCases(text: string, fileName = '(cases)'): PolicyCaseFile {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    const where = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const line = where ? { zh: ` 第 ${where} 行`, en: ` line ${where}` } : '';
    const reason = (e as Error).message.split('\n')[0] ?? '';
    throw new HuanjieError([problem(P.CASES_SYNTAX, { file: fileName, line, reason }, { row: where })]);
  }
  const r = z.safeParse(PolicyCaseFile, data);
  if (r.success) {
    const empty = r.data.cases.flatMap((c, i): Problem[] => {
      if (assertsSomething(c)) return [];
      const keys = assertionKeys(c);
      const params = { file: fileName, n: i + 1, name: c.name, keys };
      const expected = { expected: keys.join('、'), expectedEn: keys.join(', ') };
      return [problem(P.CASES_EXPECT_NOTHING, params, { path: ['cases', i, 'expect'], ...expected })];
    });
    throwIfAny([...empty, ...unknownInputFields(r.data, fileName)]);
    return r.data;
  }
  // The messages gain the file and path; the template's params go, so that formatProblem keeps this message (in
  // zh-CN) rather than write the bare template again without them.
  const [first, ...rest] = schemaProblems(r.error.issues, data).map(({ params: _params, ...p }) => ({
    ...p,
    message: `${fileName} ${(p.path ?? []).join('.')}：${p.message}`,
    messageEn: `${fileName} ${(p.path ?? []).join('.')}: ${p.messageEn}`,
  }));
  throw new HuanjieError([first!, ...rest]);
}
