/**
 * Tallying a recommendation (推荐提名计票): the rounds that put people forward for a committee — party members' and
 * the public's recommendation and the democratic evaluation for the party committee (两推一选), the villagers'
 * nomination for the villagers' committee (村民委员会组织法 Art. 15: nominated directly by the registered villagers,
 * more candidates than seats). Who goes forward: those who met every round's share (policy data), ranked by the
 * weighted share of their votes, as many as the seats and the margin (条例 Art. 13's 20 % for the party committee)
 * ask. The same numbered checks as the election tallies, the same ballots.
 */
import type { IsoDate } from '../../dates/calendar.js';
import type { UsedParameter } from '../../eligibility/types.js';
import { citeReference } from '../../parameters/citation.js';
import {
  type Fraction,
  fractionText,
  isAbove,
  isAtLeast,
  notAShare,
  parseFraction,
} from '../../parameters/fraction.js';
import type { ParameterTable } from '../../parameters/parameter.js';
import { parameterOf, valueAt } from '../../parameters/valueAt.js';
import * as P from '../../problems/codes.js';
import { HuanjieError, type Problem, problem } from '../../problems/problem.js';
import type { Organization } from '../../schemas/vocabulary.js';
import type { RecommendationPolicy, RecommendationRound, RoundRule } from '../schema.js';
import { ELECTION_PARAMETERS, ELECTION_REFERENCES, STATUTORY_RECOMMENDATION } from '../statutoryParameters.js';
import { forwardShortCheck, RECOMMENDATION_CHECKS } from './recommendationChecks.js';
import { type Ballots, CheckList, type CheckOutcome } from './tally.js';
import { tallyDate } from './thresholds.js';

type Text = { readonly zh: string; readonly en: string };

/** One round as counted: its ballots (`returned` is the number who took part). 推荐（测评）票。 */
export interface RecommendationRoundInput {
  readonly round: RecommendationRound;
  readonly ballots: Ballots;
}

/**
 * A person recommended, with the votes of each round: recommendations received (推荐票), or in 民主测评 the votes
 * 满意 and 基本满意 (称职). A round with no figure counts 0 votes — except 民主测评, which evaluates the sitting
 * members: a person not evaluated is not held to its share.
 */
export interface RecommendedPerson {
  readonly name: string;
  readonly votes: Readonly<Partial<Record<RecommendationRound, number>>>;
}

/** The counts of a recommendation. 推荐提名计票单。 */
export interface RecommendationInput {
  /** The day of the recommendation (the figures in force then); without it, as the rules now stand. */
  readonly date?: IsoDate;
  /** The committee the people are put forward for. */
  readonly body: Organization;
  readonly seats: number;
  readonly rounds: readonly RecommendationRoundInput[];
  readonly candidates: readonly RecommendedPerson[];
}

/** A round's requirement, as applied. */
export interface RoundThreshold {
  readonly round: RecommendationRound;
  /** Those who took part: ballots returned. */
  readonly participants: number;
  readonly weight: number;
  /** The share needed (`半数`, `三分之二`), or `null` for a round that only ranks. */
  readonly share: Text | null;
  readonly comparison: 'above' | 'atLeast' | null;
  /** The fewest votes that meet the share (`null` when none is needed). */
  readonly votesNeeded: number | null;
  readonly reference: string | null;
}

/** A person in the ranking. */
export interface RankedPerson {
  /** 1 for the highest; people with equal scores share a rank. */
  readonly rank: number;
  readonly name: string;
  readonly votes: Readonly<Partial<Record<RecommendationRound, number>>>;
  /** The weighted share of votes (综合得票率) in percent, to hundredths, for display: the ranking compares exactly. */
  readonly score: number;
  /** Met every round's share. */
  readonly qualified: boolean;
  readonly forward: boolean;
  /** Why the person does not go forward (`null` for those who do). */
  readonly reason: Text | null;
}

/** The result of a recommendation. 推荐提名结果。 */
export interface RecommendationResult {
  /** No `F` check failed. */
  readonly valid: boolean;
  readonly body: Organization;
  readonly seats: number;
  /** How many are to go forward: the seats and the margin. */
  readonly forwardCount: number;
  readonly margin: { readonly percent: number; readonly atLeast: number; readonly reference: string };
  readonly thresholds: readonly RoundThreshold[];
  /** Everyone, highest score first (equal scores in the order given). */
  readonly ranking: readonly RankedPerson[];
  /** Who goes forward (候选人初步人选 / 候选人), in ranking order. */
  readonly forward: readonly string[];
  /** People tied for the last place, to recommend again. */
  readonly revoteAmong: readonly string[];
  readonly checks: readonly CheckOutcome[];
  readonly problems: readonly Problem[];
  /** The policy figures read, with their values and since when. */
  readonly parameters: readonly UsedParameter[];
}

const CHECKS = ['F.001', 'F.002', 'F.006', 'F.301', 'F.003', 'F.302', 'F.004', 'F.005', 'W.302', 'W.301'] as const;
const LATEST: IsoDate = '9999-12-31';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const shown = (v: unknown) =>
  v === undefined || v === '' ? { zh: '空白', en: 'blank' } : { zh: String(v), en: String(v) };

/**
 * Tallies a recommendation and runs its numbered checks. 推荐提名计票（两推一选、村民提名）。
 *
 * @param input - the rounds' ballots and each person's votes (see {@link RecommendationInput}); bad counts are `F`
 *   checks, not exceptions
 * @param policy - a policy whose `recommendation` section sets, per committee, the rounds, their shares (fraction
 *   parameters) and weights, and the margin; without it, the statutory rules (`STATUTORY_RECOMMENDATION`: 条例
 *   Art. 13's margin for the party committee, Art. 15's "more candidates than seats" for the villagers' committee)
 * @returns the thresholds applied, the ranking, who goes forward, every check's outcome
 * @throws HuanjieError `POLICY_NO_RECOMMENDATION` for a committee the rules do not cover, `TALLY_DATE` for a bad
 *   date, `POLICY_PARAMETER_VALUE` for a share that is not a fraction
 * @example
 * ```ts
 * tallyRecommendation({ body: '党组织', seats: 5,
 *   rounds: [{ round: '党员推荐', ballots: { issued: 48, returned: 46, valid: 45, invalid: 1 } }, …],
 *   candidates: [{ name: '张某甲', votes: { 党员推荐: 40, 群众推荐: 120 } }, …] }, exampleCountyHardCriteria).forward
 * // ['张某甲', …] (6: five seats and 20 %, rounded up)
 * ```
 */
export function tallyRecommendation(input: RecommendationInput, policy?: RecommendationPolicy): RecommendationResult {
  const date = input?.date === undefined ? LATEST : tallyDate(input.date);
  const section = policy?.recommendation ?? STATUTORY_RECOMMENDATION;
  const rules = section.bodies.find((b) => b.body === input.body);
  if (!rules) {
    const name = policy?.recommendation ? policy.name.zh : '法定规则';
    throw new HuanjieError([
      problem(P.POLICY_NO_RECOMMENDATION, { policy: name, body: String(input.body) }, { path: ['body'] }),
    ]);
  }
  const table: { parameters: ParameterTable } = {
    parameters: { ...ELECTION_PARAMETERS, ...(policy?.parameters ?? {}) },
  };
  const references = [...(policy?.references ?? []), ...ELECTION_REFERENCES];
  const used: UsedParameter[] = [];
  const read = (id: string) => {
    const p = { id, ...valueAt(parameterOf(table, id), date) };
    used.push(p);
    return p;
  };
  const number = (v: number | { readonly param: string }) => (typeof v === 'number' ? v : Number(read(v.param).value));
  const shareOf = (rule: RoundRule): Fraction | null => {
    if (!rule.share) return null;
    const { id, value, since } = read(rule.share.param);
    const share = parseFraction(value);
    if (share) return share;
    const place = { path: ['parameters', id, 'values', since], expected: '1/2', expectedEn: '1/2' };
    throw new HuanjieError([problem(P.POLICY_PARAMETER_VALUE, notAShare(id, since, value), place)]);
  };
  const reference = citeReference(references, rules.reference).title;
  const margin = { percent: number(rules.marginPercent), atLeast: number(rules.marginAtLeast), reference };
  const shares = new Map(rules.rounds.map((r) => [r.round, shareOf(r)]));

  const list = new CheckList(CHECKS, { ...RECOMMENDATION_CHECKS, 'W.301': forwardShortCheck(reference) });
  const root = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const rounds = Array.isArray(root.rounds) ? (root.rounds as RecommendationRoundInput[]) : [];
  const people = Array.isArray(root.candidates) ? (root.candidates as RecommendedPerson[]) : [];
  const bad = (path: (string | number)[], label: Text, value: unknown) => {
    const v = shown(value);
    list.record('F.001', { zh: `${label.zh}为${v.zh}`, en: `${label.en} is ${v.en}` }, path);
  };

  // F.001, F.002, F.006: whole counts, each person once, at least one seat.
  if (!isCount(root.seats)) bad(['seats'], { zh: '应选人数', en: 'seats' }, root.seats);
  else if (root.seats < 1) list.record('F.006', { zh: `应选 ${root.seats} 人`, en: `${root.seats} seats` }, ['seats']);
  if (!Array.isArray(root.rounds)) bad(['rounds'], { zh: '推荐轮次', en: 'rounds' }, root.rounds);
  if (!Array.isArray(root.candidates)) bad(['candidates'], { zh: '人选名单', en: 'people' }, root.candidates);
  rounds.forEach((r, i) => {
    for (const field of ['issued', 'returned', 'valid', 'invalid'] as const) {
      const value = (r?.ballots as unknown as Record<string, unknown> | undefined)?.[field];
      const label = { issued: '发出', returned: '收回', valid: '有效', invalid: '无效' }[field];
      if (!isCount(value))
        bad(
          ['rounds', i, 'ballots', field],
          { zh: `${r?.round ?? `第 ${i + 1} 轮`}${label}票数`, en: `${field} ballots of round ${i + 1}` },
          value,
        );
    }
  });
  const seen = new Set<string>();
  people.forEach((c, i) => {
    const name = c?.name;
    if (typeof name !== 'string' || name.trim() === '')
      bad(['candidates', i, 'name'], { zh: `第 ${i + 1} 位人选的姓名`, en: `name of person ${i + 1}` }, name);
    else if (seen.has(name.trim()))
      list.record('F.002', { zh: `“${name}”出现两次`, en: `"${name}" appears twice` }, ['candidates', i, 'name']);
    else seen.add(name.trim());
    if (typeof c?.votes !== 'object' || c.votes === null)
      bad(['candidates', i, 'votes'], { zh: `第 ${i + 1} 位人选的得票`, en: `votes of person ${i + 1}` }, undefined);
    for (const [round, votes] of Object.entries((c?.votes ?? {}) as Record<string, unknown>)) {
      if (!isCount(votes))
        bad(
          ['candidates', i, 'votes', round],
          { zh: `“${name}”的${round}得票`, en: `${round} votes of "${name}"` },
          votes,
        );
    }
  });
  for (const code of ['F.001', 'F.002', 'F.006'] as const) list.record(code, null);

  // F.301: each round once, of those the rules set for this committee; the required ones held.
  const held = new Map<RecommendationRound, RecommendationRoundInput>();
  rounds.forEach((r, i) => {
    const round = r?.round;
    if (!shares.has(round)) {
      const allowed = rules.rounds.map((x) => x.round).join('、');
      list.record(
        'F.301',
        {
          zh: `${input.body}的推荐规则没有“${String(round)}”（可用：${allowed}）`,
          en: `"${String(round)}" is not a round of the ${input.body}'s rules (${allowed})`,
        },
        ['rounds', i, 'round'],
      );
    } else if (held.has(round)) {
      list.record('F.301', { zh: `“${round}”出现两次`, en: `"${round}" appears twice` }, ['rounds', i, 'round']);
    } else held.set(round, r);
  });
  for (const rule of rules.rounds) {
    if (rule.required && !held.has(rule.round))
      list.record('F.301', { zh: `缺少“${rule.round}”`, en: `"${rule.round}" was not held` }, ['rounds']);
  }
  people.forEach((c, i) => {
    for (const round of Object.keys(c?.votes ?? {})) {
      if (!held.has(round as RecommendationRound))
        list.record(
          'F.301',
          {
            zh: `“${c.name}”有“${round}”得票，但没有这一轮`,
            en: `"${c.name}" has ${round} votes, but no such round was held`,
          },
          ['candidates', i, 'votes', round],
        );
    }
  });
  list.record('F.301', null);
  if (list.errors) return invalid(input, list, margin, used);

  // F.003, F.302, F.004, F.005: the ballots of each round add up; no one has more votes than there can be.
  const seats = input.seats;
  rounds.forEach((r, i) => {
    const b = r.ballots;
    if (b.valid + b.invalid !== b.returned)
      list.record(
        'F.003',
        {
          zh: `${r.round}：有效 ${b.valid} + 无效 ${b.invalid} ≠ 收回 ${b.returned}`,
          en: `${r.round}: valid ${b.valid} + invalid ${b.invalid} ≠ returned ${b.returned}`,
        },
        ['rounds', i, 'ballots', 'returned'],
      );
    if (b.returned > b.issued)
      list.record(
        'F.302',
        {
          zh: `${r.round}：发出 ${b.issued} 张，收回 ${b.returned} 张`,
          en: `${r.round}: ${b.issued} issued, ${b.returned} returned`,
        },
        ['rounds', i, 'ballots', 'returned'],
      );
    let marks = 0;
    people.forEach((c, k) => {
      const votes = c.votes[r.round] ?? 0;
      marks += votes;
      if (votes > b.valid)
        list.record(
          'F.004',
          {
            zh: `${r.round}：“${c.name}”得 ${votes} 票，有效票 ${b.valid} 张`,
            en: `${r.round}: "${c.name}" has ${votes}, valid ballots ${b.valid}`,
          },
          ['candidates', k, 'votes', r.round],
        );
    });
    // A recommendation ballot names at most as many people as there are seats; an evaluation rates each person.
    if (r.round !== '民主测评' && marks > b.valid * seats)
      list.record(
        'F.005',
        {
          zh: `${r.round}：得票合计 ${marks}，多于有效票 ${b.valid} × 应选 ${seats} = ${b.valid * seats}`,
          en: `${r.round}: votes total ${marks}, more than valid ${b.valid} × seats ${seats} = ${b.valid * seats}`,
        },
        ['rounds', i, 'ballots', 'valid'],
      );
  });
  for (const code of ['F.003', 'F.302', 'F.004', 'F.005'] as const) list.record(code, null);
  if (list.errors) return invalid(input, list, margin, used);

  // The thresholds, as applied to the rounds held.
  const ruleOf = new Map(rules.rounds.map((r) => [r.round, r]));
  const thresholds: RoundThreshold[] = [...held.values()].map(({ round, ballots }) => {
    const rule = ruleOf.get(round) as RoundRule;
    const share = shares.get(round) ?? null;
    const comparison = share ? (rule.comparison ?? 'above') : null;
    const n = ballots.returned;
    const votesNeeded = !share
      ? null
      : comparison === 'above'
        ? Math.floor((n * share.numerator) / share.denominator) + 1
        : Math.ceil((n * share.numerator) / share.denominator);
    return {
      round,
      participants: n,
      weight: rule.weight,
      share: share ? fractionText(share, '半数') : null,
      comparison,
      votesNeeded,
      reference: share ? citeReference(references, table.parameters[rule.share!.param]!.reference).title : null,
    };
  });

  // The weighted share, compared exactly: Σ weight × votes / participants over one common denominator.
  const weighted = thresholds.filter((t) => t.weight > 0);
  const common = weighted.reduce((d, t) => d * BigInt(Math.max(t.participants, 1)), 1n);
  const totalWeight = weighted.reduce((s, t) => s + t.weight, 0);
  const scored = people.map((c, order) => {
    const exact = weighted.reduce(
      (s, t) => s + BigInt(t.weight) * BigInt(c.votes[t.round] ?? 0) * (common / BigInt(Math.max(t.participants, 1))),
      0n,
    );
    const failed = thresholds.filter((t) => {
      const share = shares.get(t.round);
      const votes = c.votes[t.round];
      if (!share || (t.round === '民主测评' && votes === undefined)) return false;
      const meets = t.comparison === 'above' ? isAbove : isAtLeast;
      return !meets(votes ?? 0, t.participants, share);
    });
    // Percent to hundredths: Σ weight × share × 10000 / Σ weight, rounded.
    const score = totalWeight === 0 ? 0 : Math.round(Number((exact * 10000n) / common) / totalWeight) / 100;
    return { c, order, exact, failed, score };
  });
  scored.sort((a, b) => (a.exact === b.exact ? a.order - b.order : a.exact > b.exact ? -1 : 1));

  // As many as the seats and the margin: a tie across the last place puts none of the tied forward.
  const forwardCount = seats + Math.max(Math.ceil((seats * margin.percent) / 100), margin.atLeast);
  const qualified = scored.filter((s) => s.failed.length === 0);
  let chosen = qualified.slice(0, forwardCount);
  let revoteAmong: string[] = [];
  if (qualified.length > forwardCount && qualified[forwardCount]!.exact === qualified[forwardCount - 1]!.exact) {
    const tied = qualified[forwardCount - 1]!.exact;
    chosen = chosen.filter((s) => s.exact > tied);
    revoteAmong = qualified.filter((s) => s.exact === tied).map((s) => s.c.name);
  }
  const going = new Set(chosen.map((s) => s.c.name));
  list.record(
    'W.302',
    revoteAmong.length > 0
      ? { zh: `${revoteAmong.join('、')} 综合得票相等`, en: `${revoteAmong.join(', ')} tied` }
      : null,
    ['candidates'],
  );
  list.record(
    'W.301',
    qualified.length < forwardCount
      ? {
          zh: `应产生 ${forwardCount} 人（应选 ${seats} 人），达到要求的 ${qualified.length} 人`,
          en: `${forwardCount} to go forward (${seats} seats), ${qualified.length} met the requirements`,
        }
      : null,
    ['candidates'],
  );

  let rank = 0;
  const ranking: RankedPerson[] = scored.map((s, i) => {
    if (i === 0 || s.exact !== scored[i - 1]!.exact) rank = i + 1;
    const forward = going.has(s.c.name);
    const reason: Text | null = forward
      ? null
      : s.failed.length > 0
        ? {
            zh: s.failed
              .map(
                (t) =>
                  `${t.round}得 ${s.c.votes[t.round] ?? 0} 票，${t.comparison === 'above' ? '未超过' : '少于'}参加人数 ${t.participants} 的${t.share!.zh}（需 ${t.votesNeeded} 票）`,
              )
              .join('；'),
            en: s.failed
              .map(
                (t) =>
                  `${t.round}: ${s.c.votes[t.round] ?? 0} votes, ${t.comparison === 'above' ? 'not more than' : 'less than'} ${t.share!.en} of ${t.participants} (${t.votesNeeded} needed)`,
              )
              .join('; '),
          }
        : revoteAmong.includes(s.c.name)
          ? { zh: '与他人综合得票相等争最后名额，须再次推荐', en: 'tied for the last place: recommend again' }
          : {
              zh: `达到要求，但名额已满（应产生 ${forwardCount} 人）`,
              en: `met the requirements, but the ${forwardCount} places were filled`,
            };
    return {
      rank,
      name: s.c.name,
      votes: s.c.votes,
      score: s.score,
      qualified: s.failed.length === 0,
      forward,
      reason,
    };
  });

  return {
    valid: true,
    body: input.body,
    seats,
    forwardCount,
    margin,
    thresholds,
    ranking,
    forward: ranking.filter((r) => r.forward).map((r) => r.name),
    revoteAmong,
    checks: list.checks,
    problems: list.problems,
    parameters: used,
  };
}

/** The result of a recommendation whose counts do not stand (an `F` check failed). */
function invalid(
  input: RecommendationInput,
  list: CheckList,
  margin: RecommendationResult['margin'],
  parameters: UsedParameter[],
): RecommendationResult {
  const seats = isCount(input?.seats) ? input.seats : 0;
  return {
    valid: false,
    body: input?.body,
    seats,
    forwardCount: seats + Math.max(Math.ceil((seats * margin.percent) / 100), margin.atLeast),
    margin,
    thresholds: [],
    ranking: [],
    forward: [],
    revoteAmong: [],
    checks: list.checks,
    problems: list.problems,
    parameters,
  };
}
