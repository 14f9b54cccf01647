/**
 * Two example local overlays, built from public sources to show how a locality writes its variant. They are
 * EXAMPLES, not any place's policy in force: each says so (`example: true`) and names its sources.
 *
 * - `example-shibuxuan-2020`: a "十不选" negative list in the form many provinces and cities published for the
 *   2020–2021 re-elections (村"两委"成员候选人"十不选").
 * - `example-county-hard-criteria`: a county on top of it, with hard criteria: a secretary needs 高中/中专 or above
 *   and two years of full membership, age limits, and no close relatives on one committee.
 *
 * Also `exampleReviewPolicy`: the county's joint qualification review on its own, for pages that need only that.
 */

import type { Rule } from '../eligibility/schema.js';
import { deepFreeze } from '../policy/deepFreeze.js';
import { extendPolicy } from '../policy/extendPolicy.js';
import type { OverlaySpec } from '../policy/schema.js';
import type { ReviewPolicy } from '../review/schema.js';
import { nationalBaseline } from './nationalBaseline.js';

const TWO_COMMITTEES: NonNullable<NonNullable<Rule['appliesTo']>['organizations']> = [
  '党组织',
  '村民委员会',
  '居民委员会',
];

/** The spec of {@link exampleShibuxuan}. */
export const exampleShibuxuanSpec = {
  id: 'example-shibuxuan-2020',
  extends: 'cn-national',
  example: true,
  name: {
    zh: '示例：“十不选”负面清单（2020年式样）',
    en: 'Example: the "ten do-not-elect" negative list (2020 model)',
  },
  jurisdiction: '示例省',
  effective: { from: '2020-09-01' },
  references: [
    {
      id: 'shibuxuan-2020',
      kind: 'example',
      title: '村(社区)“两委”成员候选人“十不选”（据2020—2021年多地公开发布的负面清单归纳的示例）',
      note: '各地表述与期限不同，使用前请以本地正式文件为准。',
    },
  ],
  parameters: {
    sanctionImpactYears: {
      title: { zh: '未满处分影响期的年限（无明确期限时）', en: 'Years a sanction counts when it states no period' },
      unit: 'years',
      reference: 'shibuxuan-2020',
      values: { '2020-09-01': 2 },
    },
    voteBuyingYears: {
      title: { zh: '参与贿选、拉票的追溯年限', en: 'Years vote-buying counts' },
      unit: 'years',
      reference: 'shibuxuan-2020',
      values: { '2020-09-01': 5 },
    },
    incompetentYears: {
      title: { zh: '考核不称职的追溯年限（一届任期）', en: 'Years an incompetent rating counts (one term)' },
      unit: 'years',
      reference: 'shibuxuan-2020',
      values: { '2020-09-01': 5 },
    },
  },
  rules: [
    rule('sbx-criminal', '受过刑事处罚的', 'Has a criminal record', { fact: { kind: 'criminalSentence' } }),
    rule('sbx-organized-crime', '存在“村霸”、涉黑涉恶问题的', 'Village bully or organized crime', {
      fact: { kind: 'organizedCrime' },
    }),
    rule('sbx-cult', '参与邪教或非法宗教活动的', 'Cult or illegal religious activity', {
      fact: { kind: 'cultOrIllegalReligion' },
    }),
    rule('sbx-disturbance', '煽动群众闹事、扰乱公共秩序的', 'Incited disturbances', {
      fact: { kind: 'incitingDisturbance' },
    }),
    rule('sbx-land', '严重违法用地、违章建房拒不整改的', 'Illegal land use not put right', {
      fact: { kind: 'illegalLandUse', coversAsOf: true },
    }),
    rule('sbx-dishonest', '被列为失信联合惩戒对象的', 'Listed as a dishonest debtor', {
      fact: { kind: 'dishonestDebtor', coversAsOf: true },
    }),
    rule('sbx-sanction', '受到党纪政务处分尚未超过处分影响期的', 'Party or government sanction still in effect', {
      any: [
        { fact: { kind: ['partyDiscipline', 'governmentSanction'], coversAsOf: true } },
        { fact: { kind: ['partyDiscipline', 'governmentSanction'], withinYears: { param: 'sanctionImpactYears' } } },
      ],
    }),
    rule('sbx-investigation', '正在被立案审查调查的', 'Under investigation', {
      fact: { kind: 'underInvestigation', coversAsOf: true },
    }),
    rule('sbx-vote-buying', '参与贿选、拉票等违反换届纪律行为的', 'Vote-buying or canvassing', {
      fact: { kind: 'voteBuying', withinYears: { param: 'voteBuyingYears' } },
    }),
    rule('sbx-absent', '长期不在村(社区)居住、无法正常履职的', 'Long absent, cannot serve', {
      fact: { kind: 'longAbsence', coversAsOf: true },
    }),
    rule('sbx-incompetent', '任职期间年度考核被评为不称职的', 'Rated incompetent during the term', {
      fact: { kind: 'ratedIncompetent', withinYears: { param: 'incompetentYears' } },
    }),
  ],
} satisfies OverlaySpec;

function rule(id: string, zh: string, en: string, forbid: Record<string, unknown>): Rule {
  return {
    id,
    title: { zh, en },
    severity: 'disqualify',
    appliesTo: { organizations: [...TWO_COMMITTEES] },
    reference: 'shibuxuan-2020',
    forbid,
  };
}

// The county's joint qualification review (seed 002's tiers), kept apart so that a page which only tracks reviews
// can take it without the policy engine (see exampleReviewPolicy).
const REVIEW_TIERS_REFERENCE = {
  id: 'review-tiers-2021',
  kind: 'example',
  title: '资格联审时限：一般48小时、特殊24小时、紧急12小时（据北京市海淀区2021年换届的公开介绍，seed 002）',
} as const;

const REVIEW_HOURS = {
  reviewHoursNormal: {
    title: { zh: '联审时限（一般）', en: 'Review time limit (normal)' },
    reference: 'review-tiers-2021',
    unit: 'hours',
    values: { '2021-01-01': 48 },
  },
  reviewHoursSpecial: {
    title: { zh: '联审时限（特殊）', en: 'Review time limit (special)' },
    reference: 'review-tiers-2021',
    unit: 'hours',
    values: { '2021-01-01': 24 },
  },
  reviewHoursUrgent: {
    title: { zh: '联审时限（紧急）', en: 'Review time limit (urgent)' },
    reference: 'review-tiers-2021',
    unit: 'hours',
    values: { '2021-01-01': 12 },
  },
} as const;

const COUNTY_REVIEW = {
  reference: 'review-tiers-2021',
  departments: [
    { id: '纪委' },
    { id: '组织' },
    { id: '宣传' },
    { id: '政法' },
    { id: '公安' },
    { id: '检察' },
    { id: '法院' },
    { id: '司法' },
    { id: '信访' },
    { id: '卫健' },
    { id: '民政' },
    { id: '农业' },
  ],
  tiers: {
    normal: { title: { zh: '一般', en: 'Normal' }, hours: { param: 'reviewHoursNormal' } },
    special: { title: { zh: '特殊', en: 'Special' }, hours: { param: 'reviewHoursSpecial' } },
    urgent: { title: { zh: '紧急', en: 'Urgent' }, hours: { param: 'reviewHoursUrgent' } },
  },
};

// The county's evaluation form for its reserve pool: seed 004's four profile dimensions and seed 000's 五强.
const RESERVE_FORM_REFERENCE = {
  id: 'reserve-form-example',
  kind: 'example',
  title:
    '示例：后备人才考察评价表——专业特长、工作实绩、群众口碑、发展潜能（据某市换届工作讲话“人才画像”，seed 004）与“五强”标准：政治素质强、道德品行强、带富能力强、工作素质强、作风纪律强（据广安经开区，seed 000）',
  note: 'seed 000 也述及“双强四好”标准，但未列出其内容；使用“双强四好”的地方可按本地文件在评价表中写出。',
} as const;

const strong = { zh: '五强', en: 'Five strengths' };
const portrait = { zh: '人才画像', en: 'Talent profile' };
const COUNTY_RESERVE_FORM = {
  reference: RESERVE_FORM_REFERENCE.id,
  title: { zh: '后备人才考察评价表（示例）', en: 'Reserve evaluation form (example)' },
  dimensions: [
    { id: 'expertise', title: { zh: '专业特长', en: 'Expertise' }, standard: portrait },
    { id: 'record', title: { zh: '工作实绩', en: 'Track record' }, standard: portrait },
    { id: 'standing', title: { zh: '群众口碑', en: 'Standing with villagers' }, standard: portrait },
    { id: 'potential', title: { zh: '发展潜能', en: 'Potential' }, standard: portrait },
    { id: 'political', title: { zh: '政治素质强', en: 'Political quality' }, standard: strong },
    { id: 'conduct', title: { zh: '道德品行强', en: 'Moral conduct' }, standard: strong },
    { id: 'prosperity', title: { zh: '带富能力强', en: 'Leading others to prosper' }, standard: strong },
    { id: 'competence', title: { zh: '工作素质强', en: 'Working competence' }, standard: strong },
    { id: 'discipline', title: { zh: '作风纪律强', en: 'Style and discipline' }, standard: strong },
  ],
};

/** The spec of {@link exampleCountyHardCriteria}. */
export const exampleCountyHardCriteriaSpec = {
  id: 'example-county-hard-criteria',
  extends: 'example-shibuxuan-2020',
  example: true,
  name: {
    zh: '示例：某县村(社区)“两委”人选硬性条件',
    en: 'Example: a county’s hard criteria for two-committee candidates',
  },
  jurisdiction: '示例县',
  effective: { from: '2021-01-01' },
  references: [
    {
      id: 'audit-posting',
      kind: 'example',
      title: '离任经济责任审计结果公示不少于两次、每次不少于5天（据某市换届工作讲话，seed 004）',
    },
    {
      id: 'audit-clear-before-election',
      kind: 'example',
      title:
        '“不审计不换届，审计不清楚不换届”；审计发现的问题建立台账、明确责任、限期整改（据某市换届工作讲话，seed 004）。示例以较大、重大问题未整改销号为“审计不清楚”',
    },
    REVIEW_TIERS_REFERENCE,
    RESERVE_FORM_REFERENCE,
    {
      id: 'two-recommendations-example',
      kind: 'example',
      title:
        '示例：村党组织“两推一选”——党员推荐、群众推荐得票均须超过参加推荐人数的半数，按党员推荐六成、群众推荐四成综合排序，现任成员民主测评称职票不少于三分之二（示例数值，参照多地公开的“两推一选”做法编写；seed 000 述及“党员、群众进行民主推荐和测评”）',
    },
    {
      id: 'county-criteria-2021',
      kind: 'example',
      title: '示例县村(社区)“两委”换届人选资格条件（示例，参照多地公开的“书记原则上高中(中专)以上学历”等条件编写）',
    },
    {
      id: 'staffing-norms-haidian',
      kind: 'example',
      title: '社区专职党务工作者编制按照党委3人、总支和支部2人的标准（据海淀区委组织部2019年换届综述，seed 002）',
    },
    {
      id: 'seed-vocabularies',
      kind: 'example',
      title: '示例县词表：台账类别、人才来源与渠道（seed 004）、专职副书记和纪检委员（seed 002）、30岁左右（seed 003）',
      note: '“30岁左右”按28—32周岁计，是本示例的取法。',
    },
    {
      id: 'proxy-limit',
      kind: 'example',
      title: '每一选民接受委托投票不得超过三人（示例，据多省村民委员会选举办法的常见规定归纳）',
      note: '村民委员会组织法第十五条只规定书面委托本村有选举权的近亲属，人数上限由各省选举办法规定，使用前以本省办法为准。',
    },
  ],
  parameters: {
    staffingPartyCommittee: {
      title: { zh: '专职党务工作者编制（党委）', en: 'Full-time party workers (party committee)' },
      reference: 'staffing-norms-haidian',
      values: { '2019-01-01': 3 },
    },
    staffingGeneralBranch: {
      title: { zh: '专职党务工作者编制（党总支）', en: 'Full-time party workers (general branch)' },
      reference: 'staffing-norms-haidian',
      values: { '2019-01-01': 2 },
    },
    staffingBranch: {
      title: { zh: '专职党务工作者编制（党支部）', en: 'Full-time party workers (branch)' },
      reference: 'staffing-norms-haidian',
      values: { '2019-01-01': 2 },
    },
    secretaryMinEducation: {
      title: { zh: '党组织书记最低学历', en: 'Secretary: minimum education' },
      reference: 'county-criteria-2021',
      unit: 'level',
      values: { '2021-01-01': '高中' },
    },
    secretaryPartyYears: {
      title: { zh: '党组织书记正式党员年限', en: 'Secretary: years of full membership' },
      reference: 'county-criteria-2021',
      unit: 'years',
      values: { '2021-01-01': 2 },
    },
    secretaryUsualMaxAge: {
      title: { zh: '党组织书记一般年龄上限', en: 'Secretary: usual age limit' },
      reference: 'county-criteria-2021',
      unit: 'years',
      values: { '2021-01-01': 55 },
    },
    memberMaxAge: {
      title: { zh: '“两委”成员年龄上限', en: 'Members: age limit' },
      reference: 'county-criteria-2021',
      unit: 'years',
      values: { '2021-01-01': 60 },
    },
    auditPostings: {
      title: { zh: '离任审计公示次数（不少于）', en: 'Audit postings, at least' },
      reference: 'audit-posting',
      unit: 'count',
      values: { '2021-01-01': 2 },
    },
    auditPostingDays: {
      title: { zh: '每次公示天数（不少于）', en: 'Days per posting, at least' },
      reference: 'audit-posting',
      unit: 'days',
      values: { '2021-01-01': 5 },
    },
    proxyVotesPerPerson: {
      title: { zh: '每一选民接受委托投票的人数（不超过）', en: 'Proxy votes one voter may carry, at most' },
      reference: 'proxy-limit',
      unit: 'people',
      values: { '2021-01-01': 3 },
    },
    ...REVIEW_HOURS,
    partyRecommendationShare: {
      title: {
        zh: '党员推荐得票须超过参加推荐党员的比例',
        en: "Party members' recommendation: votes above this share",
      },
      reference: 'two-recommendations-example',
      unit: 'fraction',
      values: { '2021-01-01': '1/2' },
    },
    publicRecommendationShare: {
      title: { zh: '群众推荐得票须超过参加推荐群众的比例', en: "The public's recommendation: votes above this share" },
      reference: 'two-recommendations-example',
      unit: 'fraction',
      values: { '2021-01-01': '1/2' },
    },
    evaluationApprovalShare: {
      title: {
        zh: '民主测评称职票不少于参加测评人数的比例',
        en: 'Democratic evaluation: approval at least this share',
      },
      reference: 'two-recommendations-example',
      unit: 'fraction',
      values: { '2021-01-01': '2/3' },
    },
    youngMembersPerTeam: {
      title: { zh: '每个村“两委”班子35岁以下成员最少人数', en: 'Members under 35 per village team, at least' },
      reference: 'county-criteria-2021',
      unit: 'people',
      values: { '2021-01-01': 1 },
    },
  },
  rules: [
    {
      id: 'county-secretary-education',
      title: { zh: '党组织书记应具有高中(中专)及以上学历', en: 'A secretary has high school (or 中专) or above' },
      severity: 'disqualify',
      appliesTo: { organizations: ['党组织'], posts: ['书记'] },
      reference: 'county-criteria-2021',
      require: { educationAtLeast: { param: 'secretaryMinEducation' } },
    },
    {
      id: 'county-secretary-party-years',
      title: { zh: '党组织书记应为二年以上党龄的正式党员', en: 'A secretary has been a full member for 2 years' },
      severity: 'disqualify',
      appliesTo: { organizations: ['党组织'], posts: ['书记'] },
      reference: 'county-criteria-2021',
      require: { fullPartyMemberYears: { param: 'secretaryPartyYears' } },
    },
    {
      id: 'county-secretary-age',
      title: { zh: '党组织书记一般不超过55周岁', en: 'A secretary is usually 55 or younger' },
      severity: 'warning',
      appliesTo: { organizations: ['党组织'], posts: ['书记'] },
      reference: 'county-criteria-2021',
      require: { ageAtMost: { param: 'secretaryUsualMaxAge' } },
    },
    {
      id: 'county-member-age',
      title: { zh: '“两委”成员不超过60周岁', en: 'Members are 60 or younger' },
      severity: 'disqualify',
      reference: 'county-criteria-2021',
      require: { ageAtMost: { param: 'memberMaxAge' } },
    },
  ],
  audit: {
    reference: 'audit-posting',
    minPostings: { param: 'auditPostings' },
    minDays: { param: 'auditPostingDays' },
    blockOpenFindings: { reference: 'audit-clear-before-election', severities: ['较大', '重大'] },
  },
  milestones: [
    {
      id: 'county-audit-posted',
      title: { zh: '离任审计结果第一次公示（最迟）', en: 'First posting of the departure audit (latest)' },
      reference: 'audit-posting',
      daysBefore: 30,
    },
  ],
  review: COUNTY_REVIEW,
  reserveForm: COUNTY_RESERVE_FORM,
  staffing: {
    reference: 'staffing-norms-haidian',
    fullTimePartyWorkers: {
      党委: { param: 'staffingPartyCommittee' },
      党总支: { param: 'staffingGeneralBranch' },
      党支部: { param: 'staffingBranch' },
    },
  },
  vocabularies: {
    reference: 'seed-vocabularies',
    ledgerCategories: ['征地拆迁', '村庄合并', '宗族派系', '宗教势力', '黑恶势力', '干部情绪'],
    reserveSources: ['专业合作组织负责人'],
    reserveChannels: ['党员群众推荐', '组织发现'],
    posts: [
      { title: '专职副书记', post: '副书记', organizations: ['党组织'] },
      { title: '纪检委员', post: '委员', organizations: ['党组织'] },
      { title: '组织委员', post: '委员', organizations: ['党组织'] },
      { title: '宣传委员', post: '委员', organizations: ['党组织'] },
    ],
    ageBands: [{ id: 'around30', label: { zh: '30岁左右', en: 'about 30' }, min: 28, max: 32 }],
  },
  // 两推一选 for the party committee; the villagers' committee keeps the statutory nomination (Art. 15).
  recommendation: {
    reference: 'two-recommendations-example',
    bodies: [
      {
        body: '党组织',
        reference: 'two-recommendations-example',
        rounds: [
          {
            round: '党员推荐',
            required: true,
            share: { param: 'partyRecommendationShare' },
            comparison: 'above',
            weight: 60,
          },
          {
            round: '群众推荐',
            required: true,
            share: { param: 'publicRecommendationShare' },
            comparison: 'above',
            weight: 40,
          },
          {
            round: '民主测评',
            required: false,
            share: { param: 'evaluationApprovalShare' },
            comparison: 'atLeast',
            weight: 0,
          },
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
  },
  compositionTargets: [
    {
      id: 'county-target-young',
      title: { zh: '每个村“两委”班子至少有1名35岁以下成员', en: 'A member under 35 on every village team' },
      reference: 'county-criteria-2021',
      measure: 'under35',
      atLeast: { param: 'youngMembersPerTeam' },
    },
    {
      id: 'county-target-woman',
      title: { zh: '每个村“两委”班子至少有1名女性成员', en: 'A woman on every village team' },
      reference: 'county-criteria-2021',
      measure: 'women',
      atLeast: 1,
    },
    {
      id: 'county-target-secretary-education',
      title: { zh: '党组织书记全部具有高中(中专)及以上学历', en: 'Every secretary has high school or above' },
      reference: 'county-criteria-2021',
      appliesTo: { organizations: ['党组织'], posts: ['书记'] },
      measure: 'highSchoolOrAbove',
      shareAtLeast: 100,
    },
  ],
  teamRules: [
    {
      id: 'county-no-close-relatives',
      title: { zh: '近亲属不得在同一班子任职', en: 'No close relatives on one committee' },
      severity: 'disqualify',
      reference: 'county-criteria-2021',
      check: { noCloseRelatives: true },
    },
  ],
} satisfies OverlaySpec;

/** Example overlay: a 十不选 negative list (2020 model) on the national baseline. Not a policy in force. */
export const exampleShibuxuan = /* @__PURE__ */ extendPolicy(nationalBaseline, exampleShibuxuanSpec);

/** Example overlay: a county's hard criteria on the 十不选 example (national → province → county). Not in force. */
export const exampleCountyHardCriteria = /* @__PURE__ */ extendPolicy(exampleShibuxuan, exampleCountyHardCriteriaSpec);

/**
 * The example county's joint qualification review on its own (资格联审示例): its twelve departments and seed 002's
 * 48 / 24 / 12 h tiers, as a `ReviewPolicy` assembled from the same data as {@link exampleCountyHardCriteria} but
 * without the policy engine, so that a page which only tracks reviews (`<hj-review-tracker>`'s default) does not
 * ship the rule compiler and the policy schema. `reviewStatus` gives the same answers with either. An EXAMPLE, not a
 * policy in force.
 */
export const exampleReviewPolicy: ReviewPolicy = /* @__PURE__ */ deepFreeze(
  // Written out rather than read from the county's spec, so that a bundle holding this does not hold the spec; a
  // test keeps it equal to exampleCountyHardCriteria's. Copied, so that freezing it leaves the spec's objects alone.
  structuredClone({
    id: 'example-county-hard-criteria',
    name: {
      zh: '示例：某县村(社区)“两委”人选硬性条件',
      en: 'Example: a county’s hard criteria for two-committee candidates',
    },
    jurisdiction: '示例县',
    effective: { from: '2021-01-01' },
    example: true,
    chain: ['cn-national', 'example-shibuxuan-2020', 'example-county-hard-criteria'],
    references: [REVIEW_TIERS_REFERENCE],
    parameters: REVIEW_HOURS,
    review: { ...COUNTY_REVIEW, source: '示例县' },
  }),
);
