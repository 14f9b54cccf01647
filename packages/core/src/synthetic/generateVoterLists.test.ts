// The synthetic county's voter lists (村民委员会组织法 Art. 13–14), read back: one list per village, counts by the
// three categories of Art. 13, posted 20 days or more before the election (Art. 14) except the three villages the
// campaign makes late — as checkVoterRegister judges the dates — and a few objections decided in time.
import { describe, expect, it } from 'vitest';
import { campaignStatus } from '../campaign/campaignStatus.js';
import type { EventOf } from '../campaign/event.js';
import { verifyJournal } from '../campaign/verifyJournal.js';
import { nationalBaseline } from '../policies/nationalBaseline.js';
import { checkVoterRegister } from '../voters/checkVoterRegister.js';
import { generateCampaign } from './generateCampaign.js';
import { generateCounty } from './generateCounty.js';
import { generateVoterLists, SYNTHETIC_VOTER_OBJECTIONS } from './generateVoterLists.js';

const county = generateCounty();
const campaign = generateCampaign(county.villages);
const events = generateVoterLists(county.villages, campaign.events);
const journal = verifyJournal([...campaign.events, ...events]);
const lists = events.filter((e): e is EventOf<'voterList'> => e.kind === 'voterList');
const objections = events.filter((e): e is EventOf<'voterObjection'> => e.kind === 'voterObjection');

describe('generateVoterLists', () => {
  it('writes events that verify beside the campaign, the same on every run', () => {
    expect(journal).toMatchObject({ ok: true, problems: [], repeated: 0 });
    expect(generateVoterLists(county.villages, campaign.events).map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('posts one list per village with its election day and counts by the categories of Art. 13', () => {
    expect(lists.map((e) => e.unit).sort()).toEqual(county.villages.map((v) => v.code).sort());
    const schedule = new Map(
      campaign.events.flatMap((e) => (e.kind === 'schedule' ? [[e.unit, e.data.electionDate] as const] : [])),
    );
    for (const { unit, data } of lists) {
      expect(data.electionDate, unit).toBe(schedule.get(unit));
      const { resident, away, newcomer } = data.byCategory;
      expect(data.registered, unit).toBe(resident + away + newcomer);
      expect(resident, unit).toBeGreaterThan(away + newcomer);
      expect(data.proxies, unit).toBeLessThanOrEqual(away);
    }
  });

  it('is late (Art. 14, 20 days) in exactly the villages the campaign map shows late, as checkVoterRegister says', () => {
    const late = lists.filter(({ data }) => {
      const { electionDate, publishedOn } = data;
      const check = checkVoterRegister([], { electionDate, publishedOn, policy: nationalBaseline });
      return check.problems.some((p) => p.code === 'TIMELINE_VOTER_LIST_LATE');
    });
    const status = campaignStatus(campaign.events, {
      asOf: '2021-10-20',
      policy: nationalBaseline,
      villages: campaign.villages,
    });
    const lateOnMap = status.villages.filter((v) => v.late.length > 0).map((v) => v.code);
    expect(late).toHaveLength(3);
    expect(late.map((e) => e.unit).sort()).toEqual(lateOnMap.sort());
  });

  it('decides a few objections within the days Art. 14 gives', () => {
    const expected = county.villages.filter(
      (_, i) => i % SYNTHETIC_VOTER_OBJECTIONS.every === SYNTHETIC_VOTER_OBJECTIONS.at,
    );
    expect(objections.map((e) => e.unit).sort()).toEqual(expected.map((v) => v.code).sort());
    for (const o of objections) {
      const list = lists.find((l) => l.unit === o.unit)!.data;
      const check = checkVoterRegister([], {
        electionDate: list.electionDate,
        publishedOn: list.publishedOn,
        policy: nationalBaseline,
        objections: [{ filedOn: o.data.filedOn, decidedOn: o.data.decidedOn }],
      });
      expect(
        check.problems.filter((p) => p.code.startsWith('VOTER_')),
        o.unit,
      ).toEqual([]);
    }
  });
});
