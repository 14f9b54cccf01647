/**
 * Tallying the election of a party committee's secretary and deputy secretaries (书记、副书记选举计票) under
 * 中国共产党基层组织选举工作条例 (2020): once the party members' assembly has elected the committee, the committee's
 * first plenary (全体会议) elects its secretary and deputies from among its members; one candidate per post is allowed
 * (等额), so the 20 % margin of Art. 13 does not apply. The quorum (more than 4/5 of the members due to attend) and the
 * majority (yes votes above half of the voting members due to attend) are the party election's, read from the same
 * parameters (`partyQuorumShare`, `partyMajorityShare`), here over the committee's members. The article numbers of
 * these provisions could not be confirmed from the sources at hand: they are cited by their content.
 */
import type { IsoDate } from '../../dates/calendar.js';
import { fractionText, isAbove } from '../../parameters/fraction.js';
import type { PolicyBase } from '../../parameters/policyBase.js';
import { officerVacancyCheck, quorumCheck } from './checks.js';
import {
  type Ballots,
  CheckList,
  COUNT_CHECKS,
  checkBallots,
  checkCounts,
  checkMeeting,
  fillSeats,
  invalidResult,
  settle,
  type TallyCandidate,
  type TallyResult,
} from './tally.js';
import { shareInForce, tallyDate } from './thresholds.js';

/** The post elected at the plenary. */
export type PartyOfficerPost = '书记' | '副书记';

/** The counts of the plenary's vote for one post. 委员会全体会议选举书记、副书记计票单。 */
export interface PartyOfficerElectionInput {
  /** The plenary's day (the shares in force then). */
  readonly date: IsoDate;
  /** `书记` (default) or `副书记`: the post this vote fills. */
  readonly post?: PartyOfficerPost;
  /** Posts to fill: one secretary; the deputies the party organization above approved. 应选职数。 */
  readonly seats: number;
  /** The names of the committee's members with the right to vote, as the assembly elected them. 本届委员会委员。 */
  readonly committee: readonly string[];
  /** Of them, excused with approval (not counted as due to attend). 经批准不参加的委员。 */
  readonly excused?: number;
  /** Committee members present. 实到会委员。 */
  readonly present: number;
  readonly ballots: Ballots;
  /** Candidates (committee members) and their yes votes (赞成票); one for one post is allowed (等额). */
  readonly candidates: readonly TallyCandidate[];
  /** `additional` for another vote after a post was left open. Default `first`. */
  readonly round?: 'first' | 'additional';
}

const CHECKS = [...COUNT_CHECKS, 'F.105', 'F.104', 'F.102', 'F.103', 'W.102', 'W.103'] as const;

/**
 * Tallies the committee plenary's election of its secretary or deputy secretaries and runs its numbered checks.
 * 委员会全体会议选举书记、副书记计票。
 *
 * Candidates must be members of the committee (F.105); as many candidates as posts is allowed (等额); the quorum is
 * more than 4/5 of the members due to attend (F.102); a candidate is elected with yes votes above half of the voting
 * members due to attend, and a post nobody wins stays open (W.103). Ballots naming more people than posts are
 * invalid (F.005); a tie at the last post goes to another vote (W.102).
 *
 * @param input - the counts (see {@link PartyOfficerElectionInput}); bad counts are `F` checks, never exceptions
 * @param policy - a policy whose `partyQuorumShare` and `partyMajorityShare` (a variant) replace the statutory
 *   ones; without it, the statutory figures of `ELECTION_PARAMETERS` (more than 4/5 present; more than half)
 * @returns elected, not elected with the reason, open posts, every check's outcome, first-vote success
 * @throws HuanjieError only for an invalid `date` (`TALLY_DATE`), a share that is not a fraction, or no value in
 *   force on `date`
 * @example
 * ```ts
 * tallyPartyOfficerElection({ date: '2021-10-10', post: '书记', seats: 1,
 *   committee: ['张某甲', '李某乙', '王某丙', '赵某丁', '陈某戊'], present: 5,
 *   ballots: { issued: 5, returned: 5, valid: 5, invalid: 0 },
 *   candidates: [{ name: '张某甲', votes: 5 }] }).elected // [{ name: '张某甲', votes: 5 }]
 * ```
 */
export function tallyPartyOfficerElection(input: PartyOfficerElectionInput, policy?: PolicyBase): TallyResult {
  const date = tallyDate(input?.date);
  const post: PartyOfficerPost = input.post === '副书记' ? '副书记' : '书记';
  const quorum = shareInForce(policy, 'partyQuorumShare', date);
  const majority = shareInForce(policy, 'partyMajorityShare', date);
  const list = new CheckList(CHECKS, {
    'F.102': quorumCheck(quorum, { zh: '委员', en: 'committee members' }),
    'W.103': officerVacancyCheck(majority, post),
  });
  const counts = ['seats', 'present', 'ballots.issued', 'ballots.returned', 'ballots.valid', 'ballots.invalid'];
  if (input?.excused !== undefined) counts.push('excused');
  const committee = Array.isArray(input?.committee) ? input.committee : null;
  const names = (committee ?? []).filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  if (!committee || names.length === 0)
    list.record('F.001', { zh: '本届委员会委员名单为空白', en: 'the list of committee members is blank' }, [
      'committee',
    ]);
  if (!checkCounts(input, counts, list)) return invalidResult(input, list);
  const { seats, present, ballots: b, candidates } = input;
  const entitled = names.length;
  const excused = input.excused ?? 0;
  const due = entitled - excused;
  checkBallots(input, list);

  // The plenary elects from the committee's members: a name not on the list cannot be elected.
  const members = new Set(names.map((n) => n.trim()));
  candidates.forEach((c, i) => {
    if (!members.has(c.name.trim()))
      list.record(
        'F.105',
        {
          zh: `“${c.name}”不在本届委员会 ${entitled} 名委员之中`,
          en: `"${c.name}" is not among the ${entitled} members`,
        },
        ['candidates', i, 'name'],
      );
  });
  list.record('F.105', null);
  checkMeeting({ due, entitled, excused, present, ballots: b }, quorum, list);
  if (list.errors) return invalidResult(input, list);

  // Elected: yes votes above the share of the members due to attend (half: votes × 2 > due), most first.
  const m = fractionText(majority, '一半');
  const filled = fillSeats(
    candidates,
    seats,
    (c) => isAbove(c.votes, due, majority),
    (c) => ({
      zh: `赞成票 ${c.votes} 票，未超过应到会委员 ${due} 人的${m.zh}`,
      en: `${c.votes} yes votes, not above ${m.en} of the ${due} members due to attend`,
    }),
  );
  return settle(list, filled, seats, { tie: 'W.102', open: 'W.103' }, (input.round ?? 'first') === 'first');
}
