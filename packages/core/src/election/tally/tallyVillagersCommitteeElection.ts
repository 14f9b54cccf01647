/**
 * Tallying a villagers' committee election (村民委员会选举计票) under 村民委员会组织法 (2018) Art. 15: valid only if
 * more than half of the registered voters voted; elected with more than half of the votes cast; in 另行选举 the
 * highest wins with at least 1/3 of the votes cast. Art. 6: three to seven members, a woman among them. The shares
 * and sizes are the policy's parameters (`villagersTurnoutShare`, `villagersMajorityShare`,
 * `villagersAdditionalVoteShare`, `villagersCommitteeMin`/`Max`).
 *
 * A residents' committee (`body: '居民委员会'`, a 社区's election) is checked against 城市居民委员会组织法 Art. 7's five
 * to nine members (`residentsCommitteeMin`/`Max`); that law says nothing of turnout, majorities or 另行选举, which
 * provincial rules set: the same shares apply (a county's overlay may set them), and the villagers' law's woman
 * member (Art. 6) and more candidates than seats (Art. 15) are not asked of it.
 */
import type { IsoDate } from '../../dates/calendar.js';
import { chineseNumeral, fractionText, isAbove, isAtLeast } from '../../parameters/fraction.js';
import type { PolicyBase } from '../../parameters/policyBase.js';
import { type CommitteeBody, committeeSizeCheck, turnoutCheck, villagersOpenSeatsCheck } from './checks.js';
import {
  type Ballots,
  CheckList,
  COUNT_CHECKS,
  checkBallots,
  checkCounts,
  fillSeats,
  invalidResult,
  settle,
  type TallyCandidate,
  type TallyResult,
} from './tally.js';
import { shareInForce, sizeInForce, tallyDate } from './thresholds.js';

/** The counts of a villagers' committee election. 村民委员会选举计票单。 */
export interface VillagersCommitteeElectionInput {
  /** The election day (the shares in force then); without it, the shares as the law now stands. */
  readonly date?: IsoDate;
  readonly seats: number;
  /** Villagers registered to vote. 登记参加选举的村民。 */
  readonly registeredVoters: number;
  /** `returned` is the number who voted (参加投票的村民). */
  readonly ballots: Ballots;
  /** Candidates with their votes and, for Art. 6, their sex. */
  readonly candidates: readonly TallyCandidate[];
  /** `additional` for 另行选举 (highest wins with ≥ 1/3 of the votes cast). Default `first`. */
  readonly round?: 'first' | 'additional';
  /** A woman is already on the committee (elected in an earlier round): Art. 6 is then met. */
  readonly womanAlreadyElected?: boolean;
  /**
   * The committee elected: `村民委员会` (default; 3–7 members, 村民委员会组织法 Art. 6) or `居民委员会` (a 社区's,
   * 5–9 members, 城市居民委员会组织法 Art. 7; no W.202 or W.205, which rest on the villagers' law).
   */
  readonly body?: CommitteeBody;
}

const CHECKS = [...COUNT_CHECKS, 'F.202', 'F.201', 'W.204', 'W.205', 'W.203', 'W.201', 'W.202'] as const;
// 城市居民委员会组织法 asks neither a woman member nor more candidates than seats (村民委员会组织法 Art. 6, 15).
const RESIDENTS_CHECKS = CHECKS.filter((code) => code !== 'W.202' && code !== 'W.205');

/**
 * Tallies a villagers' committee election and runs its numbered checks. 村民委员会选举计票。
 *
 * @param input - the counts (see {@link VillagersCommitteeElectionInput}); bad counts are `F` checks, not exceptions
 * @param policy - a policy whose `villagersTurnoutShare`, `villagersMajorityShare` and `villagersAdditionalVoteShare`
 *   (a county's variant) replace the statutory ones; without it, or for a share it does not set, the statutory
 *   figures of `ELECTION_PARAMETERS` (Art. 15: more than half, more than half, at least 1/3)
 * @returns elected, not elected with the reason, open seats, every check's outcome, first-vote success
 * @throws HuanjieError only for an invalid `date`, a share that is not a fraction, or no value in force on `date`
 * @example
 * ```ts
 * tallyVillagersCommitteeElection({ seats: 5, registeredVoters: 1200,
 *   ballots: { issued: 1000, returned: 986, valid: 970, invalid: 16 }, candidates: […] }).additionalVoteNeeded
 * ```
 */
export function tallyVillagersCommitteeElection(
  input: VillagersCommitteeElectionInput,
  policy?: PolicyBase,
): TallyResult {
  const date = input?.date === undefined ? undefined : tallyDate(input.date);
  const turnout = shareInForce(policy, 'villagersTurnoutShare', date);
  const majority = shareInForce(policy, 'villagersMajorityShare', date);
  const third = shareInForce(policy, 'villagersAdditionalVoteShare', date);
  const residents = input?.body === '居民委员会';
  const size = sizeInForce(policy, residents ? 'residentsCommittee' : 'villagersCommittee', date);
  const list = new CheckList(residents ? RESIDENTS_CHECKS : CHECKS, {
    'F.201': turnoutCheck(turnout),
    'W.201': villagersOpenSeatsCheck(majority, third),
    'W.204': committeeSizeCheck(residents ? '居民委员会' : '村民委员会', size),
  });
  const counts = [
    'seats',
    'registeredVoters',
    'ballots.issued',
    'ballots.returned',
    'ballots.valid',
    'ballots.invalid',
  ];
  if (!checkCounts(input, counts, list)) return invalidResult(input, list);
  const { seats, registeredVoters, ballots: b, candidates } = input;
  checkBallots(input, list);
  list.record(
    'F.202',
    b.returned > b.issued
      ? { zh: `发出 ${b.issued} 张，收回 ${b.returned} 张`, en: `${b.issued} issued, ${b.returned} returned` }
      : b.issued > registeredVoters
        ? {
            zh: `发出 ${b.issued} 张，多于登记选民 ${registeredVoters} 人`,
            en: `${b.issued} issued, more than the ${registeredVoters} registered`,
          }
        : null,
    ['ballots', b.returned > b.issued ? 'returned' : 'issued'],
  );
  // Art. 15: more than half of the registered voters voted (returned × 2 > registered).
  const t = fractionText(turnout, '半数');
  list.record(
    'F.201',
    isAbove(b.returned, registeredVoters, turnout)
      ? null
      : {
          zh: `登记 ${registeredVoters} 人，投票 ${b.returned} 人，${t.en === 'half' ? '未过半数' : `未超过${t.zh}`}`,
          en: `${b.returned} of ${registeredVoters} registered voted: not more than ${t.en}`,
        },
    ['ballots', 'returned'],
  );
  if (list.errors) return invalidResult(input, list);

  // Art. 6 (three to seven members; 居民委员会组织法 Art. 7: five to nine) and Art. 15 (more candidates than seats):
  // the first round elects the committee from its nominees; a 另行选举 fills the open seats from those not elected,
  // so neither applies to it.
  if (input.round !== 'additional') {
    list.record(
      'W.204',
      seats >= size.min && seats <= size.max
        ? null
        : {
            zh: `应选 ${seats} 人，不在${chineseNumeral(size.min)}至${chineseNumeral(size.max)}人之间`,
            en: `${seats} seats, not ${size.min} to ${size.max}`,
          },
      ['seats'],
    );
    if (!residents)
      list.record(
        'W.205',
        candidates.length > seats
          ? null
          : {
              zh: `得票的 ${candidates.length} 人不多于应选 ${seats} 人`,
              en: `${candidates.length} people with votes, no more than the ${seats} seats`,
            },
        ['candidates'],
      );
  }
  // Art. 15: elected with more than half of the votes cast (votes × 2 > cast); in 另行选举, the most votes with at
  // least 1/3 (votes × 3 ≥ cast).
  const additional = input.round === 'additional';
  const cast = b.returned;
  const m = fractionText(majority, '半数');
  const a = fractionText(third);
  const filled = fillSeats(
    candidates,
    seats,
    additional ? (c) => isAtLeast(c.votes, cast, third) : (c) => isAbove(c.votes, cast, majority),
    additional
      ? (c) => ({
          zh: `得 ${c.votes} 票，少于已投选票总数 ${cast} 的${a.zh}`,
          en: `${c.votes} votes, less than ${a.en} of the ${cast} cast`,
        })
      : (c) => ({
          zh: `得 ${c.votes} 票，未超过参加投票村民 ${cast} 人的${m.zh}`,
          en: `${c.votes} votes, not more than ${m.en} of the ${cast} who voted`,
        }),
  );
  // Art. 6: a woman among the members (elected now or already on the committee); the warning notes open seats.
  const sexOf = new Map(candidates.map((c) => [c.name, c.sex]));
  const womanElected = input.womanAlreadyElected === true || filled.elected.some((c) => sexOf.get(c.name) === 'female');
  if (!residents)
    list.record(
      'W.202',
      womanElected
        ? null
        : {
            zh: `当选的 ${filled.elected.length} 人中没有妇女${filled.seatsOpen > 0 ? `，尚有 ${filled.seatsOpen} 个名额待选` : ''}`,
            en: `no woman among the ${filled.elected.length} elected${filled.seatsOpen > 0 ? `; ${filled.seatsOpen} seats still open` : ''}`,
          },
      ['candidates'],
    );
  return settle(list, filled, seats, { tie: 'W.203', open: 'W.201' }, !additional);
}
