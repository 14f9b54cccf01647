/**
 * A row of a voter list (选民名单): the person, their ties to the village — household registration (户籍) and
 * residence — and what 村民委员会组织法 Art. 13 asks of each of its three categories, as the list records them.
 */
import type { IsoDate } from '../dates/calendar.js';
import type { Sex } from '../schemas/vocabulary.js';

/**
 * The three categories of voter of 村民委员会组织法 Art. 13 (选民类别): `resident` 户籍在本村并且在本村居住;
 * `away` 户籍在本村、不在本村居住、本人表示参加选举; `newcomer` 户籍不在本村、在本村居住一年以上、本人申请参加选举、
 * 经村民会议或者村民代表会议同意.
 */
export const VOTER_CATEGORIES = ['resident', 'away', 'newcomer'] as const;
export type VoterCategory = (typeof VOTER_CATEGORIES)[number];

/** The categories' names. 选民类别名称。 */
export const VOTER_CATEGORY_LABELS: Readonly<
  Record<VoterCategory, { readonly zh: string; readonly zhTW: string; readonly en: string }>
> = {
  resident: { zh: '户籍在本村且在本村居住', zhTW: '戶籍在本村且在本村居住', en: 'Registered and living here' },
  away: {
    zh: '户籍在本村、不在本村居住、本人表示参加选举',
    zhTW: '戶籍在本村、不在本村居住、本人表示參加選舉',
    en: 'Registered here, living away, taking part',
  },
  newcomer: {
    zh: '户籍不在本村、在本村居住一年以上、经同意参加选举',
    zhTW: '戶籍不在本村、在本村居住一年以上、經同意參加選舉',
    en: 'Registered elsewhere, living here a year or more, admitted',
  },
};

/** One person on a voter list. 选民名单中的一人。 */
export interface VoterRow {
  readonly name: string;
  /** The 18-character resident ID number (a 15-digit one converted). */
  readonly residentId: string;
  readonly sex: Sex;
  readonly birthDate: IsoDate;
  readonly township?: string;
  readonly village?: string;
  /** 户籍在本村. */
  readonly registeredHere: boolean;
  /** 在本村居住. */
  readonly livesHere: boolean;
  /** Since when the person has lived in the village (for a `newcomer`: a year before the election). */
  readonly livesHereSince?: IsoDate;
  /** The category the list gives, if it has the column (checked against the ties above). */
  readonly category?: VoterCategory;
  /** 本人表示参加选举 (an `away` voter) or 本人申请参加选举 (a `newcomer`). */
  readonly takesPart?: boolean;
  /** When a `newcomer` applied. 申请日期。 */
  readonly appliedOn?: IsoDate;
  /** When the 村民会议 or 村民代表会议 consented to a `newcomer`. 同意日期。 */
  readonly consentOn?: IsoDate;
  /** Deprived of political rights by law (依照法律被剥夺政治权利). */
  readonly deprived: boolean;
}

/** The fields of a voter row. */
export type VoterField = keyof VoterRow & string;

/** Labels of the voter list's fields (zh-CN, zh-TW, en). 选民名单栏目名称。 */
export const VOTER_FIELD_LABELS: Readonly<
  Record<VoterField, { readonly zh: string; readonly zhTW: string; readonly en: string }>
> = {
  name: { zh: '姓名', zhTW: '姓名', en: 'Name' },
  residentId: { zh: '身份证号', zhTW: '身分證號', en: 'Resident ID number' },
  sex: { zh: '性别', zhTW: '性別', en: 'Sex' },
  birthDate: { zh: '出生日期', zhTW: '出生日期', en: 'Birth date' },
  township: { zh: '乡镇(街道)', zhTW: '鄉鎮(街道)', en: 'Township' },
  village: { zh: '村(社区)', zhTW: '村(社區)', en: 'Village or community' },
  registeredHere: { zh: '户籍在本村', zhTW: '戶籍在本村', en: 'Household registered here' },
  livesHere: { zh: '在本村居住', zhTW: '在本村居住', en: 'Lives here' },
  livesHereSince: { zh: '在本村居住起始日期', zhTW: '在本村居住起始日期', en: 'Living here since' },
  category: { zh: '选民类别', zhTW: '選民類別', en: 'Voter category' },
  takesPart: { zh: '本人表示参加选举', zhTW: '本人表示參加選舉', en: 'Takes part (own wish)' },
  appliedOn: { zh: '申请日期', zhTW: '申請日期', en: 'Applied on' },
  consentOn: {
    zh: '村民会议或村民代表会议同意日期',
    zhTW: '村民會議或村民代表會議同意日期',
    en: "Villagers' (representatives') assembly consent date",
  },
  deprived: { zh: '被剥夺政治权利', zhTW: '被剝奪政治權利', en: 'Deprived of political rights' },
};

/**
 * The voter list's columns: the canonical Chinese header first, then the variants accepted (compared after
 * `normalizeHeader`: full-width brackets, spaces and required marks do not matter).
 */
export const VOTER_COLUMNS: ReadonlyArray<{ readonly field: VoterField; readonly headers: readonly string[] }> = [
  { field: 'name', headers: ['姓名', '选民姓名', '名字'] },
  { field: 'residentId', headers: ['身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码'] },
  { field: 'sex', headers: ['性别'] },
  { field: 'birthDate', headers: ['出生日期', '出生年月', '出生年月日', '生日'] },
  { field: 'township', headers: ['乡镇(街道)', '乡镇', '乡(镇)', '街道'] },
  { field: 'village', headers: ['村(社区)', '村社区', '所在村', '村名', '村'] },
  {
    field: 'registeredHere',
    headers: ['户籍在本村', '是否本村户籍', '本村户籍', '户籍是否在本村', '户籍所在地是否本村'],
  },
  { field: 'livesHere', headers: ['在本村居住', '是否在本村居住', '是否居住', '本村居住', '是否在村居住'] },
  {
    field: 'livesHereSince',
    headers: ['在本村居住起始日期', '居住起始日期', '来本村居住日期', '在本村居住起始时间', '居住开始日期'],
  },
  { field: 'category', headers: ['选民类别', '登记类别', '类别', '选民登记类别'] },
  {
    field: 'takesPart',
    headers: ['本人表示参加选举', '参加意愿', '本人申请参加选举', '是否参加选举', '本人表示参加', '本人申请'],
  },
  { field: 'appliedOn', headers: ['申请日期', '申请参加选举日期', '本人申请日期', '申请时间'] },
  {
    field: 'consentOn',
    headers: ['村民会议或村民代表会议同意日期', '同意日期', '村民会议同意日期', '村民代表会议同意日期', '会议同意日期'],
  },
  { field: 'deprived', headers: ['被剥夺政治权利', '剥夺政治权利', '是否被剥夺政治权利', '是否剥夺政治权利'] },
];
