/**
 * What the tallies share: the input counts, the outcome of every numbered check, the party meeting's attendance and
 * ballots, and the ranking of candidates who passed the threshold into the seats (ties at the last seat need another
 * vote).
 */
import { type Fraction, fractionText, isAbove, shareOf } from '../../parameters/fraction.js';
import { type Problem, problem } from '../../problems/problem.js';
import { TALLY_CHECK_FAILED } from '../../problems/tallyCodes.js';
import { TALLY_CHECKS, type TallyCheck, type TallyCheckCode } from './checks.js';

/** The ballots of one vote. 选票。 */
export interface Ballots {
  readonly issued: number;
  readonly returned: number;
  readonly valid: number;
  readonly invalid: number;
}

/** A candidate's votes (for a party election: yes votes, 赞成票). */
export interface TallyCandidate {
  readonly name: string;
  readonly votes: number;
  /** For the villagers' committee's woman member (Art. 6). */
  readonly sex?: 'male' | 'female';
}

type Text = { readonly zh: string; readonly en: string };

/** One check as this tally found it. */
export interface CheckOutcome extends TallyCheck {
  /** `skipped` when an earlier error left nothing to check. */
  readonly status: 'passed' | 'failed' | 'skipped';
  /** The figures behind a failure (`null` otherwise). */
  readonly detail: Text | null;
}

/** The result of a tally. 计票结果。 */
export interface TallyResult {
  /** No `F` check failed: the vote stands (warnings may still ask for another vote). */
  readonly valid: boolean;
  readonly elected: ReadonlyArray<{ readonly name: string; readonly votes: number }>;
  readonly notElected: ReadonlyArray<{ readonly name: string; readonly votes: number; readonly reason: Text }>;
  /** Seats not filled by this vote. */
  readonly seatsOpen: number;
  /** Open seats are filled by another vote (另行选举). */
  readonly additionalVoteNeeded: boolean;
  /** Candidates tied for the last seat, to vote on again (再次投票). */
  readonly revoteAmong: readonly string[];
  /** Valid, every seat filled, in the first vote (seed 002's "一次选举成功"). */
  readonly succeededAtFirstVote: boolean;
  /** Every check of this kind of election, in catalogue order. */
  readonly checks: readonly CheckOutcome[];
  /** The failed checks as problems, for forms (path = the first field concerned). */
  readonly problems: readonly Problem[];
}

/** The checks of the counts themselves, first in every tally (`checkCounts`, then `checkBallots`). */
export const COUNT_CHECKS = ['F.001', 'F.002', 'F.006', 'F.003', 'F.004', 'F.005'] as const;

/** Collects check outcomes in order. */
export class CheckList {
  private readonly outcomes = new Map<TallyCheckCode, CheckOutcome>();
  /** Every failure, in order: a check may fail at several fields (each blank count, each candidate). */
  private readonly failures: { code: TallyCheckCode; detail: Text; path: readonly (string | number)[] }[] = [];
  /**
   * `stated`: the checks that state a threshold, written for the value in force, and any check not in the election
   * tallies' catalogue (the recommendation's); the others are the catalogue's.
   */
  constructor(codes: readonly TallyCheckCode[], stated: Partial<Record<TallyCheckCode, TallyCheck>> = {}) {
    const catalogue: Partial<Record<TallyCheckCode, TallyCheck>> = TALLY_CHECKS;
    for (const code of codes)
      this.outcomes.set(code, { ...(stated[code] ?? catalogue[code])!, status: 'skipped', detail: null });
  }
  /** Records a check: failed when `failure` is given (its figures, at `path`), passed unless it failed before. */
  record(code: TallyCheckCode, failure: Text | null, path?: readonly (string | number)[]): void {
    const current = this.outcomes.get(code) as CheckOutcome;
    if (!failure) {
      if (current.status !== 'failed') this.outcomes.set(code, { ...current, status: 'passed' });
      return;
    }
    // The outcome keeps the first failure's figures; every failure becomes a problem.
    if (current.status !== 'failed') this.outcomes.set(code, { ...current, status: 'failed', detail: failure });
    this.failures.push({ code, detail: failure, path: path ?? current.fields[0]!.split('.') });
  }
  get errors(): boolean {
    return [...this.outcomes.values()].some((c) => c.status === 'failed' && c.severity === 'error');
  }
  failed(code: TallyCheckCode): boolean {
    return this.outcomes.get(code)?.status === 'failed';
  }
  get checks(): CheckOutcome[] {
    return [...this.outcomes.values()];
  }
  /** Every failure as a problem, in catalogue order. */
  get problems(): Problem[] {
    const order = [...this.outcomes.keys()];
    return [...this.failures]
      .sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code))
      .map(({ code, detail, path }) => {
        const check = this.outcomes.get(code) as CheckOutcome;
        return problem(
          { code, severity: check.severity, ...TALLY_CHECK_FAILED },
          { title: check.title, detail },
          { path },
        );
      });
  }
}

const FIELD_LABELS: Record<string, Text> = {
  seats: { zh: '应选人数', en: 'seats' },
  entitled: { zh: '有选举权的人数', en: 'members entitled to vote' },
  excused: { zh: '经批准不参加的人数', en: 'members excused' },
  present: { zh: '实到会人数', en: 'members present' },
  registeredVoters: { zh: '登记参加选举的村民数', en: 'registered voters' },
  issued: { zh: '发出选票', en: 'ballots issued' },
  returned: { zh: '收回选票', en: 'ballots returned' },
  valid: { zh: '有效票', en: 'valid ballots' },
  invalid: { zh: '无效票', en: 'invalid ballots' },
  candidates: { zh: '候选人名单', en: 'candidates' },
  name: { zh: '姓名', en: 'name' },
  votes: { zh: '得票', en: 'votes' },
};

/** A field as a person reads it: 第 2 位候选人的得票 / votes of candidate 2. */
function fieldLabel(path: readonly (string | number)[]): Text {
  const last = FIELD_LABELS[String(path[path.length - 1])] ?? { zh: path.join('.'), en: path.join('.') };
  if (path[0] === 'candidates' && typeof path[1] === 'number')
    return { zh: `第 ${path[1] + 1} 位候选人的${last.zh}`, en: `${last.en} of candidate ${path[1] + 1}` };
  return last;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * F.001, F.002, F.006: every count a whole number ≥ 0, candidates named once, at least one seat. Returns whether the
 * counts can be checked further.
 */
export function checkCounts(
  input: unknown,
  countFields: readonly string[],
  list: CheckList,
): input is { seats: number; ballots: Ballots; candidates: TallyCandidate[] } {
  const root = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const bad = (path: (string | number)[], value: unknown) => {
    const shown =
      value === undefined || value === '' ? { zh: '空白', en: 'blank' } : { zh: String(value), en: String(value) };
    const where = fieldLabel(path);
    list.record('F.001', { zh: `${where.zh}为${shown.zh}`, en: `${where.en} is ${shown.en}` }, path);
  };
  for (const field of countFields) {
    const [head, tail] = field.split('.') as [string, string?];
    const parent = tail ? root[head] : root;
    const value = tail
      ? typeof parent === 'object' && parent !== null
        ? (parent as Record<string, unknown>)[tail]
        : undefined
      : root[head];
    if (!isCount(value)) bad(tail ? [head, tail] : [head], value);
  }
  const candidates = Array.isArray(root.candidates) ? root.candidates : null;
  if (!candidates) bad(['candidates'], root.candidates);
  const seen = new Set<string>();
  candidates?.forEach((c, i) => {
    const name = (c as { name?: unknown } | null)?.name;
    const votes = (c as { votes?: unknown } | null)?.votes;
    if (typeof name !== 'string' || name.trim() === '') bad(['candidates', i, 'name'], name);
    else if (seen.has(name.trim()))
      list.record('F.002', { zh: `“${name}”出现两次`, en: `"${name}" appears twice` }, ['candidates', i, 'name']);
    else seen.add(name.trim());
    if (!isCount(votes)) bad(['candidates', i, 'votes'], votes);
  });
  if (isCount(root.seats) && root.seats < 1)
    list.record('F.006', { zh: `应选 ${root.seats} 人`, en: `${root.seats} seats` }, ['seats']);
  for (const code of ['F.001', 'F.002', 'F.006'] as const) list.record(code, null);
  return !list.errors;
}

/** F.003, F.004, F.005: the ballots add up and no candidate has more votes than there can be. */
export function checkBallots(
  input: { seats: number; ballots: Ballots; candidates: readonly TallyCandidate[] },
  list: CheckList,
): void {
  const { ballots: b, candidates, seats } = input;
  list.record(
    'F.003',
    b.valid + b.invalid === b.returned
      ? null
      : {
          zh: `有效 ${b.valid} + 无效 ${b.invalid} ≠ 收回 ${b.returned}`,
          en: `valid ${b.valid} + invalid ${b.invalid} ≠ returned ${b.returned}`,
        },
  );
  candidates.forEach((c, i) => {
    if (c.votes > b.valid)
      list.record(
        'F.004',
        {
          zh: `“${c.name}”得 ${c.votes} 票，有效票 ${b.valid} 张`,
          en: `"${c.name}" has ${c.votes}, valid ballots ${b.valid}`,
        },
        ['candidates', i, 'votes'],
      );
  });
  list.record('F.004', null);
  const marks = candidates.reduce((s, c) => s + c.votes, 0);
  list.record(
    'F.005',
    marks <= b.valid * seats
      ? null
      : {
          zh: `得票合计 ${marks}，多于有效票 ${b.valid} × 应选 ${seats} = ${b.valid * seats}`,
          en: `votes total ${marks}, more than valid ${b.valid} × seats ${seats} = ${b.valid * seats}`,
        },
  );
}

/**
 * F.104, F.102, F.103 of a party meeting — the party members' assembly, or the committee's plenary that elects its
 * secretary and deputies: no more present than due nor ballots than present, more than the quorum share of those
 * due present, no more ballots returned than issued.
 */
export function checkMeeting(
  meeting: { due: number; entitled: number; excused: number; present: number; ballots: Ballots },
  quorum: Fraction,
  list: CheckList,
): void {
  const { due, entitled, excused, present, ballots: b } = meeting;
  const impossible: [Text, (string | number)[]] | null =
    excused > entitled
      ? [
          {
            zh: `经批准不参加 ${excused} 人多于有选举权 ${entitled} 人`,
            en: `excused ${excused} exceed entitled ${entitled}`,
          },
          ['excused'],
        ]
      : present > due
        ? [{ zh: `到会 ${present} 人多于应到会 ${due} 人`, en: `present ${present} exceed due ${due}` }, ['present']]
        : b.issued > present
          ? [
              {
                zh: `发出选票 ${b.issued} 张多于到会 ${present} 人`,
                en: `ballots issued ${b.issued} exceed present ${present}`,
              },
              ['ballots', 'issued'],
            ]
          : null;
  list.record('F.104', impossible?.[0] ?? null, impossible?.[1]);
  // Quorum: more than the share of those due (4/5: present × 5 > due × 4).
  const q = fractionText(quorum);
  list.record(
    'F.102',
    isAbove(present, due, quorum)
      ? null
      : {
          zh: `应到会 ${due} 人，实到 ${present} 人，未超过${q.zh}（须多于 ${shareOf(due, quorum)} 人）`,
          en: `${present} present of ${due} due: not above ${q.en} (more than ${shareOf(due, quorum)} needed)`,
        },
    ['present'],
  );
  list.record(
    'F.103',
    b.returned <= b.issued
      ? null
      : { zh: `发出 ${b.issued} 张，收回 ${b.returned} 张`, en: `${b.issued} issued, ${b.returned} returned` },
    ['ballots', 'returned'],
  );
}

/**
 * Fills the seats from the candidates who passed: most votes first; a tie across the last seat elects none of the
 * tied (they vote again).
 */
export function fillSeats(
  candidates: readonly TallyCandidate[],
  seats: number,
  passed: (c: TallyCandidate) => boolean,
  below: (c: TallyCandidate) => Text,
): Pick<TallyResult, 'elected' | 'notElected' | 'seatsOpen' | 'revoteAmong'> {
  const ranked = candidates.map((c, order) => ({ ...c, order })).sort((a, b) => b.votes - a.votes || a.order - b.order);
  const qualified = ranked.filter(passed);
  let elected = qualified.slice(0, seats);
  let revoteAmong: string[] = [];
  if (qualified.length > seats && qualified[seats]!.votes === qualified[seats - 1]!.votes) {
    const tied = qualified[seats - 1]!.votes;
    elected = elected.filter((c) => c.votes > tied);
    revoteAmong = qualified.filter((c) => c.votes === tied).map((c) => c.name);
  }
  const chosen = new Set(elected.map((c) => c.name));
  const notElected = ranked
    .filter((c) => !chosen.has(c.name))
    .map((c) => ({
      name: c.name,
      votes: c.votes,
      reason: !passed(c)
        ? below(c)
        : revoteAmong.includes(c.name)
          ? {
              zh: `与他人同为 ${c.votes} 票争最后名额，须再次投票`,
              en: `tied at ${c.votes} for the last seat: vote again`,
            }
          : {
              zh: `得票达到要求，但名额已满（${c.votes} 票）`,
              en: `passed, but the seats were filled (${c.votes} votes)`,
            },
    }));
  return {
    elected: elected.map((c) => ({ name: c.name, votes: c.votes })),
    notElected,
    seatsOpen: seats - elected.length,
    revoteAmong,
  };
}

/**
 * The result of a vote that stands: a tie at the last seat (`tie` check) goes to a second vote among the tied; seats
 * left open otherwise (`open` check) need 另行选举.
 */
export function settle(
  list: CheckList,
  filled: ReturnType<typeof fillSeats>,
  seats: number,
  codes: { readonly tie: TallyCheckCode; readonly open: TallyCheckCode },
  firstRound: boolean,
): TallyResult {
  const tied = filled.revoteAmong.length > 0;
  list.record(
    codes.tie,
    tied ? { zh: `${filled.revoteAmong.join('、')} 票数相等`, en: `${filled.revoteAmong.join(', ')} tied` } : null,
    ['candidates'],
  );
  list.record(
    codes.open,
    filled.seatsOpen > 0 && !tied
      ? {
          zh: `应选 ${seats} 人，当选 ${filled.elected.length} 人`,
          en: `${filled.elected.length} of ${seats} seats filled`,
        }
      : null,
    ['candidates'],
  );
  return {
    valid: true,
    ...filled,
    additionalVoteNeeded: filled.seatsOpen > 0 && !tied,
    succeededAtFirstVote: firstRound && filled.seatsOpen === 0,
    checks: list.checks,
    problems: list.problems,
  };
}

/** The result of a vote that does not stand (an `F` check failed). */
export function invalidResult(input: unknown, list: CheckList): TallyResult {
  const seats = (input as { seats?: unknown } | null)?.seats;
  return {
    valid: false,
    elected: [],
    notElected: [],
    seatsOpen: isCount(seats) ? seats : 0,
    additionalVoteNeeded: false,
    revoteAmong: [],
    succeededAtFirstVote: false,
    checks: list.checks,
    problems: list.problems,
  };
}
