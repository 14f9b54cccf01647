/**
 * The vocabularies section of a policy (词表): the words a locality's records may use where the seeds' own words do
 * not fit a closed list — 台账 categories, where reserves come from and how they were found, post titles, and age
 * bands. The national baseline states the defaults; an overlay adds words (it never removes one: records written
 * under the wider list, a ledger or a journal, must still read under the local policy). Readers that validate these
 * fields take the lists from here and, given no policy, use the defaults, so callers that pass none keep working.
 */
import * as z from 'zod/mini';
import { Id } from '../parameters/ids.js';
import { ORGANIZATIONS, POSTS } from './vocabulary.js';

const Word = z.string().check(z.minLength(1), z.maxLength(30));
const WordList = z.array(Word);

/** A post title (职务名称) and the post it is counted as (see {@link PostTitleEntry}). */
export const PostTitle = z.strictObject({
  title: Word,
  post: z.enum(POSTS),
  organizations: z.array(z.enum(ORGANIZATIONS)).check(z.minLength(1)),
});

/** An age band in whole years, `min` ≤ age ≤ `max` (either may be open); bands may overlap ("30岁左右"). */
export const AgeBandSpec = z.strictObject({
  id: z.string().check(z.minLength(1)),
  label: z.strictObject({ zh: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }),
  min: z.optional(z.int().check(z.nonnegative(), z.maximum(150))),
  max: z.optional(z.int().check(z.nonnegative(), z.maximum(150))),
});

/** The vocabularies section (词表). Each list is optional: a list not given is the national default. */
export const VocabulariesSection = z.strictObject({
  /** Where the added words come from (a reference of the policy). */
  reference: z.optional(Id),
  /** 台账问题类别. */
  ledgerCategories: z.optional(WordList),
  /** 后备人才来源 (致富能人, 返乡人员 …). */
  reserveSources: z.optional(WordList),
  /** 发现渠道: how a reserve was found (村民举荐, 个人自荐 …). */
  reserveChannels: z.optional(WordList),
  /** 职务名称 and the post each counts as. */
  posts: z.optional(z.array(PostTitle)),
  /** 年龄段 of composition reports. */
  ageBands: z.optional(z.array(AgeBandSpec)),
});
export type VocabulariesSection = z.infer<typeof VocabulariesSection>;

/** What a reader of these words asks of a policy: its vocabularies, when it has them. */
export interface VocabularyPolicy {
  readonly vocabularies?: VocabulariesSection;
}
