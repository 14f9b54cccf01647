/**
 * Candidates and the dated facts that eligibility rules judge (负面情形): sentences, sanctions, investigations,
 * detentions, 失信 listings, long absence, 不称职 ratings, vote-buying and the like.
 *
 * Every fact has a `date` (when it happened or began) and, for facts that last, an optional `until` (when the
 * period ends: a sentence served, a sanction's term, a listing removed), so that "within N years" and "whose period
 * covers the election date" can be judged. An unknown `kind` is an error, never dropped.
 */
import * as z from 'zod/mini';
import { IsoDateField } from '../dates/isoDateField.js';
import { ResidentIdField } from './fields.js';
import { PERSON_SHAPE, PLACEMENT_SHAPE, personChecks } from './person.js';
import { type FactKind, GOVERNMENT_SANCTIONS, PARTY_SANCTIONS } from './vocabulary.js';

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
    factSchema('heldOrArrested', {}),
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
