/**
 * Candidates and the dated facts that eligibility rules judge (负面情形): sentences, sanctions, investigations,
 * detentions, 失信 listings, long absence, 不称职 ratings, vote-buying and the like.
 *
 * Every fact has a `date` (when it happened or began) and, for facts that last, an optional `until` (when the
 * period ends: a sentence served, a sanction's term, a listing removed), so that "within N years" and "whose period
 * covers the election date" can be judged. An unknown `kind` is an error, never dropped.
 */
import * as z from 'zod/mini';
import { IsoDateField, ResidentIdField } from './fields.js';
import { PERSON_SHAPE, PLACEMENT_SHAPE, personChecks } from './person.js';

/**
 * The kinds of dated fact, with Chinese and English titles. 负面情形类别。 `lasting`: a fact of this kind recorded
 * without an end date is taken to go on (a listing, an investigation, an absence); a sanction without an end date is
 * not, since its impact period is the policy's to state (`withinYears`).
 */
export const FACT_KINDS = {
  criminalSentence: { zh: '受过刑事处罚', en: 'Criminal sentence', lasting: true },
  deprivedOfPoliticalRights: { zh: '被剥夺政治权利', en: 'Deprived of political rights', lasting: true },
  partyDiscipline: { zh: '受过党纪处分', en: 'Party discipline sanction', lasting: false },
  governmentSanction: { zh: '受过政务处分', en: 'Government sanction', lasting: false },
  underInvestigation: { zh: '正在被立案审查调查', en: 'Under investigation', lasting: true },
  administrativeDetention: { zh: '受过行政拘留', en: 'Administrative detention', lasting: false },
  dishonestDebtor: { zh: '被列为失信被执行人', en: 'Listed as dishonest judgment debtor', lasting: true },
  longAbsence: { zh: '长期不在村(社区)居住', en: 'Long absence from the village', lasting: true },
  ratedIncompetent: { zh: '年度考核被评为不称职', en: 'Rated incompetent in an annual review', lasting: false },
  voteBuying: { zh: '参与贿选、拉票', en: 'Vote-buying or canvassing', lasting: false },
  organizedCrime: { zh: '涉黑涉恶', en: 'Involved in organized crime', lasting: false },
  incitingDisturbance: {
    zh: '煽动群众闹事、缠访闹访',
    en: 'Inciting disturbances or abusive petitioning',
    lasting: false,
  },
  illegalLandUse: { zh: '违法违规占地建房', en: 'Illegal land occupation or building', lasting: true },
  cultOrIllegalReligion: { zh: '参与邪教或非法宗教活动', en: 'Cult or illegal religious activity', lasting: false },
  familyPlanningViolation: { zh: '违反计划生育政策', en: 'Family-planning violation', lasting: false },
} as const;
export type FactKind = keyof typeof FACT_KINDS;

/** Party discipline sanctions (中国共产党纪律处分条例 Art. 8), mildest first. */
export const PARTY_SANCTIONS = ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍'] as const;
/** Government sanctions (公职人员政务处分法 Art. 7), mildest first. */
export const GOVERNMENT_SANCTIONS = ['警告', '记过', '记大过', '降级', '撤职', '开除'] as const;

const base = {
  date: IsoDateField,
  until: z.optional(IsoDateField),
  note: z.optional(z.string().check(z.maxLength(500))),
};

function factSchema<K extends FactKind, E extends z.core.$ZodShape>(kind: K, extra: E) {
  return z.strictObject({ kind: z.literal(kind), ...base, ...extra });
}

/** A dated fact about a candidate. 负面情形。 */
export const Fact = z
  .discriminatedUnion('kind', [
    factSchema('criminalSentence', {}),
    factSchema('deprivedOfPoliticalRights', {}),
    factSchema('partyDiscipline', { sanction: z.enum(PARTY_SANCTIONS) }),
    factSchema('governmentSanction', { sanction: z.enum(GOVERNMENT_SANCTIONS) }),
    factSchema('underInvestigation', {}),
    factSchema('administrativeDetention', {}),
    factSchema('dishonestDebtor', {}),
    factSchema('longAbsence', {}),
    factSchema('ratedIncompetent', {}),
    factSchema('voteBuying', {}),
    factSchema('organizedCrime', {}),
    factSchema('incitingDisturbance', {}),
    factSchema('illegalLandUse', {}),
    factSchema('cultOrIllegalReligion', {}),
    factSchema('familyPlanningViolation', {}),
  ])
  .check(
    z.superRefine((f, ctx) => {
      if (f.until !== undefined && f.until < f.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['until'],
          params: { code: 'PERIOD_REVERSED', date: f.date },
          input: f.until,
        });
      }
    }),
  );
export type Fact = z.infer<typeof Fact>;

/**
 * A candidate (候选人/预备人选): a person, where they stand (village, organization, post — each optional), and the
 * dated facts the eligibility rules judge.
 */
export const Candidate = z
  .strictObject({
    ...PERSON_SHAPE,
    village: z.optional(PLACEMENT_SHAPE.village),
    villageCode: z.optional(PLACEMENT_SHAPE.villageCode),
    organization: z.optional(PLACEMENT_SHAPE.organization),
    post: z.optional(PLACEMENT_SHAPE.post),
    facts: z._default(z.array(Fact), () => []),
    /** Conditions the host records for rules to read, e.g. `residesInVillage` (free names, used by `flag`). */
    flags: z.optional(z.array(z.string().check(z.minLength(1)))),
    /** Resident IDs of close relatives (近亲属), for the team rule that keeps them off one committee. */
    closeRelatives: z.optional(z.array(ResidentIdField)),
  })
  .check(personChecks);
export type Candidate = z.infer<typeof Candidate>;

/**
 * Anything eligibility rules can judge: a person with, optionally, a seat, facts, flags and relatives. Other fields
 * (a roster row's `termStart`, a host's own keys) are kept and ignored, so a `RosterRow` or a `Candidate` fits.
 */
export const EvaluableCandidate = z
  .looseObject({
    ...PERSON_SHAPE,
    organization: z.optional(PLACEMENT_SHAPE.organization),
    post: z.optional(PLACEMENT_SHAPE.post),
    facts: z.optional(z.array(Fact)),
    flags: z.optional(z.array(z.string())),
    closeRelatives: z.optional(z.array(ResidentIdField)),
  })
  .check(personChecks);
