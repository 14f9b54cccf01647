/**
 * Tallying the election of a party branch or committee (党组织委员会选举计票) under 中国共产党基层组织选举工作条例
 * (2020): the candidate margin (Art. 13), the quorum of more than 4/5 of those due to attend, ballots returned not
 * above ballots issued, the majority of yes votes above half of the voting members due to attend, ranking, ties and
 * 另行选举. The figures are the policy's parameters in force on the election day (`partyCandidateMargin`,
 * `partyQuorumShare`, `partyMajorityShare`).
 */
import type { IsoDate } from '../../dates/calendar.js';
import { fractionText, isAbove } from '../../parameters/fraction.js';
import type { PolicyBase } from '../../parameters/policyBase.js';
import { marginCheck, partyOpenSeatsCheck, quorumCheck } from './checks.js';
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
import { marginInForce, shareInForce } from './thresholds.js';

/** The counts of a party election. 党组织选举计票单。 */
export interface PartyElectionInput {
  /** The election day (the margin and shares in force then). */
  readonly date: IsoDate;
  readonly seats: number;
  /** Party members (or delegates) entitled to vote. 有选举权的党员（代表）。 */
  readonly entitled: number;
  /** Of them, excused with approval (not counted as due to attend). 经批准不参加的。 */
  readonly excused?: number;
  /** Voting members present. 实到会。 */
  readonly present: number;
  readonly ballots: Ballots;
  /** Candidates and their yes votes (赞成票). */
  readonly candidates: readonly TallyCandidate[];
  /** `additional` for 另行选举 of open seats (then not a first-vote success). Default `first`. */
  readonly round?: 'first' | 'additional';
}

const CHECKS = [...COUNT_CHECKS, 'F.101', 'F.104', 'F.102', 'F.103', 'W.102', 'W.101'] as const;

/**
 * Tallies a party election and runs its numbered checks. 党组织选举计票。
 *
 * @param input - the counts (see {@link PartyElectionInput}); bad counts are `F` checks, never exceptions
 * @param policy - a policy with the `partyCandidateMargin` parameter, and optionally `partyQuorumShare` and
 *   `partyMajorityShare` (else the statutory 4/5 and 1/2); without a policy, the statutory figures of
 *   `ELECTION_PARAMETERS` (20 %, Art. 13; more than 4/5 present; yes votes more than half of 应到会)
 * @returns elected, not elected with the reason, open seats, every check's outcome, first-vote success
 * @throws HuanjieError only for a policy without the margin parameter, a share that is not a fraction, no value in
 *   force on `date`, or an invalid `date`
 * @example
 * ```ts
 * tallyPartyElection({ date: '2021-10-10', seats: 5, entitled: 52, excused: 2, present: 48,
 *   ballots: { issued: 48, returned: 48, valid: 47, invalid: 1 },
 *   candidates: [{ name: '张某', votes: 45 }, …] }, nationalBaseline).elected
 * ```
 */
export function tallyPartyElection(input: PartyElectionInput, policy?: PolicyBase): TallyResult {
  const { margin, reference: marginReference } = marginInForce(policy, input?.date);
  const quorum = shareInForce(policy, 'partyQuorumShare', input.date);
  const majority = shareInForce(policy, 'partyMajorityShare', input.date);
  const list = new CheckList(CHECKS, {
    'F.101': marginCheck(margin, marginReference),
    'F.102': quorumCheck(quorum),
    'W.101': partyOpenSeatsCheck(majority),
  });
  const counts = [
    'seats',
    'entitled',
    'present',
    'ballots.issued',
    'ballots.returned',
    'ballots.valid',
    'ballots.invalid',
  ];
  if (input?.excused !== undefined) counts.push('excused');
  if (!checkCounts(input, counts, list)) return invalidResult(input, list);
  const { seats, entitled, present, ballots: b, candidates } = input;
  const excused = input.excused ?? 0;
  const due = entitled - excused;
  checkBallots(input, list);

  // 第十三条: candidates exceed the seats by the margin, rounded up.
  const needed = Math.floor((seats * (100 + margin) + 99) / 100);
  list.record(
    'F.101',
    candidates.length >= needed
      ? null
      : {
          zh: `应选 ${seats} 人，候选人应至少 ${needed} 人（多于 ${margin}%），现有 ${candidates.length} 人`,
          en: `${seats} seats need at least ${needed} candidates (${margin} % more); there are ${candidates.length}`,
        },
  );
  checkMeeting({ due, entitled, excused, present, ballots: b }, quorum, list);
  if (list.errors) return invalidResult(input, list);

  // Elected: yes votes above the share of the voting members due to attend (half: votes × 2 > due), most first.
  const m = fractionText(majority, '一半');
  const filled = fillSeats(
    candidates,
    seats,
    (c) => isAbove(c.votes, due, majority),
    (c) => ({
      zh: `赞成票 ${c.votes} 票，未超过应到会有选举权人数 ${due} 的${m.zh}`,
      en: `${c.votes} yes votes, not above ${m.en} of the ${due} due to attend`,
    }),
  );
  return settle(list, filled, seats, { tie: 'W.102', open: 'W.101' }, (input.round ?? 'first') === 'first');
}
