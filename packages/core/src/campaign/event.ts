/**
 * The events of a campaign journal (换届纪实): what happened, in which village (or township, or county), when, and
 * who recorded it. Each kind's data is a schema here; nothing in an event is derived, so that every figure the
 * journal feeds (stages, first-vote success, late villages) can be recomputed from the events alone.
 */
import * as z from 'zod/mini';
import { parseInstant } from '../dates/instants.js';
import { IsoDateField } from '../dates/isoDateField.js';
import { Id } from '../parameters/ids.js';
import { LEDGER_CATEGORIES } from '../risk/ledger.js';
import { ORGANIZATIONS } from '../schemas/vocabulary.js';
import {
  ACTOR_LEVELS,
  type EventKind,
  INCIDENT_SEVERITIES,
  SIGNOFF_DECISIONS,
  VOTER_OBJECTION_DECISIONS,
} from './vocabulary.js';

const Text = z.string().check(z.minLength(1), z.maxLength(2000));
const ShortText = z.string().check(z.minLength(1), z.maxLength(100));

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
  /** A sign-off (审核签字): who, for which body, decided what, on what (an event or a matter). */
  signoff: z.strictObject({
    level: z.enum(ACTOR_LEVELS),
    body: ShortText,
    person: ShortText,
    decision: z.enum(SIGNOFF_DECISIONS),
    subject: ShortText,
    comment: z.optional(Text),
  }),
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
  signoff: eventOf('signoff'),
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
