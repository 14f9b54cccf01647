/**
 * Roster rows (花名册): what an imported spreadsheet holds — a person, their placement when the roster lists
 * committee members, and the dated facts when it lists candidates for screening.
 */
import * as z from 'zod/mini';
import { Fact } from './candidate.js';
import { PERSON_SHAPE, PLACEMENT_SHAPE, personChecks, placementChecks } from './person.js';

/**
 * One row of a roster (花名册): a person, and optionally their placement and negative facts. Placement fields are
 * optional so that lists of candidates or reserve cadres import too.
 */
export const RosterRow = z
  .strictObject({
    ...PERSON_SHAPE,
    organization: z.optional(PLACEMENT_SHAPE.organization),
    post: z.optional(PLACEMENT_SHAPE.post),
    postTitle: PLACEMENT_SHAPE.postTitle,
    concurrent: z.optional(PLACEMENT_SHAPE.concurrent),
    village: z.optional(PLACEMENT_SHAPE.village),
    villageCode: z.optional(PLACEMENT_SHAPE.villageCode),
    township: z.optional(PLACEMENT_SHAPE.township),
    termStart: z.optional(PLACEMENT_SHAPE.termStart),
    facts: z.optional(z.array(Fact)),
  })
  .check(personChecks, placementChecks);
export type RosterRow = z.infer<typeof RosterRow>;

/** A roster: the rows of one file or one register. */
export const Roster = z.array(RosterRow);
export type Roster = z.infer<typeof Roster>;
