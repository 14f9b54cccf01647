/**
 * The closed vocabularies of the data model, in the words users type: sexes, ethnic groups, education levels,
 * political status, organizations, posts and village kinds. Each is an `as const` list with a type of the same name.
 */

/** Sex as stored (`'male'`/`'female'`); shown as 男/女. 性别。 */
export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS = {
  male: { zh: '男', en: 'male' },
  female: { zh: '女', en: 'female' },
} as const satisfies Record<Sex, { zh: string; en: string }>;

/** The 56 ethnic groups recognized by the state, by their Chinese names, plus 其他. 民族。 */
export const ETHNICITIES = [
  '汉族',
  '蒙古族',
  '回族',
  '藏族',
  '维吾尔族',
  '苗族',
  '彝族',
  '壮族',
  '布依族',
  '朝鲜族',
  '满族',
  '侗族',
  '瑶族',
  '白族',
  '土家族',
  '哈尼族',
  '哈萨克族',
  '傣族',
  '黎族',
  '傈僳族',
  '佤族',
  '畲族',
  '高山族',
  '拉祜族',
  '水族',
  '东乡族',
  '纳西族',
  '景颇族',
  '柯尔克孜族',
  '土族',
  '达斡尔族',
  '仫佬族',
  '羌族',
  '布朗族',
  '撒拉族',
  '毛南族',
  '仡佬族',
  '锡伯族',
  '阿昌族',
  '普米族',
  '塔吉克族',
  '怒族',
  '乌孜别克族',
  '俄罗斯族',
  '鄂温克族',
  '德昂族',
  '保安族',
  '裕固族',
  '京族',
  '塔塔尔族',
  '独龙族',
  '鄂伦春族',
  '赫哲族',
  '门巴族',
  '珞巴族',
  '基诺族',
  '其他',
] as const;
export type Ethnicity = (typeof ETHNICITIES)[number];

/**
 * Education levels, lowest first. 中专, 职高 and 技校 rank equal to 高中 (seed 001 counts 中专 as 高中及以上).
 * Compare them with {@link educationRank}, never by list position. 学历。
 */
export const EDUCATION_LEVELS = [
  '小学',
  '初中',
  '高中',
  '中专',
  '职高',
  '技校',
  '大专',
  '本科',
  '硕士研究生',
  '博士研究生',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Ranks of the education levels (see {@link educationRank}). */
export const EDUCATION_RANKS: Readonly<Record<EducationLevel, number>> = {
  小学: 1,
  初中: 2,
  高中: 3,
  中专: 3,
  职高: 3,
  技校: 3,
  大专: 4,
  本科: 5,
  硕士研究生: 6,
  博士研究生: 7,
};

/**
 * The rank of an education level on the ordered scale 小学 < 初中 < 高中 = 中专 = 职高 = 技校 < 大专 < 本科 <
 * 硕士研究生 < 博士研究生.
 *
 * @example
 * ```ts
 * educationRank('中专') === educationRank('高中') // true
 * educationRank('大专') > educationRank('技校')   // true
 * ```
 */
export function educationRank(level: EducationLevel): number {
  return EDUCATION_RANKS[level];
}

/** Political status (政治面貌). */
export const POLITICAL_STATUSES = ['中共党员', '中共预备党员', '共青团员', '民主党派', '群众'] as const;
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number];

/**
 * Whether a political status is Communist Party membership, full or probationary (中共党员、中共预备党员): the
 * statuses that have a party-join date (入党时间).
 *
 * @param status - A political status, possibly as typed (any other text is not a member).
 * @returns `true` for 中共党员 and 中共预备党员.
 * @example
 * ```ts
 * isPartyMember('中共预备党员') // true
 * isPartyMember('共青团员')     // false
 * ```
 */
export function isPartyMember(status: string): boolean {
  return status === '中共党员' || status === '中共预备党员';
}

/**
 * Whether a political status is full Party membership (正式党员, 中共党员): the only status with a full-membership
 * date (转正时间). A probationary member (中共预备党员) has none yet.
 *
 * @param status - A political status, possibly as typed (any other text has no full membership).
 * @returns `true` for 中共党员 only.
 * @example
 * ```ts
 * hasFullMembership('中共党员')     // true
 * hasFullMembership('中共预备党员') // false
 * ```
 */
export function hasFullMembership(status: string): boolean {
  return status === '中共党员';
}

/** The organizations of the two committees (两委). */
export const ORGANIZATIONS = ['党组织', '村民委员会', '居民委员会'] as const;
export type Organization = (typeof ORGANIZATIONS)[number];

/** Posts on a committee, and the organizations each belongs to. 职务。 */
export const POSTS = ['书记', '副书记', '委员', '主任', '副主任'] as const;
export type Post = (typeof POSTS)[number];
export const POST_ORGANIZATIONS: Readonly<Record<Post, readonly Organization[]>> = {
  书记: ['党组织'],
  副书记: ['党组织'],
  委员: ['党组织', '村民委员会', '居民委员会'],
  主任: ['村民委员会', '居民委员会'],
  副主任: ['村民委员会', '居民委员会'],
};

/**
 * A post title (职务名称) and the post it is counted as: 纪检委员 is a 委员 of the party organization, 专职副书记 a
 * 副书记. Pay, eligibility and seat counts read the post; the title is kept beside it for what the reports count
 * (seed 002: "100%配备专职副书记和纪检委员"). A policy's `vocabularies.posts` lists them.
 */
export interface PostTitleEntry {
  readonly title: string;
  readonly post: Post;
  readonly organizations: readonly Organization[];
}

/** The vocabularies' names in problems: `{vocabulary}` of `WORD_NOT_IN_VOCABULARY`. */
export const VOCABULARY_NAMES = {
  ledgerCategories: { zh: '台账问题类别', en: 'ledger categories', zhTW: '台賬問題類別' },
  reserveSources: { zh: '后备人才来源', en: 'reserve sources', zhTW: '後備人才來源' },
  reserveChannels: { zh: '后备人才发现渠道', en: 'reserve channels', zhTW: '後備人才發現渠道' },
  posts: { zh: '职务', en: 'posts', zhTW: '職務' },
  ageBands: { zh: '年龄段', en: 'age bands', zhTW: '年齡段' },
} as const;

/**
 * How reserves are found (seed 001: "通过村民举荐、个人自荐、组织推荐和公开招募"; seed 004: "个人自荐、党员群众推荐、
 * 组织发现"). 发现渠道。
 */
export const RESERVE_CHANNELS = ['村民举荐', '个人自荐', '组织推荐', '公开招募'] as const;

/** The posts as the national default lists them: each post its own title, with its organizations. */
export const DEFAULT_POST_TITLES: readonly PostTitleEntry[] = /* @__PURE__ */ POSTS.map((post) => ({
  title: post,
  post,
  organizations: [...POST_ORGANIZATIONS[post]],
}));

/**
 * The post a title counts as, with the organizations it may sit on, under a policy's posts (default: the five posts
 * themselves). 职务名称对应的职务。
 *
 * @param title - a post title as written, e.g. `纪检委员`
 * @param posts - the policy's `vocabularies.posts`, when it sets them
 * @returns the post and organizations, or `undefined` for a title the list does not have
 * @example
 * ```ts
 * postOfTitle('纪检委员', exampleCountyHardCriteria.vocabularies?.posts) // { title: '纪检委员', post: '委员', organizations: ['党组织'] }
 * postOfTitle('纪检委员') // undefined
 * ```
 */
export function postOfTitle(
  title: string,
  posts: readonly PostTitleEntry[] = DEFAULT_POST_TITLES,
): PostTitleEntry | undefined {
  return posts.find((p) => p.title === title);
}

/**
 * Whether a seat carries 一肩挑 in a single appointment: the Party organization secretary (党组织书记) who is also
 * director of the villagers' (residents') committee (村(居)民委员会主任), as the seed reports count it ("一肩挑"人员,
 * seeds 001 and 003). A roster lists such a person once per organization, so there the director's row may carry the
 * flag too (see `Member`).
 *
 * @param organization - The seat's organization, possibly as typed.
 * @param post - The seat's post, possibly as typed.
 * @returns `true` for 党组织 书记 only.
 * @example
 * ```ts
 * canHoldConcurrently('党组织', '书记')     // true
 * canHoldConcurrently('村民委员会', '主任') // false: recorded on the secretary's seat
 * ```
 */
export function canHoldConcurrently(organization: string, post: string): boolean {
  return organization === '党组织' && post === '书记';
}

/** A village (村) or an urban community (社区). */
export const VILLAGE_KINDS = ['村', '社区'] as const;
export type VillageKind = (typeof VILLAGE_KINDS)[number];

/**
 * The kinds of dated fact, with Chinese and English titles. 负面情形类别。 `lasting`: a fact of this kind recorded
 * without an end date is taken to go on (a listing, an investigation, an absence); a sanction without an end date is
 * not, since its impact period is the policy's to state (`withinYears`).
 */
export const FACT_KINDS = {
  criminalSentence: { zh: '受过刑事处罚', en: 'Criminal sentence', lasting: true },
  deprivedOfPoliticalRights: { zh: '被剥夺政治权利', en: 'Deprived of political rights', lasting: true },
  partyDiscipline: { zh: '受过党纪处分', en: 'Party discipline sanction', lasting: false },
  governmentSanction: { zh: '受过政务处分', en: 'Government sanction', lasting: false },
  underInvestigation: { zh: '正在被立案审查调查', en: 'Under investigation', lasting: true },
  administrativeDetention: { zh: '受过行政拘留', en: 'Administrative detention', lasting: false },
  /** 留置 (by a supervisory commission) or 逮捕: a party member's rights to vote and stand are suspended meanwhile (条例 2020 Art. 5). */
  heldOrArrested: { zh: '被依法留置、逮捕', en: 'Held under liuzhi or arrested', lasting: true },
  dishonestDebtor: { zh: '被列为失信被执行人', en: 'Listed as dishonest judgment debtor', lasting: true },
  longAbsence: { zh: '长期不在村(社区)居住', en: 'Long absence from the village', lasting: true },
  ratedIncompetent: { zh: '年度考核被评为不称职', en: 'Rated incompetent in an annual review', lasting: false },
  voteBuying: { zh: '参与贿选、拉票', en: 'Vote-buying or canvassing', lasting: false },
  organizedCrime: { zh: '涉黑涉恶', en: 'Involved in organized crime', lasting: false },
  incitingDisturbance: {
    zh: '煽动群众闹事、缠访闹访',
    en: 'Inciting disturbances or abusive petitioning',
    lasting: false,
  },
  illegalLandUse: { zh: '违法违规占地建房', en: 'Illegal land occupation or building', lasting: true },
  cultOrIllegalReligion: { zh: '参与邪教或非法宗教活动', en: 'Cult or illegal religious activity', lasting: false },
  familyPlanningViolation: { zh: '违反计划生育政策', en: 'Family-planning violation', lasting: false },
} as const;
export type FactKind = keyof typeof FACT_KINDS;

/** Party discipline sanctions (中国共产党纪律处分条例 Art. 8), mildest first. */
export const PARTY_SANCTIONS = ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍'] as const;
/** Government sanctions (公职人员政务处分法 Art. 7), mildest first. */
export const GOVERNMENT_SANCTIONS = ['警告', '记过', '记大过', '降级', '撤职', '开除'] as const;
