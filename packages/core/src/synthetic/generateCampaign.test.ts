// The synthetic county's 2021 campaign, read back through core: mid-campaign and finished.
import { describe, expect, it } from 'vitest';
import { campaignStatus } from '../campaign/campaignStatus.js';
import { summarizeCampaign } from '../campaign/summarizeCampaign.js';
import { verifyJournal } from '../campaign/verifyJournal.js';
import { nationalBaseline } from '../policies/nationalBaseline.js';
import { generateCampaign } from './generateCampaign.js';
import { generateCounty } from './generateCounty.js';

const county = generateCounty();
const campaign = generateCampaign(county.villages);
const status = (asOf: string) =>
  campaignStatus(campaign.events, { asOf, policy: nationalBaseline, villages: campaign.villages });

describe('generateCampaign', () => {
  it('writes a journal that verifies, the same on every run', () => {
    expect(verifyJournal(campaign.events)).toMatchObject({ ok: true, problems: [], repeated: 0 });
    expect(generateCampaign(county.villages).events.map((e) => e.id)).toEqual(campaign.events.map((e) => e.id));
    expect(campaign.events.length).toBeGreaterThan(197 * 15);
  });

  it('is mid-campaign on 20 October, with the three villages whose voter list came late', () => {
    const { county: figures } = summarizeCampaign(status('2021-10-20'));
    expect(figures.villages).toBe(197);
    expect(figures.complete).toBe(0);
    expect(figures.notStarted).toBe(0);
    expect(figures.late).toBe(3);
    // The first villages elect on 21 October: none has yet, and the villages are spread over the stages before.
    expect(figures.held).toBe(0);
    expect(Object.values(figures.byStage).filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    const week = summarizeCampaign(status('2021-10-25')).county;
    expect(week.held).toBeGreaterThan(0);
    expect(week.held).toBeLessThan(197);
  });

  it('is finished by the end of the year: every village elected, one 另行选举, the incident closed', () => {
    const end = status('2021-12-31');
    const { county: figures } = summarizeCampaign(end);
    expect(figures).toMatchObject({ villages: 197, complete: 197, held: 197, succeededAtFirstVote: 196, late: 0 });
    expect(figures.withOpenIncidents).toBe(0);
    expect(end.villages.filter((v) => v.election.succeededAtFirstVote === false)).toHaveLength(1);
  });
});
