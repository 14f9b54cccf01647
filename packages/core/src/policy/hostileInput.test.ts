// Hostile policies and case files (property): whatever a policy file or a case file holds — random JSON, conditions
// nested past the limit, keys that every JavaScript object inherits — the loaders answer with a result or a
// HuanjieError whose problems all carry catalogued codes, never a TypeError or a RangeError.
import {
  definePolicy,
  EDUCATION_LEVELS,
  evaluateEligibility,
  evaluateTeam,
  extendPolicy,
  FACT_KINDS,
  HuanjieError,
  loadPolicies,
  nationalBaseline,
  OPERATOR_NAMES,
  POSTS,
  type Policy,
  TEAM_CHECK_NAMES,
} from '@huanjie/core';
import { parsePolicyCases, runPolicyCases } from '@huanjie/core/testing';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import * as codes from '../problems/codes.js';
import { TALLY_CHECK_CODES } from '../problems/tallyCodes.js';

const CATALOGUED = new Set<string>([...Object.values(codes).map((entry) => entry.code), ...TALLY_CHECK_CODES]);

/** Runs `f`: a HuanjieError is an answer (each problem coded, catalogued and worded); anything else fails. */
function answers<T>(f: () => T): T | HuanjieError {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof HuanjieError)) throw e;
    expect(e.problems.length).toBeGreaterThan(0);
    for (const p of e.problems) {
      expect(CATALOGUED, `${p.code} ${(p.path ?? []).join('.')}`).toContain(p.code);
      expect(p.message.length > 0 && p.messageEn.length > 0).toBe(true);
    }
    return e;
  }
}

const HOSTILE = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'isPrototypeOf', 'then'];
const hostile = fc.constantFrom(...HOSTILE);

/** An object with exactly these own keys, `__proto__` included (as JSON.parse and YAML make them). */
function own(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true });
  return o;
}

const words = fc.constantFrom(
  ...OPERATOR_NAMES,
  ...TEAM_CHECK_NAMES,
  ...Object.keys(FACT_KINDS),
  'param',
  'kind',
  'withinYears',
  'coversAsOf',
  'sanctionIn',
  'name',
  'args',
  'min',
  'max',
  'values',
  'title',
  'reference',
);
const key = fc.oneof(hostile, words, fc.string({ maxLength: 6 }));
const scalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -2, max: 300 }),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('2021-10-28', '2021-02-30', '1980-01-01', '高中', '中共党员', 'female', '党组织', '书记', '4/5'),
  hostile,
);

const { json } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    scalar,
    fc.array(tie('json'), { maxLength: 3 }),
    fc.array(fc.tuple(key, tie('json')), { maxLength: 3 }).map(own),
  ),
}));

/** Mostly `valid`, now and then anything at all. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 24 }, { arbitrary: json as fc.Arbitrary<unknown>, weight: 1 });

const PARAMETERS = ['minAge', 'level'];
/** Parameter names the schema accepts (camelCase) that every object has as members. */
const PARAMETER_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];
const paramRef = fc.constantFrom(...PARAMETERS, ...PARAMETER_NAMES, '__proto__').map((param) => ({ param }));
const amount = mostly(fc.oneof(fc.integer({ min: 0, max: 80 }), paramRef, fc.integer({ min: -1, max: 250 })));
const list = <T>(values: readonly T[]) => mostly(fc.subarray([...values], { minLength: 1 }));
const kind = fc.oneof({ arbitrary: fc.constantFrom(...Object.keys(FACT_KINDS)), weight: 4 }, hostile);

const leaf = fc.oneof(
  amount.map((ageAtLeast) => ({ ageAtLeast })),
  amount.map((ageAtMost) => ({ ageAtMost })),
  mostly(fc.oneof(fc.constantFrom(...EDUCATION_LEVELS), paramRef)).map((educationAtLeast) => ({ educationAtLeast })),
  amount.map((fullPartyMemberYears) => ({ fullPartyMemberYears })),
  list(['中共党员', '群众', '共青团员']).map((politicalStatusIn) => ({ politicalStatusIn })),
  list(POSTS).map((postIn) => ({ postIn })),
  mostly(fc.constantFrom('male', 'female')).map((sexIs) => ({ sexIs })),
  fc.oneof(fc.string({ maxLength: 4 }), hostile).map((flag) => ({ flag })),
  fc
    .record(
      {
        kind: fc.oneof(kind, fc.array(kind, { maxLength: 2 })),
        withinYears: amount,
        coversAsOf: mostly(fc.boolean()),
        sanctionIn: mostly(fc.subarray(['警告', '严重警告', '撤销党内职务'], { minLength: 1 })),
      },
      { requiredKeys: ['kind'] },
    )
    .map((fact) => ({ fact })),
  fc.record({ name: fc.oneof(fc.constant('livesHere'), hostile), args: json }).map((custom) => ({ custom })),
);

const { condition } = fc.letrec((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', maxDepth: 6 },
    { arbitrary: leaf, weight: 4 },
    tie('condition').map((not) => ({ not })),
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    fc.tuple(key, json).map((entry) => own([entry])),
    json,
  ),
}));

/** A condition wrapped in up to 150 levels of `not`, `all` and `any`: around the depth limit, and past it. */
const nested = fc.tuple(fc.integer({ min: 0, max: 150 }), condition).map(([levels, inner]) => {
  let c: unknown = inner;
  for (let i = 0; i < levels; i++) c = i % 3 === 0 ? { not: c } : i % 3 === 1 ? { all: [c] } : { any: [c] };
  return c;
});
const conditionOrNested = fc.oneof({ arbitrary: condition, weight: 3 }, nested);

// Names that every object inherits, written where the schema allows them (ids are lower-case, parameters camelCase).
const id = fc.oneof(
  fc.integer({ min: 1, max: 99 }).map((n) => `r${n}`),
  fc.constantFrom('constructor', 'valueof', 'to-string'),
);
const title = fc.constant({ zh: '规则', en: 'Rule' });
const severity = fc.constantFrom('disqualify', 'warning');
const reference = fc.oneof({ arbitrary: fc.constant('ref'), weight: 30 }, fc.constantFrom('nowhere', 'constructor'));
const rule = fc.oneof(
  fc.record({ id, title, severity, reference, require: conditionOrNested }),
  fc.record({ id, title, severity, reference, forbid: conditionOrNested, appliesTo: fc.constant({ posts: ['书记'] }) }),
);
const teamRule = fc.record({
  id,
  title,
  severity,
  reference,
  check: fc.oneof(
    conditionOrNested.map((atLeastOne) => ({ atLeastOne })),
    fc.record({ min: amount, max: amount }, { requiredKeys: [] }).map((teamSize) => ({ teamSize })),
    amount.map((candidateMargin) => ({ candidateMargin })),
    fc.tuple(key, json).map((entry) => own([entry])),
  ),
});
const date = fc.constantFrom('2016-01-01', '2021-01-01', '2021-10-28', '2022-01-01');
const parameter = <T>(unit: string, value: fc.Arbitrary<T>) =>
  fc.record({
    title: fc.constant({ zh: '参数', en: 'Parameter' }),
    reference,
    unit: fc.constant(unit),
    values: fc.array(fc.tuple(date, value), { minLength: 1, maxLength: 2 }).map(own),
  });
const parameters = fc
  .tuple(
    parameter('years', fc.integer({ min: 0, max: 80 })),
    parameter('level', fc.constantFrom(...EDUCATION_LEVELS)),
    fc.array(fc.tuple(fc.constantFrom(...PARAMETER_NAMES), parameter('years', fc.integer({ min: 0, max: 80 }))), {
      maxLength: 2,
    }),
  )
  .map(([minAge, level, more]) => own([['minAge', minAge], ['level', level], ...more]));

/** `value` with the thing at a random path (indices into its keys, level by level) replaced, copying on the way. */
function replaceAt(value: unknown, path: readonly number[], by: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return by;
  const entries = Object.entries(value);
  if (entries.length === 0) return by;
  const at = path[0]! % entries.length;
  const changed = entries.map(([k, v], i): [string, unknown] => [k, i === at ? replaceAt(v, path.slice(1), by) : v]);
  return Array.isArray(value) ? changed.map(([, v]) => v) : own(changed);
}

/**
 * A base policy or an overlay of the national baseline: valid as the schema reads it, with hostile conditions and
 * names; in one run in three, one value somewhere (or an extra key) is anything at all.
 */
const spec = (overlay: boolean) =>
  fc
    .tuple(
      fc.record({
        id: fc.oneof({ arbitrary: fc.constantFrom('hostile', 'constructor'), weight: 9 }, fc.constant('cn-national')),
        name: fc.constant({ zh: '某县', en: 'A county' }),
        jurisdiction: fc.constant('某县'),
        effective: fc.oneof(
          fc.record({ from: date }),
          fc.constant({ from: '2016-01-01', to: '2030-12-31' }),
          fc.record({ from: date, to: date }), // now and then ends before it starts
        ),
        references: fc.constant([{ id: 'ref', title: '某县文件', kind: 'local-policy' }]),
        parameters,
        rules: fc.array(rule, { maxLength: 3 }),
        teamRules: fc.array(teamRule, { maxLength: 2 }),
        ...(overlay
          ? {
              extends: fc.oneof({ arbitrary: fc.constant('cn-national'), weight: 9 }, fc.constant('constructor')),
              removeRules: fc.oneof(
                { arbitrary: fc.constant([]), weight: 4 },
                fc.constantFrom(['vc-voting-age'], ['constructor']),
              ),
            }
          : {}),
      }),
      fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, fc.tuple(fc.array(fc.nat(), { maxLength: 5 }), json)),
      fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, fc.tuple(key, json)),
    )
    .map(([s, replaced, extra]) => {
      const changed = replaced ? replaceAt(s, replaced[0], replaced[1]) : s;
      return extra && typeof changed === 'object' && changed !== null
        ? own([...Object.entries(changed), extra])
        : changed;
    });

const person = {
  name: '张某甲',
  sex: 'female',
  birthDate: '1980-05-01',
  ethnicity: '汉族',
  education: '高中',
  politicalStatus: '中共党员',
  partyJoinDate: '2005-07-01',
  partyFullDate: '2006-07-01',
  flags: ['constructor'],
  facts: [{ kind: 'partyDiscipline', date: '2020-01-01', sanction: '警告' }],
};

/** Judges a person and a slate with a defined policy: compiled conditions answer too. */
function judge(policy: Policy): void {
  const options = { asOf: '2021-10-28', organization: '党组织', post: '书记', predicates: { livesHere: () => true } };
  answers(() => evaluateEligibility(person, policy, options as never));
  const slate = [person, { ...person, sex: 'male' }] as never;
  answers(() => evaluateTeam(slate, policy, { ...options, seats: 1 } as never));
}

/**
 * Defining a random policy takes about 2 ms and reading a random case file about as long (YAML): at most 2,000 runs
 * per property (the suite's default is 10,000) keep these three to seconds of CPU, not a minute.
 */
const RUNS = { numRuns: Math.min(2000, fc.readConfigureGlobal().numRuns ?? 2000) };

describe('hostile policies (property)', () => {
  it('definePolicy answers any base policy with a policy or coded problems', () => {
    fc.assert(
      fc.property(mostly(spec(false)), (s) => {
        const policy = answers(() => definePolicy(s));
        if (!(policy instanceof HuanjieError)) judge(policy);
      }),
      RUNS,
    );
  });

  it('extendPolicy and loadPolicies answer any overlay of the national baseline the same way', () => {
    fc.assert(
      fc.property(
        fc.oneof(spec(true), json),
        fc.array(fc.oneof(spec(true), spec(false)), { maxLength: 2 }),
        (o, more) => {
          const policy = answers(() => extendPolicy(nationalBaseline, o));
          if (!(policy instanceof HuanjieError)) judge(policy);
          const loaded = answers(() => loadPolicies([o, ...more], [nationalBaseline]));
          if (!(loaded instanceof HuanjieError)) for (const p of loaded.values()) judge(p);
        },
      ),
      RUNS,
    );
  });
});

describe('hostile case files (property)', () => {
  // Anything at all, but small: YAML takes milliseconds to read a big random document.
  const { small } = fc.letrec((tie) => ({
    small: fc.oneof(
      { depthSize: 'small', maxDepth: 2 },
      scalar,
      fc.array(tie('small'), { maxLength: 2 }),
      fc.array(fc.tuple(key, tie('small')), { maxLength: 2 }).map(own),
    ),
  }));
  /** A candidate as a case writes it: a few of the person's fields changed, now and then to anything. */
  const input = fc
    .array(
      fc.oneof(
        fc.tuple(fc.constant('birthDate'), fc.oneof(date, fc.constant('2010-06-01'))),
        fc.tuple(fc.constant('education'), fc.constantFrom(...EDUCATION_LEVELS)),
        fc.tuple(fc.constant('politicalStatus'), fc.constantFrom('中共党员', '群众')),
        fc.tuple(fc.constantFrom('partyFullDate', 'facts', 'flags'), fc.constant(null)),
        fc.tuple(fc.constant('facts'), fc.array(fc.record({ kind, date, until: date }), { maxLength: 2 })),
        fc.tuple(fc.oneof(key, fc.constantFrom('birthDate', 'sex', 'facts')), small),
      ),
      { maxLength: 3 },
    )
    .map(own);
  const expectation = fc
    .tuple(
      fc.record(
        {
          eligible: fc.boolean(),
          passed: fc.boolean(),
          failures: fc.subarray(['vc-voting-age', 'constructor', 'party-full-member']),
          warnings: fc.constant([]),
          error: fc.constantFrom('FACT_KIND_UNKNOWN', 'constructor'),
        },
        { requiredKeys: [] },
      ),
      fc.oneof({ arbitrary: fc.constant([]), weight: 9 }, fc.array(fc.tuple(key, small), { maxLength: 1 })),
    )
    .map(([e, extra]) => own([...Object.entries(e), ...extra]));
  const oneCase = fc
    .tuple(
      fc.record(
        {
          name: fc.oneof(fc.constant('用例'), hostile),
          asOf: date,
          organization: fc.constantFrom('党组织', '村民委员会'),
          post: fc.constantFrom('书记', '委员'),
          input,
          slate: fc.array(input, { maxLength: 3 }),
          parameters: fc.tuple(fc.constantFrom('votingAge', ...PARAMETER_NAMES), scalar).map((entry) => own([entry])),
          expect: expectation,
        },
        { requiredKeys: ['name', 'expect'] },
      ),
      fc.oneof({ arbitrary: fc.constant([]), weight: 9 }, fc.array(fc.tuple(key, small), { maxLength: 1 })),
    )
    .map(([c, extra]) => own([...Object.entries(c), ...extra]));
  const file = fc.record(
    {
      policy: fc.constantFrom('cn-national', 'constructor'),
      defaults: fc.oneof({ arbitrary: fc.constant({ asOf: '2021-10-28', input: person }), weight: 24 }, small),
      cases: fc.oneof({ arbitrary: fc.array(oneCase, { minLength: 1, maxLength: 2 }), weight: 24 }, small),
    },
    { requiredKeys: ['cases'] },
  );

  it('parsePolicyCases and runPolicyCases answer any case file with results or coded problems', () => {
    // The YAML parser warns on the process about odd directives and tags in random text: not what is tested here.
    const quiet = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      fc.assert(
        fc.property(
          fc.oneof(
            { arbitrary: file.map((f) => stringify(f)), weight: 3 },
            file.map((f) => JSON.stringify(f)),
            fc.string(),
          ),
          (text) => {
            const parsed = answers(() => parsePolicyCases(text, 'hostile.cases.yaml'));
            if (parsed instanceof HuanjieError) return;
            const results = answers(() => runPolicyCases(nationalBaseline, parsed));
            if (results instanceof HuanjieError) return;
            // A case passes only when it checked something (an empty `expect` used to pass).
            for (const [i, r] of results.entries()) {
              const c = parsed.cases[i]!;
              const keys = c.slate
                ? ['passed', 'failures', 'warnings', 'error']
                : ['eligible', 'failures', 'warnings', 'error'];
              const checked = keys.some((k) => c.expect[k as keyof typeof c.expect] !== undefined);
              expect(r.passed ? checked : r.diff.length > 0).toBe(true);
            }
          },
        ),
        RUNS,
      );
    } finally {
      quiet.mockRestore();
    }
  });
});
