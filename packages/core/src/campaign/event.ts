/**
 * The events of a campaign journal (换届纪实): what happened, in which village (or township, or county), when, and
 * who recorded it. Each kind's data is a schema here; nothing in an event is derived, so that every figure the
 * journal feeds (stages, first-vote success, late villages) can be recomputed from the events alone.
 */
import * as z from 'zod/mini';
import { parseInstant } from '../dates/instants.js';
import { IsoDateField } from '../dates/isoDateField.js';
import { AUDIT_FINDING_SEVERITIES, AUDIT_RESPONSIBILITIES, AUDIT_SCOPES } from '../election/auditVocabulary.js';
import { Id } from '../parameters/ids.js';
import { LEDGER_CATEGORIES } from '../risk/ledger.js';
import { ORGANIZATIONS, POSTS } from '../schemas/vocabulary.js';
import { RESERVE_SOURCES } from '../talent/sources.js';
import {
  ACTOR_LEVELS,
  type EventKind,
  INCIDENT_SEVERITIES,
  NOMINATION_STEPS,
  REVIEW_OUTCOMES,
  SIGNOFF_DECISIONS,
  SIGNOFF_MATTERS,
  VOTER_OBJECTION_DECISIONS,
} from './vocabulary.js';

const Text = z.string().check(z.minLength(1), z.maxLength(2000));
const ShortText = z.string().check(z.minLength(1), z.maxLength(100));
/** A period of whole days, first and last included. */
const DatePeriod = z.strictObject({ from: IsoDateField, to: IsoDateField });

/** An event id: 32 lower-case hex digits, the start of the SHA-256 of the event's canonical JSON (see `eventId`). */
export const EventIdField = z
  .string()
  .check(z.refine((s) => /^[0-9a-f]{32}$/.test(s), { params: { code: 'EVENT_ID' } }));

/** An instant with its offset, `2021-10-20T09:30:00+08:00`. */
export const InstantField = z
  .string()
  .check(z.refine((s) => parseInstant(s) !== undefined, { params: { code: 'INSTANT' } }));

/**
 * The unit an event concerns, by statistical division code (统计用区划代码): 12 digits for a village or community,
 * 9 for a township (its village codes start with them), 6 for a county.
 */
export const UnitCodeField = z
  .string()
  .check(z.refine((s) => /^(\d{6}|\d{9}|\d{12})$/.test(s), { params: { code: 'UNIT_CODE' } }));

/** Who recorded an event. 记录人。 */
export const Actor = z.strictObject({ name: ShortText, role: ShortText, level: z.enum(ACTOR_LEVELS) });
export type Actor = z.infer<typeof Actor>;

const Count = z.int().check(z.nonnegative());

/** The SHA-256 of a file, 64 lower-case hex digits: which file a record is about. */
const Sha256Field = z.string().check(z.refine((s) => /^[0-9a-f]{64}$/.test(s)));

/** The body a tally elected. */
const ElectedBody = z.enum(ORGANIZATIONS);

/**
 * What a tally decided, as `tallyPartyElection` / `tallyVillagersCommitteeElection` returned it: recorded with the
 * inputs so that the journal can be read without re-running the tally (and checked against it).
 */
export const TallyOutcome = z.strictObject({
  valid: z.boolean(),
  succeededAtFirstVote: z.boolean(),
  seatsOpen: z.int().check(z.nonnegative()),
  elected: z.array(ShortText),
});

const DATA = {
  /** The village reached a stage of the campaign (the stage ids are the policy's). */
  stage: z.strictObject({ stage: Id }),
  /** The election day was set (or moved). 确定选举日。 */
  schedule: z.strictObject({ body: ElectedBody, electionDate: IsoDateField }),
  /** A tally: its inputs as given to the tally function, and what it decided. 计票结果。 */
  tally: z.strictObject({
    body: ElectedBody,
    round: z.enum(['first', 'additional', 'repeat']),
    input: z.record(z.string(), z.unknown()),
    outcome: TallyOutcome,
  }),
  /**
   * The voter list posted (公布选民名单, 村民委员会组织法 Art. 13–15), as `voterListRecord` makes it from a checked list:
   * the day posted, the election day, the voters by category of Art. 13, the people left out, the proxies that hold,
   * and the SHA-256 of the file posted.
   */
  voterList: z.strictObject({
    publishedOn: IsoDateField,
    electionDate: IsoDateField,
    registered: Count,
    byCategory: z.strictObject({ resident: Count, away: Count, newcomer: Count }),
    excluded: Count,
    proxies: Count,
    fileSha256: Sha256Field,
  }),
  /** An objection to the voter list decided (申诉处理, Art. 14): when made, when decided, how. */
  voterObjection: z.strictObject({
    filedOn: IsoDateField,
    decidedOn: IsoDateField,
    decision: z.enum(VOTER_OBJECTION_DECISIONS),
    summary: Text,
  }),
  /** An incident or major problem (突发事件、重大问题). */
  incident: z.strictObject({
    category: z.enum(LEDGER_CATEGORIES),
    severity: z.enum(INCIDENT_SEVERITIES),
    summary: Text,
  }),
  /** An incident dealt with: names the incident event. 处置完毕。 */
  incidentClosed: z.strictObject({ incident: EventIdField, outcome: Text }),
  /**
   * A departure audit's report (离任经济责任审计, 村民委员会组织法 Art. 35), recorded for the village (or community)
   * audited when the report is issued: the term and the members audited, the audit group, the matters covered, the
   * fieldwork and the report's date.
   *
   * An audit is four kinds of event, not one, because its parts happen on different days and have lives of their
   * own: findings are found, given deadlines and put right one by one (`auditFinding`, then `auditFindingClosed`,
   * each naming the event before it, so that a finding's id — a hash of its content — is the one stable name its
   * 台账 item carries), and the report is posted several times, each posting checked against the rule
   * (`auditPosted`). A correction of any of them is an event that `corrects` it, as for every kind.
   */
  audit: z.strictObject({
    /** The term audited (任期). */
    term: DatePeriod,
    /** The members audited and their posts (审计对象). */
    audited: z.array(z.strictObject({ name: ShortText, post: ShortText })).check(z.minLength(1)),
    /** The audit group (审计小组): departments such as 纪委、财政、农经, and the 村务监督委员会. */
    group: z.array(z.strictObject({ department: ShortText, person: z.optional(ShortText) })).check(z.minLength(1)),
    /** The matters covered (审计事项), Art. 35's six and a community's own. */
    scope: z.array(z.enum(AUDIT_SCOPES)).check(z.minLength(1)),
    /** When the group audited (审计时间). */
    fieldwork: DatePeriod,
    /** The date of the report (审计报告日期). */
    reported: IsoDateField,
    summary: z.optional(Text),
  }),
  /** A finding of an audit (审计发现的问题), with its amount in fen, who answers for it and by when it is put right. */
  auditFinding: z.strictObject({
    /** The `audit` event. */
    audit: EventIdField,
    scope: z.enum(AUDIT_SCOPES),
    summary: Text,
    /** The amount concerned, in integer fen (12,800.00 yuan is 1280000). */
    amountFen: z.optional(z.int().check(z.nonnegative())),
    /** Who answers for it (责任人). */
    responsible: ShortText,
    responsibility: z.optional(z.enum(AUDIT_RESPONSIBILITIES)),
    /** The deadline to put it right (整改期限). */
    deadline: IsoDateField,
    severity: z.enum(AUDIT_FINDING_SEVERITIES),
    /** The measures ordered (整改措施). */
    measures: z.optional(z.array(ShortText)),
  }),
  /** A finding put right (整改销号): names the `auditFinding` event; closes its 台账 item too. */
  auditFindingClosed: z.strictObject({ finding: EventIdField, outcome: Text }),
  /** A posting of the audit's results (审计结果公示): first and last day on the board. */
  auditPosted: z.strictObject({
    audit: EventIdField,
    from: IsoDateField,
    to: IsoDateField,
    place: z.optional(ShortText),
  }),
  /** A sign-off (审核签字): who, for which body, decided what, on what (an event or a matter). */
  signoff: z.strictObject({
    level: z.enum(ACTOR_LEVELS),
    body: ShortText,
    person: ShortText,
    decision: z.enum(SIGNOFF_DECISIONS),
    subject: ShortText,
    comment: z.optional(Text),
  }),
  /**
   * A matter put up for sign-off (报审): what it is, and the sign-offs it needs, in order — each a level and the body
   * that signs (a 人选动议: the township party committee studies it, then its secretary signs). A `signoff` whose
   * `subject` is this event's id answers the first step not yet signed when its level and body match; `退回修改`
   * hands the matter back, and the revised matter is submitted again as a correction (`corrects`) of this event.
   * The record says itself what it needs, so that `pendingSignoffs` reads the journal alone. 报审事项。
   */
  submission: z.strictObject({
    matter: z.enum(SIGNOFF_MATTERS),
    title: ShortText,
    to: z.array(z.strictObject({ level: z.enum(ACTOR_LEVELS), body: ShortText })).check(z.minLength(1)),
  }),
  /**
   * One step of a person's path to a committee (人选产生): 纳入后备 → 推荐 → 考察 → 资格联审 (`outcome`: passed,
   * the person is a candidate) → 当选 (`body`, `post`) or 未当选; 退出 at any step. One kind with a `step` rather than
   * a kind per step: a person's path is then one filter, and a locality's extra step is a new value, not a schema.
   * `person.key` is the county's own reference (后备库编号 or the like), never an ID number: the journal travels.
   * `source` (where the person came from: 后备干部, 返乡人员 …) is given on the step the person entered by.
   * 人选产生纪实。
   */
  nomination: z
    .strictObject({
      person: z.strictObject({ key: ShortText, name: ShortText }),
      step: z.enum(NOMINATION_STEPS),
      source: z.optional(z.enum(RESERVE_SOURCES)),
      body: z.optional(ElectedBody),
      post: z.optional(z.enum(POSTS)),
      outcome: z.optional(z.enum(REVIEW_OUTCOMES)),
      /** The event the step rests on: a recommendation's or election's tally, a sign-off. */
      basis: z.optional(EventIdField),
    })
    .check(
      z.refine((d) => d.step !== '资格联审' || d.outcome !== undefined, {
        path: ['outcome'],
        params: { code: 'REQUIRED' },
      }),
      z.refine((d) => !(d.step === '当选' || d.step === '未当选') || d.body !== undefined, {
        path: ['body'],
        params: { code: 'REQUIRED' },
      }),
    ),
  /** A task of the campaign done (`electionTasks` ids, or the policy's own). */
  taskDone: z.strictObject({ task: Id }),
  /** A note for the record. */
  note: z.strictObject({ text: Text }),
  /** Withdraws the event named in `corrects`: it no longer counts. 撤销。 */
  retraction: z.strictObject({}),
} satisfies Record<EventKind, z.ZodMiniType>;

const base = {
  id: EventIdField,
  at: InstantField,
  unit: UnitCodeField,
  actor: Actor,
  reason: z.optional(Text),
  /** The event this one corrects: the corrected event no longer counts, this one counts in its place. */
  corrects: z.optional(EventIdField),
};

function eventOf<K extends EventKind>(kind: K) {
  return z.strictObject({ ...base, kind: z.literal(kind), data: DATA[kind] });
}

/** The schema of each kind of event. */
export const EVENT_SCHEMAS = {
  stage: eventOf('stage'),
  schedule: eventOf('schedule'),
  tally: eventOf('tally'),
  voterList: eventOf('voterList'),
  voterObjection: eventOf('voterObjection'),
  incident: eventOf('incident'),
  incidentClosed: eventOf('incidentClosed'),
  audit: eventOf('audit'),
  auditFinding: eventOf('auditFinding'),
  auditFindingClosed: eventOf('auditFindingClosed'),
  auditPosted: eventOf('auditPosted'),
  signoff: eventOf('signoff'),
  submission: eventOf('submission'),
  nomination: eventOf('nomination'),
  taskDone: eventOf('taskDone'),
  note: eventOf('note'),
  retraction: z.strictObject({ ...base, kind: z.literal('retraction'), data: DATA.retraction, corrects: EventIdField }),
} as const;

/** An event of the journal. 纪实事项。 */
export type CampaignEvent = { [K in EventKind]: z.infer<(typeof EVENT_SCHEMAS)[K]> }[EventKind];

/** An event of one kind. */
export type EventOf<K extends EventKind> = Extract<CampaignEvent, { kind: K }>;

/** An event before it has its id: what a caller writes. */
export type EventDraft = CampaignEvent extends infer E ? (E extends CampaignEvent ? Omit<E, 'id'> : never) : never;
