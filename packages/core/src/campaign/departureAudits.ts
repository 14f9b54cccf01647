/**
 * The departure audit register (离任经济责任审计台账) read from the journal: per village its audits, their findings —
 * each a 台账 item, linked both ways — and their postings checked against the policy (村民委员会组织法 Art. 35).
 */
import type { IsoDate } from '../dates/calendar.js';
import { dateOfInstant, instantMs } from '../dates/instants.js';
import type { AuditScope } from '../election/auditVocabulary.js';
import type { AuditPublicityCheck } from '../election/checkAuditPublicity.js';
import { type AuditFindingRecord, type DepartureAuditRecord, postingsOn } from '../election/departureAudit.js';
import type { AuditPolicy } from '../election/schema.js';
import { formatYuan } from '../pay/money.js';
import * as P from '../problems/codes.js';
import { type Problem, problem } from '../problems/problem.js';
import type { LedgerItem } from '../risk/ledger.js';
import { asOfInstant } from './campaignStatus.js';
import { countingEvents } from './countingEvents.js';
import type { Actor, CampaignEvent, EventOf } from './event.js';
import { sealEvent } from './eventId.js';

/** A finding of an audit, where it stands on `asOf`, and its 台账 item. 审计发现的问题。 */
export interface AuditFindingView extends AuditFindingRecord {
  /** When it was recorded. */
  readonly at: string;
  readonly scope: AuditScope;
  readonly responsibility?: EventOf<'auditFinding'>['data']['responsibility'];
  readonly measures: readonly string[];
  /** The event that put it right (整改销号), or `null` while open. */
  readonly closed: { readonly id: string; readonly at: string; readonly outcome: string } | null;
  /** Open and past its deadline on `asOf`. */
  readonly overdue: boolean;
  /** Its 台账 item: the item's `id` is this finding's event id. */
  readonly ledgerItem: LedgerItem;
}

/** A posting of an audit's results, with the event that recorded it. */
export interface AuditPostingView {
  readonly id: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly place?: string;
}

/** An audit as recorded, with its findings and postings. 离任审计。 */
export interface AuditView extends DepartureAuditRecord {
  readonly at: string;
  /** The village's (or community's) division code. */
  readonly village: string;
  readonly term: { readonly from: IsoDate; readonly to: IsoDate };
  readonly audited: ReadonlyArray<{ readonly name: string; readonly post: string }>;
  readonly group: ReadonlyArray<{ readonly department: string; readonly person?: string }>;
  readonly scope: readonly AuditScope[];
  readonly fieldwork: { readonly from: IsoDate; readonly to: IsoDate };
  readonly summary?: string;
  readonly postings: readonly AuditPostingView[];
  readonly findings: readonly AuditFindingView[];
  /**
   * The postings begun by `asOf` checked by `checkAuditPublicity` against the village's election day, when the
   * policy has an `audit` section and the day is set (a `schedule` event of its villagers' or residents' committee); else `null`.
   */
  readonly publicity: AuditPublicityCheck | null;
}

/** A village's audits. */
export interface VillageAudits {
  readonly village: string;
  /** Its committee's election day, when set by `asOf`. */
  readonly electionDate: IsoDate | null;
  /** By report date. */
  readonly audits: readonly AuditView[];
}

/** The audit register on a date. 离任审计台账。 */
export interface AuditRegister {
  readonly asOf: { readonly ms: number; readonly date: IsoDate };
  /** Villages with an audit or an election day, by division code. */
  readonly villages: readonly VillageAudits[];
  /** Every finding's 台账 item, ready for `summarizeLedger` and `readyForElection`. */
  readonly ledger: readonly LedgerItem[];
  /** Events not counted: a finding, posting or closure naming an event that is not of the kind it must name. */
  readonly problems: readonly Problem[];
}

const COMMITTEES = new Set(['村民委员会', '居民委员会']);

interface Draft {
  audit: EventOf<'audit'>;
  findings: EventOf<'auditFinding'>[];
  postings: AuditPostingView[];
}

/**
 * The departure audits of every village on a date, from the journal: each audit with its findings (open or put right,
 * overdue or not), its postings and — given a policy with an `audit` section — their check against the village's
 * election day. Every finding is a 台账 item (category 财务三资; the item's id is the finding's event id, and the
 * finding names its item), so that the register feeds `summarizeLedger` and `readyForElection`; closing the item
 * (`closeAuditLedgerItem`) records the event that closes the finding. Events after `asOf` do not count; a corrected
 * event counts no longer and references to it go to its correction; a retracted one is withdrawn. 离任审计台账。
 *
 * @param events - verified events (`verifyJournal(...).events`)
 * @param options - `asOf` (a date or an instant) and optionally the `policy` the postings are checked against
 * @returns the audits per village, the 台账 items, and the events not counted (`AUDIT_EVENT_REFERENCE`)
 * @example
 * ```ts
 * const register = departureAudits(journal, { asOf: '2021-09-30', policy: exampleCountyHardCriteria })
 * register.villages[0].audits[0].findings[0].ledgerItem.status // 'open'
 * register.villages[0].audits[0].publicity?.ok                 // true: twice, five days each
 * ```
 */
export function departureAudits(
  events: readonly CampaignEvent[],
  options: { readonly asOf: string; readonly policy?: AuditPolicy },
): AuditRegister {
  const asOf = asOfInstant(options.asOf);
  const { events: counting, resolve } = countingEvents(events, asOf.ms);
  const problems: Problem[] = [];
  const target = <K extends CampaignEvent['kind']>(from: CampaignEvent, id: string, kind: K, field: string) => {
    const found = resolve(id);
    if (found?.kind === kind) return found as EventOf<K>;
    const expected = EXPECTED[kind as 'audit' | 'auditFinding'];
    const base = { event: from.id, target: id, expected };
    const params = found ? { ...base, kind: found.kind } : { ...base, variant: 'missing' as const };
    problems.push(problem(P.AUDIT_EVENT_REFERENCE, params, { value: from.id, path: ['data', field] }));
    return undefined;
  };

  const drafts = new Map<string, Draft>();
  const electionDates = new Map<string, IsoDate>();
  for (const event of counting) {
    if (event.kind === 'audit') drafts.set(event.id, { audit: event, findings: [], postings: [] });
    if (event.kind === 'schedule' && COMMITTEES.has(event.data.body)) {
      electionDates.set(event.unit, event.data.electionDate);
    }
  }
  const closures = new Map<string, EventOf<'auditFindingClosed'>>();
  for (const event of counting) {
    if (event.kind === 'auditFinding') {
      const audit = target(event, event.data.audit, 'audit', 'audit');
      if (audit) drafts.get(audit.id)?.findings.push(event);
    } else if (event.kind === 'auditPosted') {
      const audit = target(event, event.data.audit, 'audit', 'audit');
      const { from, to, place } = event.data;
      if (audit) drafts.get(audit.id)?.postings.push({ id: event.id, from, to, ...(place ? { place } : {}) });
    } else if (event.kind === 'auditFindingClosed') {
      const finding = target(event, event.data.finding, 'auditFinding', 'finding');
      if (finding && !closures.has(finding.id)) closures.set(finding.id, event);
    }
  }

  const ledger: LedgerItem[] = [];
  const villages = new Map<string, AuditView[]>();
  for (const { audit, findings, postings } of drafts.values()) {
    const views = findings.map((f) => findingView(f, closures.get(f.id), asOf.date));
    ledger.push(...views.map((v) => v.ledgerItem));
    const electionDate = electionDates.get(audit.unit);
    const { term, audited, group, scope, fieldwork, reported, summary } = audit.data;
    const view: AuditView = {
      id: audit.id,
      at: audit.at,
      village: audit.unit,
      term,
      audited,
      group,
      scope,
      fieldwork,
      reported,
      ...(summary ? { summary } : {}),
      postings,
      findings: views,
      publicity:
        options.policy?.audit && electionDate
          ? postingsOn(postings, { asOf: asOf.date, policy: options.policy, electionDate })
          : null,
    };
    const list = villages.get(audit.unit) ?? [];
    list.push(view);
    villages.set(audit.unit, list);
  }
  for (const code of electionDates.keys()) if (!villages.has(code)) villages.set(code, []);
  const codes = [...villages.keys()].sort();
  return {
    asOf,
    villages: codes.map((village) => ({
      village,
      electionDate: electionDates.get(village) ?? null,
      audits: (villages.get(village) as AuditView[]).sort((a, b) => (a.reported < b.reported ? -1 : 1)),
    })),
    ledger,
    problems,
  };
}

const EXPECTED = {
  audit: { zh: '离任审计报告', en: 'an audit report', zhTW: '離任審計報告' },
  auditFinding: { zh: '审计发现的问题', en: 'an audit finding', zhTW: '審計發現的問題' },
};

function findingView(
  f: EventOf<'auditFinding'>,
  closed: EventOf<'auditFindingClosed'> | undefined,
  asOf: IsoDate,
): AuditFindingView {
  const d = f.data;
  const found = dateOfInstant(instantMs(f.at));
  const closedOn = closed ? dateOfInstant(instantMs(closed.at)) : null;
  const measures = d.measures ?? [];
  const amount = d.amountFen === undefined ? '' : `，涉及金额${formatYuan(d.amountFen)}`;
  const ledgerItem: LedgerItem = {
    id: f.id,
    village: f.unit,
    category: '财务三资',
    description: `离任审计：${d.summary}${amount}`,
    measures,
    owner: d.responsible,
    opened: found,
    due: d.deadline,
    status: closedOn ? 'resolved' : 'open',
    ...(closedOn ? { resolved: closedOn } : {}),
  };
  return {
    id: f.id,
    at: f.at,
    scope: d.scope,
    summary: d.summary,
    severity: d.severity,
    ...(d.amountFen !== undefined ? { amountFen: d.amountFen } : {}),
    responsible: d.responsible,
    ...(d.responsibility ? { responsibility: d.responsibility } : {}),
    deadline: d.deadline,
    measures,
    found,
    closedOn,
    closed: closed ? { id: closed.id, at: closed.at, outcome: closed.data.outcome } : null,
    overdue: closedOn === null && d.deadline < asOf,
    ledgerItem,
  };
}

/**
 * Closes an audit finding's 台账 item (整改销号): the sealed `auditFindingClosed` event naming the finding (the item's
 * id), to append to the journal — the finding and its item are closed from then on.
 *
 * @param item - a 台账 item from `departureAudits(...).ledger` (or a finding's `ledgerItem`)
 * @param options - when (`at`), who (`actor`) and what was done (`outcome`)
 * @example
 * ```ts
 * const event = closeAuditLedgerItem(item, { at: '2021-09-25T10:00:00+08:00', actor, outcome: '已退回集体账户' })
 * event.data.finding === item.id // true
 * ```
 */
export function closeAuditLedgerItem(
  item: Pick<LedgerItem, 'id' | 'village'>,
  options: { readonly at: string; readonly actor: Actor; readonly outcome: string; readonly reason?: string },
): EventOf<'auditFindingClosed'> {
  return sealEvent({
    at: options.at,
    unit: item.village,
    actor: options.actor,
    kind: 'auditFindingClosed',
    data: { finding: item.id, outcome: options.outcome },
    ...(options.reason ? { reason: options.reason } : {}),
  });
}
