/**
 * A synthetic 2021 campaign journal for the synthetic county (or any list of villages): every village walks the
 * baseline's stages from September to December, with the mishaps the seeds report — a few villages late with their
 * voter list, an election that leaves a seat open (另行选举), a major incident reported and closed.
 */
import type { VillageEntry } from '../campaign/campaignStatus.js';
import type { Actor, CampaignEvent, EventDraft } from '../campaign/event.js';
import { sealEvent } from '../campaign/eventId.js';
import { fromDayNumber, type IsoDate, toDayNumber } from '../dates/calendar.js';
import type { Organization } from '../schemas/vocabulary.js';
import { createRandom, type Random } from './random.js';

/** A village of the synthetic campaign: its directory entry and whether it is a community. */
export interface CampaignVillage extends VillageEntry {
  /** `社区` elects a residents' committee; anything else a villagers' committee. */
  readonly kind?: string;
}

export interface GenerateCampaignOptions {
  /** Seed of the random sequence (default 2021). */
  readonly seed?: number;
  /** The county's usual election day (default 2021-10-28); villages spread around it. */
  readonly electionDate?: IsoDate;
  /** Notes and done tasks added per village, for journals of a realistic length (default 6). */
  readonly notesPerVillage?: number;
}

/** A synthetic campaign journal. */
export interface SyntheticCampaign {
  readonly synthetic: true;
  readonly villages: readonly VillageEntry[];
  /** In the journal's order. */
  readonly events: CampaignEvent[];
}

const MAIN_STAGES = [
  ['preparation', -55],
  ['departure-audit', -45],
  ['voter-registration', -30],
  ['nomination', -21],
  ['party-election', -10],
  ['committee-election', 0],
  ['supervision-and-representatives', 4],
  ['handover', 7],
  ['complete', 10],
] as const;

const NOTES = [
  '召开村“两委”联席会议研究换届工作',
  '入户走访宣传换届政策',
  '张贴换届纪律“十严禁”',
  '组织党员学习选举办法',
];
const TASKS = ['mobilization-meeting', 'publicity', 'discipline-pledge', 'training'];

function at(day: number, random: Random): string {
  const minutes = random.int(8 * 60 + 30, 17 * 60 + 30);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${fromDayNumber(day)}T${hh}:${mm}:00+08:00`;
}

/**
 * Generates a 2021 campaign journal. The same seed and villages give the same journal on every machine.
 *
 * @param villages - the villages, e.g. `generateCounty().villages`
 * @param options - `seed`, `electionDate`, `notesPerVillage`
 * @returns the events, in the journal's order, and the village directory
 * @example
 * ```ts
 * const county = generateCounty()
 * const { events } = generateCampaign(county.villages)
 * campaignStatus(events, { asOf: '2021-10-20', policy: nationalBaseline, villages: county.villages })
 * ```
 */
export function generateCampaign(
  villages: readonly CampaignVillage[],
  options: GenerateCampaignOptions = {},
): SyntheticCampaign {
  const random = createRandom(options.seed ?? 2021);
  const base = toDayNumber(options.electionDate ?? '2021-10-28');
  const notes = options.notesPerVillage ?? 6;
  const events: CampaignEvent[] = [];
  // The mishaps fall on fixed villages so that the demo and the tests can name them.
  const lateVoterList = new Set([3, 41, 118].filter((i) => i < villages.length));
  const openSeat = 17 % Math.max(villages.length, 1);
  const incident = 60 % Math.max(villages.length, 1);
  for (const [i, village] of villages.entries()) {
    const body: Organization = village.kind === '社区' ? '居民委员会' : '村民委员会';
    const actor: Actor = { name: `包村干部${(i % 40) + 1}`, role: '包村干部', level: '乡镇' };
    const record = (day: number, draft: Omit<EventDraft, 'actor' | 'at' | 'unit'>) =>
      events.push(sealEvent({ ...draft, actor, at: at(day, random), unit: village.code } as EventDraft));
    // Villages elect on the county's day or one of the two weekends around it; the late ones the week after.
    const week = random.pick([-7, 0, 0, 0, 7]);
    const election = base + (lateVoterList.has(i) ? 7 : week);
    const electionDate = fromDayNumber(election);
    record(election - 56, { kind: 'schedule', data: { body, electionDate } });
    for (const [stage, offset] of MAIN_STAGES) {
      let day = election + offset + (offset < 0 ? random.int(-2, 2) : 0);
      // A late voter list: registered after the day the list had to be posted (20 days before, Art. 14).
      if (stage === 'voter-registration' && lateVoterList.has(i)) day = election - 18;
      if (stage === 'nomination' && lateVoterList.has(i)) day = election - 12;
      record(day, { kind: 'stage', data: { stage } });
      if (stage === 'committee-election') {
        const open = i === openSeat;
        record(day, {
          kind: 'tally',
          data: {
            body,
            round: 'first',
            input: { seats: 5, date: electionDate },
            outcome: { valid: true, succeededAtFirstVote: !open, seatsOpen: open ? 1 : 0, elected: [] },
          },
        });
        if (open) {
          record(day + 2, { kind: 'stage', data: { stage: 'additional-election' } });
          record(day + 3, {
            kind: 'tally',
            data: {
              body,
              round: 'additional',
              input: { seats: 1, date: fromDayNumber(day + 3) },
              outcome: { valid: true, succeededAtFirstVote: false, seatsOpen: 0, elected: [] },
            },
          });
        }
      }
    }
    if (i === incident) {
      const reported = sealEvent({
        actor,
        at: at(election - 25, random),
        unit: village.code,
        kind: 'incident',
        data: { category: '信访矛盾', severity: '重大', summary: '部分村民集体上访反映征地补偿分配问题' },
      } as EventDraft);
      events.push(reported);
      record(election - 16, {
        kind: 'incidentClosed',
        data: { incident: reported.id, outcome: '补偿方案经村民代表会议表决通过，群众息访' },
      });
    }
    for (let n = 0; n < notes; n++) {
      const day = election - 50 + random.int(0, 45);
      if (n % 2) record(day, { kind: 'note', data: { text: random.pick(NOTES) } });
      else record(day, { kind: 'taskDone', data: { task: TASKS[(n / 2) % TASKS.length]! } });
    }
  }
  const order = (e: CampaignEvent) => `${e.at.slice(0, 19)}${e.id}`;
  events.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return {
    synthetic: true,
    villages: villages.map(({ code, name, township }) => ({ code, name, township })),
    events,
  };
}
