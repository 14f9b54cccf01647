/**
 * The synthetic county: a deterministic, obviously fictitious county of 27 townships and 197 villages and
 * communities (the size of 兴义市 in seed 001), with two terms of both committees, candidates with some negative
 * facts, and risk indicator values. Demo pages, stories, examples and benchmarks all use it.
 *
 * Everything here is invented: names are "surname + 某 + a stem" (王某甲), the county code 529901 does not exist,
 * and the data says `synthetic: true`. ID numbers have valid check characters so that the importers accept them.
 */
import { ageOn, fromDayNumber, type IsoDate, toDayNumber } from '../dates/calendar.js';
import { residentIdCheckCharacter } from '../id/residentId.js';
import type { Candidate, Fact } from '../schemas/candidate.js';
import type { Member, Village } from '../schemas/person.js';
import type { EducationLevel, Ethnicity, Organization, Post, Sex } from '../schemas/vocabulary.js';
import type { Reserve, ReserveSource } from '../talent/reserve.js';
import { createRandom, type Random } from './random.js';

/** The risk indicators of seed 004's seven-indicator model, each a 0–100 health score (higher is safer). */
export const SYNTHETIC_RISK_INDICATORS = [
  'financialAudit',
  'qualificationReview',
  'electionSituation',
  'petitionsAndDisputes',
  'clanReligionAndCrime',
  'teamCohesion',
  'successorReadiness',
] as const;

/** One term of the two committees. */
export interface SyntheticTerm {
  /** The election date the term started on; ages are judged on it. */
  readonly electionDate: IsoDate;
  /** One row per person and organization (someone on both committees appears twice). */
  readonly members: Member[];
}

/** A generated county. Marked `synthetic: true` wherever it travels. 虚构样例县。 */
export interface SyntheticCounty {
  readonly synthetic: true;
  readonly notice: string;
  readonly seed: number;
  readonly county: { readonly code: string; readonly name: string };
  readonly townships: ReadonlyArray<{ readonly code: string; readonly name: string }>;
  readonly villages: Village[];
  readonly terms: { readonly previous: SyntheticTerm; readonly current: SyntheticTerm };
  /** Candidates screened for the current term, each with the village and post they stand for. */
  readonly candidates: Candidate[];
  /** The reserve talent pool, by source in seed 001's numbers (致富能人 287, 返乡人员 164, …). */
  readonly reserves: Reserve[];
  readonly riskIndicators: ReadonlyArray<{
    readonly villageCode: string;
    readonly values: Readonly<Record<(typeof SYNTHETIC_RISK_INDICATORS)[number], number>>;
  }>;
}

export interface GenerateCountyOptions {
  /** Seed of the random sequence (default 20211028). */
  readonly seed?: number;
}

const COUNTY = { code: '529901', name: '样例县（虚构）' };
const TOWNSHIP_STEMS = [
  '青石',
  '白云',
  '松林',
  '桃源',
  '清溪',
  '龙潭',
  '金竹',
  '梨树',
  '红岩',
  '石门',
  '茶园',
  '新寨',
  '马场',
  '河坝',
  '凉水',
  '坪上',
  '岩脚',
  '柳湾',
  '花溪',
  '平寨',
  '长冲',
  '高枧',
  '乌江',
  '兴隆',
  '大坡',
  '云峰',
  '东岭',
] as const;
const VILLAGE_STEMS = [
  '上坝',
  '下坝',
  '中寨',
  '新田',
  '老屋',
  '杨柳',
  '水井',
  '坡头',
  '沙坝',
  '岔河',
  '桥头',
  '林场',
  '竹园',
  '核桃',
  '碾房',
  '鱼塘',
  '花园',
  '石板',
  '木瓜',
  '樱桃',
  '对门',
  '半坡',
  '田坝',
  '营盘',
  '大湾',
  '小湾',
  '堰塘',
  '槽子',
] as const;
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '罗',
  '龙',
  '韦',
  '潘',
  '吴',
  '田',
  '石',
  '蒙',
];
const STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const MINORITIES: readonly Ethnicity[] = ['布依族', '苗族', '彝族', '回族', '仡佬族', '水族'];

// Shares chosen to land near seed 001's published figures (current term: average age 39.35, 92.62% high school
// or above; secretaries 42.15 and 99.49%; 12.35 and 8.55 years younger than the previous term).
const TERMS = {
  previous: { electionDate: '2016-10-28', age: 52.8, secretaryAge: 50.7, highSchool: 0.62, secretaryHighSchool: 0.86 },
  current: {
    electionDate: '2021-10-28',
    age: 40.4,
    secretaryAge: 42.0,
    highSchool: 0.915,
    secretaryHighSchool: 0.995,
  },
} as const;

function education(random: Random, highSchoolShare: number, young: boolean): EducationLevel {
  if (!random.chance(highSchoolShare)) return random.chance(0.85) ? '初中' : '小学';
  return random.weighted(
    young
      ? { 高中: 22, 中专: 14, 职高: 4, 技校: 2, 大专: 38, 本科: 19, 硕士研究生: 1 }
      : { 高中: 45, 中专: 20, 职高: 5, 技校: 3, 大专: 20, 本科: 7, 硕士研究生: 0 },
  );
}

interface PersonDraft {
  name: string;
  residentId: string;
  sex: Sex;
  birthDate: IsoDate;
  ethnicity: Ethnicity;
  education: EducationLevel;
}

function createPeople(random: Random) {
  const used = new Set<string>();
  return (opts: { electionDate: IsoDate; age: number; highSchool: number; minorityShare: number; woman: number }) => {
    const sex: Sex = random.chance(opts.woman) ? 'female' : 'male';
    const age = Math.round(random.around(opts.age, 7, 22, 64));
    const born = toDayNumber(opts.electionDate) - age * 365.25 - random.int(0, 364);
    const birthDate = fromDayNumber(Math.floor(born));
    let residentId = '';
    do {
      const seq = random.int(0, 499) * 2 + (sex === 'male' ? 1 : 0);
      const body = `${COUNTY.code}${birthDate.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
      residentId = body + residentIdCheckCharacter(body);
    } while (used.has(residentId));
    used.add(residentId);
    return {
      name: `${random.pick(SURNAMES)}某${random.pick(STEMS)}`,
      residentId,
      sex,
      birthDate,
      ethnicity: random.chance(opts.minorityShare) ? random.pick(MINORITIES) : '汉族',
      education: education(random, opts.highSchool, age < 40),
    } satisfies PersonDraft;
  };
}

function partyDates(
  random: Random,
  birthDate: IsoDate,
  before: IsoDate,
): { partyJoinDate: IsoDate; partyFullDate: IsoDate } {
  const earliest = toDayNumber(birthDate) + 20 * 365;
  const latest = Math.max(earliest + 30, toDayNumber(before) - 400);
  const join = random.int(earliest, latest);
  return { partyJoinDate: fromDayNumber(join), partyFullDate: fromDayNumber(join + 365) };
}

type Joined = PersonDraft & Pick<Member, 'politicalStatus' | 'partyJoinDate' | 'partyFullDate'>;

/** Gives a person a political status (and party dates for members), once, before they take any seat. */
function join(random: Random, person: PersonDraft, partyMember: boolean, before: IsoDate): Joined {
  if (partyMember) return { ...person, politicalStatus: '中共党员', ...partyDates(random, person.birthDate, before) };
  const young = ageOn(person.birthDate, before) < 28;
  return { ...person, politicalStatus: young && random.chance(0.2) ? '共青团员' : '群众' };
}

function seat(
  person: Joined,
  village: Village,
  place: { organization: Organization; post: Post; concurrent: boolean; termStart: IsoDate },
): Member {
  return {
    ...person,
    ...place,
    village: village.name,
    villageCode: village.code,
    township: village.township,
  };
}

function electTerm(random: Random, villages: readonly Village[], key: keyof typeof TERMS): SyntheticTerm {
  const t = TERMS[key];
  const newPerson = createPeople(random);
  const members: Member[] = [];
  for (const village of villages) {
    const minorityShare = village.code.endsWith('7') || village.code.endsWith('3') ? 0.6 : 0.12;
    const concurrent = random.chance(key === 'current' ? 0.8 : 0.35);
    const secretary = newPerson({
      electionDate: t.electionDate,
      age: t.secretaryAge,
      highSchool: t.secretaryHighSchool,
      minorityShare,
      woman: 0.12,
    });
    const partySize = random.weighted({ 3: 1, 5: 8, 7: 1 });
    const committeeSize =
      village.kind === '社区' ? random.weighted({ 5: 6, 7: 3, 9: 1 }) : random.weighted({ 3: 2, 5: 7, 7: 1 });
    const termStart = t.electionDate;
    const leader = join(random, secretary, true, termStart);
    members.push(seat(leader, village, { organization: '党组织', post: '书记', concurrent, termStart }));
    const committee: Organization = village.kind === '社区' ? '居民委员会' : '村民委员会';
    if (concurrent)
      members.push(seat(leader, village, { organization: committee, post: '主任', concurrent, termStart }));
    const partyPosts: Post[] = ['副书记', ...Array<Post>(Number(partySize) - 2).fill('委员')];
    for (const post of partyPosts) {
      const p = newPerson({
        electionDate: termStart,
        age: t.age - 1.2,
        highSchool: t.highSchool,
        minorityShare,
        woman: 0.3,
      });
      members.push(
        seat(join(random, p, true, termStart), village, { organization: '党组织', post, concurrent: false, termStart }),
      );
    }
    const committeePosts: Post[] = [
      ...(concurrent ? [] : ['主任' as const]),
      '副主任',
      ...Array<Post>(Number(committeeSize) - 2).fill('委员'),
    ];
    for (const [i, post] of committeePosts.entries()) {
      // 村民委员会组织法 Art. 6: a committee has at least one woman; the last seat makes sure of it.
      const woman = i === committeePosts.length - 1 ? 1 : 0.3;
      const p = newPerson({ electionDate: termStart, age: t.age, highSchool: t.highSchool, minorityShare, woman });
      const partyMember = post === '主任' || random.chance(0.45);
      members.push(
        seat(join(random, p, partyMember, termStart), village, {
          organization: committee,
          post,
          concurrent: false,
          termStart,
        }),
      );
    }
  }
  return { electionDate: t.electionDate, members };
}

const FACT_DRAWS: Readonly<Record<Fact['kind'], number>> = {
  criminalSentence: 3,
  deprivedOfPoliticalRights: 0,
  partyDiscipline: 4,
  governmentSanction: 2,
  underInvestigation: 1,
  administrativeDetention: 2,
  dishonestDebtor: 3,
  longAbsence: 3,
  ratedIncompetent: 2,
  voteBuying: 1,
  organizedCrime: 1,
  incitingDisturbance: 1,
  illegalLandUse: 2,
  cultOrIllegalReligion: 1,
  familyPlanningViolation: 1,
  // Not drawn, so that the synthetic county stays as it was when the fact was added.
  heldOrArrested: 0,
};

function drawFact(random: Random, electionDate: IsoDate): Fact {
  const kind = random.weighted(FACT_DRAWS);
  const start = toDayNumber(electionDate) - random.int(60, 365 * 12);
  const date = fromDayNumber(start);
  const until = random.chance(0.6) ? fromDayNumber(start + random.int(180, 365 * 3)) : undefined;
  const period = until === undefined ? {} : { until };
  if (kind === 'partyDiscipline')
    return { kind, date, ...period, sanction: random.pick(['警告', '严重警告', '留党察看'] as const) };
  if (kind === 'governmentSanction')
    return { kind, date, ...period, sanction: random.pick(['警告', '记过', '撤职'] as const) };
  return { kind, date, ...period };
}

function screenCandidates(
  random: Random,
  term: SyntheticTerm,
  previous: SyntheticTerm,
  villages: readonly Village[],
): Candidate[] {
  const newPerson = createPeople(createRandom(random.int(1, 2 ** 31)));
  const toCandidate = (
    m: Member | (PersonDraft & { village: string; villageCode?: string; organization: Organization; post: Post }),
    facts: Fact[],
  ): Candidate => ({
    name: m.name,
    residentId: m.residentId,
    sex: m.sex,
    birthDate: m.birthDate,
    ethnicity: m.ethnicity,
    education: m.education,
    politicalStatus: 'politicalStatus' in m ? m.politicalStatus : '群众',
    ...('partyJoinDate' in m && m.partyJoinDate
      ? { partyJoinDate: m.partyJoinDate, partyFullDate: m.partyFullDate }
      : {}),
    village: m.village,
    villageCode: m.villageCode,
    organization: m.organization,
    post: m.post,
    facts,
  });
  // The elected passed screening: their records are clean. The others stood and were screened out or lost,
  // some from the previous term (re-standing), some new; about one in four has a negative fact.
  const candidates = [...new Map(term.members.map((m) => [m.residentId, m])).values()].map((m) => toCandidate(m, []));
  const byVillage = new Map(villages.map((v) => [v.code, v]));
  const reStanding = previous.members.filter(() => random.chance(0.12));
  for (const m of reStanding) {
    candidates.push(toCandidate(m, random.chance(0.5) ? [drawFact(random, term.electionDate)] : []));
  }
  for (const v of villages) {
    for (let i = random.int(0, 2); i > 0; i--) {
      const p = newPerson({
        electionDate: term.electionDate,
        age: 40,
        highSchool: 0.8,
        minorityShare: 0.2,
        woman: 0.3,
      });
      const facts = random.chance(0.25) ? [drawFact(random, term.electionDate)] : [];
      const post: Post = random.pick(['委员', '副主任'] as const);
      const organization: Organization =
        post === '副主任' ? (v.kind === '社区' ? '居民委员会' : '村民委员会') : '党组织';
      candidates.push(
        toCandidate({ ...p, village: v.name, villageCode: byVillage.get(v.code)?.code, organization, post }, facts),
      );
    }
  }
  return candidates;
}

/** Seed 001's reserve pool: 287 致富能人, 164 返乡人员, 249 大学毕业生, 141 退役军人, 195 优秀青年. */
const RESERVE_POOL: ReadonlyArray<[ReserveSource, number]> = [
  ['致富能人', 287],
  ['返乡人员', 164],
  ['大学毕业生', 249],
  ['退役军人', 141],
  ['优秀青年', 195],
];
const SKILLS = ['电商', '种养殖', '财会', '调解', '旅游', '建筑', '物流', '法律'];

// How reserves were found (seed 001), who mentors them (seed 001's 结对帮带) and how they are trained (seed 004).
const CHANNELS = ['村民举荐', '个人自荐', '组织推荐', '公开招募'] as const;
const MENTOR_ROLES = ['县领导', '包村干部', '第一书记', '“两委”班子成员'] as const;
const TRAINING = ['参与村级事务', '跟班学习', '承担急难险重任务'] as const;
// The dimensions of the example county's evaluation form (exampleCountyHardCriteria.reserveForm; a test holds them
// equal): seed 004's four, then seed 000's 五强.
const FORM_DIMENSIONS = [
  'expertise',
  'record',
  'standing',
  'potential',
  'political',
  'conduct',
  'prosperity',
  'competence',
  'discipline',
] as const;
const RATINGS = ['优秀', '良好', '一般', '较差'] as const;

/**
 * The profile's depth, drawn from a stream of its own so that every figure drawn before it (and after: the risk
 * values) stays as it was: channel, mentor and training, each evaluation rated on the form's dimensions around its
 * overall rating, and an evaluation during a trial post counted as its 准岗考核.
 */
function deepenProfile(
  random: Random,
  newPerson: ReturnType<typeof createPeople>,
  r: Reserve,
  electionDate: IsoDate,
): Reserve {
  const trial = r.trialPosts[0];
  const mentor = () => newPerson({ electionDate, age: 48, highSchool: 1, minorityShare: 0.2, woman: 0.3 }).name;
  const mentors = trial ? [{ name: mentor(), role: random.pick(MENTOR_ROLES), from: trial.from }] : [];
  const start = toDayNumber(electionDate) - random.int(120, 600);
  const training = TRAINING.filter(() => random.chance(0.45)).map((activity, i) => {
    const from = fromDayNumber(start + i * 60);
    return { activity, from, until: fromDayNumber(start + i * 60 + random.int(30, 180)) };
  });
  const evaluations = r.evaluations.map((e) => {
    const centre = RATINGS.indexOf(e.rating);
    const scores = Object.fromEntries(
      FORM_DIMENSIONS.map((d) => [d, RATINGS[Math.max(0, Math.min(3, centre + random.pick([-1, 0, 0, 0, 1])))]!]),
    );
    const onTrial = trial !== undefined && e.date >= trial.from;
    return { ...e, ...(onTrial ? { kind: '准岗考核' as const } : {}), scores };
  });
  return { ...r, channel: random.pick(CHANNELS), mentors, training, evaluations };
}

function reservePool(random: Random, villages: readonly Village[], electionDate: IsoDate): Reserve[] {
  const newPerson = createPeople(createRandom(random.int(1, 2 ** 31)));
  return RESERVE_POOL.flatMap(([source, count]) =>
    Array.from({ length: count }, (): Reserve => {
      const young = source === '大学毕业生' || source === '优秀青年';
      const p = newPerson({
        electionDate,
        age: young ? 27 : source === '退役军人' ? 33 : 41,
        highSchool: young ? 0.98 : 0.8,
        minorityShare: 0.25,
        woman: 0.35,
      });
      const village = random.pick(villages);
      const trial = random.chance(0.45)
        ? [
            {
              village: village.name,
              post: random.pick(['委员', '副主任'] as const),
              from: fromDayNumber(toDayNumber(electionDate) - random.int(200, 700)),
            },
          ]
        : [];
      const evaluated = random.chance(0.7);
      return {
        ...join(random, p, random.chance(0.5), electionDate),
        source,
        readiness: random.weighted({ 可立即使用: 4, 一至两年: 4, 需继续培养: 2 }),
        village: village.name,
        villageCode: village.code,
        skills: SKILLS.filter(() => random.chance(0.2)),
        trialPosts: trial,
        evaluations: evaluated
          ? [
              {
                date: fromDayNumber(toDayNumber(electionDate) - random.int(30, 300)),
                rating: random.weighted({ 优秀: 3, 良好: 5, 一般: 2, 较差: 0.3 }),
              },
            ]
          : [],
        facts: random.chance(0.04) ? [drawFact(random, electionDate)] : [],
        mentors: [],
        training: [],
      };
    }),
  );
}

// The pool, then the risk values from the main stream as before; the profiles' depth from their own stream.
function reservesAndRisks(random: Random, profiles: Random, villages: readonly Village[], electionDate: IsoDate) {
  const pool = reservePool(random, villages, electionDate);
  const riskIndicators = villages.map((v) => riskValues(random, v.code));
  const newPerson = createPeople(profiles);
  return { reserves: pool.map((r) => deepenProfile(profiles, newPerson, r, electionDate)), riskIndicators };
}

function riskValues(random: Random, villageCode: string) {
  // Most villages are calm; a few (2 + 3 + 5 of 26 in seed 000) need watching.
  const troubled = random.chance(0.08);
  return {
    villageCode,
    values: Object.fromEntries(
      SYNTHETIC_RISK_INDICATORS.map((id) => [
        id,
        Math.round(troubled ? random.around(62, 15, 10, 100) : random.around(88, 6, 55, 100)),
      ]),
    ) as Record<(typeof SYNTHETIC_RISK_INDICATORS)[number], number>,
  };
}

/**
 * Generates the synthetic county. The same seed gives the same county on every machine and in every time zone.
 *
 * @param options - `seed`
 * @returns villages, two terms of members, candidates and risk indicator values, marked synthetic
 * @example
 * ```ts
 * const county = generateCounty()
 * county.villages.length // 197
 * county.townships.length // 27
 * ```
 */
export function generateCounty(options: GenerateCountyOptions = {}): SyntheticCounty {
  const seed = options.seed ?? 20211028;
  const random = createRandom(seed);
  const townships = TOWNSHIP_STEMS.map((stem, i) => ({
    code: `${COUNTY.code}${String(100 + i + 1).padStart(3, '0')}`,
    name: `${stem}${i >= 24 ? '街道' : i % 4 === 3 ? '乡' : '镇'}`,
  }));
  // 197 villages over 27 townships: 8 townships get 8, the others 7 (8 * 8 + 19 * 7 = 197).
  const villages: Village[] = townships.flatMap((t, ti) => {
    const count = ti < 8 ? 8 : 7;
    const stems = [...VILLAGE_STEMS].sort(() => random.next() - 0.5).slice(0, count);
    return stems.map((stem, vi): Village => {
      const community = t.name.endsWith('街道') ? vi < 5 : vi === 0 && random.chance(0.3);
      const population = random.int(community ? 3000 : 900, community ? 12000 : 4500);
      return {
        code: `${t.code}${String(vi < 5 && community ? vi + 1 : 200 + vi + 1).padStart(3, '0')}`,
        name: `${stem}${community ? '社区' : '村'}`,
        kind: community ? '社区' : '村',
        township: t.name,
        county: COUNTY.name,
        population,
        households: Math.round(population / random.around(3.4, 0.3, 2.5, 4.5)),
      };
    });
  });
  const previous = electTerm(random, villages, 'previous');
  const current = electTerm(random, villages, 'current');
  return {
    synthetic: true,
    notice:
      '虚构样例数据，人名、身份证号、村名均为生成，不对应任何真实人员或地方。Synthetic data: every name, ID and place is invented.',
    seed,
    county: COUNTY,
    townships,
    villages,
    terms: { previous, current },
    candidates: screenCandidates(random, current, previous, villages),
    ...reservesAndRisks(random, createRandom(seed + 4), villages, current.electionDate),
  };
}
