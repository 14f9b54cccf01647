/**
 * Reconciling the ballots of a villagers' committee election by channel (选票核对): the meeting place (会场), the
 * mobile ballot box (流动票箱) and proxy votes (委托投票), against the checked voter list, into the figures the tally
 * counts on.
 */
import type { Ballots } from '../election/tally/tally.js';
import * as P from '../problems/codes.js';
import { type Problem, problem } from '../problems/problem.js';
import type { VoterRegisterCheck } from './checkVoterRegister.js';

/** The channels a ballot reaches a voter by. 投票渠道。 */
export const BALLOT_CHANNELS = ['venue', 'mobile', 'proxy'] as const;
export type BallotChannel = (typeof BALLOT_CHANNELS)[number];

/** The channels' names. */
export const BALLOT_CHANNEL_LABELS: Readonly<
  Record<BallotChannel, { readonly zh: string; readonly zhTW: string; readonly en: string }>
> = {
  venue: { zh: '中心会场和分会场', zhTW: '中心會場和分會場', en: 'Polling stations' },
  mobile: { zh: '流动票箱', zhTW: '流動票箱', en: 'Mobile ballot box' },
  proxy: { zh: '委托投票', zhTW: '委託投票', en: 'Proxy votes' },
};

/** The ballots of one channel. */
export interface ChannelBallots {
  readonly issued: number;
  readonly returned: number;
}

/** What the count recorded (计票单): ballots by channel, and the valid and invalid (spoiled) ones counted. */
export interface BallotCount {
  readonly channels: Readonly<Record<BallotChannel, ChannelBallots>>;
  readonly valid: number;
  /** Invalid (废票) and blank ballots found at the count. */
  readonly invalid: number;
}

/** What {@link reconcileBallots} found. 选票核对结果。 */
export interface BallotReconciliation {
  /** 登记参加选举的村民, from the checked list: the tally's `registeredVoters`. */
  readonly registeredVoters: number;
  /** The channels summed: the tally's `ballots`. */
  readonly ballots: Ballots;
  /** Each channel's share of the ballots returned (参加投票的村民 by channel). */
  readonly byChannel: Readonly<Record<BallotChannel, ChannelBallots>>;
  /** Every mismatch, naming the channel or figure; errors mean the tally rests on figures that do not add up. */
  readonly problems: readonly Problem[];
}

function count(value: unknown, path: readonly (string | number)[], problems: Problem[]): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  const field = { zh: path.join('.'), en: path.join('.'), zhTW: path.join('.') };
  problems.push(problem(P.FIELD_RANGE, { field }, { path: [...path], value: String(value) }));
  return 0;
}

/**
 * Reconciles the ballots of a villagers' committee election by channel against the checked voter list, giving the
 * figures `tallyVillagersCommitteeElection` divides by, so that 双过半 (村民委员会组织法 Art. 15) rests on a checked
 * register: `registeredVoters` from {@link checkVoterRegister} (the excluded and the repeated not counted), `ballots`
 * the channels summed. Checks that no channel returned more than it issued, that valid and invalid ballots make the
 * ballots returned, that proxy ballots do not outnumber the proxies that hold (Art. 15), and that no more voted than
 * are registered. 选票核对。
 *
 * @param register - the checked list
 * @param ballots - ballots issued and returned by channel, and the valid and invalid counted
 * @returns `registeredVoters` and `ballots` to spread into the tally's input, by channel, and the problems
 * @example
 * ```ts
 * const counted = reconcileBallots(check, { channels: { venue: { issued: 1020, returned: 1018 },
 *   mobile: { issued: 40, returned: 40 }, proxy: { issued: 25, returned: 25 } }, valid: 1070, invalid: 13 })
 * tallyVillagersCommitteeElection({ seats: 5, candidates, ...counted })
 * ```
 */
export function reconcileBallots(register: VoterRegisterCheck, ballots: BallotCount): BallotReconciliation {
  const problems: Problem[] = [];
  const byChannel = {} as Record<BallotChannel, ChannelBallots>;
  let issued = 0;
  let returned = 0;
  for (const channel of BALLOT_CHANNELS) {
    const c = ballots.channels?.[channel];
    const i = count(c?.issued, ['channels', channel, 'issued'], problems);
    const r = count(c?.returned, ['channels', channel, 'returned'], problems);
    byChannel[channel] = { issued: i, returned: r };
    issued += i;
    returned += r;
    if (r > i) {
      problems.push(
        problem(
          P.BALLOT_RECONCILE,
          { channel: BALLOT_CHANNEL_LABELS[channel], issued: i, returned: r },
          { path: ['channels', channel, 'returned'], value: String(r), expected: `不多于 ${i}` },
        ),
      );
    }
  }
  const valid = count(ballots.valid, ['valid'], problems);
  const invalid = count(ballots.invalid, ['invalid'], problems);
  if (valid + invalid !== returned) {
    problems.push(
      problem(
        P.BALLOT_RECONCILE,
        { variant: 'validInvalid', valid, invalid, sum: valid + invalid, returned },
        { path: ['valid'], value: String(valid) },
      ),
    );
  }
  const authorized = register.proxies.accepted.length;
  if (byChannel.proxy.issued > authorized) {
    problems.push(
      problem(
        P.BALLOT_RECONCILE,
        { variant: 'proxies', issued: byChannel.proxy.issued, authorized },
        { path: ['channels', 'proxy', 'issued'], value: String(byChannel.proxy.issued) },
      ),
    );
  }
  if (returned > register.registeredVoters) {
    problems.push(
      problem(
        P.BALLOT_RECONCILE,
        { variant: 'registered', returned, registered: register.registeredVoters },
        { path: ['channels'], value: String(returned) },
      ),
    );
  }
  return {
    registeredVoters: register.registeredVoters,
    ballots: { issued, returned, valid, invalid },
    byChannel,
    problems,
  };
}
