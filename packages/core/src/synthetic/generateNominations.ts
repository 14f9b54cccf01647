/**
 * Synthetic nominations and sign-offs for the synthetic county's 2021 campaign (人选产生与审核签字纪实): each village's
 * people on their path to the two committees (reserves, returnees, local worthies), its 选举办法 and 人选动议 put up
 * to the township, each township's 换届方案 and each secretary's 备案 put up to the county — with what the seeds
 * report going slowly: a plan still at the county, rules returned for revision, a motion waiting for the township
 * secretary's signature, filings not yet acknowledged. Events to add to `generateCampaign`'s journal (or to read
 * alone); a separate random sequence, so the campaign's own events are unchanged.
 */

import type { Actor, CampaignEvent, EventDraft } from '../campaign/event.js';
import { sealEvent } from '../campaign/eventId.js';
import { fromDayNumber, type IsoDate, toDayNumber } from '../dates/calendar.js';
import type { CampaignVillage } from './generateCampaign.js';
import { createRandom, type Random } from './random.js';

export interface GenerateNominationsOptions {
  /** Seed of the random sequence (default 2021). */
  readonly seed?: number;
  /** The county's usual election day (default 2021-10-28). */
  readonly electionDate?: IsoDate;
}

// Who was slow, on fixed positions so that the demo and the tests can name them.
const PLAN_AT_COUNTY = 0; // the first township's 换届方案 still waits at the county
const RULES_RETURNED = 9; // every 9th village's 选举办法 is returned once for revision
const MOTION_UNSIGNED = [5, 50]; // 人选动议 studied by the township committee, not yet signed by its secretary
const FILING_PENDING = 7; // every 7th village's 书记备案 not yet acknowledged by the county

function at(day: number, random: Random): string {
  const minutes = random.int(8 * 60 + 30, 17 * 60 + 30);
  return `${fromDayNumber(day)}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`;
}

/**
 * Generates nominations (people's paths) and sign-offs for a county's villages. Deterministic for a seed.
 *
 * @param villages - the villages, e.g. `generateCounty().villages`
 * @param options - `seed`, `electionDate`
 * @returns events in the journal's order
 * @example
 * ```ts
 * const county = generateCounty()
 * const journal = [...generateCampaign(county.villages).events, ...generateNominations(county.villages)]
 * reserveConversion(journal).total.secretaries // 197: one per village
 * ```
 */
export function generateNominations(
  villages: readonly CampaignVillage[],
  options: GenerateNominationsOptions = {},
): CampaignEvent[] {
  const random = createRandom((options.seed ?? 2021) + 21);
  const base = toDayNumber(options.electionDate ?? '2021-10-28');
  const events: CampaignEvent[] = [];
  const push = (draft: EventDraft) => {
    const event = sealEvent(draft);
    events.push(event);
    return event;
  };
  const county: Actor = { name: '组织部干部', role: '组织部干部', level: '县' };
  const ORG_DEPARTMENT = { level: '县', body: '县委组织部' } as const;

  // Each township's 换届方案, approved by the county (one still waiting).
  const townships = [...new Map(villages.map((v) => [v.code.slice(0, 9), v.township])).entries()];
  for (const [n, [code, name]] of townships.entries()) {
    const clerk: Actor = { name: `${name}组织委员`, role: '组织委员', level: '乡镇' };
    const plan = push({
      at: at(base - 62, random),
      unit: code,
      actor: clerk,
      kind: 'submission',
      data: { matter: '换届方案', title: `${name}村(社区)"两委"换届工作方案`, to: [ORG_DEPARTMENT] },
    });
    if (n === PLAN_AT_COUNTY) continue;
    push({
      at: at(base - 58, random),
      unit: code,
      actor: county,
      kind: 'signoff',
      data: { ...ORG_DEPARTMENT, person: '县委组织部部长', decision: '同意', subject: plan.id },
    });
  }

  for (const [i, village] of villages.entries()) {
    const unit = village.code;
    const party = { level: '乡镇', body: `${village.township}党委` } as const;
    const partySecretary = { level: '乡镇', body: `${village.township}党委书记` } as const;
    const secretary: Actor = { name: `${village.name}党组织书记`, role: '村党组织书记', level: '村' };
    const clerk: Actor = { name: `包村干部${(i % 40) + 1}`, role: '包村干部', level: '乡镇' };
    const township: Actor = { name: `${village.township}组织委员`, role: '组织委员', level: '乡镇' };
    const sign = (
      day: number,
      to: { level: '乡镇' | '县'; body: string },
      subject: string,
      decision: '同意' | '退回修改' = '同意',
    ) =>
      push({
        at: at(day, random),
        unit,
        actor: to.level === '县' ? county : township,
        kind: 'signoff',
        data: { ...to, person: `${to.body}负责人`, decision, subject },
      });

    // 选举办法: approved by the township; every 9th returned once and submitted again.
    const body = village.kind === '社区' ? '居民委员会' : '村民委员会';
    const rules = push({
      at: at(base - 36, random),
      unit,
      actor: secretary,
      kind: 'submission',
      data: { matter: '选举办法', title: `${village.name}${body}选举办法`, to: [party] },
    });
    if (i % RULES_RETURNED === RULES_RETURNED - 1) {
      sign(base - 34, party, rules.id, '退回修改');
      const revised = push({
        at: at(base - 31, random),
        unit,
        actor: secretary,
        kind: 'submission',
        data: { matter: '选举办法', title: `${village.name}${body}选举办法（修改稿）`, to: [party] },
        corrects: rules.id,
      });
      sign(base - 29, party, revised.id);
    } else sign(base - 33, party, rules.id);

    // 人选动议: the township party committee studies it, its secretary signs (seed 001).
    const motion = push({
      at: at(base - 25, random),
      unit,
      actor: secretary,
      kind: 'submission',
      data: { matter: '人选动议', title: `${village.name}党组织委员人选动议`, to: [party, partySecretary] },
    });
    sign(base - 23, party, motion.id);
    if (!MOTION_UNSIGNED.includes(i)) sign(base - 22, partySecretary, motion.id);

    // Seven people on the path: three reserves, two returnees, a local worthy, one more reserve who withdraws.
    const sources = ['后备干部', '后备干部', '返乡人员', '后备干部', '返乡人员', '乡贤', '后备干部'] as const;
    const step = (n: number, day: number, data: Record<string, unknown>) =>
      push({
        at: at(day, random),
        unit,
        actor: clerk,
        kind: 'nomination',
        data: { person: { key: `${unit}-${n + 1}`, name: `${village.name}人选${n + 1}` }, ...data },
      } as EventDraft);
    for (const [n, source] of sources.entries()) {
      const entry = source === '返乡人员' || source === '乡贤' ? '考察' : '纳入后备';
      step(n, base - (entry === '考察' ? 24 : 120), { step: entry, source });
      if (n === 6) {
        step(n, base - 26, { step: '退出' });
        continue;
      }
      if (entry === '纳入后备') step(n, base - 26, { step: '推荐' });
      if (entry === '纳入后备') step(n, base - 24, { step: '考察' });
      // One in thirty of the last places does not pass the joint review.
      const passed = !(n === 5 && random.chance(1 / 30));
      step(n, base - 16, { step: '资格联审', outcome: passed ? '通过' : '不通过' });
      if (!passed) continue;
      // The first elected is the secretary (and, in most villages, director too: 一肩挑); the sixth is not elected.
      if (n === 5) {
        step(n, base - 10, { step: '未当选', body: '党组织' });
        continue;
      }
      step(n, base - 10, { step: '当选', body: '党组织', post: n === 0 ? '书记' : '委员' });
      if (n === 0 && random.chance(0.8)) step(n, base, { step: '当选', body, post: '主任' });
      if (n === 4) step(n, base, { step: '当选', body, post: '委员' });
    }

    // 书记备案 with the county; every 7th not yet acknowledged.
    const filing = push({
      at: at(base - 8, random),
      unit,
      actor: township,
      kind: 'submission',
      data: { matter: '书记备案', title: `${village.name}党组织书记县级备案`, to: [ORG_DEPARTMENT] },
    });
    if (i % FILING_PENDING !== FILING_PENDING - 1) sign(base - 5, ORG_DEPARTMENT, filing.id);
  }
  const order = (e: CampaignEvent) => `${e.at.slice(0, 19)}${e.id}`;
  return events.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
