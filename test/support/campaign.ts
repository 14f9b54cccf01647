// A province's campaign for the campaign map's story and timings: the synthetic county's status repeated, each copy
// under a county code of its own (so new 12-digit village codes and new townships), its townships told apart by
// number. Sealing 16,000 villages' journals (some 270,000 SHA-256 hashes) would take half a minute in a browser;
// the map is given core's status instead, as a province's page would be.
import type { CampaignStatus } from '@huanjie/core';

/** `n` villages: the county's statuses again and again, copy `k` under county code 529901 + k. */
export function provinceStatus(county: CampaignStatus, n: number): CampaignStatus {
  const villages: CampaignStatus['villages'][number][] = [];
  for (let k = 0; villages.length < n; k++) {
    for (const v of county.villages) {
      if (villages.length === n) break;
      villages.push({
        ...v,
        code: `${529901 + k}${v.code.slice(6)}`,
        ...(k && v.township ? { township: `${v.township}（${k + 1}）` } : {}),
      });
    }
  }
  return { ...county, villages };
}
