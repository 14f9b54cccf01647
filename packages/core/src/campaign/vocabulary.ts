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

/**
 * The matters that go up for sign-off (报审事项): a village's 人选动议 (party committee study and the secretary's
 * signature, seed 001), a township's 换届方案, a village's 选举办法 for 审核, a secretary's 县级备案 (seed 001).
 */
export const SIGNOFF_MATTERS = ['人选动议', '换届方案', '选举办法', '书记备案', '其他'] as const;
export type SignoffMatter = (typeof SIGNOFF_MATTERS)[number];

/**
 * The steps of a person's path to a committee (人选产生), in order: entered the reserve pool (纳入后备), went forward
 * from a recommendation (推荐), inspected by the organization department (考察), the joint qualification review
 * (资格联审: passed, the person is a candidate), elected (当选) or not (未当选); 退出 leaves the path at any step.
 */
export const NOMINATION_STEPS = ['纳入后备', '推荐', '考察', '资格联审', '当选', '未当选', '退出'] as const;
export type NominationStep = (typeof NOMINATION_STEPS)[number];

/** The outcomes of a joint qualification review (资格联审). */
export const REVIEW_OUTCOMES = ['通过', '不通过'] as const;

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
  'audit',
  'auditFinding',
  'auditFindingClosed',
  'auditPosted',
  'signoff',
  'submission',
  'nomination',
  'taskDone',
  'note',
  'retraction',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Whether a kind is one this version knows. */
export function isEventKind(kind: unknown): kind is EventKind {
  return typeof kind === 'string' && (EVENT_KINDS as readonly string[]).includes(kind);
}
