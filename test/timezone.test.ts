// Runs in every time-zone project of vitest.config.ts: proves the zone is really in effect (so the domain tests that
// run beside it are run there), and that results built on dates and instants read the same in every zone.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  ageOn,
  electionTimeline,
  exampleCountyHardCriteria,
  isIsoDate,
  nationalBaseline,
  parseResidentId,
  parseRosterCsv,
  reviewDeadline,
} from '@huanjie/core';
import { describe, expect, it } from 'vitest';

const ROSTER_BIRTH_DATES_SHA256 = 'ac4fa077da9ef1c97844044a31ca6153ef1dc4a880a6a46c24bc8bd1a44a3d07';

/** Offsets in minutes (Date#getTimezoneOffset: UTC − local) on 2021-01-01 at noon UTC. */
const OFFSETS: Record<string, number> = {
  UTC: 0,
  'Asia/Shanghai': -480,
  'America/Los_Angeles': 480,
  'Pacific/Kiritimati': -840,
};

describe('the time zone of this test process', () => {
  it('is in effect in this process', () => {
    expect(Object.keys(OFFSETS)).toContain(process.env.TZ);
    expect(new Date('2021-01-01T12:00:00Z').getTimezoneOffset()).toBe(OFFSETS[process.env.TZ as string]);
  });

  it('knows 1994-12-31 is a date, though Kiribati skipped that day', () => {
    expect(isIsoDate('1994-12-31')).toBe(true);
    expect(parseResidentId('110101199412310012').ok).toBe(true);
  });

  it('gives the same ages, deadlines, timelines and imported dates as in Beijing', () => {
    expect(ageOn('1961-10-28', '2021-10-27')).toBe(59);
    expect(reviewDeadline('2021-09-01T09:30:00+08:00', 'urgent', exampleCountyHardCriteria).deadline).toBe(
      '2021-09-01T21:30:00+08:00',
    );
    const timeline = electionTimeline('2021-10-28', nationalBaseline);
    expect(timeline.find((m) => m.id === 'voter-list-posted')?.date).toBe('2021-10-08');
    const csv = readFileSync(new URL('../examples/data/synthetic-roster.csv', import.meta.url));
    const roster = parseRosterCsv(csv);
    expect(roster.rows[0]!.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Every birth date of the synthetic roster, digested: one fixed value in every zone.
    const digest = createHash('sha256')
      .update(roster.rows.map((r) => r.birthDate).join())
      .digest('hex');
    expect(digest).toBe(ROSTER_BIRTH_DATES_SHA256);
  });
});
