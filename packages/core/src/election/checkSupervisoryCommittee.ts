/**
 * The village affairs supervisory committee (村务监督委员会), 村民委员会组织法 (2018) Art. 32: its members are chosen
 * from among the villagers by the villagers' assembly or the villagers' representatives' assembly, some of them with
 * accounting or management knowledge, and no member of the villagers' committee nor a near relative of one may sit
 * on it. The article sets neither the committee's size nor a 主任; local rules that do are not checked here.
 * 近亲属 are those of 民法典 Art. 1045: spouse, parents, children, siblings, grandparents on either side and
 * grandchildren on either side. Who is related to whom is input (`relations`): the library cannot know it.
 */
import * as z from 'zod/mini';
import * as P from '../problems/codes.js';
import { type Problem, problem } from '../problems/problem.js';
import { NameField, ResidentIdField } from '../schemas/fields.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';

const ART_32 = '中华人民共和国村民委员会组织法（2018年修正）第三十二条';
const ARTICLE_32 = { zh: ART_32, en: ART_32, zhTW: '中華人民共和國村民委員會組織法（2018年修正）第三十二條' };

/** The bodies that may choose the committee's members (村民委员会组织法 Art. 32). 推选机构。 */
export const SUPERVISORY_CHOOSING_BODIES = ['村民会议', '村民代表会议'] as const;

/** Knowledge Art. 32 asks some member to have: 财会 (accounting) or 管理 (management). */
export const SUPERVISORY_EXPERTISE = ['财会', '管理'] as const;

/** 近亲属 (民法典 Art. 1045, para. 2), with their wording in English and zh-TW. */
const KINSHIP = {
  配偶: { en: 'spouse', zhTW: '配偶' },
  父母: { en: 'parent', zhTW: '父母' },
  子女: { en: 'child', zhTW: '子女' },
  兄弟姐妹: { en: 'sibling', zhTW: '兄弟姊妹' },
  祖父母: { en: 'paternal grandparent', zhTW: '祖父母' },
  外祖父母: { en: 'maternal grandparent', zhTW: '外祖父母' },
  孙子女: { en: "son's child", zhTW: '孫子女' },
  外孙子女: { en: "daughter's child", zhTW: '外孫子女' },
} as const;
/** The kinds of near relative (近亲属, 民法典 Art. 1045) a relation may name. */
export const NEAR_RELATIVES = Object.keys(KINSHIP) as (keyof typeof KINSHIP)[];

const POST_EN: Readonly<Record<string, string>> = { 主任: 'director', 副主任: 'deputy director', 委员: 'member' };

/** A member of the supervisory committee. 村务监督委员会成员。 */
export const SupervisoryMember = z.strictObject({
  name: NameField,
  residentId: z.optional(ResidentIdField),
  /** Who chose the member: 村民会议 or 村民代表会议 (anything else is reported). */
  chosenBy: z.string().check(z.trim(), z.minLength(1)),
  /** A villager of the village (default true). */
  villager: z._default(z.boolean(), true),
  /** Accounting (财会) or management (管理) knowledge. */
  expertise: z._default(z.array(z.enum(SUPERVISORY_EXPERTISE)), () => []),
});
export type SupervisoryMember = z.input<typeof SupervisoryMember>;

const CommitteeMember = z.strictObject({
  name: NameField,
  residentId: z.optional(ResidentIdField),
  post: z.optional(z.string()),
});

/**
 * A near-relative relation between two people, each named by name or resident ID number, in either order: `{ between:
 * ['王某甲', '王某乙'], kinship: '兄弟姐妹' }`. Only 近亲属 are accepted; each works both ways (父母 one way is 子女 the
 * other), so the order does not matter.
 */
const Relation = z.strictObject({
  between: z.tuple([z.string().check(z.minLength(1)), z.string().check(z.minLength(1))]),
  kinship: z.enum(NEAR_RELATIVES as [keyof typeof KINSHIP, ...(keyof typeof KINSHIP)[]]),
});
export type SupervisoryRelation = z.input<typeof Relation>;

const Context = z.strictObject({
  /** The villagers' committee in office (or elected), each with a name, and a resident ID and post if known. */
  villagersCommittee: z.array(CommitteeMember),
  relations: z._default(z.array(Relation), () => []),
});
export type SupervisoryCommitteeContext = z.input<typeof Context>;

/** What the check found. 村务监督委员会检查结果。 */
export interface SupervisoryCommitteeCheck {
  /** No problem found. */
  readonly ok: boolean;
  /** Each problem, naming the member (path `[index, field]`) or the committee (`[]`). */
  readonly problems: readonly Problem[];
}

type Person = { readonly name: string; readonly residentId?: string | undefined };
/** Whether a relation's end names this person: by resident ID number, or by name. */
const names = (end: string, p: Person) => end === p.name || (p.residentId !== undefined && end === p.residentId);
/** The same person: by resident ID number when both have one, else by name. */
const samePerson = (a: Person, b: Person) =>
  a.residentId !== undefined && b.residentId !== undefined ? a.residentId === b.residentId : a.name === b.name;

/**
 * Checks a village affairs supervisory committee against 村民委员会组织法 Art. 32. 村务监督委员会成员资格检查。
 *
 * @param members - the committee's members
 * @param context - the `villagersCommittee` (names, and resident IDs and posts when known) and the near-relative
 *   `relations` known between people (近亲属 of 民法典 Art. 1045, by name or resident ID, in either order)
 * @returns every problem: a member not chosen by the villagers' assembly or representatives' assembly, or not a
 *   villager (`SUPERVISION_CHOSEN_BY`); no member with accounting or management knowledge
 *   (`SUPERVISION_NO_EXPERTISE`); a member of the villagers' committee (`SUPERVISION_COMMITTEE_MEMBER`) or a near
 *   relative of one (`SUPERVISION_NEAR_RELATIVE`)
 * @throws HuanjieError for invalid input, naming the member and field (e.g. a kinship that is not 近亲属)
 * @example
 * ```ts
 * checkSupervisoryCommittee(
 *   [
 *     { name: '李某甲', chosenBy: '村民代表会议', expertise: ['财会'] },
 *     { name: '王某乙', chosenBy: '村民代表会议' },
 *     { name: '赵某丙', chosenBy: '村民会议' },
 *   ],
 *   {
 *     villagersCommittee: [{ name: '王某甲', post: '主任' }],
 *     relations: [{ between: ['王某甲', '王某乙'], kinship: '兄弟姐妹' }],
 *   },
 * ).problems[0].message
 * // '村务监督委员会成员王某乙与村民委员会主任王某甲是近亲属（兄弟姐妹），不得担任（中华人民共和国村民委员会组织法（2018年修正）第三十二条）'
 * ```
 */
export function checkSupervisoryCommittee(
  members: readonly SupervisoryMember[],
  context: SupervisoryCommitteeContext,
): SupervisoryCommitteeCheck {
  const list = parseOrThrow(z.array(SupervisoryMember), members);
  const { villagersCommittee, relations } = parseOrThrow(Context, context);
  const problems: Problem[] = [];
  const article = ARTICLE_32;
  const postOf = (p: z.infer<typeof CommitteeMember>) => {
    const zh = p.post ?? '成员';
    return { zh, en: POST_EN[zh] ?? zh, zhTW: zh.replace('员', '員') };
  };
  list.forEach((m, i) => {
    const member = m.name;
    if (!(SUPERVISORY_CHOOSING_BODIES as readonly string[]).includes(m.chosenBy)) {
      const expected = SUPERVISORY_CHOOSING_BODIES.join('、');
      problems.push(
        problem(
          P.SUPERVISION_CHOSEN_BY,
          { member, chosenBy: m.chosenBy, article },
          { path: [i, 'chosenBy'], expected },
        ),
      );
    }
    if (!m.villager) {
      problems.push(
        problem(P.SUPERVISION_CHOSEN_BY, { variant: 'villager', member, article }, { path: [i, 'villager'] }),
      );
    }
    const seat = villagersCommittee.find((c) => samePerson(c, m));
    if (seat) {
      problems.push(
        problem(P.SUPERVISION_COMMITTEE_MEMBER, { member, post: postOf(seat), article }, { path: [i, 'name'] }),
      );
      return; // a member of both: the relatives of the committee are beside the point
    }
    for (const r of relations) {
      const [a, b] = r.between;
      const other = names(a, m) ? b : names(b, m) ? a : undefined;
      if (other === undefined) continue;
      const relative = villagersCommittee.find((c) => names(other, c));
      if (!relative) continue;
      const kinship = { zh: r.kinship, ...KINSHIP[r.kinship] };
      problems.push(
        problem(
          P.SUPERVISION_NEAR_RELATIVE,
          { member, relative: relative.name, post: postOf(relative), kinship, article },
          { path: [i, 'name'] },
        ),
      );
    }
  });
  if (list.length > 0 && !list.some((m) => m.expertise.length > 0)) {
    problems.push(problem(P.SUPERVISION_NO_EXPERTISE, { count: list.length, article }, { path: [] }));
  }
  return { ok: problems.length === 0, problems };
}
