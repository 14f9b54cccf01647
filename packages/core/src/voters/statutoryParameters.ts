/**
 * The statutory figure of the voter list beyond those the election rules already hold (the voting age is the
 * national baseline's `votingAge`; the list's 20 / 5 / 3 days are `ELECTION_PARAMETERS`): the year of residence a
 * villager registered elsewhere needs (村民委员会组织法 Art. 13, since the 2010 revision). The national baseline
 * includes it, so that a county sees it and could override it like any other figure.
 */
import type { IsoDate } from '../dates/calendar.js';
import type { PolicyParameter } from '../parameters/parameter.js';
import type { PolicyBase } from '../parameters/policyBase.js';
import { parameterOf, valueAt } from '../parameters/valueAt.js';

/** The voter list's statutory parameters, by name. 选民登记法定参数。 */
export const VOTER_PARAMETERS = {
  newcomerResidenceYears: {
    title: {
      zh: '户籍不在本村的村民参加选举须在本村居住的年数（以上）',
      en: 'Years a villager registered elsewhere must have lived in the village to vote',
    },
    unit: 'years',
    reference: 'vc-law-art13',
    values: { '2010-10-28': 1 },
  },
} as const satisfies Readonly<Record<string, PolicyParameter>>;

/**
 * The name of the policy parameter for how many voters one proxy may vote for (受委托人接受委托的人数上限): not in
 * the law (Art. 15 leaves it to the provinces' 选举办法), so only a policy that sets it has it; without it, no limit
 * is checked and the result says so.
 */
export const PROXY_LIMIT_PARAMETER = 'proxyVotesPerPerson';

/** A law article as messages name it, in the three languages. */
export interface ArticleName {
  readonly zh: string;
  readonly en: string;
  readonly zhTW: string;
}

const LAW = { zh: '村民委员会组织法', en: "Villagers' Committees Organization Law", zhTW: '村民委員會組織法' };
const NUMERALS = ['十三', '十四', '十五'] as const;

/** 村民委员会组织法 Art. 13, 14 or 15, as messages name it. */
export function voterArticle(n: 13 | 14 | 15): ArticleName {
  const zh = `第${NUMERALS[n - 13]}条`;
  return { zh: `${LAW.zh}${zh}`, en: `${LAW.en}, Art. ${n}`, zhTW: `${LAW.zhTW}${zh.replace('条', '條')}` };
}

/** A number the policy holds on `on` (its own parameter), else the statutory one given. */
export function numberInForce(
  policy: PolicyBase,
  name: string,
  statutory: PolicyParameter | undefined,
  on: IsoDate,
): number | undefined {
  const parameter = Object.hasOwn(policy.parameters, name) ? parameterOf(policy, name) : statutory;
  return parameter ? Number(valueAt(parameter, on).value) : undefined;
}
