// The synthetic county's departure audits (村民委员会组织法 Art. 35), read back through core: one audit per village
// posted as the example county requires, findings put right, and exactly the two villages with an open finding of a
// blocking grade held up by "不审计不换届，审计不清楚不换届" (seed 004).
import { describe, expect, it } from 'vitest';
import { departureAudits } from '../campaign/departureAudits.js';
import { verifyJournal } from '../campaign/verifyJournal.js';
import { fromDayNumber, toDayNumber } from '../dates/calendar.js';
import { exampleCountyHardCriteria as policy } from '../policies/exampleOverlays.js';
import { seed004RiskModel } from '../risk/exampleModels.js';
import { readyForElection } from '../risk/ledger.js';
import { generateAudits, SYNTHETIC_AUDIT_FINDINGS } from './generateAudits.js';
import { generateCampaign } from './generateCampaign.js';
import { generateCounty } from './generateCounty.js';

const county = generateCounty();
const campaign = generateCampaign(county.villages);
const events = generateAudits(county.villages, campaign.events);
const journal = verifyJournal([...campaign.events, ...events]);
const register = departureAudits(journal.events, { asOf: '2021-12-31', policy });
const open = SYNTHETIC_AUDIT_FINDINGS.open.map((i) => county.villages[i]!.code);

describe('generateAudits', () => {
  it('writes events that verify beside the campaign, the same on every run, leaving the campaign as it was', () => {
    expect(journal).toMatchObject({ ok: true, problems: [], repeated: 0 });
    expect(generateAudits(county.villages, campaign.events).map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(generateCampaign(county.villages).events.map((e) => e.id)).toEqual(campaign.events.map((e) => e.id));
    expect(register.problems).toEqual([]);
  });

  it('audits every village once before its election and posts the report twice for five days (Art. 35)', () => {
    expect(register.villages).toHaveLength(197);
    for (const v of register.villages) {
      expect(v.audits, v.village).toHaveLength(1);
      const [audit] = v.audits;
      expect(audit!.reported < v.electionDate!, v.village).toBe(true);
      expect(audit!.publicity, v.village).toMatchObject({ ok: true, counted: 2, required: { postings: 2, days: 5 } });
    }
    const community = county.villages.find((v) => v.kind === '社区');
    if (community) {
      const audit = register.villages.find((v) => v.village === community.code)!.audits[0]!;
      expect(audit.scope).toContain('社区办公经费');
    }
  });

  it('records findings in fen for some villages, all put right before the election but two', () => {
    const findings = register.villages.flatMap((v) => v.audits.flatMap((a) => a.findings.map((f) => ({ v, f }))));
    const withFindings = new Set(findings.map(({ v }) => v.village));
    const expected = county.villages.filter(
      (_, i) => i % SYNTHETIC_AUDIT_FINDINGS.every === SYNTHETIC_AUDIT_FINDINGS.at || open.includes(_.code),
    );
    expect([...withFindings].sort()).toEqual(expected.map((v) => v.code).sort());
    for (const { f } of findings) expect(Number.isInteger(f.amountFen) && f.amountFen! > 0).toBe(true);
    const stillOpen = findings.filter(({ f }) => f.closed === null);
    expect(stillOpen.map(({ v }) => v.village).sort()).toEqual([...open].sort());
    expect(stillOpen.every(({ f }) => f.overdue && f.ledgerItem.status === 'open')).toBe(true);
    expect(stillOpen.map(({ f }) => f.severity).sort()).toEqual(['较大', '重大']);
    for (const { v, f } of findings.filter(({ f }) => f.closed)) {
      expect(f.closedOn! < v.electionDate!, f.id).toBe(true);
      expect(f.ledgerItem.status).toBe('resolved');
    }
    expect(register.ledger).toHaveLength(findings.length);
  });

  it('holds up exactly the villages with an open finding of a blocking grade, the day before their election', () => {
    const blocked = register.villages.filter((v) => {
      const asOf = fromDayNumber(toDayNumber(v.electionDate!) - 1);
      const ready = readyForElection(v.village, {
        asOf,
        model: seed004RiskModel,
        ledger: register.ledger,
        departureAudit: { audits: v.audits, policy, electionDate: v.electionDate },
      });
      // Not assessed (no assessment given) holds every village up; the audit's reasons are what this is about.
      const audit = ready.reasons.filter((r) => r.code.startsWith('AUDIT_'));
      if (audit.length) expect(audit.map((r) => r.code)).toEqual(['AUDIT_FINDING_OPEN']);
      return audit.length > 0;
    });
    expect(blocked.map((v) => v.village).sort()).toEqual([...open].sort());
  });
});
