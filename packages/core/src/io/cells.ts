/**
 * Reading single roster cells: the spellings people type for sex, education, ethnicity, political status,
 * organization, post and yes/no, mapped onto the data model's vocabulary.
 */
import {
  EDUCATION_LEVELS,
  ETHNICITIES,
  ORGANIZATIONS,
  POLITICAL_STATUSES,
  POSTS,
  type Sex,
} from '../schemas/vocabulary.js';

function table(entries: Record<string, readonly string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [value, aliases] of Object.entries(entries)) {
    map.set(value, value);
    for (const a of aliases) map.set(a, value);
  }
  return map;
}

const SEX = table({ male: ['男', '男性', 'M', 'm', 'Male'], female: ['女', '女性', 'F', 'f', 'Female'] });

const EDUCATION = table({
  ...Object.fromEntries(EDUCATION_LEVELS.map((l) => [l, []])),
  小学: ['小学及以下', '文盲', '半文盲'],
  高中: ['高级中学', '普高'],
  中专: ['中等专科', '中师', '中技'],
  大专: ['大学专科', '专科', '高职', '大专及以上'],
  本科: ['大学本科', '大学'],
  硕士研究生: ['硕士', '研究生'],
  博士研究生: ['博士'],
});

const ETHNICITY = table(Object.fromEntries(ETHNICITIES.map((e) => [e, e === '其他' ? [] : [e.slice(0, -1)]])));

const POLITICAL = table({
  ...Object.fromEntries(POLITICAL_STATUSES.map((p) => [p, []])),
  中共党员: ['党员', '中国共产党党员'],
  中共预备党员: ['预备党员', '中国共产党预备党员'],
  共青团员: ['团员', '共青团'],
  群众: ['无', '普通群众'],
});

const ORGANIZATION = table({
  ...Object.fromEntries(ORGANIZATIONS.map((o) => [o, []])),
  党组织: ['党支部', '党总支', '党委', '村党支部', '社区党支部', '党组织委员会', '支部委员会'],
  村民委员会: ['村委会', '村委'],
  居民委员会: ['居委会', '社区居委会', '居委'],
});

const POST = table({
  ...Object.fromEntries(POSTS.map((p) => [p, []])),
  书记: ['党支部书记', '党组织书记', '支部书记', '党委书记', '党总支书记'],
  副书记: ['党支部副书记', '党组织副书记'],
  主任: ['村委会主任', '居委会主任', '村主任'],
  副主任: ['村委会副主任', '居委会副主任'],
  委员: ['成员', '支委', '村委委员'],
});

const YES = new Set(['是', 'Y', 'y', 'yes', 'Yes', 'YES', 'true', 'TRUE', '1', '√', '✓', '✔', '一肩挑']);
const NO = new Set(['否', 'N', 'n', 'no', 'No', 'NO', 'false', 'FALSE', '0', '×', '', '无']);

function clean(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, '');
}

export const readSex = (text: string): Sex | undefined => SEX.get(clean(text)) as Sex | undefined;
export const readEducation = (text: string): string | undefined => EDUCATION.get(clean(text));
export const readEthnicity = (text: string): string | undefined => ETHNICITY.get(clean(text));
export const readPoliticalStatus = (text: string): string | undefined => POLITICAL.get(clean(text));
export const readOrganization = (text: string): string | undefined => ORGANIZATION.get(clean(text));
export const readPost = (text: string): string | undefined => POST.get(clean(text));

/** Reads a yes/no cell; an empty cell is no. */
export function readYesNo(text: string): boolean | undefined {
  const t = clean(text);
  return YES.has(t) ? true : NO.has(t) ? false : undefined;
}
