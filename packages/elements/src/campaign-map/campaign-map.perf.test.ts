/**
 * How long `<hj-campaign-map>` takes to draw the synthetic county from its journal (core's campaignChanges and
 * summary included), a province of 16,000 villages from core's status, and the next day of each (the same villages,
 * patched in place). The figures are printed, never asserted: timings on a shared machine flake. Only the tile
 * counts and the figures shown are checked.
 */
import '@huanjie/elements/define/campaign-map.js';
import { campaignStatus, nationalBaseline, summarizeCampaign } from '@huanjie/core';
import { generateCampaign, generateCounty } from '@huanjie/core/synthetic';
import { afterEach, expect, it } from 'vitest';
import { provinceStatus } from '../../../../test/support/campaign.js';
import type { HjCampaignMap } from './campaign-map.component.js';

const county = generateCounty();
const { events, villages } = generateCampaign(county.villages);
const policy = nationalBaseline;

async function timed(el: HjCampaignMap, change: () => void): Promise<number> {
  const start = performance.now();
  change();
  if (!el.isConnected) document.body.append(el);
  await el.updateComplete;
  void el.offsetHeight;
  return performance.now() - start;
}

const tiles = (el: HjCampaignMap) => el.shadowRoot!.querySelectorAll('.board .tile').length;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

afterEach(() => {
  document.body.replaceChildren();
});

it('measures first render and the next day (printed, not asserted)', async () => {
  const day = (asOf: string) => campaignStatus(events, { asOf, policy, villages });
  const big = provinceStatus(day('2021-10-20'), 16_000);
  const bigNext = provinceStatus(day('2021-10-21'), 16_000);
  const first: number[] = [];
  const next: number[] = [];
  const large: number[] = [];
  const largeNext: number[] = [];
  for (let run = 0; run < 5; run++) {
    const el = document.createElement('hj-campaign-map');
    first.push(await timed(el, () => Object.assign(el, { asOf: '2021-10-20', events, villages })));
    expect(tiles(el)).toBe(197);
    next.push(await timed(el, () => Object.assign(el, { asOf: '2021-10-21' })));
    expect(el.summary).toEqual(summarizeCampaign(day('2021-10-21')));
    el.remove();
  }
  for (let run = 0; run < 3; run++) {
    const el = document.createElement('hj-campaign-map');
    large.push(await timed(el, () => Object.assign(el, { status: big })));
    expect(tiles(el)).toBe(16_000);
    largeNext.push(await timed(el, () => Object.assign(el, { status: bigNext })));
    expect(el.summary?.county.held).toBe(summarizeCampaign(bigNext).county.held);
    el.remove();
  }
  console.log(
    `campaign-map: first render 197 villages from the journal ${ms(median(first))}; next day ${ms(median(next))}; 16,000 villages from a status ${ms(median(large))}; next day 16,000 villages ${ms(median(largeNext))}`,
  );
});
