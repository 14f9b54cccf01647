import { execFileSync } from 'node:child_process';
import {
  type Candidate,
  definePolicy,
  type EligibilityVerdict,
  evaluateEligibility,
  evaluateRoster,
  evaluateTeam,
  exampleCountyHardCriteria,
  exampleShibuxuan,
  extendPolicy,
  formatProblem,
  fromDayNumber,
  isIsoDate,
  loadPolicies,
  MAX_CONDITION_DEPTH,
  nationalBaseline,
  nationalBaselineSpec,
  toDayNumber,
  valueAt,
} from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { differenceInYears } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { onLocalCalendar } from '../../../../test/support/localCalendar.js';
import { thrown } from '../../../../test/support/thrown.js';

const asOf = '2021-10-28';
const person: Candidate = {
  name: '张某甲',
  sex: 'male',
  birthDate: '1980-05-01',
  ethnicity: '汉族',
  education: '高中',
  politicalStatus: '中共党员',
  partyJoinDate: '2005-07-01',
  partyFullDate: '2006-07-01',
  facts: [],
};
const secretary = { asOf, organization: '党组织', post: '书记' } as const;
const villager = { asOf, organization: '村民委员会', post: '委员' } as const;

const ids = (v: { failures: readonly { ruleId: string }[] }) => v.failures.map((f) => f.ruleId);

describe('national baseline', () => {
  it('is the policy definePolicy makes of its spec (assembled without the schema, so pages need not ship it)', () => {
    expect(nationalBaseline).toEqual(definePolicy(nationalBaselineSpec));
    // The same keys in the same order too, for anyone who prints, stores or hashes it.
    expect(JSON.stringify(nationalBaseline)).toBe(JSON.stringify(definePolicy(nationalBaselineSpec)));
    expect(Object.isFrozen(nationalBaseline.rules[0])).toBe(true);
    expect(Object.isFrozen(nationalBaselineSpec.rules[0])).toBe(false);
  });

  it('cites a law or party-rule article for every rule', () => {
    const references = new Map(nationalBaseline.references.map((r) => [r.id, r]));
    for (const rule of [...nationalBaseline.rules, ...nationalBaseline.teamRules]) {
      expect(references.get(rule.reference)?.title).toMatch(/第.+[条章]/);
      expect(['law', 'party-rule']).toContain(references.get(rule.reference)?.kind);
    }
  });

  it('needs 18 full years for a villagers’ committee (村民委员会组织法 Art. 13), explained with the value used', () => {
    const turns18 = evaluateEligibility(
      {
        ...person,
        birthDate: '2003-10-28',
        politicalStatus: '群众',
        partyJoinDate: undefined,
        partyFullDate: undefined,
      },
      nationalBaseline,
      villager,
    );
    expect(turns18.eligible).toBe(true);
    const dayShort = evaluateEligibility(
      {
        ...person,
        birthDate: '2003-10-29',
        politicalStatus: '群众',
        partyJoinDate: undefined,
        partyFullDate: undefined,
      },
      nationalBaseline,
      villager,
    );
    expect(ids(dayShort)).toEqual(['vc-voting-age']);
    expect(dayShort.failures[0]).toMatchObject({
      title: { zh: '年满十八周岁' },
      severity: 'disqualify',
      source: '全国',
      reference: { title: '中华人民共和国村民委员会组织法（2018年修正）第十三条' },
      facts: [
        { field: 'birthDate', value: '2003-10-29' },
        { field: 'age', value: 17 },
      ],
      parameters: [{ id: 'votingAge', value: 18, since: '1998-11-04' }],
    });
  });

  it('keeps probationary members off party committees (选举工作条例 Art. 5)', () => {
    const v = evaluateEligibility(
      { ...person, politicalStatus: '中共预备党员', partyFullDate: undefined },
      nationalBaseline,
      secretary,
    );
    expect(ids(v)).toEqual(['party-full-member']);
    expect(v.failures[0]!.reference.title).toContain('第五条');
    expect(v.failures[0]!.facts).toEqual([{ field: 'politicalStatus', value: '中共预备党员' }]);
  });

  it('bars a member on party probation while it lasts (党章 Art. 40)', () => {
    const probation = {
      kind: 'partyDiscipline',
      sanction: '留党察看',
      date: '2020-03-01',
      until: '2022-03-01',
    } as const;
    expect(ids(evaluateEligibility({ ...person, facts: [probation] }, nationalBaseline, secretary))).toEqual([
      'party-probation-sanction',
    ]);
    const over = { ...probation, until: '2021-03-01' };
    expect(evaluateEligibility({ ...person, facts: [over] }, nationalBaseline, secretary).eligible).toBe(true);
    const warning = { ...probation, sanction: '警告' as const };
    expect(evaluateEligibility({ ...person, facts: [warning] }, nationalBaseline, secretary).eligible).toBe(true);
  });

  it('ends a villagers’ committee post under a sentence (Art. 18), but only for that committee', () => {
    const serving = { kind: 'criminalSentence', date: '2021-01-01', until: '2022-01-01' } as const;
    const c = { ...person, facts: [serving] };
    expect(ids(evaluateEligibility(c, nationalBaseline, villager))).toEqual(['committee-member-sentenced']);
    expect(evaluateEligibility(c, nationalBaseline, secretary).outcomes.map((o) => o.ruleId)).not.toContain(
      'committee-member-sentenced',
    );
  });

  it('exports a verdict as a JSON trace that reads back the same', () => {
    const v = evaluateEligibility(
      { ...person, politicalStatus: '中共预备党员', partyFullDate: undefined },
      nationalBaseline,
      secretary,
    );
    const trace = JSON.parse(JSON.stringify(v)) as EligibilityVerdict;
    expect(trace).toEqual(v);
    expect(trace.policy).toEqual({ id: 'cn-national', chain: ['cn-national'] });
    expect(trace.asOf).toBe(asOf);
  });
});

describe('local overlays', () => {
  it('adds the 十不选 list on top, labelled with its jurisdiction', () => {
    const old = { kind: 'criminalSentence', date: '2001-01-01', until: '2003-01-01' } as const;
    expect(evaluateEligibility({ ...person, facts: [old] }, nationalBaseline, secretary).eligible).toBe(true);
    const v = evaluateEligibility({ ...person, facts: [old] }, exampleShibuxuan, secretary);
    expect(ids(v)).toEqual(['sbx-criminal']);
    expect(v.failures[0]!.source).toBe('示例省');
    expect(v.policy.chain).toEqual(['cn-national', 'example-shibuxuan-2020']);
  });

  it('counts a sanction without a stated end for the impact period only', () => {
    const recent = { kind: 'governmentSanction', sanction: '记过', date: '2020-06-01' } as const;
    expect(ids(evaluateEligibility({ ...person, facts: [recent] }, exampleShibuxuan, villager))).toEqual([
      'sbx-sanction',
    ]);
    const old = { ...recent, date: '2019-06-01' };
    expect(evaluateEligibility({ ...person, facts: [old] }, exampleShibuxuan, villager).eligible).toBe(true);
  });

  it('chains national → province → county: 中专 counts as 高中, a warning does not disqualify', () => {
    expect(exampleCountyHardCriteria.chain).toEqual([
      'cn-national',
      'example-shibuxuan-2020',
      'example-county-hard-criteria',
    ]);
    const juniorHigh = evaluateEligibility({ ...person, education: '初中' }, exampleCountyHardCriteria, secretary);
    expect(ids(juniorHigh)).toEqual(['county-secretary-education']);
    expect(juniorHigh.failures[0]!.parameters).toEqual([
      { id: 'secretaryMinEducation', value: '高中', since: '2021-01-01' },
    ]);
    expect(evaluateEligibility({ ...person, education: '中专' }, exampleCountyHardCriteria, secretary).eligible).toBe(
      true,
    );
    const older = evaluateEligibility({ ...person, birthDate: '1965-01-01' }, exampleCountyHardCriteria, secretary);
    expect(older.eligible).toBe(true);
    expect(older.warnings.map((w) => w.ruleId)).toEqual(['county-secretary-age']);
    // The secretary rules do not apply to a committee member's seat.
    expect(evaluateEligibility({ ...person, education: '初中' }, exampleCountyHardCriteria, villager).eligible).toBe(
      true,
    );
  });

  it('reads dated parameter values: a change applies from its date', () => {
    const stricter = extendPolicy(nationalBaseline, {
      id: 'later-age',
      extends: 'cn-national',
      name: { zh: '测试', en: 'Test' },
      jurisdiction: '测试县',
      parameters: { votingAge: { values: { '2022-01-01': 20 } } },
    });
    expect(valueAt(stricter.parameters.votingAge!, '2021-12-31')).toEqual({ value: 18, since: '1998-11-04' });
    expect(valueAt(stricter.parameters.votingAge!, '2022-01-01')).toEqual({ value: 20, since: '2022-01-01' });
    const c = {
      ...person,
      birthDate: '2002-06-01',
      politicalStatus: '群众' as const,
      partyJoinDate: undefined,
      partyFullDate: undefined,
    };
    expect(evaluateEligibility(c, stricter, villager).eligible).toBe(true);
    expect(evaluateEligibility(c, stricter, { ...villager, asOf: '2022-03-01' }).failures[0]!.parameters).toEqual([
      { id: 'votingAge', value: 20, since: '2022-01-01' },
    ]);
    expect(thrown(() => valueAt(stricter.parameters.votingAge!, '1990-01-01')).code).toBe('POLICY_PARAMETER_NO_VALUE');
  });

  it('removes and replaces rules by id and never changes the base', () => {
    const before = JSON.stringify(nationalBaseline);
    const lenient = extendPolicy(nationalBaseline, {
      id: 'lenient',
      extends: 'cn-national',
      name: { zh: '测试', en: 'Test' },
      jurisdiction: '测试县',
      removeRules: ['party-full-member'],
      rules: [{ ...nationalBaselineSpec.rules[0], title: { zh: '改写的年龄规则', en: 'Rewritten' } }],
    });
    expect(lenient.rules.map((r) => r.id)).not.toContain('party-full-member');
    expect(lenient.rules.find((r) => r.id === 'vc-voting-age')).toMatchObject({
      title: { zh: '改写的年龄规则' },
      source: '测试县',
    });
    expect(JSON.stringify(nationalBaseline)).toBe(before);
    expect(Object.isFrozen(nationalBaseline.rules[0])).toBe(true);
  });

  it('never mutates the base, whatever the overlay (property)', () => {
    const before = JSON.stringify(exampleShibuxuan);
    fc.assert(
      fc.property(
        fc.subarray(exampleShibuxuan.rules.map((r) => r.id)),
        fc.dictionary(
          fc.constantFrom('votingAge', 'voteBuyingYears', 'sanctionImpactYears'),
          fc.integer({ min: 0, max: 99 }),
        ),
        (removeRules, values) => {
          const overlay = {
            id: 'prop',
            extends: exampleShibuxuan.id,
            name: { zh: '测试', en: 'Test' },
            jurisdiction: '测试',
            removeRules,
            parameters: Object.fromEntries(
              Object.entries(values).map(([id, v]) => [id, { values: { '2021-01-01': v } }]),
            ),
          };
          const p = extendPolicy(exampleShibuxuan, overlay);
          expect(p.rules).toHaveLength(exampleShibuxuan.rules.length - removeRules.length);
          expect(JSON.stringify(exampleShibuxuan)).toBe(before);
        },
      ),
    );
  });
});

describe('bad policies and inputs', () => {
  const spec = (rules: unknown[]) => ({ ...nationalBaselineSpec, id: 'bad', rules });

  it('names the path of an unknown operator and lists the known ones', () => {
    const e = thrown(() =>
      definePolicy(spec([{ ...nationalBaselineSpec.rules[0], require: { all: [{ ageAbove: 18 }] } }])),
    );
    expect(e.problems[0]).toMatchObject({
      code: 'POLICY_UNKNOWN_OPERATOR',
      path: ['rules', 0, 'require', 'all', 0, 'ageAbove'],
    });
    expect(e.problems[0]!.expected).toContain('ageAtLeast');
    expect(e.message).toBe('未知的运算符“ageAbove”');
  });

  it('rejects duplicate ids, unknown parameters, unknown references and unknown fact kinds in one error', () => {
    const r = nationalBaselineSpec.rules[0];
    const e = thrown(() =>
      definePolicy(
        spec([
          r,
          r,
          { ...r, id: 'x', require: { ageAtLeast: { param: 'nope' } } },
          { ...r, id: 'y', reference: 'nowhere' },
          { ...r, id: 'z', require: undefined, forbid: { fact: { kind: 'speeding' } } },
        ]),
      ),
    );
    expect(e.problems.map((p) => p.code)).toEqual([
      'POLICY_DUPLICATE_ID',
      'POLICY_UNKNOWN_REFERENCE',
      'POLICY_UNKNOWN_PARAMETER',
      'FACT_KIND_UNKNOWN',
    ]);
  });

  it('reports a malformed spec with the path of the field', () => {
    const e = thrown(() => definePolicy({ ...nationalBaselineSpec, id: 'Bad Id', effective: { from: '2021-02-30' } }));
    expect(e.problems.map((p) => [p.code, p.path])).toEqual([
      ['POLICY_ID', ['id']],
      ['DATE_INVALID', ['effective', 'from']],
    ]);
  });

  it('finds cycles and unknown bases when loading overlays from files', () => {
    const overlay = (id: string, base: string) => ({ id, extends: base, name: { zh: id, en: id }, jurisdiction: id });
    expect(loadPolicies([overlay('b', 'a'), overlay('a', 'cn-national')], [nationalBaseline]).get('b')?.chain).toEqual([
      'cn-national',
      'a',
      'b',
    ]);
    expect(thrown(() => loadPolicies([overlay('a', 'b'), overlay('b', 'a')])).code).toBe('POLICY_CYCLE');
    expect(thrown(() => loadPolicies([overlay('a', 'missing')])).code).toBe('POLICY_UNKNOWN_BASE');
    expect(thrown(() => extendPolicy(nationalBaseline, overlay('a', 'other'))).code).toBe('POLICY_EXTENDS_MISMATCH');
  });

  // Seed 002's 海淀 elected in 2018, under the 1990 暂行条例 and the 2010 组织法: the baseline holds the 2020 texts
  // (中国共产党基层组织选举工作条例, in force 2020-07-13), so an overlay dated back cannot carry them to 2018.
  it('refuses to apply the 2020 baseline to a 2018 election through an overlay dated back, naming the base', () => {
    const dated = extendPolicy(nationalBaseline, {
      id: 'haidian-2018',
      extends: 'cn-national',
      name: { zh: '某区2018年换届', en: 'A district, 2018' },
      jurisdiction: '某区',
      effective: { from: '2018-01-01' },
    });
    expect(dated.foundation).toEqual({ name: nationalBaseline.name, effective: { from: '2020-07-13' } });
    const e = thrown(() => evaluateEligibility(person, dated, { ...secretary, asOf: '2018-06-15' }));
    expect(e.problems[0]).toMatchObject({ code: 'POLICY_NOT_IN_FORCE', path: ['asOf'] });
    expect(e.problems[0]!.message).toBe(
      '政策“某区2018年换届”所叠加的“全国基线（法律与党内法规）”自 2020-07-13 起施行，不适用于 2018-06-15：此前的选举须依当时施行的法律和党内法规另立一份基础政策',
    );
    expect(formatProblem(e.problems[0]!, 'zh-TW')).toContain(
      '所疊加的「全国基线（法律与党内法规）」自 2020-07-13 起施行，不適用於 2018-06-15',
    );
    // From the day the base is in force, the overlay applies as before.
    expect(evaluateEligibility(person, dated, { ...secretary, asOf: '2020-07-13' }).eligible).toBe(true);
    // A base policy of the texts in force in 2018 can be written and used: the error points there.
    const of2018 = definePolicy({ ...nationalBaselineSpec, id: 'cn-2018', effective: { from: '2018-01-01' } });
    expect(evaluateEligibility(person, of2018, { ...secretary, asOf: '2018-06-15' }).eligible).toBe(true);
  });

  it('rejects an invalid candidate, date or unregistered predicate with a coded error', () => {
    expect(
      thrown(() => evaluateEligibility({ ...person, birthDate: '1980-02-30' }, nationalBaseline, secretary))
        .problems[0],
    ).toMatchObject({ code: 'DATE_INVALID', path: ['birthDate'] });
    expect(
      thrown(() =>
        evaluateEligibility(
          { ...person, facts: [{ kind: 'speeding', date: '2020-01-01' }] },
          nationalBaseline,
          secretary,
        ),
      ).code,
    ).toBe('FACT_KIND_UNKNOWN');
    expect(
      thrown(() => evaluateEligibility({ ...person, facts: [{ kind: 'voteBuying' }] }, nationalBaseline, secretary))
        .problems[0],
    ).toMatchObject({ code: 'FIELD_MISSING', path: ['facts', 0, 'date'] });
    expect(thrown(() => evaluateEligibility(person, nationalBaseline, { ...secretary, asOf: '2021-13-01' })).code).toBe(
      'EVALUATION_AS_OF',
    );
    expect(
      thrown(() => evaluateEligibility(person, exampleCountyHardCriteria, { ...secretary, asOf: '2020-10-01' })).code,
    ).toBe('POLICY_NOT_IN_FORCE');
    const custom = definePolicy(
      spec([{ ...nationalBaselineSpec.rules[0], require: { custom: { name: 'livesHere' } } }]),
    );
    expect(thrown(() => evaluateEligibility(person, custom, villager)).code).toBe('POLICY_UNREGISTERED_PREDICATE');
    const livesHere = (c: { flags?: readonly string[] }) => c.flags?.includes('resident') ?? false;
    expect(
      evaluateEligibility({ ...person, flags: ['resident'] }, custom, { ...villager, predicates: { livesHere } })
        .eligible,
    ).toBe(true);
    expect(evaluateEligibility(person, custom, { ...villager, predicates: { livesHere } }).eligible).toBe(false);
  });

  it('reports a custom predicate nobody registered in a team rule as it does in a rule, with the path', () => {
    const check = { atLeastOne: { custom: { name: 'livesHere' } } };
    const policy = definePolicy({
      ...nationalBaselineSpec,
      id: 'bad',
      teamRules: [{ ...nationalBaselineSpec.teamRules[0]!, appliesTo: undefined, check }],
    });
    const e = thrown(() => evaluateTeam([person], policy, villager));
    expect(e.problems[0]).toMatchObject({
      code: 'POLICY_UNREGISTERED_PREDICATE',
      path: ['teamRules', 0],
      message: `规则“${nationalBaselineSpec.teamRules[0]!.id}”使用了未注册的自定义判断“livesHere”`,
    });
    expect(evaluateTeam([person], policy, { ...villager, predicates: { livesHere: () => true } }).passed).toBe(true);
  });
});

describe('date arithmetic', () => {
  it('judges age limits exactly as date-fns counts whole years, without date-fns in the hot path', () => {
    const policy = (n: number) =>
      definePolicy({
        ...nationalBaselineSpec,
        id: 'age-only',
        rules: [
          { ...nationalBaselineSpec.rules[0], id: 'min', appliesTo: undefined, require: { ageAtLeast: n } },
          {
            ...nationalBaselineSpec.rules[0],
            id: 'max',
            appliesTo: undefined,
            severity: 'warning',
            require: { ageAtMost: n },
          },
        ],
      });
    // Election dates after the baseline took effect; birth dates around the n-th birthday, where mistakes would hide.
    const asOfDay = fc.integer({ min: toDayNumber('2020-07-13'), max: toDayNumber('2030-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(asOfDay, fc.integer({ min: 0, max: 80 }), fc.integer({ min: -2, max: 2 }), (asOfDate, n, shift) => {
        const birthday = `${String(Number(asOfDate.slice(0, 4)) - n).padStart(4, '0')}${asOfDate.slice(4)}`;
        const birthDate = fromDayNumber(
          toDayNumber(isIsoDate(birthday) ? birthday : `${birthday.slice(0, 8)}28`) + shift,
        );
        fc.pre(birthDate <= asOfDate); // no one is judged before they are born
        // date-fns counts on the local calendar, where a day may not exist (Pacific/Kiritimati has no 1994-12-31).
        fc.pre(onLocalCalendar(birthDate) && onLocalCalendar(asOfDate));
        const years = differenceInYears(new Date(`${asOfDate}T00:00:00`), new Date(`${birthDate}T00:00:00`));
        const v = evaluateRoster(
          [{ ...person, birthDate, partyJoinDate: undefined, partyFullDate: undefined, politicalStatus: '群众' }],
          policy(n),
          { asOf: asOfDate },
        );
        expect(v.failedRuleIds(0)).toEqual(years >= n ? [] : ['min']);
        expect(v.warningRuleIds(0)).toEqual(years <= n ? [] : ['max']);
      }),
    );
  });

  it('gives the same verdicts in every time zone', () => {
    const script = `
      import { evaluateRoster, exampleCountyHardCriteria } from '@huanjie/core';
      import { generateCounty } from '@huanjie/core/synthetic';
      const { candidates } = generateCounty();
      const v = evaluateRoster(candidates, exampleCountyHardCriteria, { asOf: '2021-10-28' });
      console.log(JSON.stringify(v.ineligible().map((i) => [i, v.failedRuleIds(i), v.warningRuleIds(i)])));
    `;
    const run = (TZ: string) =>
      // The built package, as an application runs it (npm test builds first).
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TZ },
        encoding: 'utf8',
      });
    const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'].map(run);
    expect(new Set(zones).size).toBe(1);
    expect(JSON.parse(zones[0]!).length).toBeGreaterThan(50);
  });
});

describe('team rules', () => {
  const member = (name: string, sex: 'male' | 'female', extra: Partial<Candidate> = {}): Candidate => ({
    ...person,
    name,
    sex,
    ...extra,
  });

  it('needs a woman on a villagers’ committee and 3–7 members (Art. 6)', () => {
    const men = [member('甲', 'male'), member('乙', 'male'), member('丙', 'male')];
    expect(ids(evaluateTeam(men, nationalBaseline, { asOf, organization: '村民委员会' }))).toEqual(['vc-woman-member']);
    expect(
      evaluateTeam([...men, member('丁', 'female')], nationalBaseline, { asOf, organization: '村民委员会' }).passed,
    ).toBe(true);
    const tooMany = Array.from({ length: 8 }, (_, i) => member(`成员${i}`, i ? 'male' : 'female'));
    const v = evaluateTeam(tooMany, nationalBaseline, { asOf, organization: '村民委员会' });
    expect(ids(v)).toEqual(['vc-size']);
    expect(v.failures[0]!.facts).toEqual([{ field: 'size', value: 8 }]);
  });

  it('asks for a minority member only in a multi-ethnic village', () => {
    const slate = [member('甲', 'male'), member('乙', 'male'), member('丙', 'female')];
    const opts = { asOf, organization: '村民委员会' } as const;
    expect(evaluateTeam(slate, nationalBaseline, opts).passed).toBe(true);
    expect(ids(evaluateTeam(slate, nationalBaseline, { ...opts, flags: ['multiEthnic'] }))).toEqual([
      'vc-minority-member',
    ]);
    slate[0] = member('甲', 'male', { ethnicity: '布依族' });
    expect(evaluateTeam(slate, nationalBaseline, { ...opts, flags: ['multiEthnic'] }).passed).toBe(true);
  });

  it('requires candidates to exceed seats by 20 %, rounded up (选举工作条例 Art. 13)', () => {
    const slate = (n: number) => Array.from({ length: n }, (_, i) => member(`候选人${i}`, 'male'));
    const opts = (seats: number) => ({ asOf, organization: '党组织', seats, slateKind: 'candidates' }) as const;
    expect(
      evaluateTeam(slate(6), nationalBaseline, opts(5)).outcomes.find((o) => o.ruleId === 'party-candidate-margin')
        ?.passed,
    ).toBe(true);
    const short = evaluateTeam(slate(8), nationalBaseline, opts(7)).outcomes.find(
      (o) => o.ruleId === 'party-candidate-margin',
    );
    expect(short).toMatchObject({
      passed: false,
      facts: [
        { field: 'seats', value: 7 },
        { field: 'candidates', value: 8 },
        { field: 'requiredCandidates', value: 9 },
      ],
    });
  });

  it('keeps close relatives off one committee (example county rule)', () => {
    const a = member('甲', 'female', { residentId: '11010519491231002X' });
    const b = member('乙', 'male', {
      residentId: '440524188001010014',
      birthDate: '1880-01-01',
      closeRelatives: ['11010519491231002X'],
    });
    const v = evaluateTeam([a, b, member('丙', 'male')], exampleCountyHardCriteria, {
      asOf,
      organization: '村民委员会',
    });
    expect(ids(v)).toContain('county-no-close-relatives');
    expect(v.failures.find((f) => f.ruleId === 'county-no-close-relatives')?.facts).toEqual([
      { field: 'relatedPairs', value: [['乙', '甲']] },
    ]);
  });
});

describe('evaluateRoster', () => {
  const { candidates } = generateCounty();

  it('agrees with evaluateEligibility on every candidate of the synthetic county', () => {
    const verdicts = evaluateRoster(candidates, exampleCountyHardCriteria, { asOf });
    expect(verdicts.count).toBe(candidates.length);
    let ineligible = 0;
    for (let i = 0; i < candidates.length; i++) {
      const one = evaluateEligibility(candidates[i], exampleCountyHardCriteria, { asOf });
      expect(verdicts.isEligible(i)).toBe(one.eligible);
      expect(verdicts.failedRuleIds(i)).toEqual(ids(one));
      expect(verdicts.warningRuleIds(i)).toEqual(one.warnings.map((w) => w.ruleId));
      if (!one.eligible) ineligible++;
    }
    expect(verdicts.explain(7)).toEqual(evaluateEligibility(candidates[7], exampleCountyHardCriteria, { asOf }));
    expect(verdicts.ineligible()).toHaveLength(ineligible);
    expect(verdicts.eligibleCount).toBe(candidates.length - ineligible);
    // The synthetic county screens out some candidates: those with negative facts.
    expect(ineligible).toBeGreaterThan(50);
  });

  it('agrees with evaluateEligibility for random candidates, seats and dates (property)', () => {
    const fact = fc
      .record({
        kind: fc.constantFrom(
          'criminalSentence',
          'partyDiscipline',
          'dishonestDebtor',
          'voteBuying',
          'ratedIncompetent',
          'longAbsence',
        ),
        date: fc.integer({ min: 1995, max: 2024 }).map((y) => `${y}-06-15`),
        years: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      })
      .map(({ kind, date, years }) => ({
        kind,
        date,
        ...(years === undefined ? {} : { until: `${Number(date.slice(0, 4)) + years}-06-15` }),
        ...(kind === 'partyDiscipline' ? { sanction: '留党察看' } : {}),
      }));
    const candidate = fc
      .record({
        birthDate: fc
          .integer({ min: 1950, max: 1995 })
          .chain((y) => fc.constantFrom(`${y}-02-28`, `${y}-10-28`, `${y}-12-31`)),
        education: fc.constantFrom('初中', '中专', '大专'),
        politicalStatus: fc.constantFrom('中共党员', '中共预备党员', '群众'),
        facts: fc.array(fact, { maxLength: 3 }),
        post: fc.constantFrom('书记', '委员', '主任'),
      })
      .map((c) => ({
        ...person,
        ...c,
        organization: c.post === '主任' ? ('村民委员会' as const) : ('党组织' as const),
        partyJoinDate: c.politicalStatus === '群众' ? undefined : '2014-07-01',
        partyFullDate: c.politicalStatus === '中共党员' ? '2015-07-01' : undefined,
      }));
    fc.assert(
      fc.property(
        fc.array(candidate as fc.Arbitrary<Candidate>, { minLength: 1, maxLength: 20 }),
        fc.constantFrom('2021-01-01', '2021-10-28', '2024-02-29'),
        (list, date) => {
          const verdicts = evaluateRoster(list, exampleCountyHardCriteria, { asOf: date });
          list.forEach((c, i) => {
            const one = evaluateEligibility(c, exampleCountyHardCriteria, { asOf: date });
            expect(verdicts.explain(i)).toEqual(one);
            // The bits come from the inline fast path, the verdict from the closures: they must agree.
            expect(verdicts.isEligible(i)).toBe(one.eligible);
            expect(verdicts.failedRuleIds(i)).toEqual(ids(one));
            expect(verdicts.warningRuleIds(i)).toEqual(one.warnings.map((w) => w.ruleId));
          });
        },
      ),
    );
  });
});

describe('policies that would silently misbehave are rejected', () => {
  const base = { ...nationalBaselineSpec, id: 'strict' };
  const codes = (spec: unknown) => thrown(() => definePolicy(spec)).problems.map((p) => [p.code, p.path]);

  it('checks parameter values against how the rules use them', () => {
    const bad = {
      ...base,
      parameters: { ...base.parameters, votingAge: { ...base.parameters.votingAge, values: { '2021-01-01': '十八' } } },
    };
    expect(codes(bad)).toEqual([['POLICY_PARAMETER_VALUE', ['parameters', 'votingAge', 'values', '2021-01-01']]]);
    const half = {
      ...base,
      parameters: { ...base.parameters, votingAge: { ...base.parameters.votingAge, values: { '2021-01-01': 17.5 } } },
    };
    expect(codes(half)[0]![0]).toBe('POLICY_PARAMETER_VALUE');
    const overlay = {
      id: 'o',
      extends: 'cn-national',
      name: { zh: 'o', en: 'o' },
      jurisdiction: 'o',
      parameters: { votingAge: { values: { '2022-01-01': true } } },
    };
    expect(thrown(() => extendPolicy(nationalBaseline, overlay)).code).toBe('POLICY_PARAMETER_VALUE');
  });

  it('rejects a fact condition with no kind or a sanction of another kind', () => {
    const rule = nationalBaselineSpec.rules[3];
    expect(codes({ ...base, rules: [{ ...rule, forbid: { fact: { kind: [] } } }] })[0]).toEqual([
      'FACT_KIND_UNKNOWN',
      ['rules', 0, 'forbid', 'fact', 'kind'],
    ]);
    expect(
      codes({
        ...base,
        rules: [{ ...rule, forbid: { fact: { kind: 'partyDiscipline', sanctionIn: ['留党查看'] } } }],
      })[0]![0],
    ).toBe('POLICY_OPERATOR_ARGUMENT');
    expect(
      codes({
        ...base,
        rules: [{ ...rule, forbid: { fact: { kind: 'criminalSentence', sanctionIn: ['警告'] } } }],
      })[0]![0],
    ).toBe('POLICY_OPERATOR_ARGUMENT');
  });

  it('rejects an overlay that removes and sets one rule, sets it twice, or removes a value the base lacks', () => {
    const o = { id: 'o', extends: 'cn-national', name: { zh: 'o', en: 'o' }, jurisdiction: 'o' };
    const rule = nationalBaselineSpec.rules[0]!;
    expect(thrown(() => extendPolicy(nationalBaseline, { ...o, removeRules: [rule.id], rules: [rule] })).code).toBe(
      'POLICY_REMOVE_AND_SET',
    );
    expect(thrown(() => extendPolicy(nationalBaseline, { ...o, rules: [rule, rule] })).code).toBe(
      'POLICY_DUPLICATE_ID',
    );
    expect(
      thrown(() =>
        extendPolicy(nationalBaseline, { ...o, parameters: { votingAge: { values: { '2000-01-01': null } } } }),
      ).code,
    ).toBe('POLICY_PARAMETER_NO_SUCH_VALUE');
  });

  it('finds duplicate composition targets', () => {
    const target = { id: 't1', title: { zh: 't', en: 't' }, reference: 'vc-law-art6', measure: 'women', atLeast: 1 };
    expect(codes({ ...base, compositionTargets: [target, target] })).toEqual([
      ['POLICY_DUPLICATE_ID', ['compositionTargets', 1, 'id']],
    ]);
  });
});

describe('names that every JavaScript object inherits are not operators, parameters or kinds', () => {
  // As a YAML or JSON policy file gives them: `__proto__` an own key, as JSON.parse makes it.
  const HOSTILE = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'];
  const own = (key: string, value: unknown) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value)}}`);
  const rule = nationalBaselineSpec.rules[0]!;
  const withRule = (require: unknown) => ({ ...nationalBaselineSpec, id: 'hostile', rules: [{ ...rule, require }] });
  const first = (spec: unknown) => thrown(() => definePolicy(spec)).problems[0]!;

  it('reports each as an unknown operator with its path, in a rule and nested, in zh-CN, zh-TW and English', () => {
    for (const name of HOSTILE) {
      expect(first(withRule(own(name, 18)))).toMatchObject({
        code: 'POLICY_UNKNOWN_OPERATOR',
        path: ['rules', 0, 'require', name],
      });
      const nested = first(withRule({ all: [{ ageAtLeast: 18 }, { not: own(name, 18) }] }));
      expect(nested.path).toEqual(['rules', 0, 'require', 'all', 1, 'not', name]);
      expect([nested.message, nested.messageEn, formatProblem(nested, 'zh-TW')]).toEqual([
        `未知的运算符“${name}”`,
        `Unknown operator "${name}"`,
        `未知的運算子「${name}」`,
      ]);
    }
  });

  it('reports each as an unknown team check, and inside atLeastOne as an unknown operator', () => {
    for (const name of HOSTILE) {
      const team = (check: unknown) => ({
        ...nationalBaselineSpec,
        id: 'hostile',
        teamRules: [{ ...nationalBaselineSpec.teamRules[0]!, check }],
      });
      expect(first(team(own(name, true)))).toMatchObject({
        code: 'POLICY_UNKNOWN_OPERATOR',
        path: ['teamRules', 0, 'check', name],
        message: `未知的班子检查“${name}”`,
      });
      expect(first(team({ atLeastOne: own(name, 'female') }))).toMatchObject({
        code: 'POLICY_UNKNOWN_OPERATOR',
        path: ['teamRules', 0, 'check', 'atLeastOne', name],
      });
    }
  });

  it('reports each as an unknown parameter and an unknown kind of fact', () => {
    for (const name of HOSTILE) {
      expect(first(withRule({ ageAtLeast: { param: name } }))).toMatchObject({
        code: 'POLICY_UNKNOWN_PARAMETER',
        path: ['rules', 0, 'require', 'ageAtLeast', 'param'],
        message: `未定义的参数“${name}”`,
      });
      expect(first(withRule({ not: { fact: { kind: name } } }))).toMatchObject({
        code: 'FACT_KIND_UNKNOWN',
        path: ['rules', 0, 'require', 'not', 'fact', 'kind'],
      });
    }
  });

  it('shows a value that has its own toString in the problem, instead of throwing on it', () => {
    const value = own('toString', {});
    expect(first(withRule({ ethnicityIn: ['汉族', value] }))).toMatchObject({
      code: 'POLICY_OPERATOR_ARGUMENT',
      path: ['rules', 0, 'require', 'ethnicityIn', 1],
      message: '“{"toString":{}}”不是可接受的值',
    });
    expect(first(withRule({ fact: { kind: [value] } }))).toMatchObject({
      code: 'FACT_KIND_UNKNOWN',
      message: '未知的负面情形类别“{"toString":{}}”',
    });
  });

  it('does not run Object’s members as custom predicates nobody registered', () => {
    for (const name of HOSTILE) {
      const policy = definePolicy(withRule({ custom: { name } }));
      expect(thrown(() => evaluateEligibility(person, policy, villager)).problems[0]).toMatchObject({
        code: 'POLICY_UNREGISTERED_PREDICATE',
        message: `规则“${rule.id}”使用了未注册的自定义判断“${name}”`,
      });
    }
  });

  it('takes a parameter named constructor as a new one: it needs a title, and then it is read', () => {
    const overlay = (parameter: object) => ({
      id: 'o',
      extends: 'cn-national',
      name: { zh: 'o', en: 'o' },
      jurisdiction: 'o',
      parameters: { constructor: parameter },
      rules: [{ ...rule, require: { ageAtLeast: { param: 'constructor' } } }],
    });
    expect(thrown(() => extendPolicy(nationalBaseline, overlay({ values: { '2021-01-01': 30 } }))).problems[0]).toEqual(
      expect.objectContaining({ code: 'POLICY_PARAMETER_INCOMPLETE', path: ['parameters', 'constructor'] }),
    );
    const titled = extendPolicy(
      nationalBaseline,
      overlay({ title: { zh: '年龄', en: 'Age' }, reference: rule.reference, values: { '2021-01-01': 50 } }),
    );
    const id: string = 'constructor';
    expect(Object.hasOwn(titled.parameters, id) && valueAt(titled.parameters[id]!, asOf).value).toBe(50);
    const verdict = evaluateEligibility(person, titled, villager); // 41 years old
    expect(verdict.failures.find((f) => f.ruleId === rule.id)?.parameters).toEqual([
      { id: 'constructor', value: 50, since: '2021-01-01' },
    ]);
  });

  it('names a parameter called constructor in a schema problem, not undefined', () => {
    const spec = {
      ...nationalBaselineSpec,
      id: 'hostile',
      parameters: { ...nationalBaselineSpec.parameters, constructor: 'x' },
    };
    const p = first(spec);
    expect(p).toMatchObject({ code: 'FIELD_TYPE', path: ['parameters', 'constructor'] });
    expect(p.message).toContain('constructor');
  });
});

describe('conditions nested without end are refused, not a stack overflow', () => {
  const rule = nationalBaselineSpec.rules[0]!; // age ≥ 18 for the villagers' committee
  const withRule = (require: unknown) => ({ ...nationalBaselineSpec, id: 'deep', rules: [{ ...rule, require }] });
  /** `{ not: { not: … { ageAtLeast: 18 } } }`: the age test is at depth `nots + 1`. */
  const nots = (n: number) => {
    let c: unknown = { ageAtLeast: 18 };
    for (let i = 0; i < n; i++) c = { not: c };
    return c;
  };

  it('accepts 64 levels and refuses 65, naming the path of the first node too deep in three languages', () => {
    expect(MAX_CONDITION_DEPTH).toBe(64);
    const deepest = definePolicy(withRule(nots(63))); // an odd number of nots: under 18
    const child = { ...person, birthDate: '2010-01-01', politicalStatus: '群众' as const };
    expect(
      evaluateEligibility({ ...child, partyJoinDate: undefined, partyFullDate: undefined }, deepest, villager).eligible,
    ).toBe(true);
    expect(evaluateEligibility(person, deepest, villager).eligible).toBe(false);
    const e = thrown(() => definePolicy(withRule(nots(64))));
    expect(e.problems).toHaveLength(1);
    const p = e.problems[0]!;
    expect(p.code).toBe('POLICY_CONDITION_DEPTH');
    expect(p.path).toEqual(['rules', 0, 'require', ...Array(64).fill('not')]);
    expect([p.message, p.messageEn, formatProblem(p, 'zh-TW')]).toEqual([
      '条件嵌套超过 64 层：请拆成几条规则',
      'Conditions nest more than 64 levels deep: split them into several rules',
      '條件巢狀超過 64 層：請拆成幾條規則',
    ]);
  });

  it('refuses 5,000 levels of not, all and any in a policy, an overlay and a team rule', () => {
    let mixed: unknown = { sexIs: 'female' };
    for (let i = 0; i < 5000; i++) mixed = i % 3 === 0 ? { not: mixed } : { [i % 3 === 1 ? 'all' : 'any']: [mixed] };
    expect(thrown(() => definePolicy(withRule(nots(5000)))).code).toBe('POLICY_CONDITION_DEPTH');
    expect(thrown(() => definePolicy(withRule(mixed))).code).toBe('POLICY_CONDITION_DEPTH');
    const overlay = { id: 'o', extends: 'cn-national', name: { zh: 'o', en: 'o' }, jurisdiction: 'o' };
    expect(
      thrown(() => extendPolicy(nationalBaseline, { ...overlay, rules: [{ ...rule, require: mixed }] })).code,
    ).toBe('POLICY_CONDITION_DEPTH');
    const teamRule = { ...nationalBaselineSpec.teamRules[0]!, check: { atLeastOne: nots(5000) } };
    const team = thrown(() => definePolicy({ ...nationalBaselineSpec, id: 'deep', teamRules: [teamRule] }));
    expect(team.problems[0]!.path!.slice(0, 5)).toEqual(['teamRules', 0, 'check', 'atLeastOne', 'not']);
    expect(team.code).toBe('POLICY_CONDITION_DEPTH');
  });

  it('refuses a condition that contains itself', () => {
    const loop: { not?: unknown } = {};
    loop.not = loop;
    expect(thrown(() => definePolicy(withRule(loop))).code).toBe('POLICY_CONDITION_DEPTH');
  });

  it('refuses custom predicate arguments nested 5,000 deep, naming where', () => {
    let args: unknown = 1;
    for (let i = 0; i < 5000; i++) args = { a: args };
    const p = thrown(() => definePolicy(withRule({ custom: { name: 'livesHere', args } }))).problems[0]!;
    expect(p).toMatchObject({ code: 'POLICY_CONDITION_DEPTH', message: '自定义判断的参数嵌套超过 64 层' });
    expect(p.path).toEqual(['rules', 0, 'require', 'custom', 'args', ...Array(64).fill('a')]);
  });

  it('reports a field given a value too deep to print', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const p = thrown(() => definePolicy({ ...nationalBaselineSpec, id: 'deep', jurisdiction: deep })).problems[0]!;
    expect(p).toMatchObject({ code: 'FIELD_TYPE', path: ['jurisdiction'], value: '[…]' });
  });
});
