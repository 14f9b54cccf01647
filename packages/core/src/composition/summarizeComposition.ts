/**
 * Team composition (班子结构): age and education structure, women, minorities, party members and 一肩挑, as exact
 * counts and sums that merge. A summary holds no personal data, so a township hands its summary to the county and
 * the county to the city; any engine that can add (SQL `SUM`, a spreadsheet) can roll them up too.
 */
import type { IsoDate } from '../dates/calendar.js';
import { isIsoDate } from '../dates/calendar.js';
import * as P from '../problems/codes.js';
import { HuanjieError, type Problem, problem } from '../problems/problem.js';
import { EDUCATION_RANKS } from '../schemas/vocabulary.js';
import { type AgeBand, bandTable, DEFAULT_AGE_BANDS } from './ageBands.js';

/**
 * What a summary reads from each member. Fields are loose on purpose: a missing or impossible birth date, or an
 * unknown education level, is counted under `unknown`, never dropped and never a NaN.
 */
export interface CompositionMember {
  readonly birthDate?: unknown;
  readonly education?: unknown;
  readonly sex?: unknown;
  readonly ethnicity?: unknown;
  readonly politicalStatus?: unknown;
  readonly organization?: unknown;
  readonly post?: unknown;
  readonly concurrent?: unknown;
  readonly residentId?: unknown;
  readonly name?: unknown;
  /** A narrower title of the post (纪检委员, 专职副书记; see `vocabularies.posts`), counted per village in `titled`. */
  readonly postTitle?: unknown;
  /** The member's village (by division code when there is one): what `teams` and `titled` count. */
  readonly villageCode?: unknown;
  readonly village?: unknown;
}

/**
 * A composition summary (班子结构统计): counts and sums only — mergeable, free of personal data, plain JSON.
 * Shares are `count / total` of the matching denominator: ages over `ageKnown`, education over `educationKnown`,
 * the others over `count`.
 */
export interface CompositionSummary {
  /** The date ages are judged on. */
  readonly asOf: IsoDate;
  readonly bands: readonly AgeBand[];
  /** Members counted. 人数。 */
  readonly count: number;
  /** Members whose age is known, and the sum of their ages in whole years. */
  readonly ageKnown: number;
  readonly ageSum: number;
  /** `ageSum / ageKnown`, or `null` when no age is known (never 0, never NaN). 平均年龄。 */
  readonly averageAge: number | null;
  /** Members per age band, in the order of `bands`. 年龄段。 */
  readonly ageBands: readonly number[];
  /** Younger than 35. 35岁以下。 */
  readonly under35: number;
  /** Members whose education level is known. */
  readonly educationKnown: number;
  /** 高中及以上 (中专、职高、技校 count as 高中). */
  readonly highSchoolOrAbove: number;
  /** 大专及以上. */
  readonly collegeOrAbove: number;
  /** 本科及以上. */
  readonly bachelorOrAbove: number;
  /** 女性. */
  readonly women: number;
  /** 少数民族 (any ethnicity other than 汉族, 其他 included). */
  readonly minorities: number;
  /** 中共党员 and 中共预备党员. */
  readonly partyMembers: number;
  /** Secretaries who also direct the committee (一肩挑), counted on the secretary's row. */
  readonly concurrent: number;
  /** Villages (teams) the members belong to, by division code or name; members with neither count as one. 村数。 */
  readonly teams: number;
  /**
   * Per post title (专职副书记, 纪检委员 …): the villages with at least one member of that title. Over `teams` it is the
   * 配备率 (seed 002: "每个村和社区100%配备专职副书记和纪检委员").
   */
  readonly titled: Readonly<Record<string, number>>;
  /** Members with a missing or impossible value, by field: counted, not dropped. */
  readonly unknown: {
    readonly age: number;
    readonly education: number;
    readonly sex: number;
    readonly ethnicity: number;
  };
}

export interface SummarizeCompositionOptions {
  /** The date ages are judged on (core never reads the clock). */
  readonly asOf: IsoDate;
  /** Age bands (default {@link DEFAULT_AGE_BANDS}). */
  readonly bands?: readonly AgeBand[];
  /** Only these members (e.g. secretaries: `(m) => m.post === '书记'`). */
  readonly filter?: (member: CompositionMember) => boolean;
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Age in whole years on a date given as year and MMDD, read from the text of a birth date by integer arithmetic
 * (no date library per member); -1 when the text is not an existing date `YYYY-MM-DD` or the age is below 0 or above
 * 150.
 */
export function ageFromText(birth: unknown, asOfYear: number, asOfMonthDay: number): number {
  if (typeof birth !== 'string' || birth.length !== 10 || birth.charCodeAt(4) !== 45 || birth.charCodeAt(7) !== 45)
    return -1;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = birth.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    year = year * 10 + d;
  }
  const m1 = birth.charCodeAt(5) - 48;
  const m2 = birth.charCodeAt(6) - 48;
  const d1 = birth.charCodeAt(8) - 48;
  const d2 = birth.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month]!) return -1;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return -1;
  const age = asOfYear - year - (asOfMonthDay < month * 100 + day ? 1 : 0);
  return age < 0 || age > 150 ? -1 : age;
}

const HIGH_SCHOOL = EDUCATION_RANKS.高中;
const COLLEGE = EDUCATION_RANKS.大专;
const BACHELOR = EDUCATION_RANKS.本科;
const RANKS = EDUCATION_RANKS as Readonly<Record<string, number | undefined>>;

/** What the accumulators of one summary run share. */
export interface AccumulatorContext {
  readonly asOf: IsoDate;
  readonly bands: readonly AgeBand[];
  readonly table: readonly (readonly number[])[];
  readonly year: number;
  readonly monthDay: number;
}

/** The shared context for a date and bands (the date must be a valid ISO date). */
export function accumulatorContext(asOf: IsoDate, bands: readonly AgeBand[]): AccumulatorContext {
  return {
    asOf,
    bands,
    table: bandTable(bands),
    year: Number(asOf.slice(0, 4)),
    monthDay: Number(asOf.slice(5, 7)) * 100 + Number(asOf.slice(8, 10)),
  };
}

/** A mutable summary being filled: the one accumulator that every entry point (and the roll-up) uses. */
export class CompositionAccumulator {
  count = 0;
  ageKnown = 0;
  ageSum = 0;
  under35 = 0;
  educationKnown = 0;
  highSchoolOrAbove = 0;
  collegeOrAbove = 0;
  bachelorOrAbove = 0;
  women = 0;
  minorities = 0;
  partyMembers = 0;
  concurrent = 0;
  unknownAge = 0;
  unknownEducation = 0;
  unknownSex = 0;
  unknownEthnicity = 0;
  readonly ageBands: number[];
  private readonly teamKeys = new Set<unknown>();
  private readonly titledTeams = new Map<string, Set<unknown>>();
  readonly asOf: IsoDate;
  readonly bands: readonly AgeBand[];
  private readonly context: AccumulatorContext;

  /** Many accumulators (one per village) share one context: the date and band table are worked out once. */
  constructor(context: AccumulatorContext) {
    this.context = context;
    this.asOf = context.asOf;
    this.bands = context.bands;
    this.ageBands = new Array(context.bands.length).fill(0);
  }

  add(m: CompositionMember): void {
    this.count++;
    const context = this.context;
    const age = ageFromText(m.birthDate, context.year, context.monthDay);
    if (age < 0) this.unknownAge++;
    else {
      this.ageKnown++;
      this.ageSum += age;
      if (age < 35) this.under35++;
      // Bands may overlap (30岁左右 inside 35岁以下): each band an age falls in counts it.
      for (const band of context.table[age] ?? []) this.ageBands[band]!++;
    }
    const team = m.villageCode ?? m.village ?? '';
    this.teamKeys.add(team);
    if (typeof m.postTitle === 'string') {
      const teams = this.titledTeams.get(m.postTitle) ?? new Set();
      this.titledTeams.set(m.postTitle, teams.add(team));
    }
    const rank = typeof m.education === 'string' && Object.hasOwn(RANKS, m.education) ? RANKS[m.education] : undefined;
    if (rank === undefined) this.unknownEducation++;
    else {
      this.educationKnown++;
      if (rank >= HIGH_SCHOOL) this.highSchoolOrAbove++;
      if (rank >= COLLEGE) this.collegeOrAbove++;
      if (rank >= BACHELOR) this.bachelorOrAbove++;
    }
    if (m.sex === 'female') this.women++;
    else if (m.sex !== 'male') this.unknownSex++;
    if (typeof m.ethnicity !== 'string' || m.ethnicity === '') this.unknownEthnicity++;
    else if (m.ethnicity !== '汉族') this.minorities++;
    if (m.politicalStatus === '中共党员' || m.politicalStatus === '中共预备党员') this.partyMembers++;
    if (m.concurrent === true && m.post === '书记') this.concurrent++;
  }

  toSummary(): CompositionSummary {
    return {
      asOf: this.asOf,
      bands: this.bands,
      count: this.count,
      ageKnown: this.ageKnown,
      ageSum: this.ageSum,
      averageAge: this.ageKnown > 0 ? this.ageSum / this.ageKnown : null,
      // The accumulator is done with once summarized, so its band counts are handed over, not copied.
      ageBands: this.ageBands,
      under35: this.under35,
      educationKnown: this.educationKnown,
      highSchoolOrAbove: this.highSchoolOrAbove,
      collegeOrAbove: this.collegeOrAbove,
      bachelorOrAbove: this.bachelorOrAbove,
      women: this.women,
      minorities: this.minorities,
      partyMembers: this.partyMembers,
      concurrent: this.concurrent,
      teams: this.teamKeys.size,
      titled: Object.fromEntries([...this.titledTeams].map(([title, teams]) => [title, teams.size])),
      unknown: {
        age: this.unknownAge,
        education: this.unknownEducation,
        sex: this.unknownSex,
        ethnicity: this.unknownEthnicity,
      },
    };
  }
}

export function checkAsOf(asOf: unknown): asserts asOf is IsoDate {
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) {
    throw new HuanjieError([problem(P.COMPOSITION_AS_OF, { value: String(asOf) }, { path: ['asOf'] })]);
  }
}

/**
 * Summarizes the composition of a team or a region (班子结构统计): average age in whole years at `asOf`, age bands,
 * education (高中/大专/本科及以上), women, minorities, party members, 一肩挑 — exact counts that merge.
 *
 * @param members - committee members (any objects with the fields of {@link CompositionMember})
 * @param options - `asOf`, optional `bands` and `filter`; with `by`, one summary per group (see `summarizeCompositionBy`)
 * @returns the summary (or summaries by group); an empty input gives zero counts and `averageAge: null`
 * @throws HuanjieError `COMPOSITION_AS_OF` when `asOf` is not a date
 * @example
 * ```ts
 * const s = summarizeComposition(members, { asOf: '2021-10-28', filter: (m) => m.organization === '党组织' })
 * formatAverage(s.ageSum, s.ageKnown)               // '39.35'
 * formatPercent(s.highSchoolOrAbove, s.educationKnown) // '92.62%'
 * ```
 */
export function summarizeComposition(
  members: readonly CompositionMember[],
  options: SummarizeCompositionOptions & { readonly by: (member: CompositionMember) => string },
): Record<string, CompositionSummary>;
export function summarizeComposition(
  members: readonly CompositionMember[],
  options: SummarizeCompositionOptions,
): CompositionSummary;
export function summarizeComposition(
  members: readonly CompositionMember[],
  options: SummarizeCompositionOptions & { readonly by?: (member: CompositionMember) => string },
): CompositionSummary | Record<string, CompositionSummary> {
  if (options.by) return summarizeCompositionBy(members, options.by, options);
  checkAsOf(options.asOf);
  const acc = new CompositionAccumulator(accumulatorContext(options.asOf, options.bands ?? DEFAULT_AGE_BANDS));
  const { filter } = options;
  for (const m of members) if (!filter || filter(m)) acc.add(m);
  return acc.toSummary();
}

/**
 * Summaries per group, e.g. per organization or per village: `by` names each member's group.
 *
 * @example
 * ```ts
 * summarizeCompositionBy(members, (m) => String(m.organization), { asOf: '2021-10-28' })['党组织'].count
 * ```
 */
export function summarizeCompositionBy(
  members: readonly CompositionMember[],
  by: (member: CompositionMember) => string,
  options: SummarizeCompositionOptions,
): Record<string, CompositionSummary> {
  checkAsOf(options.asOf);
  const context = accumulatorContext(options.asOf, options.bands ?? DEFAULT_AGE_BANDS);
  const groups = new Map<string, CompositionAccumulator>();
  for (const m of members) {
    if (options.filter && !options.filter(m)) continue;
    const key = by(m);
    let acc = groups.get(key);
    if (!acc) {
      acc = new CompositionAccumulator(context);
      groups.set(key, acc);
    }
    acc.add(m);
  }
  return Object.fromEntries([...groups].map(([key, acc]) => [key, acc.toSummary()]));
}

/**
 * Lists the members a summary counted under `unknown`, by index and field, with the value (ID numbers never
 * appear: only the fields read for the summary are reported).
 *
 * @example
 * ```ts
 * compositionProblems([{ birthDate: '1980-02-30', education: '大学生' }], { asOf: '2021-10-28' }).map((p) => p.path)
 * // [[0, 'birthDate'], [0, 'education']]
 * ```
 */
export function compositionProblems(
  members: readonly CompositionMember[],
  options: { readonly asOf: IsoDate },
): Problem[] {
  checkAsOf(options.asOf);
  const year = Number(options.asOf.slice(0, 4));
  const monthDay = Number(options.asOf.slice(5, 7)) * 100 + Number(options.asOf.slice(8, 10));
  const problems: Problem[] = [];
  const show = (v: unknown) => (v === undefined ? undefined : String(v).slice(0, 40));
  members.forEach((m, i) => {
    if (ageFromText(m.birthDate, year, monthDay) < 0) {
      problems.push(
        problem(P.COMPOSITION_AGE_UNKNOWN, { n: i + 1 }, { path: [i, 'birthDate'], value: show(m.birthDate) }),
      );
    }
    if (typeof m.education !== 'string' || !Object.hasOwn(RANKS, m.education)) {
      const place = { path: [i, 'education'], value: show(m.education) };
      problems.push(problem(P.COMPOSITION_EDUCATION_UNKNOWN, { n: i + 1 }, place));
    }
  });
  return problems;
}
