/**
 * Tallying a villagers' committee election (村民委员会选举计票) under 村民委员会组织法 (2018) Art. 15: valid only if
 * more than half of the registered voters voted; elected with more than half of the votes cast; in 另行选举 the
 * highest wins with at least 1/3 of the votes cast. Art. 6: the committee includes a woman.
 */
import {
  type Ballots,
  CheckList,
  checkBallots,
  checkCounts,
  fillSeats,
  invalidResult,
  settle,
  type TallyCandidate,
  type TallyResult,
} from './tally.js';

/** The counts of a villagers' committee election. 村民委员会选举计票单。 */
export interface VillagersCommitteeElectionInput {
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
}

const CHECKS = [
  'F.001',
  'F.002',
  'F.006',
  'F.003',
  'F.004',
  'F.005',
  'F.202',
  'F.201',
  'W.203',
  'W.201',
  'W.202',
] as const;

/**
 * Tallies a villagers' committee election and runs its numbered checks. 村民委员会选举计票。
 *
 * @param input - the counts (see {@link VillagersCommitteeElectionInput}); bad counts are `F` checks, not exceptions
 * @returns elected, not elected with the reason, open seats, every check's outcome, first-vote success
 * @example
 * ```ts
 * tallyVillagersCommitteeElection({ seats: 5, registeredVoters: 1200,
 *   ballots: { issued: 1000, returned: 986, valid: 970, invalid: 16 }, candidates: […] }).additionalVoteNeeded
 * ```
 */
export function tallyVillagersCommitteeElection(input: VillagersCommitteeElectionInput): TallyResult {
  const list = new CheckList(CHECKS);
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
  list.record(
    'F.201',
    b.returned * 2 > registeredVoters
      ? null
      : {
          zh: `登记 ${registeredVoters} 人，投票 ${b.returned} 人，未过半数`,
          en: `${b.returned} of ${registeredVoters} registered voted: not more than half`,
        },
    ['ballots', 'returned'],
  );
  if (list.errors) return invalidResult(input, list);

  // Art. 15: elected with more than half of the votes cast; in 另行选举, the most votes with at least 1/3.
  const additional = input.round === 'additional';
  const cast = b.returned;
  const filled = fillSeats(
    candidates,
    seats,
    additional ? (c) => c.votes * 3 >= cast : (c) => c.votes * 2 > cast,
    additional
      ? (c) => ({
          zh: `得 ${c.votes} 票，少于已投选票总数 ${cast} 的三分之一`,
          en: `${c.votes} votes, less than 1/3 of the ${cast} cast`,
        })
      : (c) => ({
          zh: `得 ${c.votes} 票，未超过参加投票村民 ${cast} 人的半数`,
          en: `${c.votes} votes, not more than half of the ${cast} who voted`,
        }),
  );
  // Art. 6: a woman among the members (elected now or already on the committee); the warning notes open seats.
  const sexOf = new Map(candidates.map((c) => [c.name, c.sex]));
  const womanElected = input.womanAlreadyElected === true || filled.elected.some((c) => sexOf.get(c.name) === 'female');
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
