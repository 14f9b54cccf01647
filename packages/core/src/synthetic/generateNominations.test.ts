// The synthetic county's nominations and sign-offs, read back through core: conversion figures and what waits where.
import { describe, expect, it } from 'vitest';
import { pendingSignoffs } from '../campaign/pendingSignoffs.js';
import { reserveConversion } from '../campaign/reserveConversion.js';
import { verifyJournal } from '../campaign/verifyJournal.js';
import { generateCampaign } from './generateCampaign.js';
import { generateCounty } from './generateCounty.js';
import { generateNominations } from './generateNominations.js';

const county = generateCounty();
const events = generateNominations(county.villages);
const journal = verifyJournal([...generateCampaign(county.villages).events, ...events]);

describe('generateNominations', () => {
  it('writes events that verify beside the campaign, the same on every run', () => {
    expect(journal).toMatchObject({ ok: true, problems: [], repeated: 0 });
    expect(generateNominations(county.villages).map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('gives every village a secretary and five party-committee members, each reviewed', () => {
    const c = reserveConversion(journal.events);
    expect(c.problems).toEqual([]);
    expect(c.total.secretaries).toBe(197);
    expect(c.total.electedTo.党组织).toBe(197 * 5);
    expect(c.bySource.后备干部.entered).toBe(197 * 4);
    expect(c.bySource.返乡人员).toMatchObject({ entered: 197 * 2, inspected: 197 * 2 });
    expect(c.bySource.后备干部.withdrawn).toBe(197);
  });

  it('leaves what the demo names waiting: a plan at the county, two motions unsigned, filings unacknowledged', () => {
    const end = pendingSignoffs(journal.events, { asOf: '2021-12-31' });
    expect(end.byLevel).toEqual({ 村: 0, 乡镇: 2, 县: 1 + 28 });
    const motions = end.pending.filter((p) => p.matter === '人选动议');
    expect(motions.map((p) => p.unit).sort()).toEqual([county.villages[5]!.code, county.villages[50]!.code].sort());
    expect(motions[0]!.waitingAt.body).toMatch(/党委书记$/);
    // Late September: every 9th village's election rules are back with the village for revision.
    const returned = pendingSignoffs(journal.events, { asOf: '2021-09-24', level: '村' });
    expect(returned.pending).toHaveLength(21);
    expect(returned.pending.every((p) => p.status === 'returned' && p.matter === '选举办法')).toBe(true);
  });
});
