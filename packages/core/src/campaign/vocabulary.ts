/**
 * The words of a campaign journal: levels, incident grades, sign-off decisions and event kinds. Plain lists, no
 * schema, so that a policy or an element can name them without loading the event schemas.
 */

/** The levels an actor records from (村, 乡镇, 县). 层级。 */
export const ACTOR_LEVELS = ['村', '乡镇', '县'] as const;
export type ActorLevel = (typeof ACTOR_LEVELS)[number];

/**
 * The four grades of an emergency (突发事件), 中华人民共和国突发事件应对法 (2007) 第三条: 特别重大、重大、较大、一般.
 */
export const INCIDENT_SEVERITIES = ['一般', '较大', '重大', '特别重大'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/** The decisions of a sign-off (审核签字). */
export const SIGNOFF_DECISIONS = ['同意', '不同意', '退回修改'] as const;

/** How an objection to the voter list was decided (申诉处理): the list kept as it was, or corrected. */
export const VOTER_OBJECTION_DECISIONS = ['维持', '更正'] as const;

/** The kinds of event. 纪实事项类别。 */
export const EVENT_KINDS = [
  'stage',
  'schedule',
  'tally',
  'voterList',
  'voterObjection',
  'incident',
  'incidentClosed',
  'signoff',
  'taskDone',
  'note',
  'retraction',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Whether a kind is one this version knows. */
export function isEventKind(kind: unknown): kind is EventKind {
  return typeof kind === 'string' && (EVENT_KINDS as readonly string[]).includes(kind);
}
