/**
 * Where the new committees came from (人选来源与转化), read from the `nomination` events of a journal: how many
 * reserves became committee members, how many returnees were considered and elected, how many secretaries — the
 * figures seed 000 reports ("从78名后备干部中成功推荐出42名党组织委员"; "124名…纳入考察对象…成功回引34名返乡人才进入
 * '两委'班子，其中书记8名").
 */
import * as P from '../problems/codes.js';
import { type Problem, problem } from '../problems/problem.js';
import { ORGANIZATIONS, type Organization } from '../schemas/vocabulary.js';
import { RESERVE_SOURCES, type ReserveSource } from '../talent/sources.js';
import { asOfInstant, orderedEvents } from './campaignStatus.js';
import type { CampaignEvent, EventOf } from './event.js';
import type { NominationStep } from './vocabulary.js';

/** How far along the path a step is: a person who reached a later step passed the earlier ones. */
const RANK: Readonly<Record<NominationStep, number>> = {
  纳入后备: 0,
  推荐: 1,
  考察: 2,
  资格联审: 3,
  当选: 4,
  未当选: 4,
  退出: -1,
};

/** The step a person not elected got furthest to, by rank. */
const FURTHEST: readonly NominationStep[] = ['纳入后备', '推荐', '考察', '资格联审', '未当选'];

/** A person's path as the journal has it. 个人人选产生路径。 */
export interface PersonPath {
  /** The county's reference for the person (`person.key` of the events). */
  readonly key: string;
  readonly name: string;
  /** The unit of the person's last step. */
  readonly unit: string;
  /** The source given on the first step that gives one, or `未注明`. */
  readonly source: ReserveSource | '未注明';
  /** The furthest step reached (退出 only when the person left before any other). */
  readonly furthest: NominationStep;
  /** Passed the joint qualification review (a candidate). */
  readonly candidate: boolean;
  /** The committees and posts the person was elected to. */
  readonly elected: readonly { readonly body: Organization; readonly post?: string }[];
  /** Left the path (退出) without being elected. */
  readonly withdrawn: boolean;
  /** The events of the path that count, in journal order. */
  readonly steps: readonly { readonly id: string; readonly at: string; readonly step: NominationStep }[];
}

/** The figures of one source (or all): a funnel, each count the people who reached that step or a later one. */
export interface ConversionFigures {
  /** On the path at all (the seed's "78名后备干部", "124名…考察对象"). */
  readonly entered: number;
  readonly recommended: number;
  readonly inspected: number;
  /** Passed the joint qualification review. */
  readonly candidates: number;
  /** Elected to either committee, each person once ("进入'两委'班子"). */
  readonly elected: number;
  /** Elected, by committee (a person elected to both counts in both: 一肩挑, 交叉任职). */
  readonly electedTo: Readonly<Record<Organization, number>>;
  /** Elected party secretary (书记). */
  readonly secretaries: number;
  readonly withdrawn: number;
}

/** What {@link reserveConversion} found. 人选来源转化情况。 */
export interface ReserveConversion {
  readonly asOf: { readonly ms: number; readonly date: string } | null;
  readonly total: ConversionFigures;
  /** By source, every source listed (zeros included), and `未注明` for paths that give none. */
  readonly bySource: Readonly<Record<ReserveSource | '未注明', ConversionFigures>>;
  /** Every person, by key. */
  readonly people: readonly PersonPath[];
  /** Warnings: someone elected without a joint qualification review passed on record (`NOMINATION_NOT_REVIEWED`). */
  readonly problems: readonly Problem[];
}

export interface ReserveConversionOptions {
  /** An instant or a date (its end, China Standard Time): later events do not count. Default: every event. */
  readonly asOf?: string;
  /** A division code prefix: only steps in that county (6 digits), township (9) or village (12). */
  readonly within?: string;
}

interface Track {
  key: string;
  name: string;
  unit: string;
  source: ReserveSource | null;
  rank: number;
  reviewed: boolean;
  elected: { body: Organization; post?: string }[];
  left: boolean;
  steps: { id: string; at: string; step: NominationStep }[];
}

/**
 * The conversion figures of a journal's nominations: for every source of people (后备干部, 返乡人员, 乡贤 …) how many
 * were on the path, recommended, inspected, passed the joint review, elected (to which committee), elected secretary.
 * A correction (`corrects`) or retraction recorded by `asOf` withdraws the event it names. 人选来源转化统计。
 *
 * @param events - verified events (`verifyJournal(...).events`)
 * @param options - `asOf`, and `within` a county, township or village
 * @returns the totals, the figures by source, each person's path, and warnings
 * @throws HuanjieError `INSTANT` for an `asOf` that is neither a date nor an instant
 * @example
 * ```ts
 * const c = reserveConversion(journal, { within: '511699' })
 * c.bySource.后备干部.entered          // 78
 * c.bySource.后备干部.electedTo.党组织 // 42
 * c.bySource.返乡人员.secretaries      // 8
 * ```
 */
export function reserveConversion(
  events: readonly CampaignEvent[],
  options: ReserveConversionOptions = {},
): ReserveConversion {
  const asOf = options.asOf === undefined ? null : asOfInstant(options.asOf);
  const within = options.within ?? '';
  const ordered = orderedEvents(events).filter(
    ({ ms, event }) => (asOf === null || ms <= asOf.ms) && event.unit.startsWith(within),
  );
  const corrected = new Set<string>();
  for (const { event } of ordered) if (event.corrects) corrected.add(event.corrects);

  const tracks = new Map<string, Track>();
  for (const { event } of ordered) {
    if (event.kind !== 'nomination' || corrected.has(event.id)) continue;
    const { data } = event as EventOf<'nomination'>;
    let t = tracks.get(data.person.key);
    if (!t) {
      t = {
        key: data.person.key,
        name: data.person.name,
        unit: event.unit,
        source: null,
        rank: -1,
        reviewed: false,
        elected: [],
        left: false,
        steps: [],
      };
      tracks.set(data.person.key, t);
    }
    t.name = data.person.name;
    t.unit = event.unit;
    t.source ??= data.source ?? null;
    t.steps.push({ id: event.id, at: event.at, step: data.step });
    if (data.step === '退出') t.left = true;
    // A failed review does not make a candidate: the person stays at the step before it.
    const rank = data.step === '资格联审' && data.outcome !== '通过' ? RANK.考察 : RANK[data.step];
    if (rank > t.rank) t.rank = rank;
    if (data.step === '资格联审' && data.outcome === '通过') t.reviewed = true;
    if (data.step === '当选' && data.body && !t.elected.some((x) => x.body === data.body && x.post === data.post)) {
      t.elected.push({ body: data.body, ...(data.post ? { post: data.post } : {}) });
    }
  }

  const blank = (): Figures => ({
    entered: 0,
    recommended: 0,
    inspected: 0,
    candidates: 0,
    elected: 0,
    electedTo: Object.fromEntries(ORGANIZATIONS.map((o) => [o, 0])) as Record<Organization, number>,
    secretaries: 0,
    withdrawn: 0,
  });
  const total = blank();
  const bySource = Object.fromEntries([...RESERVE_SOURCES, '未注明'].map((s) => [s, blank()])) as Record<
    ReserveSource | '未注明',
    Figures
  >;
  const people: PersonPath[] = [];
  const problems: Problem[] = [];
  for (const t of [...tracks.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const source = t.source ?? '未注明';
    const elected = t.elected.length > 0;
    const rank = elected ? RANK.当选 : t.rank;
    for (const f of [total, bySource[source]]) {
      f.entered++;
      if (rank >= RANK.推荐) f.recommended++;
      if (rank >= RANK.考察) f.inspected++;
      if (rank >= RANK.资格联审) f.candidates++;
      if (elected) f.elected++;
      for (const body of new Set(t.elected.map((x) => x.body))) f.electedTo[body]++;
      if (t.elected.some((x) => x.post === '书记')) f.secretaries++;
      if (t.left && !elected) f.withdrawn++;
    }
    if (elected && !t.reviewed) {
      const last = t.steps.findLast((s) => s.step === '当选') as { id: string };
      const body = t.elected.map((x) => x.body).join('、');
      problems.push(
        problem(P.NOMINATION_NOT_REVIEWED, { person: t.name, unit: t.unit, body }, { value: last.id, path: [t.key] }),
      );
    }
    people.push({
      key: t.key,
      name: t.name,
      unit: t.unit,
      source,
      furthest: elected ? '当选' : (FURTHEST[rank] ?? '退出'),
      candidate: rank >= RANK.资格联审,
      elected: t.elected,
      withdrawn: t.left && !elected,
      steps: t.steps,
    });
  }
  return { asOf, total, bySource, people, problems };
}

type Figures = {
  -readonly [K in keyof ConversionFigures]: K extends 'electedTo' ? Record<Organization, number> : number;
};
