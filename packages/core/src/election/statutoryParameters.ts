/**
 * The statutory figures of the election rules (选举的法定比例), as dated parameters with the articles they rest on.
 * They live here, beside the tallies that read them; the national baseline includes them, so that a county testing
 * a variant sees them and overrides them like any other figure, and a tally called without a policy reads them here.
 *
 * Shares are fractions written `'4/5'` (see `fraction.ts`), compared in integers; whether the count must be above the
 * share (超过) or may equal it (不少于) is the rule's, stated in each title.
 */
import type { IsoDate } from '../dates/calendar.js';
import { citeReference } from '../parameters/citation.js';
import type { PolicyParameter } from '../parameters/parameter.js';
import type { PolicyBase } from '../parameters/policyBase.js';
import type { Reference } from '../parameters/reference.js';
import { valueAt } from '../parameters/valueAt.js';
import type { RecommendationSection } from './schema.js';

// The quorum, majority and 另行选举 provisions of the 2020 party regulation are cited by their content: their article
// numbers could not be confirmed from the sources at hand (Art. 13, the margin, could). The same texts are the
// references of the tally checks that apply them (checks.ts).
const PARTY = '中国共产党基层组织选举工作条例（2020年）';
const BY_CONTENT = '条文序号未能核实，按内容引用。';

/** The references the election parameters cite. 依据。 */
export const ELECTION_REFERENCES = [
  { id: 'party-election-art13', title: `${PARTY}第十三条`, kind: 'party-rule' },
  {
    id: 'party-election-quorum',
    title: `${PARTY}（到会人数超过应到会人数五分之四，会议有效）`,
    kind: 'party-rule',
    note: BY_CONTENT,
  },
  {
    id: 'party-election-majority',
    title: `${PARTY}（赞成票超过应到会有选举权人数的一半始得当选；名额不足另行选举）`,
    kind: 'party-rule',
    note: BY_CONTENT,
  },
  { id: 'vc-law-art6', title: '中华人民共和国村民委员会组织法（2018年修正）第六条', kind: 'law' },
  { id: 'rc-law-art7', title: '中华人民共和国城市居民委员会组织法（2018年修正）第七条', kind: 'law' },
  { id: 'vc-law-art14', title: '中华人民共和国村民委员会组织法（2018年修正）第十四条', kind: 'law' },
  { id: 'vc-law-art15', title: '中华人民共和国村民委员会组织法（2018年修正）第十五条', kind: 'law' },
  { id: 'vc-law-art20', title: '中华人民共和国村民委员会组织法（2018年修正）第二十条', kind: 'law' },
] as const satisfies readonly Reference[];

/**
 * The statutory figures of the party and villagers' committee elections, by parameter name: the shares a tally
 * applies and the day counts of the campaign timeline. 选举法定比例与期限参数。
 *
 * Dates: the party figures from the 2020 regulation (2020-07-13, as the margin); the villagers' committee's from
 * the 2010 revision (2010-10-28), which gave Art. 14, 15 and 20 the text cited (the voter list 20 days before, 登记
 * 参加选举的村民, the 另行选举 third, the handover within 10 days) — the earlier law is not claimed for them.
 */
export const ELECTION_PARAMETERS = {
  partyCandidateMargin: {
    title: { zh: '党组织委员候选人差额比例（不少于）', en: 'Party committee candidates above seats (at least)' },
    unit: 'percent',
    reference: 'party-election-art13',
    values: { '2020-07-13': 20 },
  },
  partyQuorumShare: {
    title: {
      zh: '党组织选举：到会有选举权人数须超过应到会人数的比例',
      en: 'Party election quorum: voting members present above this share of those due',
    },
    unit: 'fraction',
    reference: 'party-election-quorum',
    values: { '2020-07-13': '4/5' },
  },
  partyMajorityShare: {
    title: {
      zh: '党组织选举：当选须获赞成票超过应到会有选举权人数的比例',
      en: 'Party election: yes votes above this share of the voting members due to attend',
    },
    unit: 'fraction',
    reference: 'party-election-majority',
    values: { '2020-07-13': '1/2' },
  },
  villagersTurnoutShare: {
    title: {
      zh: '村民委员会选举：投票村民须超过登记参加选举村民的比例',
      en: "Villagers' committee election: voters above this share of the registered",
    },
    unit: 'fraction',
    reference: 'vc-law-art15',
    values: { '2010-10-28': '1/2' },
  },
  villagersMajorityShare: {
    title: {
      zh: '村民委员会选举：当选须获选票超过参加投票村民的比例',
      en: "Villagers' committee election: votes above this share of those who voted",
    },
    unit: 'fraction',
    reference: 'vc-law-art15',
    values: { '2010-10-28': '1/2' },
  },
  villagersAdditionalVoteShare: {
    title: {
      zh: '村民委员会另行选举：当选所得票数不少于已投选票总数的比例',
      en: "Villagers' committee additional vote: votes at least this share of those cast",
    },
    unit: 'fraction',
    reference: 'vc-law-art15',
    values: { '2010-10-28': '1/3' },
  },
  // The size of the committee a tally elects (W.204): 村民委员会组织法 Art. 6, 城市居民委员会组织法 Art. 7. The
  // eligibility's team rules (vc-size, rc-size in the national baseline) read the same figures.
  villagersCommitteeMin: {
    title: { zh: '村民委员会最少人数', en: "Villagers' committee: fewest members" },
    unit: 'people',
    reference: 'vc-law-art6',
    values: { '1998-11-04': 3 },
  },
  villagersCommitteeMax: {
    title: { zh: '村民委员会最多人数', en: "Villagers' committee: most members" },
    unit: 'people',
    reference: 'vc-law-art6',
    values: { '1998-11-04': 7 },
  },
  residentsCommitteeMin: {
    title: { zh: '居民委员会最少人数', en: "Residents' committee: fewest members" },
    unit: 'people',
    reference: 'rc-law-art7',
    values: { '1990-01-01': 5 },
  },
  residentsCommitteeMax: {
    title: { zh: '居民委员会最多人数', en: "Residents' committee: most members" },
    unit: 'people',
    reference: 'rc-law-art7',
    values: { '1990-01-01': 9 },
  },
  voterListDaysBefore: {
    title: {
      zh: '选民名单应在选举日前公布的天数（不少于）',
      en: 'Days before the election by which the voter list is posted (at least)',
    },
    unit: 'days',
    reference: 'vc-law-art14',
    values: { '2010-10-28': 20 },
  },
  voterListObjectionDays: {
    title: { zh: '对选民名单提出申诉的期限（公布之日起，天）', en: 'Days after posting to object to the voter list' },
    unit: 'days',
    reference: 'vc-law-art14',
    values: { '2010-10-28': 5 },
  },
  voterListDecisionDays: {
    title: { zh: '对申诉作出处理决定的期限（收到申诉之日起，天）', en: 'Days to decide on an objection' },
    unit: 'days',
    reference: 'vc-law-art14',
    values: { '2010-10-28': 3 },
  },
  handoverDays: {
    title: { zh: '新一届村民委员会产生后完成工作移交的期限（天）', en: 'Days after the new committee to hand over' },
    unit: 'days',
    reference: 'vc-law-art20',
    values: { '2010-10-28': 10 },
  },
} as const satisfies Readonly<Record<string, PolicyParameter>>;

/** The name of an election parameter. */
export type ElectionParameterName = keyof typeof ELECTION_PARAMETERS;
/** The election parameters that are shares (fractions). */
export type ElectionShareName = Exclude<
  ElectionParameterName,
  'partyCandidateMargin' | TimelineDaysName | CommitteeSizeName
>;
/** The election parameters that bound a committee's size (村民委员会组织法 Art. 6, 城市居民委员会组织法 Art. 7). */
export type CommitteeSizeName =
  | 'villagersCommitteeMin'
  | 'villagersCommitteeMax'
  | 'residentsCommitteeMin'
  | 'residentsCommitteeMax';
/** The election parameters that count days of the campaign timeline (村民委员会组织法 Art. 14, Art. 20). */
export type TimelineDaysName =
  | 'voterListDaysBefore'
  | 'voterListObjectionDays'
  | 'voterListDecisionDays'
  | 'handoverDays';

/**
 * An election figure in force on `on`: the policy's own parameter when it has one (a county's variant), else the
 * statutory one above; with the date it holds since and the reference it rests on, as cited.
 *
 * @throws HuanjieError `POLICY_PARAMETER_NO_VALUE` when no value is in force on that date
 */
export function electionParameterInForce(
  policy: PolicyBase | undefined,
  name: ElectionParameterName,
  on: IsoDate,
): { readonly value: number | string | boolean; readonly since: IsoDate; readonly reference: string } {
  const own = policy?.parameters[name];
  const parameter = own ?? ELECTION_PARAMETERS[name];
  const references = own ? (policy?.references ?? []) : ELECTION_REFERENCES;
  return { ...valueAt(parameter, on), reference: citeReference(references, parameter.reference).title };
}

/**
 * The recommendation rules national law and party rules set (推荐提名的法定规则), read by `tallyRecommendation` without
 * a policy and included in the national baseline: for the party committee, candidates above the seats by the margin
 * of 条例 Art. 13 (`partyCandidateMargin`), the rounds held as the locality decides (none required, no share: a
 * county's overlay sets 两推一选's shares); for the villagers' committee, 村民委员会组织法 Art. 15 — candidates
 * nominated directly by the registered villagers, more candidates than seats.
 */
export const STATUTORY_RECOMMENDATION: RecommendationSection = {
  reference: 'party-election-art13',
  bodies: [
    {
      body: '党组织',
      reference: 'party-election-art13',
      rounds: [
        { round: '党员推荐', required: false, weight: 1 },
        { round: '群众推荐', required: false, weight: 1 },
        { round: '民主测评', required: false, weight: 0 },
      ],
      marginPercent: { param: 'partyCandidateMargin' },
      marginAtLeast: 0,
    },
    {
      body: '村民委员会',
      reference: 'vc-law-art15',
      rounds: [{ round: '村民提名', required: true, weight: 1 }],
      marginPercent: 0,
      marginAtLeast: 1,
    },
  ],
};
