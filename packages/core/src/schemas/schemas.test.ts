import {
  Candidate,
  canHoldConcurrently,
  hasFullMembership,
  isPartyMember,
  Member,
  Person,
  POLITICAL_STATUSES,
  Village,
  validate,
} from '@huanjie/core';
import { describe, expect, it } from 'vitest';

const person = {
  name: '张某甲',
  residentId: '11010519491231002X',
  sex: 'female',
  birthDate: '1949-12-31',
  ethnicity: '汉族',
  education: '中专',
  politicalStatus: '中共党员',
  partyJoinDate: '1975-07-01',
  partyFullDate: '1976-07-01',
} as const;

const problemsOf = (schema: Parameters<typeof validate>[0], value: unknown) => {
  const r = validate(schema, value);
  return r.ok ? [] : r.problems;
};

describe('Person', () => {
  it('accepts a complete record', () => {
    expect(Person.parse(person)).toEqual(person);
  });

  it('cross-checks birth date and sex against the ID number', () => {
    const problems = problemsOf(Person, { ...person, sex: 'male', birthDate: '1950-01-01' });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      [['birthDate'], 'ID_BIRTH_DATE_MISMATCH'],
      [['sex'], 'ID_SEX_MISMATCH'],
    ]);
    expect(problems[0]!.message).toBe('出生日期与身份证号不符（身份证号中为 1949-12-31）');
  });

  it('names missing and unknown fields in Chinese and English', () => {
    const { sex: _sex, ...noSex } = person;
    const problems = problemsOf(Person, { ...noSex, nickname: '小张' });
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'FIELD_MISSING',
        path: ['sex'],
        message: '缺少性别',
        messageEn: 'Sex is missing',
      }),
      expect.objectContaining({ code: 'FIELD_UNKNOWN', message: '未知字段：nickname' }),
    ]);
  });

  it('lists the accepted values of a closed vocabulary', () => {
    const [p] = problemsOf(Person, { ...person, education: '大学生' });
    expect(p).toMatchObject({ code: 'FIELD_VALUE', message: '学历不是可接受的值', value: '大学生' });
    expect(p!.expected).toBe('小学、初中、高中、中专、职高、技校、大专、本科、硕士研究生、博士研究生');
  });

  it('rejects dates that do not exist and party dates out of order', () => {
    expect(problemsOf(Person, { ...person, partyJoinDate: '1975-02-29' })[0]).toMatchObject({
      code: 'DATE_INVALID',
      path: ['partyJoinDate'],
    });
    expect(problemsOf(Person, { ...person, partyFullDate: '1974-01-01' })[0]!.code).toBe('PARTY_FULL_BEFORE_JOIN');
    expect(problemsOf(Person, { ...person, politicalStatus: '中共预备党员' })[0]!.code).toBe(
      'PROBATIONARY_WITH_FULL_DATE',
    );
  });

  it('masks an ID number shown as the offending value', () => {
    const [p] = problemsOf(Person, { ...person, residentId: '110105194912310021' });
    expect(p).toMatchObject({ code: 'ID_INVALID', value: '110105********0021' });
  });
});

describe('Member', () => {
  const member = {
    ...person,
    organization: '党组织',
    post: '书记',
    concurrent: true,
    village: '坡头社区',
    termStart: '2021-10-28',
  };

  it('accepts a secretary who is also director (一肩挑)', () => {
    expect(Member.safeParse(member).success).toBe(true);
  });

  it('rejects a post that its organization does not have, and 一肩挑 on a member seat', () => {
    expect(problemsOf(Member, { ...member, organization: '村民委员会' }).map((p) => p.code)).toEqual([
      'POST_ORGANIZATION',
    ]);
    expect(problemsOf(Member, { ...member, post: '委员' }).map((p) => p.code)).toEqual(['CONCURRENT_POST']);
  });
});

describe('Village', () => {
  it('needs a 12-digit division code', () => {
    const v = {
      code: '529901101001',
      name: '坡头社区',
      kind: '社区',
      township: '青石镇',
      county: '样例县',
      population: 3200,
    };
    expect(Village.safeParse(v).success).toBe(true);
    expect(problemsOf(Village, { ...v, code: '5299011010' })[0]).toMatchObject({
      code: 'DIVISION_CODE',
      path: ['code'],
    });
    expect(problemsOf(Village, { ...v, population: -1 })[0]).toMatchObject({
      code: 'FIELD_RANGE',
      path: ['population'],
    });
  });
});

describe('Candidate', () => {
  it('carries dated facts, defaulting to none', () => {
    expect(Candidate.parse(person).facts).toEqual([]);
    const c = Candidate.parse({
      ...person,
      facts: [{ kind: 'partyDiscipline', sanction: '留党察看', date: '2019-03-01', until: '2021-03-01' }],
    });
    expect(c.facts[0]).toEqual({
      kind: 'partyDiscipline',
      sanction: '留党察看',
      date: '2019-03-01',
      until: '2021-03-01',
    });
  });

  it('rejects an unknown kind of fact instead of dropping it', () => {
    const [p] = problemsOf(Candidate, { ...person, facts: [{ kind: 'speeding', date: '2020-01-01' }] });
    expect(p).toMatchObject({ code: 'FACT_KIND_UNKNOWN', path: ['facts', 0, 'kind'], message: '未知的负面情形类别' });
    expect(p!.expected).toContain('criminalSentence');
  });

  it('needs a date on every fact, and an end that is not before the start', () => {
    expect(problemsOf(Candidate, { ...person, facts: [{ kind: 'criminalSentence' }] })[0]).toMatchObject({
      code: 'FIELD_MISSING',
      path: ['facts', 0, 'date'],
      message: '缺少日期',
    });
    expect(
      problemsOf(Candidate, {
        ...person,
        facts: [{ kind: 'dishonestDebtor', date: '2020-01-01', until: '2019-01-01' }],
      })[0],
    ).toMatchObject({
      code: 'PERIOD_REVERSED',
      path: ['facts', 0, 'until'],
    });
  });
});

describe('political status and 一肩挑', () => {
  it('gives a join date to full and probationary members, and a full-membership date to full members only', () => {
    expect(POLITICAL_STATUSES.filter(isPartyMember)).toEqual(['中共党员', '中共预备党员']);
    expect(POLITICAL_STATUSES.filter(hasFullMembership)).toEqual(['中共党员']);
    expect(isPartyMember('党员')).toBe(false);
  });

  it('records 一肩挑 on the Party organization secretary only', () => {
    expect(canHoldConcurrently('党组织', '书记')).toBe(true);
    expect(canHoldConcurrently('党组织', '副书记')).toBe(false);
    expect(canHoldConcurrently('村民委员会', '主任')).toBe(false);
    expect(canHoldConcurrently('', '书记')).toBe(false);
  });
});
