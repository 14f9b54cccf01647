import { exampleShibuxuan, nationalBaseline } from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { type Draft, draftOf, EMPTY_DRAFT, judgeDraft } from './candidate-draft.js';

const ADULT_ID = '110105198503150035';
const AS_OF = '2021-10-28';

/** An adult 汉族 party member as a clerk types him: birth date and sex as the ID number gives them. */
const typed: Draft = {
  ...EMPTY_DRAFT,
  name: ' 张某甲 ',
  residentId: ADULT_ID,
  sex: 'male',
  birthDate: '1985-03-15',
  ethnicity: '汉族',
  education: '大专',
  politicalStatus: '群众',
  organization: '村民委员会',
  post: '委员',
};

describe('judgeDraft', () => {
  it('judges an empty form as empty, each missing field named at its own key', () => {
    const judged = judgeDraft(EMPTY_DRAFT, nationalBaseline, AS_OF);
    expect(judged.empty).toBe(true);
    expect(judged.candidate).toBeUndefined();
    expect(judged.byField.get('name')?.length).toBeGreaterThan(0);
    expect(judged.verdict).toBeUndefined();
  });

  it('builds the candidate from the typed fields, trimmed, and evaluates it', () => {
    const judged = judgeDraft(typed, nationalBaseline, AS_OF);
    expect(judged.problems).toEqual([]);
    expect(judged.candidate).toMatchObject({ name: '张某甲', residentId: ADULT_ID, birthDate: '1985-03-15' });
    expect(judged.verdict?.eligible).toBe(true);
    expect(judged.verdict?.asOf).toBe(AS_OF);
  });

  it("places core's reason for a wrong ID number at the ID field, once", () => {
    const judged = judgeDraft({ ...typed, residentId: '110105198503150036' }, nationalBaseline, AS_OF);
    expect(judged.candidate).toBeUndefined();
    expect(judged.byField.get('residentId')).toHaveLength(1);
    expect(judged.byField.get('residentId')?.[0]?.code).toBe(judged.id?.ok === false ? judged.id.error.code : '');
  });

  it('drops party dates for a status that has none, and keeps them for a member', () => {
    const asMass = judgeDraft({ ...typed, partyJoinDate: '2010-07-01' }, nationalBaseline, AS_OF);
    expect(asMass.input.partyJoinDate).toBeUndefined();
    const asMember = judgeDraft(
      { ...typed, politicalStatus: '中共党员', partyJoinDate: '2010-07-01', partyFullDate: '2011-07-01' },
      nationalBaseline,
      AS_OF,
    );
    expect(asMember.input).toMatchObject({ partyJoinDate: '2010-07-01', partyFullDate: '2011-07-01' });
  });

  it('places a fact without a date at that fact, and fails a criminal sentence under 十不选', () => {
    const facts = { criminalSentence: { checked: true, date: '', until: '', sanction: '' } };
    const missing = judgeDraft({ ...typed, facts }, exampleShibuxuan, AS_OF);
    expect(missing.byField.has('fact-criminalSentence-date')).toBe(true);

    const dated = { criminalSentence: { checked: true, date: '2015-05-01', until: '2017-05-01', sanction: '' } };
    const judged = judgeDraft({ ...typed, facts: dated }, exampleShibuxuan, AS_OF);
    expect(judged.candidate?.facts).toEqual([{ kind: 'criminalSentence', date: '2015-05-01', until: '2017-05-01' }]);
    expect(judged.verdict?.failures.map((f) => f.ruleId)).toEqual(['sbx-criminal']);
  });
});

describe('draftOf', () => {
  it('shows a candidate as the fields a clerk would have typed, and judges back to the same candidate', () => {
    const candidate = judgeDraft(typed, nationalBaseline, AS_OF).candidate;
    const draft = draftOf(candidate);
    expect(draft.name).toBe('张某甲');
    expect(judgeDraft(draft, nationalBaseline, AS_OF).candidate).toEqual(candidate);
    expect(draftOf(undefined)).toEqual(EMPTY_DRAFT);
  });
});
