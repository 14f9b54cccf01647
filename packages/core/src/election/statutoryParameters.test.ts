import { readdirSync, readFileSync } from 'node:fs';
import {
  extendPolicy,
  nationalBaseline,
  type PartyElectionInput,
  type Policy,
  tallyPartyElection,
  tallyVillagersCommitteeElection,
} from '@huanjie/core';
import { describe, expect, it } from 'vitest';
import { branchElection, villageElection } from '../../../../test/fixtures/elections.js';
import { thrown } from '../../../../test/support/thrown.js';

const referenceOf = (policy: Policy, name: string) =>
  policy.references.find((r) => r.id === policy.parameters[name]!.reference)?.title;

/** A county's test variant of the national baseline: these parameter values from 2021-01-01. */
const variant = (parameters: Record<string, string>): Policy =>
  extendPolicy(nationalBaseline, {
    id: 'county-variant',
    extends: 'cn-national',
    name: { zh: '某县试行', en: 'A county variant' },
    jurisdiction: '某县',
    parameters: Object.fromEntries(
      Object.entries(parameters).map(([name, value]) => [name, { values: { '2021-01-01': value } }]),
    ),
  });

const party = (present: number): PartyElectionInput => ({ date: '2021-10-10', ...branchElection(present) });
const failed = (r: { checks: readonly { code: string; status: string }[] }) =>
  r.checks.filter((c) => c.status === 'failed').map((c) => c.code);

describe('the statutory election figures in the national baseline', () => {
  it('are dated parameters citing their article: the margin (条例 Art. 13), the quorum and majority, Art. 15 shares', () => {
    const p = nationalBaseline.parameters;
    expect(p.partyCandidateMargin!.values).toEqual({ '2020-07-13': 20 });
    expect(referenceOf(nationalBaseline, 'partyCandidateMargin')).toBe(
      '中国共产党基层组织选举工作条例（2020年）第十三条',
    );
    expect(p.partyQuorumShare).toMatchObject({ unit: 'fraction', values: { '2020-07-13': '4/5' } });
    expect(referenceOf(nationalBaseline, 'partyQuorumShare')).toMatch(
      /^中国共产党基层组织选举工作条例.*超过应到会人数五分之四/,
    );
    expect(p.partyMajorityShare!.values).toEqual({ '2020-07-13': '1/2' });
    expect(referenceOf(nationalBaseline, 'partyMajorityShare')).toContain('赞成票超过应到会有选举权人数的一半');
    for (const [name, value] of [
      ['villagersTurnoutShare', '1/2'],
      ['villagersMajorityShare', '1/2'],
      ['villagersAdditionalVoteShare', '1/3'],
    ] as const) {
      expect(p[name]!.values).toEqual({ '2010-10-28': value });
      expect(referenceOf(nationalBaseline, name)).toBe('中华人民共和国村民委员会组织法（2018年修正）第十五条');
    }
  });

  it('are defined in the election folder, which imports nothing from the policies above it', () => {
    const dir = new URL('./', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const sources = files.filter((f) => !f.endsWith('.test.ts'));
    expect(sources).toContain('statutoryParameters.ts');
    for (const f of sources) expect(readFileSync(new URL(f, dir), 'utf8')).not.toMatch(/from '[./]*policies\//);
  });
});

describe('an overlay on a threshold changes the tally', () => {
  it('a quorum of 2/3 accepts 40 of 50 present, which the national 4/5 refuses (条例: quorum of 应到会)', () => {
    expect(failed(tallyPartyElection(party(40), nationalBaseline))).toEqual(['F.102']);
    const twoThirds = variant({ partyQuorumShare: '2/3' });
    expect(tallyPartyElection(party(40), twoThirds)).toMatchObject({ valid: true });
    const refused = tallyPartyElection(party(33), twoThirds);
    const f102 = refused.checks.find((c) => c.code === 'F.102');
    expect(f102).toMatchObject({ status: 'failed', title: { zh: '到会有选举权的人数应超过应到会人数的三分之二' } });
    expect(f102?.detail?.en).toBe('33 present of 50 due: not above 2/3 (more than 33.33 needed)');
    // Before the variant's date the national 4/5 holds.
    expect(failed(tallyPartyElection({ ...party(40), date: '2020-12-31' }, twoThirds))).toEqual(['F.102']);
  });

  it('a majority of 2/3 of 应到会 leaves 30 yes votes of 50 short (条例: majority of 应到会)', () => {
    const r = tallyPartyElection(party(48), variant({ partyMajorityShare: '2/3' }));
    expect(r.elected).toEqual([
      { name: '张某甲', votes: 35 },
      { name: '张某乙', votes: 34 },
    ]);
    expect(r.notElected[0]!.reason.zh).toBe('赞成票 33 票，未超过应到会有选举权人数 50 的三分之二');
    expect(r.checks.find((c) => c.code === 'W.101')?.explanation.en).toContain('above 2/3 of the voting members');
  });

  it('a turnout of 3/5 makes 700 of 1,200 voters too few (村民委员会组织法 Art. 15)', () => {
    const input = {
      ...villageElection,
      date: '2021-05-20',
      ballots: { issued: 700, returned: 700, valid: 700, invalid: 0 },
      candidates: villageElection.candidates.map((c) => ({ ...c, votes: Math.min(c.votes, 600) })),
    };
    expect(tallyVillagersCommitteeElection(input, nationalBaseline).valid).toBe(true);
    const r = tallyVillagersCommitteeElection(input, variant({ villagersTurnoutShare: '3/5' }));
    expect(failed(r)).toEqual(['F.201']);
    expect(r.problems[0]!.message).toBe(
      '投票的村民应超过登记参加选举村民的五分之三：登记 1200 人，投票 700 人，未超过五分之三',
    );
  });

  it('a 另行选举 share of 2/5 leaves 300 of 900 short (村民委员会组织法 Art. 15)', () => {
    const additional = {
      ...villageElection,
      date: '2021-05-20',
      seats: 1,
      round: 'additional' as const,
      womanAlreadyElected: true,
      ballots: { issued: 900, returned: 900, valid: 900, invalid: 0 },
      candidates: [
        { name: '陈某戊', votes: 300 },
        { name: '刘某己', votes: 290 },
      ],
    };
    expect(tallyVillagersCommitteeElection(additional).elected).toEqual([{ name: '陈某戊', votes: 300 }]);
    const r = tallyVillagersCommitteeElection(additional, variant({ villagersAdditionalVoteShare: '2/5' }));
    expect(r.elected).toEqual([]);
    expect(r.notElected[0]!.reason.zh).toBe('得 300 票，少于已投选票总数 900 的五分之二');
  });

  it('reads a share only as a fraction, and only where a value is in force (村民委员会组织法 Art. 15 since 2010)', () => {
    // Refused when the variant is defined, before any tally reads it.
    const error = thrown(() => variant({ partyQuorumShare: '0.8' }));
    expect(error.problems[0]).toMatchObject({
      code: 'POLICY_PARAMETER_VALUE',
      path: ['parameters', 'partyQuorumShare', 'values', '2021-01-01'],
    });
    const before2010 = { ...villageElection, date: '2009-05-20' };
    expect(thrown(() => tallyVillagersCommitteeElection(before2010)).problems[0]!.code).toBe(
      'POLICY_PARAMETER_NO_VALUE',
    );
    expect(
      thrown(() => tallyVillagersCommitteeElection({ ...villageElection, date: '2021-02-29' })).problems[0]!.code,
    ).toBe('TALLY_DATE');
  });

  it('cites the reference of the margin in force: Art. 13 nationally, a county’s own document in its variant', () => {
    const f101 = (r: { checks: readonly { code: string; reference: string | null }[] }) =>
      r.checks.find((c) => c.code === 'F.101')?.reference;
    expect(f101(tallyPartyElection(party(48)))).toBe('中国共产党基层组织选举工作条例（2020年）第十三条');
    const county = extendPolicy(nationalBaseline, {
      id: 'county-margin',
      extends: 'cn-national',
      name: { zh: '某县试行', en: 'A county variant' },
      jurisdiction: '某县',
      references: [{ id: 'county-plan-2021', title: '某县换届工作方案（2021年）', kind: 'local-policy' }],
      parameters: { partyCandidateMargin: { reference: 'county-plan-2021', values: { '2021-01-01': 25 } } },
    });
    expect(f101(tallyPartyElection(party(48), county))).toBe('某县换届工作方案（2021年）');
  });
});
