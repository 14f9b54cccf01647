/**
 * A first look at an imported roster: how many rows, people, villages and townships, and a few head counts.
 * (Age and education structure, compared across terms, is the work of the composition module.)
 */
import type { RosterRow } from '../schemas/roster.js';
import { educationRank, ORGANIZATIONS, type Organization } from '../schemas/vocabulary.js';
import { personKey } from './personKey.js';

/** Counts over a roster. People are counted once even when they sit on both committees. 花名册概况。 */
export interface RosterSummary {
  readonly rows: number;
  readonly people: number;
  readonly villages: number;
  readonly townships: number;
  readonly women: number;
  /** Full and probationary party members (中共党员 + 中共预备党员). */
  readonly partyMembers: number;
  /** 高中 or above (中专, 职高, 技校 count as 高中). */
  readonly highSchoolOrAbove: number;
  /** People holding both top posts (一肩挑). */
  readonly concurrent: number;
  /** Rows per organization. */
  readonly byOrganization: Readonly<Record<Organization, number>>;
}

const HIGH_SCHOOL = educationRank('高中');

/**
 * Summarizes roster rows. A person is identified by ID number when present, otherwise by name, birth date and
 * village — as `parseRosterCsv` tells people apart, so that a 一肩挑 secretary-director's two rows count once.
 *
 * @param rows - valid roster rows (e.g. `parseRosterCsv(...).rows`)
 * @returns head counts
 * @example
 * ```ts
 * summarizeRoster(parseRosterCsv(csv).rows) // { rows: 1567, people: 1375, villages: 197, townships: 27, women: 402, ... }
 * ```
 */
export function summarizeRoster(rows: readonly RosterRow[]): RosterSummary {
  const people = new Map<string, RosterRow>();
  const villages = new Set<string>();
  const townships = new Set<string>();
  const byOrganization = Object.fromEntries(ORGANIZATIONS.map((o) => [o, 0])) as Record<Organization, number>;
  for (const row of rows) {
    people.set(personKey(row), row);
    if (row.village) villages.add(`${row.township ?? ''}\u0000${row.village}`);
    if (row.township) townships.add(row.township);
    if (row.organization) byOrganization[row.organization]++;
  }
  let women = 0;
  let partyMembers = 0;
  let highSchoolOrAbove = 0;
  let concurrent = 0;
  for (const p of people.values()) {
    if (p.sex === 'female') women++;
    if (p.politicalStatus === '中共党员' || p.politicalStatus === '中共预备党员') partyMembers++;
    if (educationRank(p.education) >= HIGH_SCHOOL) highSchoolOrAbove++;
  }
  for (const row of rows) if (row.concurrent && row.post === '书记') concurrent++;
  return {
    rows: rows.length,
    people: people.size,
    villages: villages.size,
    townships: townships.size,
    women,
    partyMembers,
    highSchoolOrAbove,
    concurrent,
    byOrganization,
  };
}
