/**
 * The reserve talent pool (后备人才库): profiles of people being prepared for village posts — where they came from,
 * what they can do, trial posts (试岗), evaluations over time — and the counts the reports give.
 */
import * as z from 'zod/mini';
import { IsoDateField } from '../dates/isoDateField.js';
import { Fact } from '../schemas/candidate.js';
import { NameField } from '../schemas/fields.js';
import { PERSON_SHAPE, personChecks } from '../schemas/person.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';
import type { VocabularyPolicy } from '../schemas/vocabularies.js';
import { POSTS, RESERVE_CHANNELS } from '../schemas/vocabulary.js';
import { vocabularyWord } from '../schemas/vocabularyWord.js';
import { EVALUATION_RATINGS, PROFILE_PERIODS, PROFILE_SHAPE, ReserveEvaluation } from './profile.js';
import { RESERVE_SOURCES, type ReserveSource } from './sources.js';

export { RESERVE_SOURCES, type ReserveSource };

/** How soon a reserve can take a post. 成熟度。 */
export const READINESS_LEVELS = ['可立即使用', '一至两年', '需继续培养'] as const;
export type Readiness = (typeof READINESS_LEVELS)[number];

export { EVALUATION_RATINGS };

/** A reserve profile (人才画像). */
export const Reserve = z
  .strictObject({
    ...PERSON_SHAPE,
    source: vocabularyWord('reserveSources', RESERVE_SOURCES),
    /** How the person was found (发现渠道: 村民举荐, 个人自荐 …), a word of the policy's `reserveChannels`. */
    channel: z.optional(vocabularyWord('reserveChannels', RESERVE_CHANNELS)),
    readiness: z.enum(READINESS_LEVELS),
    /** Home village (name as in the roster), and its code when known. */
    village: z.optional(NameField),
    villageCode: z.optional(z.string()),
    /** What they can do, in the words the county uses (电商, 种养殖, 财会, 调解 …). 专长。 */
    skills: z._default(z.array(z.string().check(z.minLength(1))), () => []),
    /** Trial posts (试岗锻炼). */
    trialPosts: z._default(
      z.array(
        z.strictObject({
          village: NameField,
          post: z.enum(POSTS),
          from: IsoDateField,
          until: z.optional(IsoDateField),
        }),
      ),
      () => [],
    ),
    /** Evaluations over time (考察、评议、准岗考核). */
    evaluations: z._default(z.array(ReserveEvaluation), () => []),
    ...PROFILE_SHAPE,
    /** Dated facts, judged by the eligibility rules like any candidate's. */
    facts: z._default(z.array(Fact), () => []),
    flags: z.optional(z.array(z.string())),
    note: z.optional(z.string().check(z.maxLength(500))),
  })
  .check(
    personChecks,
    // A trial post, a mentoring or a training that ends before it starts was mistyped: say which.
    z.superRefine((r, ctx) => {
      for (const list of PROFILE_PERIODS) {
        r[list].forEach((p, i) => {
          if (p.until !== undefined && p.until < p.from) {
            ctx.addIssue({
              code: 'custom',
              path: [list, i, 'until'],
              params: { code: 'PERIOD_REVERSED', date: p.from },
              input: p.until,
            });
          }
        });
      }
    }),
  );
export type Reserve = z.infer<typeof Reserve>;

/**
 * The reserve schema under a policy's vocabularies: its source one of `reserveSources`, its channel one of
 * `reserveChannels` (default: the national lists, i.e. {@link Reserve}). 后备人才档案格式。
 *
 * @param policy - a policy, or nothing for the national lists
 * @example
 * ```ts
 * validate(reserveSchema(exampleCountyHardCriteria), { ...profile, source: '专业合作组织负责人' }).ok // true
 * ```
 */
export function reserveSchema(policy?: VocabularyPolicy): typeof Reserve {
  const v = policy?.vocabularies;
  if (!v?.reserveSources && !v?.reserveChannels) return Reserve;
  return z.safeExtend(Reserve, {
    source: vocabularyWord('reserveSources', v.reserveSources ?? RESERVE_SOURCES),
    channel: z.optional(vocabularyWord('reserveChannels', v.reserveChannels ?? RESERVE_CHANNELS)),
  });
}

/**
 * Validates reserve profiles under a policy's vocabularies; a source or channel the policy does not list is
 * `WORD_NOT_IN_VOCABULARY`, naming the profile and listing the accepted words. 读取后备人才档案。
 *
 * @param reserves - profiles as plain data
 * @param options - `policy` (default: the national lists)
 * @returns the profiles, read
 * @throws HuanjieError naming each profile's index and field
 * @example
 * ```ts
 * parseReserves([{ ...profile, source: '专业合作组织负责人', channel: '村民举荐' }], { policy: exampleCountyHardCriteria })
 * ```
 */
export function parseReserves(
  reserves: readonly unknown[],
  options: { readonly policy?: VocabularyPolicy } = {},
): Reserve[] {
  const schema = reserveSchema(options.policy);
  return reserves.map((r, i) => parseOrThrow(schema, r, [i]));
}

/** Counts of one township's reserves. */
export interface TownshipReserves {
  readonly total: number;
  readonly byReadiness: Readonly<Record<Readiness, number>>;
}

/** Counts of a reserve pool. 后备人才统计。 */
export interface ReserveSummary {
  readonly total: number;
  /** Per source: the national sources (zero when none), then any other the pool uses. */
  readonly bySource: Readonly<Record<string, number>>;
  /** Per channel, likewise; profiles that name none are not counted here. */
  readonly byChannel: Readonly<Record<string, number>>;
  readonly byReadiness: Readonly<Record<Readiness, number>>;
  /**
   * By township (乡镇), in the order of `options.villages`, when the villages are given; reserves whose village is
   * not among them are counted in `unplaced`.
   */
  readonly byTownship: Readonly<Record<string, TownshipReserves>>;
  readonly unplaced: number;
}

/** A village as `summarizeReserves` places a reserve: by code, or by name when the reserve has no code. */
export interface ReserveVillage {
  readonly code: string;
  readonly name: string;
  readonly township: string;
}

/**
 * Where reserves belong: a reserve's township from its village code, or from its village's name when no other
 * village has that name (a shared name places no one: it could be either). 后备人才所属乡镇。
 *
 * @param villages - the county's villages with their township
 * @returns a function giving a reserve's township, or `undefined` when it cannot be placed
 * @example
 * ```ts
 * reserveTownships(villages)({ village: '石桥村' }) // '东山镇'
 * ```
 */
export function reserveTownships(
  villages: readonly ReserveVillage[],
): (reserve: Pick<Reserve, 'village' | 'villageCode'>) => string | undefined {
  const byCode = new Map(villages.map((v) => [v.code, v.township]));
  const byName = new Map<string, string | undefined>();
  for (const v of villages) byName.set(v.name, byName.has(v.name) ? undefined : v.township);
  return (r) =>
    r.villageCode !== undefined
      ? byCode.get(r.villageCode)
      : r.village !== undefined
        ? byName.get(r.village)
        : undefined;
}

const zeroReadiness = () => Object.fromEntries(READINESS_LEVELS.map((r) => [r, 0])) as Record<Readiness, number>;

/**
 * Counts a reserve pool by source and readiness, as the reports give them, and by township when the villages are
 * given. 后备人才统计（按来源、成熟度、乡镇）。
 *
 * @param reserves - the pool
 * @param options - `villages`: the county's villages with their township, to count each township's reserves
 * @returns the counts; `byTownship` is empty without villages
 * @example
 * ```ts
 * summarizeReserves(pool).bySource.致富能人 // 287
 * summarizeReserves(pool, { villages }).byTownship['东山镇'].byReadiness.可立即使用 // 12
 * ```
 */
export function summarizeReserves(
  reserves: readonly (Pick<Reserve, 'source' | 'readiness' | 'village' | 'villageCode'> & {
    readonly channel?: string;
  })[],
  options: { readonly villages?: readonly ReserveVillage[] } = {},
): ReserveSummary {
  const bySource: Record<string, number> = Object.fromEntries(RESERVE_SOURCES.map((s) => [s, 0]));
  const byChannel: Record<string, number> = Object.fromEntries(RESERVE_CHANNELS.map((c) => [c, 0]));
  const byReadiness = zeroReadiness();
  const villages = options.villages ?? [];
  const townshipOf = reserveTownships(villages);
  const byTownship: Record<string, { total: number; byReadiness: Record<Readiness, number> }> = {};
  for (const v of villages) byTownship[v.township] ??= { total: 0, byReadiness: zeroReadiness() };
  let unplaced = 0;
  for (const r of reserves) {
    bySource[r.source] = (Object.hasOwn(bySource, r.source) ? bySource[r.source]! : 0) + 1;
    if (r.channel !== undefined)
      byChannel[r.channel] = (Object.hasOwn(byChannel, r.channel) ? byChannel[r.channel]! : 0) + 1;
    byReadiness[r.readiness]++;
    if (!villages.length) continue;
    const township = townshipOf(r);
    const t = township === undefined ? undefined : byTownship[township];
    if (!t) {
      unplaced++;
      continue;
    }
    t.total++;
    t.byReadiness[r.readiness]++;
  }
  return { total: reserves.length, bySource, byChannel, byReadiness, byTownship, unplaced };
}
