/**
 * Person, Village, Member and the roster row: the records that every capability reads.
 */
import * as z from 'zod/mini';
import { IsoDateField } from '../dates/isoDateField.js';
import { parseResidentId } from '../id/residentId.js';
import { DivisionCodeField, NameField, ResidentIdField } from './fields.js';
import {
  EDUCATION_LEVELS,
  ETHNICITIES,
  ORGANIZATIONS,
  POLITICAL_STATUSES,
  POST_ORGANIZATIONS,
  POSTS,
  SEXES,
  VILLAGE_KINDS,
} from './vocabulary.js';

/** The fields of a person, shared by every record about one. */
export const PERSON_SHAPE = {
  name: NameField,
  residentId: z.optional(ResidentIdField),
  sex: z.enum(SEXES),
  birthDate: IsoDateField,
  ethnicity: z.enum(ETHNICITIES),
  education: z.enum(EDUCATION_LEVELS),
  politicalStatus: z.enum(POLITICAL_STATUSES),
  partyJoinDate: z.optional(IsoDateField),
  partyFullDate: z.optional(IsoDateField),
};

type PersonFields = z.infer<z.ZodMiniObject<typeof PERSON_SHAPE>>;

/** Cross-field checks for a person: the ID agrees with birth date and sex; party dates are in order. */
export const personChecks = z.superRefine<PersonFields>((p, ctx) => {
  if (p.residentId) {
    const id = parseResidentId(p.residentId);
    if (id.ok && id.value.birthDate !== p.birthDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['birthDate'],
        params: { code: 'ID_BIRTH_DATE_MISMATCH', fromId: id.value.birthDate },
        input: p.birthDate,
      });
    }
    if (id.ok && id.value.sex !== p.sex) {
      ctx.addIssue({
        code: 'custom',
        path: ['sex'],
        params: { code: 'ID_SEX_MISMATCH', fromId: id.value.sex },
        input: p.sex,
      });
    }
  }
  if (p.partyJoinDate && p.partyJoinDate < p.birthDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['partyJoinDate'],
      params: { code: 'DATE_BEFORE_BIRTH' },
      input: p.partyJoinDate,
    });
  }
  if (p.partyJoinDate && p.partyFullDate && p.partyFullDate < p.partyJoinDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['partyFullDate'],
      params: { code: 'PARTY_FULL_BEFORE_JOIN' },
      input: p.partyFullDate,
    });
  }
  if (p.politicalStatus === '中共预备党员' && p.partyFullDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['partyFullDate'],
      params: { code: 'PROBATIONARY_WITH_FULL_DATE' },
      input: p.partyFullDate,
    });
  }
});

/**
 * A person (人员): name, resident ID (optional, validated and cross-checked when present), sex, birth date,
 * ethnicity, education, political status and party dates.
 *
 * @example
 * ```ts
 * Person.parse({ name: '张某甲', sex: 'male', birthDate: '1980-01-02', ethnicity: '汉族', education: '大专', politicalStatus: '群众' })
 * ```
 */
export const Person = z.strictObject(PERSON_SHAPE).check(personChecks);
export type Person = z.infer<typeof Person>;

/** A village (村) or community (社区) with its 12-digit statistical division code. 村(社区)。 */
export const Village = z.strictObject({
  code: DivisionCodeField,
  name: NameField,
  kind: z.enum(VILLAGE_KINDS),
  township: NameField,
  county: NameField,
  population: z.optional(z.int().check(z.nonnegative())),
  households: z.optional(z.int().check(z.nonnegative())),
});
export type Village = z.infer<typeof Village>;

/** Where a person sits on the two committees. */
export const PLACEMENT_SHAPE = {
  organization: z.enum(ORGANIZATIONS),
  post: z.enum(POSTS),
  /**
   * The post's title when the policy's words name it more narrowly than the post (纪检委员 for a 委员, 专职副书记 for
   * a 副书记; see `vocabularies.posts`). 职务名称。
   */
  postTitle: z.optional(z.string().check(z.minLength(1), z.maxLength(30))),
  /** 一肩挑: the party secretary is also the committee director. */
  concurrent: z.boolean(),
  /** The village's name as written in the roster. */
  village: NameField,
  villageCode: z.optional(DivisionCodeField),
  township: z.optional(NameField),
  termStart: IsoDateField,
};

interface PlacementFields {
  readonly organization?: string;
  readonly post?: (typeof POSTS)[number];
  readonly concurrent?: boolean;
}

/** A post must belong to its organization, and only a secretary or a director can hold both posts (一肩挑). */
export const placementChecks = z.superRefine<PlacementFields>((m, ctx) => {
  if (m.post && m.organization && !(POST_ORGANIZATIONS[m.post] as readonly string[]).includes(m.organization)) {
    ctx.addIssue({
      code: 'custom',
      path: ['post'],
      params: { code: 'POST_ORGANIZATION', organization: m.organization },
      input: m.post,
    });
  }
  if (m.concurrent && m.post !== '书记' && m.post !== '主任') {
    ctx.addIssue({
      code: 'custom',
      path: ['concurrent'],
      params: { code: 'CONCURRENT_POST', post: m.post ?? '' },
      input: m.concurrent,
    });
  }
});

/**
 * A member of one of the two committees (两委成员): a person with an organization, a post, the 一肩挑 flag, the
 * village and the start of the term. Someone on both committees appears once per organization.
 */
export const Member = z.strictObject({ ...PERSON_SHAPE, ...PLACEMENT_SHAPE }).check(personChecks, placementChecks);
export type Member = z.infer<typeof Member>;
