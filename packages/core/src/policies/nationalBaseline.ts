/**
 * The national baseline (全国基线): only what national law and party rules say, each rule citing its article. Local
 * negative lists (十不选 and the like) are overlays on it. Numbers that law fixes are parameters too, so that every
 * verdict shows which value it used and since when.
 */

import { ELECTION_PARAMETERS, ELECTION_REFERENCES, STATUTORY_RECOMMENDATION } from '../election/statutoryParameters.js';
import { assemblePolicy, type ReadPolicySpec } from '../policy/assemblePolicy.js';
import { deepFreeze } from '../policy/deepFreeze.js';
import type { Policy } from '../policy/policy.js';
import { DEFAULT_VOCABULARIES } from '../policy/vocabularies.js';
import type { Organization } from '../schemas/vocabulary.js';
import { VOTER_PARAMETERS } from '../voters/statutoryParameters.js';
import { CAMPAIGN_REFERENCES, CAMPAIGN_STAGES_2021 } from './campaignStages2021.js';

const VC: Organization[] = ['村民委员会'];
const RC: Organization[] = ['居民委员会'];
const PARTY: Organization[] = ['党组织'];

/** The spec of {@link nationalBaseline}, as plain data (what an overlay file extends by its id). */
export const nationalBaselineSpec = {
  id: 'cn-national',
  name: { zh: '全国基线（法律与党内法规）', en: 'National baseline (law and party rules)' },
  jurisdiction: '全国',
  effective: { from: '2020-07-13' },
  references: [
    { id: 'vc-law-art11', title: '中华人民共和国村民委员会组织法（2018年修正）第十一条', kind: 'law' },
    { id: 'vc-law-art13', title: '中华人民共和国村民委员会组织法（2018年修正）第十三条', kind: 'law' },
    { id: 'vc-law-art18', title: '中华人民共和国村民委员会组织法（2018年修正）第十八条', kind: 'law' },
    { id: 'rc-law-art8', title: '中华人民共和国城市居民委员会组织法（2018年修正）第八条', kind: 'law' },
    { id: 'party-election-art5', title: '中国共产党基层组织选举工作条例（2020年）第五条', kind: 'party-rule' },
    // The election rules' articles: the candidate margin (Art. 13), the quorum and majorities, Art. 15 of the law.
    ...ELECTION_REFERENCES,
    ...CAMPAIGN_REFERENCES,
    {
      id: 'party-constitution-art40',
      title: '中国共产党章程 第四十条（留党察看期间没有表决权、选举权和被选举权）',
      kind: 'party-rule',
    },
    {
      id: 'party-branch-ch6',
      title: '中国共产党支部工作条例（试行）第六章（支部委员会由3至5人组成，一般不超过7人）',
      kind: 'party-rule',
    },
  ],
  parameters: {
    // Art. 35: the departure audit's results are made public before the election. A posting still up on election
    // day has been public for its days before it; a county that wants postings ended first sets this to false.
    auditPostingCountsUntilElection: {
      title: {
        zh: '离任审计公示到选举日仍在张贴的，按选举日前已公示的天数计算',
        en: 'A departure audit posting still up on election day counts by its days before the election',
      },
      reference: 'vc-law-art35',
      values: { '2010-10-28': true },
    },
    votingAge: {
      title: { zh: '享有选举权和被选举权的年龄', en: 'Age of the right to vote and stand' },
      unit: 'years',
      reference: 'vc-law-art13',
      values: { '1998-11-04': 18 },
    },
    residentsVotingAge: {
      title: { zh: '居民享有选举权和被选举权的年龄', en: 'Age of the right to vote and stand (residents)' },
      unit: 'years',
      reference: 'rc-law-art8',
      values: { '1990-01-01': 18 },
    },
    branchCommitteeMin: {
      title: { zh: '党支部委员会最少人数', en: 'Party branch committee: fewest members' },
      unit: 'people',
      reference: 'party-branch-ch6',
      values: { '2018-10-28': 3 },
    },
    branchCommitteeUsualMax: {
      title: { zh: '党支部委员会一般最多人数', en: 'Party branch committee: usual most members' },
      unit: 'people',
      reference: 'party-branch-ch6',
      values: { '2018-10-28': 5 },
    },
    branchCommitteeMax: {
      title: { zh: '党支部委员会最多人数', en: 'Party branch committee: most members' },
      unit: 'people',
      reference: 'party-branch-ch6',
      values: { '2018-10-28': 7 },
    },
    termYears: {
      title: { zh: '村民委员会每届任期（年）', en: "Villagers' committee term of office (years)" },
      unit: 'years',
      reference: 'vc-law-art11',
      values: { '2018-12-29': 5 },
    },
    // The candidate margin, the party quorum and majority, 双过半 and the 另行选举 third, the villagers' and residents'
    // committee sizes (election/statutoryParameters).
    ...ELECTION_PARAMETERS,
    // The year of residence of Art. 13's third category of voter (voters/statutoryParameters).
    ...VOTER_PARAMETERS,
  },
  rules: [
    {
      id: 'vc-voting-age',
      title: { zh: '年满十八周岁', en: 'Aged 18 or over' },
      severity: 'disqualify',
      appliesTo: { organizations: [...VC] },
      reference: 'vc-law-art13',
      require: { ageAtLeast: { param: 'votingAge' } },
    },
    {
      id: 'rc-voting-age',
      title: { zh: '年满十八周岁', en: 'Aged 18 or over' },
      severity: 'disqualify',
      appliesTo: { organizations: [...RC] },
      reference: 'rc-law-art8',
      require: { ageAtLeast: { param: 'residentsVotingAge' } },
    },
    {
      id: 'vc-political-rights',
      title: { zh: '未被依法剥夺政治权利', en: 'Not deprived of political rights' },
      severity: 'disqualify',
      appliesTo: { organizations: [...VC] },
      reference: 'vc-law-art13',
      forbid: { fact: { kind: 'deprivedOfPoliticalRights', coversAsOf: true } },
    },
    {
      id: 'rc-political-rights',
      title: { zh: '未被依法剥夺政治权利', en: 'Not deprived of political rights' },
      severity: 'disqualify',
      appliesTo: { organizations: [...RC] },
      reference: 'rc-law-art8',
      forbid: { fact: { kind: 'deprivedOfPoliticalRights', coversAsOf: true } },
    },
    {
      id: 'party-full-member',
      title: {
        zh: '须为正式党员（预备党员没有被选举权）',
        en: 'Full party member (probationary members cannot stand)',
      },
      severity: 'disqualify',
      appliesTo: { organizations: [...PARTY] },
      reference: 'party-election-art5',
      require: { politicalStatusIn: ['中共党员'] },
    },
    {
      id: 'party-probation-sanction',
      title: { zh: '不在留党察看期间', en: 'Not on party probation (留党察看)' },
      severity: 'disqualify',
      appliesTo: { organizations: [...PARTY] },
      reference: 'party-constitution-art40',
      forbid: { fact: { kind: 'partyDiscipline', sanctionIn: ['留党察看'], coversAsOf: true } },
    },
    {
      id: 'party-held-or-arrested',
      title: {
        zh: '未被依法留置、逮捕（其间中止表决权、选举权和被选举权）',
        en: 'Not held under liuzhi or arrested (the rights to vote and stand are suspended meanwhile)',
      },
      severity: 'disqualify',
      appliesTo: { organizations: [...PARTY] },
      reference: 'party-election-art5',
      forbid: { fact: { kind: 'heldOrArrested', coversAsOf: true } },
      note: '条例第五条：党员被依法留置、逮捕的，党组织应当按照管理权限中止其表决权、选举权和被选举权等党员权利。没有结束日期的记录视为仍在其间；解除留置或撤销逮捕后，记下结束日期。',
    },
    {
      id: 'committee-member-sentenced',
      title: {
        zh: '未被判处刑罚（被判处刑罚的，其职务自行终止）',
        en: 'Not under a criminal sentence (a sentence ends the post)',
      },
      severity: 'disqualify',
      appliesTo: { organizations: [...VC] },
      reference: 'vc-law-art18',
      forbid: { fact: { kind: 'criminalSentence', coversAsOf: true } },
      note: '第十八条规定在任成员被判处刑罚的职务自行终止；据此，正在服刑者当选即告终止，故不作为人选。已服刑完毕者，法律未禁止（地方负面清单另有规定）。',
    },
  ],
  teamRules: [
    {
      id: 'vc-size',
      title: { zh: '村民委员会由三至七人组成', en: "A villagers' committee has 3 to 7 members" },
      severity: 'disqualify',
      appliesTo: { organizations: [...VC] },
      slate: 'committee',
      reference: 'vc-law-art6',
      check: { teamSize: { min: { param: 'villagersCommitteeMin' }, max: { param: 'villagersCommitteeMax' } } },
    },
    {
      id: 'vc-woman-member',
      title: { zh: '村民委员会成员中应当有妇女成员', en: "A villagers' committee includes a woman" },
      severity: 'disqualify',
      appliesTo: { organizations: [...VC] },
      slate: 'committee',
      reference: 'vc-law-art6',
      check: { atLeastOne: { sexIs: 'female' } },
    },
    {
      id: 'vc-minority-member',
      title: {
        zh: '多民族村民居住的村，应当有人数较少的民族的成员',
        en: 'In a multi-ethnic village, a member of a smaller group',
      },
      severity: 'disqualify',
      appliesTo: { organizations: [...VC] },
      slate: 'committee',
      onlyIf: 'multiEthnic',
      reference: 'vc-law-art6',
      check: { atLeastOne: { not: { ethnicityIn: ['汉族'] } } },
      note: '以非汉族成员近似“人数较少的民族”；民族构成特殊的村请用本地政策覆盖。',
    },
    {
      id: 'rc-size',
      title: { zh: '居民委员会由五至九人组成', en: "A residents' committee has 5 to 9 members" },
      severity: 'disqualify',
      appliesTo: { organizations: [...RC] },
      slate: 'committee',
      reference: 'rc-law-art7',
      check: { teamSize: { min: { param: 'residentsCommitteeMin' }, max: { param: 'residentsCommitteeMax' } } },
    },
    {
      id: 'party-branch-size',
      title: { zh: '党支部委员会由三人以上组成，不超过七人', en: 'A branch committee has 3 to 7 members' },
      severity: 'disqualify',
      appliesTo: { organizations: [...PARTY] },
      slate: 'committee',
      reference: 'party-branch-ch6',
      check: { teamSize: { min: { param: 'branchCommitteeMin' }, max: { param: 'branchCommitteeMax' } } },
    },
    {
      id: 'party-branch-usual-size',
      title: { zh: '党支部委员会一般不超过五人', en: 'A branch committee usually has at most 5 members' },
      severity: 'warning',
      appliesTo: { organizations: [...PARTY] },
      slate: 'committee',
      reference: 'party-branch-ch6',
      check: { teamSize: { max: { param: 'branchCommitteeUsualMax' } } },
    },
    {
      id: 'party-candidate-margin',
      title: { zh: '候选人数应多于应选人数百分之二十（差额选举）', en: 'Candidates exceed seats by at least 20 %' },
      severity: 'disqualify',
      appliesTo: { organizations: [...PARTY] },
      slate: 'candidates',
      reference: 'party-election-art13',
      check: { candidateMargin: { param: 'partyCandidateMargin' } },
    },
  ],
  compositionTargets: [],
  milestones: [],
  campaignStages: CAMPAIGN_STAGES_2021,
  // Who goes forward from a recommendation: the 20 % margin (条例 Art. 13), more candidates than seats (Art. 15).
  recommendation: STATUTORY_RECOMMENDATION,
  // The words records may use (ledger categories, reserve sources and channels, posts, age bands): the lists the
  // library has always accepted. An overlay adds to them.
  vocabularies: DEFAULT_VOCABULARIES,
  // Complete as definePolicy would read it (every default written out), so it is assembled without the schema.
} satisfies ReadPolicySpec;

/**
 * The national baseline policy (全国基线): voting age and political rights (村民委员会组织法 Art. 13, 居民委员会组织法
 * Art. 8), full party
 * membership for party seats (选举工作条例 Art. 5), no candidacy on party probation (党章 Art. 40), a sentence ends a
 * villagers' committee post (村民委员会组织法 Art. 18), committee sizes and composition (Art. 6, Art. 7, 支部工作条例
 * ch. 6), the five-year term (村民委员会组织法 Art. 11), and the election figures the tallies read: the 20 % candidate
 * margin (选举工作条例 Art. 13), the party quorum (more than 4/5 of 应到会) and majority (more than half of 应到会),
 * 双过半 and the 另行选举 third (村民委员会组织法 Art. 15); and who goes forward from a recommendation (the same margin,
 * and Art. 15's "more candidates than seats").
 *
 * @example
 * ```ts
 * evaluateEligibility(candidate, nationalBaseline, { asOf: '2021-10-28', organization: '党组织', post: '书记' })
 * ```
 */
export const nationalBaseline: Policy = /* @__PURE__ */ builtIn(nationalBaselineSpec);

/** A built-in policy from its complete spec (the spec itself left as it is). */
function builtIn(spec: ReadPolicySpec): Policy {
  return deepFreeze(assemblePolicy(structuredClone(spec)));
}
