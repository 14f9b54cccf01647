/**
 * The numbered checks of an election tally (计票核对), after the Dutch counting software abacus: every check has a
 * stable code — errors `F.xxx` stop the result, warnings `W.xxx` need a person to look and may be accepted with a
 * written explanation — a Chinese and English title, what it means, what to do next, the input fields it concerns
 * and, for a statutory rule, the article it applies.
 */

import { chineseNumeral, type Fraction, fractionText } from '../../parameters/fraction.js';
import type { ElectionCheckCode, TallyCheckCode } from '../../problems/tallyCodes.js';
import { type Threshold as Stated, shareInForce, sizeInForce, statutoryMargin } from './thresholds.js';

type Text = { readonly zh: string; readonly en: string };

/** One check of the catalogue. 核对项。 */
export interface TallyCheck {
  readonly code: TallyCheckCode;
  readonly severity: 'error' | 'warning';
  readonly title: Text;
  readonly explanation: Text;
  /** What to do next when the check fails. */
  readonly next: Text;
  /** Input fields it concerns (paths like `ballots.returned`; `candidates` for any candidate). */
  readonly fields: readonly string[];
  /** The article applied, or `null` for an arithmetic check of the counts themselves. */
  readonly reference: string | null;
}

// The quorum, ballot, majority, tie and 另行选举 provisions of the 2020 party regulation are cited by their content:
// their article numbers could not be confirmed from the sources at hand (Art. 13, the margin, could).
const PARTY = '中国共产党基层组织选举工作条例（2020年）';
const VC = '中华人民共和国村民委员会组织法（2018年修正）';
/** The plenary that elects the secretary and deputies (article number not confirmed: cited by its content). */
const OFFICERS = `${PARTY}（委员会全体会议从委员中选举书记、副书记，可以等额选举）`;

/** A check of the catalogue, as written. */
export const check = (c: TallyCheck): TallyCheck => c;

/** The statutory share as the law now stands (the catalogue's figure). */
const statutory = (name: Parameters<typeof shareInForce>[1]) => shareInForce(undefined, name, undefined);

// The checks below state a statutory figure: written for the value in force (the catalogue holds the national one).

/** F.101 for a candidate margin in percent, citing the reference of the margin in force. */
export function marginCheck(margin: number, reference = `${PARTY}第十三条`): TallyCheck {
  return check({
    code: 'F.101',
    severity: 'error',
    title: {
      zh: '候选人数应多于应选人数（差额选举）',
      en: 'More candidates than seats, by the margin the rules set',
    },
    explanation: {
      zh: `委员候选人的差额不少于应选人数的百分之${chineseNumeral(margin)}（比例为政策参数；人数向上取整）。`,
      en: `Committee candidates exceed the seats by at least ${margin} % of the seats (a policy parameter), rounded up.`,
    },
    next: {
      zh: '按规定程序增补候选人，或者调减应选人数后重新提名。',
      en: 'Add candidates by the set procedure, or reduce the seats and nominate again.',
    },
    fields: ['candidates', 'seats'],
    reference,
  });
}

/**
 * F.102 for a party quorum: more than this share of those due to attend — party members (delegates) at the
 * assembly, or the committee's members at its plenary (`who`).
 */
export function quorumCheck(quorum: Stated, who: Text = { zh: '党员（代表）', en: 'members' }): TallyCheck {
  const q = fractionText(quorum);
  return check({
    code: 'F.102',
    severity: 'error',
    title: {
      zh: `到会有选举权的人数应超过应到会人数的${q.zh}`,
      en: `Voting members present exceed ${q.en} of those due to attend`,
    },
    explanation: {
      zh: `应到会人数为有选举权的${who.zh}人数减去经批准不参加的人数；到会人数不超过其${q.zh}，会议不得进行选举。`,
      en: `Those due to attend are the ${who.en} entitled to vote less those excused with approval; the meeting may not elect unless more than ${q.en} of them are present.`,
    },
    next: {
      zh: '停止选举，另行召开会议；核实经批准不能参加的人员。',
      en: 'Stop the election and convene again; check who was excused with approval.',
    },
    fields: ['entitled', 'excused', 'present'],
    reference: quorum.reference,
  });
}

/** W.101 for a party majority: yes votes above this share of the voting members due to attend. */
export function partyOpenSeatsCheck(majority: Stated): TallyCheck {
  const m = fractionText(majority, '一半');
  return check({
    code: 'W.101',
    severity: 'warning',
    title: { zh: '尚有名额未选出，须另行选举', en: 'Seats remain open: hold another vote' },
    explanation: {
      zh: `赞成票超过应到会有选举权人数${m.zh}的被选举人少于应选名额，不足的名额另行选举。`,
      en: `Fewer candidates won yes votes above ${m.en} of the voting members due to attend than there are seats; the open seats are filled by another vote.`,
    },
    next: {
      zh: '对不足的名额另行选举；接近应选名额的，也可按规定减少名额，不再选举。',
      en: 'Hold another vote for the open seats; when close to the number of seats, the seats may be reduced as the rules allow.',
    },
    fields: ['candidates', 'seats'],
    reference: majority.reference,
  });
}

/**
 * W.103 for a secretary or deputy secretary left unelected (the post named when known): yes votes above this share
 * of the members due.
 */
export function officerVacancyCheck(majority: Stated, post?: '书记' | '副书记'): TallyCheck {
  const m = fractionText(majority, '一半');
  const named = post ? { zh: post, en: post === '书记' ? 'The secretary' : 'A deputy secretary' } : undefined;
  return check({
    code: 'W.103',
    severity: 'warning',
    title: {
      zh: `${named?.zh ?? '书记、副书记'}职位空缺，须另行选举`,
      en: `${named?.en ?? 'A secretary or deputy'} post is left open: vote again`,
    },
    explanation: {
      zh: `书记、副书记由委员会全体会议从委员中选举产生，可以等额选举；被选举人的赞成票超过应到会有选举权委员${m.zh}的，始得当选。没有人达到的，该职位空缺。`,
      en: `The committee's plenary elects its secretary and deputies from its members, one candidate per post allowed; a candidate needs yes votes above ${m.en} of the committee members due to attend. When nobody does, the post stays open.`,
    },
    next: {
      zh: '报告上级党组织，按程序重新确定候选人，再次召开委员会全体会议选举。',
      en: 'Report to the party organization above, settle the candidates again by the set procedure and hold the vote at another plenary.',
    },
    fields: ['candidates', 'seats'],
    reference: majority.reference,
  });
}

/** F.201 for a villagers' committee turnout: more than this share of the registered voters. */
export function turnoutCheck(turnout: Stated): TallyCheck {
  const t = fractionText(turnout, '半数');
  const half = t.en === 'half';
  return check({
    code: 'F.201',
    severity: 'error',
    title: {
      zh: `投票的村民应超过登记参加选举村民的${t.zh}`,
      en: `More than ${t.en} of the registered voters voted`,
    },
    explanation: {
      zh: `有登记参加选举的村民${half ? '过半数' : `超过${t.zh}`}投票，选举有效（“双过半”之一）。`,
      en: `The election is valid only if more than ${t.en} of the registered voters voted (the first of the "two majorities").`,
    },
    next: {
      zh: '选举无效：按规定重新组织投票。',
      en: 'The election is invalid: organize the vote again as the rules say.',
    },
    fields: ['registeredVoters', 'ballots.returned'],
    reference: turnout.reference,
  });
}

/** W.201 for a villagers' committee majority of the votes cast, and the share a 另行选举 winner needs at least. */
export function villagersOpenSeatsCheck(majority: Stated, additional: Fraction): TallyCheck {
  const m = fractionText(majority, '半数');
  const a = fractionText(additional);
  return check({
    code: 'W.201',
    severity: 'warning',
    title: { zh: '当选人数少于应选名额，须另行选举', en: 'Seats remain open: hold another vote (另行选举)' },
    explanation: {
      zh: `候选人获得参加投票的村民${m.en === 'half' ? '过半数' : `超过${m.zh}`}的选票始得当选；当选人数不足应选名额的，不足的名额另行选举。另行选举时得票多的当选，但所得票数不得少于已投选票总数的${a.zh}。`,
      en: `A candidate needs more than ${m.en} of the votes cast; open seats are filled by another vote, in which the highest wins with at least ${a.en} of the votes cast.`,
    },
    next: {
      zh: '对不足的名额另行选举（可当日进行），按未当选人员中得票多的确定候选人。',
      en: 'Hold another vote for the open seats; the candidates are those with the most votes among the not elected.',
    },
    fields: ['candidates', 'seats'],
    reference: majority.reference,
  });
}

/** The committee a villagers' committee tally elects: a villagers' or a residents' committee (社区). */
export type CommitteeBody = '村民委员会' | '居民委员会';

/** The bounds of a committee's size in force, and the reference (as cited) they rest on. */
export interface CommitteeSize {
  readonly min: number;
  readonly max: number;
  readonly reference: string;
}

const EN_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const BODY_EN: Record<CommitteeBody, string> = {
  村民委员会: "villagers' committee",
  居民委员会: "residents' committee",
};

/**
 * W.204 for a committee of `min` to `max` members (村民委员会组织法 Art. 6: three to seven; 城市居民委员会组织法
 * Art. 7: five to nine). A warning, not an error: where a province elects the director, deputies and members by
 * post (分职位选举), one ballot's seats are a part of the committee; the committee as a whole must still be in range.
 */
export function committeeSizeCheck(body: CommitteeBody, size: CommitteeSize): TallyCheck {
  const en = (n: number) => EN_NUMBERS[n] ?? String(n);
  const range = {
    zh: `${chineseNumeral(size.min)}至${chineseNumeral(size.max)}人`,
    en: `${en(size.min)} to ${en(size.max)}`,
  };
  return check({
    code: 'W.204',
    severity: 'warning',
    title: { zh: `${body}由${range.zh}组成`, en: `A ${BODY_EN[body]} has ${range.en} members` },
    explanation: {
      zh: `${body}由主任、副主任和委员共${range.zh}组成；应选人数在此之外。分职位选举时，各职位的应选人数合计应在此范围内。`,
      en: `The director, deputies and members number ${range.en} in all; the seats are outside that. Where posts are elected on separate ballots, the posts' seats together must be within it.`,
    },
    next: {
      zh: '核对选举办法确定的职数；分职位选举的，说明各职位的应选人数。',
      en: 'Check the number of posts the election rules set; for separate ballots by post, state the seats of each.',
    },
    fields: ['seats'],
    reference: size.reference,
  });
}

/** Every check of the election tallies, by code (the recommendation's are in `recommendationChecks.ts`). 核对项目录。 */
export const TALLY_CHECKS = {
  'F.001': check({
    code: 'F.001',
    severity: 'error',
    title: { zh: '数字应为不小于 0 的整数', en: 'Counts are whole numbers, not negative' },
    explanation: {
      zh: '人数、票数都应是不小于 0 的整数；空白、负数、小数都无法核对。',
      en: 'People and votes are counted in whole numbers; a blank, negative or fractional count cannot be checked.',
    },
    next: { zh: '按计票单填写该数字。', en: 'Enter the number from the tally sheet.' },
    fields: ['seats', 'candidates'],
    reference: null,
  }),
  'F.002': check({
    code: 'F.002',
    severity: 'error',
    title: { zh: '候选人不得重复列出', en: 'No candidate is listed twice' },
    explanation: {
      zh: '同一姓名出现两次，其票数无法归属。',
      en: 'A name that appears twice cannot be given its votes.',
    },
    next: {
      zh: '合并重复的行；同名的两人请加以区分（如加注村民小组）。',
      en: 'Merge the repeated rows; tell two people of the same name apart (e.g. add their group).',
    },
    fields: ['candidates'],
    reference: null,
  }),
  'F.003': check({
    code: 'F.003',
    severity: 'error',
    title: { zh: '有效票与无效票之和应等于收回的选票', en: 'Valid and invalid ballots add up to those returned' },
    explanation: {
      zh: '每一张收回的选票，不是有效票就是无效票。',
      en: 'Every ballot returned is either valid or invalid.',
    },
    next: { zh: '重新清点有效票和无效票。', en: 'Count the valid and invalid ballots again.' },
    fields: ['ballots.returned', 'ballots.valid', 'ballots.invalid'],
    reference: null,
  }),
  'F.004': check({
    code: 'F.004',
    severity: 'error',
    title: { zh: '候选人得票不得多于有效票', en: "A candidate's votes do not exceed the valid ballots" },
    explanation: {
      zh: '每张有效票对同一候选人最多投一票。',
      en: 'A valid ballot gives a candidate at most one vote.',
    },
    next: { zh: '核对该候选人的得票。', en: "Check the candidate's votes." },
    fields: ['candidates', 'ballots.valid'],
    reference: null,
  }),
  'F.005': check({
    code: 'F.005',
    severity: 'error',
    title: {
      zh: '所投人数多于应选人数的选票为无效票',
      en: 'A ballot naming more people than seats is invalid',
    },
    explanation: {
      zh: '全部候选人得票之和超过“有效票 × 应选人数”，说明有选票所选人数多于应选人数却被算作有效票。',
      en: 'The votes of all candidates exceed valid ballots × seats: some ballot naming more people than seats was counted as valid.',
    },
    next: {
      zh: '找出所选人数多于应选人数的选票，改计为无效票，重新统计得票。',
      en: 'Find the ballots naming more people than seats, count them as invalid and count the votes again.',
    },
    fields: ['candidates', 'ballots.valid', 'seats'],
    reference: null,
  }),
  'F.006': check({
    code: 'F.006',
    severity: 'error',
    title: { zh: '应选人数至少为 1', en: 'At least one seat' },
    explanation: { zh: '没有应选名额的选举无从计票。', en: 'An election with no seat has nothing to count.' },
    next: { zh: '填写本次应选人数。', en: 'Enter the number of seats.' },
    fields: ['seats'],
    reference: null,
  }),

  'F.101': /* @__PURE__ */ marginCheck(statutoryMargin()),
  'F.102': /* @__PURE__ */ quorumCheck(statutory('partyQuorumShare')),
  'F.103': check({
    code: 'F.103',
    severity: 'error',
    title: { zh: '收回的选票不得多于发出的选票', en: 'Ballots returned do not exceed ballots issued' },
    explanation: {
      zh: '收回的选票多于发出的选票，选举无效。',
      en: 'When more ballots come back than were issued, the election is invalid.',
    },
    next: { zh: '宣布本次选举无效，重新选举。', en: 'Declare this vote invalid and vote again.' },
    fields: ['ballots.issued', 'ballots.returned'],
    reference: `${PARTY}（收回选票多于发出选票，选举无效）`,
  }),
  'F.104': check({
    code: 'F.104',
    severity: 'error',
    title: {
      zh: '到会人数不得多于应到会人数，发出选票不得多于到会人数',
      en: 'No more present than due, no more ballots than present',
    },
    explanation: {
      zh: '到会的只能是应到会的人，每人只领一张选票。',
      en: 'Only those due may attend, and each receives one ballot.',
    },
    next: { zh: '核对签到和发票记录。', en: 'Check the sign-in sheet and the ballots issued.' },
    fields: ['entitled', 'excused', 'present', 'ballots.issued'],
    reference: null,
  }),
  // The committee's plenary electing its secretary and deputies (tallyPartyOfficerElection): candidates are the
  // committee's members, and a post nobody wins stays open.
  'F.105': check({
    code: 'F.105',
    severity: 'error',
    title: { zh: '书记、副书记候选人应为本届委员会委员', en: 'Secretary and deputy candidates are committee members' },
    explanation: {
      zh: '书记、副书记由委员会全体会议从本届委员会委员中选举产生；不是委员的人不能当选，其得票无从计入。',
      en: "The plenary elects the secretary and deputies from the committee's own members; someone not on the committee cannot be elected, and their votes count for nothing.",
    },
    next: {
      zh: '核对新当选的委员名单与候选人姓名；另选的不是委员的人，删去其得票行。',
      en: 'Check the list of members just elected against the candidates; remove the votes of a write-in who is not a member.',
    },
    fields: ['candidates', 'committee'],
    reference: OFFICERS,
  }),
  'W.101': /* @__PURE__ */ partyOpenSeatsCheck(statutory('partyMajorityShare')),
  'W.102': check({
    code: 'W.102',
    severity: 'warning',
    title: { zh: '末位票数相等，须再次投票', en: 'Tie for the last seat: vote again' },
    explanation: {
      zh: '得票过半的人数多于名额，且最后一个名额有票数相等的候选人，无法确定当选人。',
      en: 'More candidates passed the majority than there are seats, and candidates are tied for the last seat.',
    },
    next: {
      zh: '就票数相等的被选举人再次投票，得票多的当选。',
      en: 'Vote again between the tied candidates; the one with more votes is elected.',
    },
    fields: ['candidates'],
    reference: `${PARTY}（票数相等不能确定当选人时，就票数相等的被选举人再次投票）`,
  }),
  'W.103': /* @__PURE__ */ officerVacancyCheck(statutory('partyMajorityShare')),

  'F.201': /* @__PURE__ */ turnoutCheck(statutory('villagersTurnoutShare')),
  'F.202': check({
    code: 'F.202',
    severity: 'error',
    title: {
      zh: '收回选票不得多于发出选票，发出选票不得多于登记选民',
      en: 'No more ballots returned than issued, nor issued than registered voters',
    },
    explanation: {
      zh: '每位登记的村民只领一张选票。',
      en: 'Each registered voter receives one ballot.',
    },
    next: {
      zh: '核对发票和收票记录；收回多于发出的，选举无效。',
      en: 'Check the records of ballots issued and returned; if more came back than were issued, the vote is invalid.',
    },
    fields: ['registeredVoters', 'ballots.issued', 'ballots.returned'],
    reference: null,
  }),
  'W.201': /* @__PURE__ */ villagersOpenSeatsCheck(
    statutory('villagersMajorityShare'),
    statutory('villagersAdditionalVoteShare'),
  ),
  'W.202': check({
    code: 'W.202',
    severity: 'warning',
    title: { zh: '村民委员会成员中应当有妇女成员', en: "The villagers' committee includes a woman" },
    explanation: {
      zh: '本次当选人员中没有妇女。',
      en: 'No woman is among those elected.',
    },
    next: {
      zh: '在另行选举中确保妇女当选（如设妇女委员专职专选名额），或说明已有妇女成员的情况。',
      en: 'Make sure a woman is elected in another vote (e.g. a seat reserved for a woman), or explain how the committee already has one.',
    },
    fields: ['candidates'],
    reference: `${VC}第六条`,
  }),
  'W.203': check({
    code: 'W.203',
    severity: 'warning',
    title: { zh: '末位票数相等，须再次投票', en: 'Tie for the last seat: vote again' },
    explanation: {
      zh: '最后一个名额有票数相等的候选人，无法确定当选人。',
      en: 'Candidates are tied for the last seat.',
    },
    next: {
      zh: '就票数相等的候选人再次投票，得票多的当选。',
      en: 'Vote again between the tied candidates; the one with more votes is elected.',
    },
    fields: ['candidates'],
    reference: null,
  }),
  'W.204': /* @__PURE__ */ committeeSizeCheck('村民委员会', sizeInForce(undefined, 'villagersCommittee', undefined)),
  // A warning: the tally lists whoever received votes, so a write-in (另选他人) may stand among the candidates; fewer
  // names than seats with votes still means fewer nominees than seats.
  'W.205': check({
    code: 'W.205',
    severity: 'warning',
    title: { zh: '候选人名额应当多于应选名额（差额选举）', en: 'More candidates than seats (a contested election)' },
    explanation: {
      zh: '村民委员会成员候选人由登记参加选举的村民直接提名，候选人名额应当多于应选名额；得票的人数不多于应选人数，说明候选人不足。',
      en: 'Candidates are nominated directly by the registered voters and must outnumber the seats; no more people with votes than seats means too few candidates.',
    },
    next: {
      zh: '核对候选人提名和公布记录；候选人不足的，按规定程序补足后再行投票。',
      en: 'Check the nomination and publication records; with too few candidates, nominate more by the set procedure and vote again.',
    },
    fields: ['candidates', 'seats'],
    reference: `${VC}第十五条`,
  }),
} as const satisfies Record<ElectionCheckCode, TallyCheck>;

export type { TallyCheckCode };
