// A replay does not depend on how the journal's events are laid out: a journal in order is walked as it is, any
// other is put in order first, and both give the same villages at every instant.
import { describe, expect, it } from 'vitest';
import { nationalBaseline } from '../policies/nationalBaseline.js';
import { generateCampaign } from '../synthetic/generateCampaign.js';
import { generateCounty } from '../synthetic/generateCounty.js';
import { campaignStatus } from './campaignStatus.js';
import type { CampaignEvent, EventDraft } from './event.js';
import { sealEvent } from './eventId.js';

const { villages } = generateCounty();
const { events } = generateCampaign(villages);
const clerk = { name: '王某', role: '包村干部', level: '乡镇' } as const;

/** The same events in another order: a fixed pseudo-random permutation. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const INSTANTS = ['2021-09-15', '2021-10-20T12:00:00+08:00', '2021-10-28', '2021-11-05T09:00:00+08:00', '2021-12-31'];

describe('campaignStatus over a journal in any order', () => {
  it('gives the same villages for the journal in order, shuffled and reversed, at every instant', () => {
    // Mid-campaign the villages are spread over several stages: the comparison is not one of empty statuses.
    const midway = campaignStatus(events, { asOf: '2021-10-20', policy: nationalBaseline, villages });
    expect(new Set(midway.villages.map((v) => v.stage?.id)).size).toBeGreaterThan(2);
    for (const asOf of INSTANTS) {
      const options = { asOf, policy: nationalBaseline, villages };
      const inOrder = campaignStatus(events, options);
      expect(campaignStatus(shuffled(events, 7), options)).toEqual(inOrder);
      expect(campaignStatus([...events].reverse(), options)).toEqual(inOrder);
    }
  });

  it('takes the event with the greater id last when two of a village share an instant, whichever comes first', () => {
    const code = villages[0]!.code;
    const at = '2021-10-28T09:00:00+08:00';
    const pair = (['committee-election', 'additional-election'] as const).map((stage) =>
      sealEvent({ actor: clerk, at, unit: code, kind: 'stage', data: { stage } } as EventDraft),
    );
    const [first, second] = [...pair].sort((a, b) => (a.id < b.id ? -1 : 1)) as [CampaignEvent, CampaignEvent];
    const stageOf = (list: CampaignEvent[]) =>
      campaignStatus(list, { asOf: '2021-10-28', policy: nationalBaseline }).villages[0]!.stage?.id;
    const expected = (second as CampaignEvent & { data: { stage: string } }).data.stage;
    expect(stageOf([first, second])).toBe(expected);
    expect(stageOf([second, first])).toBe(expected);
  });

  it('leaves out an event whose instant cannot be read, wherever it stands', () => {
    const broken = { ...events[5]!, at: '2021-02-30T09:00:00+08:00' } as CampaignEvent;
    const options = { asOf: '2021-12-31', policy: nationalBaseline, villages };
    const without = campaignStatus(
      events.filter((_, i) => i !== 5),
      options,
    );
    expect(campaignStatus([...events.slice(0, 5), broken, ...events.slice(6)], options).villages).toEqual(
      without.villages,
    );
  });
});
