/**
 * Synthetic voter lists for the synthetic county's 2021 campaign (公布选民名单, 村民委员会组织法 Art. 13–14): one
 * `voterList` event per village, posted on the day the campaign's journal has the village reach voter registration —
 * at least 20 days before its election (Art. 14), except the villages `generateCampaign` makes late with their voter
 * list — with plausible counts by the three categories of Art. 13, and a few objections decided within the statutory
 * days. Events to add to `generateCampaign`'s journal; a separate random sequence, so the campaign is unchanged.
 */

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Actor, CampaignEvent, EventDraft } from '../campaign/event.js';
import { sealEvent } from '../campaign/eventId.js';
import { fromDayNumber, toDayNumber } from '../dates/calendar.js';
import { dateOfInstant, instantMs } from '../dates/instants.js';
import type { CampaignVillage } from './generateCampaign.js';
import { createRandom, type Random } from './random.js';

export interface GenerateVoterListsOptions {
  /** Seed of the random sequence (default 2021). */
  readonly seed?: number;
}

/** Every village at this position modulo `every` has an objection to its list (申诉), decided in time. */
export const SYNTHETIC_VOTER_OBJECTIONS = { every: 20, at: 4 } as const;

const OBJECTIONS = [
  { summary: '外出务工村民反映本人未被登记', decision: '更正' },
  { summary: '村民反映已迁出户籍人员仍在名单上', decision: '更正' },
  { summary: '村民对嫁入人员登记类别提出异议', decision: '维持' },
] as const;

function at(day: number, random: Random): string {
  const minutes = random.int(8 * 60 + 30, 17 * 60 + 30);
  return `${fromDayNumber(day)}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`;
}

/**
 * Generates each village's posted voter list and a few objections. Deterministic for a seed. The election day is
 * the campaign's `schedule` event's; the day posted, the day of its `voter-registration` stage event (a village
 * without both gets no list). The file's SHA-256 is that of a synthetic file naming the village and its counts:
 * there are no synthetic voters behind these lists.
 *
 * @param villages - the villages, e.g. `generateCounty().villages` (their `population` sizes the lists)
 * @param campaign - the campaign's events (`generateCampaign(villages).events`)
 * @param options - `seed`
 * @returns events in the journal's order
 * @example
 * ```ts
 * const county = generateCounty()
 * const campaign = generateCampaign(county.villages)
 * generateVoterLists(county.villages, campaign.events).filter((e) => e.kind === 'voterList').length // 197
 * ```
 */
export function generateVoterLists(
  villages: ReadonlyArray<CampaignVillage & { readonly population?: number }>,
  campaign: readonly CampaignEvent[],
  options: GenerateVoterListsOptions = {},
): CampaignEvent[] {
  const random = createRandom((options.seed ?? 2021) + 13);
  const electionDay = new Map<string, number>();
  const registration = new Map<string, number>();
  for (const e of campaign) {
    if (e.kind === 'schedule' && (e.data.body === '村民委员会' || e.data.body === '居民委员会')) {
      electionDay.set(e.unit, toDayNumber(e.data.electionDate));
    }
    if (e.kind === 'stage' && e.data.stage === 'voter-registration') {
      registration.set(e.unit, toDayNumber(dateOfInstant(instantMs(e.at))));
    }
  }
  const events: CampaignEvent[] = [];
  const push = (draft: EventDraft) => {
    const event = sealEvent(draft);
    events.push(event);
    return event;
  };
  for (const [i, village] of villages.entries()) {
    const election = electionDay.get(village.code);
    const posted = registration.get(village.code);
    if (election === undefined || posted === undefined) continue;
    const unit = village.code;
    const actor: Actor = { name: `${village.name}选举委员会`, role: '村民选举委员会', level: '村' };
    const community = village.kind === '社区';
    // Art. 13: about three in four people are adults; of them most live where they are registered, some registered
    // here live elsewhere and asked to take part, a few live here a year or more and were admitted by the villagers'
    // (representatives') assembly. Without a population, a village of 800 to 3,200 people.
    const population = village.population ?? random.int(800, 3200);
    const adults = Math.round((population * random.int(72, 80)) / 100);
    const away = Math.round((adults * random.int(8, 25)) / 100);
    const resident = adults - away;
    const newcomer = Math.round((adults * random.int(0, community ? 12 : 3)) / 100);
    const excluded = random.int(0, 3);
    const proxies = Math.round((away * random.int(5, 15)) / 100);
    const publishedOn = fromDayNumber(posted);
    const electionDate = fromDayNumber(election);
    const registered = resident + away + newcomer;
    const file = `${village.code},${village.name},${publishedOn},${resident},${away},${newcomer},${excluded}\n`;
    push({
      at: at(posted, random),
      unit,
      actor,
      kind: 'voterList',
      data: {
        publishedOn,
        electionDate,
        registered,
        byCategory: { resident, away, newcomer },
        excluded,
        proxies,
        fileSha256: bytesToHex(sha256(utf8ToBytes(file))),
      },
    });
    if (i % SYNTHETIC_VOTER_OBJECTIONS.every !== SYNTHETIC_VOTER_OBJECTIONS.at) continue;
    // Art. 14: objections within 5 days of posting, decided within 3.
    const filed = posted + random.int(1, 5);
    const decided = filed + random.int(1, 3);
    const objection = OBJECTIONS[i % OBJECTIONS.length]!;
    push({
      at: at(decided, random),
      unit,
      actor,
      kind: 'voterObjection',
      data: {
        filedOn: fromDayNumber(filed),
        decidedOn: fromDayNumber(decided),
        decision: objection.decision,
        summary: objection.summary,
      },
    });
  }
  const order = (e: CampaignEvent) => `${e.at.slice(0, 19)}${e.id}`;
  return events.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
