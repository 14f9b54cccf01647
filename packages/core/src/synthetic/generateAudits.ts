/**
 * Synthetic departure audits for the synthetic county's 2021 campaign (离任经济责任审计, 村民委员会组织法 Art. 35): one
 * audit per village before its election, its report posted twice for five days as the example county's policy
 * requires (seed 004), and findings for some villages — most put right (整改销号) by a later event, two still open
 * with a grade the example policy says blocks the election, so that "不审计不换届，审计不清楚不换届" shows. Events to
 * add to `generateCampaign`'s journal; a separate random sequence, so the campaign's own events are unchanged.
 */

import type { Actor, CampaignEvent, EventDraft } from '../campaign/event.js';
import { sealEvent } from '../campaign/eventId.js';
import { fromDayNumber, toDayNumber } from '../dates/calendar.js';
import { AUDIT_SCOPES } from '../election/auditVocabulary.js';
import type { CampaignVillage } from './generateCampaign.js';
import { createRandom, type Random } from './random.js';

export interface GenerateAuditsOptions {
  /** Seed of the random sequence (default 2021). */
  readonly seed?: number;
}

/** Which villages have findings, on fixed positions so that the demo and the tests can name them. */
export const SYNTHETIC_AUDIT_FINDINGS = {
  /** Every village at these positions modulo 6 has findings, put right before its election. */
  every: 6,
  at: 2,
  /** These villages keep a finding open of a grade the example county's policy blocks (较大, 重大). */
  open: [12, 77],
} as const;

const FINDINGS = [
  {
    scope: AUDIT_SCOPES[0],
    summary: '部分支出凭证不全，白条入账',
    severity: '一般',
    measure: '补齐凭证并经村务监督委员会审核',
  },
  { scope: AUDIT_SCOPES[1], summary: '村集体对外借款未经村民代表会议讨论', severity: '较大', measure: '追回借款本息' },
  {
    scope: AUDIT_SCOPES[4],
    summary: '集体土地租金未按合同足额收取',
    severity: '较大',
    measure: '向承租方追缴欠付租金',
  },
  {
    scope: AUDIT_SCOPES[3],
    summary: '村内道路硬化工程未经公开招标直接发包',
    severity: '一般',
    measure: '补办手续并公开',
  },
  {
    scope: AUDIT_SCOPES[4],
    summary: '征地补偿款分配方案未经村民会议表决',
    severity: '重大',
    measure: '重新提交村民会议表决',
  },
] as const;

function at(day: number, random: Random): string {
  const minutes = random.int(8 * 60 + 30, 17 * 60 + 30);
  return `${fromDayNumber(day)}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`;
}

/**
 * Generates each village's departure audit, its postings, findings and their closures. Deterministic for a seed.
 * The election day is read from the campaign's `schedule` events (a village without one gets no audit).
 *
 * @param villages - the villages, e.g. `generateCounty().villages`
 * @param campaign - the campaign's events (`generateCampaign(villages).events`)
 * @param options - `seed`
 * @returns events in the journal's order
 * @example
 * ```ts
 * const county = generateCounty()
 * const campaign = generateCampaign(county.villages)
 * const journal = [...campaign.events, ...generateAudits(county.villages, campaign.events)]
 * departureAudits(journal, { asOf: '2021-10-20', policy: exampleCountyHardCriteria }).ledger.length
 * ```
 */
export function generateAudits(
  villages: readonly CampaignVillage[],
  campaign: readonly CampaignEvent[],
  options: GenerateAuditsOptions = {},
): CampaignEvent[] {
  const random = createRandom((options.seed ?? 2021) + 35);
  const electionDay = new Map<string, number>();
  for (const e of campaign) {
    if (e.kind === 'schedule' && (e.data.body === '村民委员会' || e.data.body === '居民委员会')) {
      electionDay.set(e.unit, toDayNumber(e.data.electionDate));
    }
  }
  const events: CampaignEvent[] = [];
  const push = (draft: EventDraft) => {
    const event = sealEvent(draft);
    events.push(event);
    return event;
  };
  const open = new Set<number>(SYNTHETIC_AUDIT_FINDINGS.open);
  for (const [i, village] of villages.entries()) {
    const election = electionDay.get(village.code);
    if (election === undefined) continue;
    const unit = village.code;
    const actor: Actor = { name: `${village.township}农经站审计员${(i % 5) + 1}`, role: '农经站审计员', level: '乡镇' };
    const community = village.kind === '社区';
    const reported = election - 44 + random.int(-3, 3);
    const audit = push({
      at: at(reported, random),
      unit,
      actor,
      kind: 'audit',
      data: {
        term: { from: '2018-11-01', to: fromDayNumber(reported - 14) },
        audited: [
          {
            name: `${village.name}党组织书记`,
            post: community ? '社区党组织书记、居民委员会主任' : '村党组织书记、村民委员会主任',
          },
          { name: `${village.name}报账员`, post: '报账员' },
        ],
        group: [
          { department: '纪委' },
          { department: '财政' },
          { department: '农经' },
          { department: '村务监督委员会', person: `${village.name}监委会主任` },
        ],
        scope: community ? [AUDIT_SCOPES[0], ...AUDIT_SCOPES.slice(6)] : AUDIT_SCOPES.slice(0, 6),
        fieldwork: { from: fromDayNumber(reported - 13), to: fromDayNumber(reported - 4) },
        reported: fromDayNumber(reported),
      },
    });
    // Posted twice, five days each, both ended before the election (the example county's rule).
    for (const start of [reported + 2, reported + 10]) {
      push({
        at: at(start, random),
        unit,
        actor,
        kind: 'auditPosted',
        data: { audit: audit.id, from: fromDayNumber(start), to: fromDayNumber(start + 4), place: '村务公开栏' },
      });
    }
    const withFindings = i % SYNTHETIC_AUDIT_FINDINGS.every === SYNTHETIC_AUDIT_FINDINGS.at;
    if (!withFindings && !open.has(i)) continue;
    const count = open.has(i) ? 1 : random.int(1, 2);
    for (let n = 0; n < count; n++) {
      // An open finding is of a blocking grade; a closed one of any grade.
      const kind = open.has(i) ? FINDINGS[i % 2 ? 4 : 2] : random.pick(FINDINGS);
      const deadline = reported + 20;
      const finding = push({
        at: at(reported, random),
        unit,
        actor,
        kind: 'auditFinding',
        data: {
          audit: audit.id,
          scope: community && kind.scope !== AUDIT_SCOPES[0] ? AUDIT_SCOPES[8] : kind.scope,
          summary: kind.summary,
          amountFen: random.int(20, 1500) * 10_000,
          responsible: `${village.name}党组织书记`,
          responsibility: random.chance(0.5) ? '直接责任' : '领导责任',
          deadline: fromDayNumber(deadline),
          severity: kind.severity,
          measures: [kind.measure],
        },
      });
      if (open.has(i)) continue;
      push({
        at: at(deadline - random.int(1, 12), random),
        unit,
        actor,
        kind: 'auditFindingClosed',
        data: { finding: finding.id, outcome: `已${kind.measure}，经乡镇审核整改销号` },
      });
    }
  }
  const order = (e: CampaignEvent) => `${e.at.slice(0, 19)}${e.id}`;
  return events.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
