/**
 * Matching reserves to a village's open post (人岗相适): eligibility is a hard filter, then each reserve is scored on
 * the village's needs with the policy's weights, and every score explains itself.
 */
import type { IsoDate } from '../dates/calendar.js';
import { ageOn } from '../dates/calendar.js';
import { compilePolicy } from '../eligibility/compilePolicy.js';
import { explainCandidate } from '../eligibility/evaluateEligibility.js';
import type { CandidateInput, EvaluationOptions, RuleOutcome } from '../eligibility/types.js';
import { type EducationLevel, educationRank, type Organization, type Post } from '../schemas/vocabulary.js';
import { parseReserves } from './reserve.js';
import { MATCH_CRITERIA, type TalentPolicy } from './schema.js';

export type MatchCriterion = (typeof MATCH_CRITERIA)[number];

/**
 * Example weights (out of 100), used when the policy sets none: education and age first, as the 2021 re-elections
 * stressed (一降一升), then fit with the team's gaps, skills and local roots. A locality sets its own in the policy's
 * `reserveMatching` section.
 */
export const EXAMPLE_MATCH_WEIGHTS: Readonly<Record<MatchCriterion, number>> = {
  age: 20,
  education: 20,
  structureGap: 15,
  skills: 15,
  residence: 10,
  trialPost: 8,
  evaluation: 7,
  readiness: 5,
};

/** What a village needs for the post. */
export interface VillageNeeds {
  /** The village: its name (as in rosters) and code; `team` is its current members, for structure gaps. */
  readonly village: { readonly name: string; readonly code?: string; readonly multiEthnic?: boolean };
  readonly team?: readonly CandidateInput[];
  readonly organization: Organization;
  readonly post: Post;
  /** Preferred highest age (default: younger scores higher up to 60). */
  readonly maxAge?: number;
  /** Preferred lowest education. */
  readonly minEducation?: EducationLevel;
  /** Skills wanted. */
  readonly skills?: readonly string[];
}

/** How one criterion scored. */
export interface MatchContribution {
  readonly criterion: MatchCriterion;
  readonly weight: number;
  /** How well the reserve meets it, 0–1. */
  readonly fit: number;
  /** weight × fit. */
  readonly points: number;
  readonly reason: { readonly zh: string; readonly en: string };
}

/** A ranked reserve. */
export interface ReserveMatch {
  /** Index in the input list. */
  readonly index: number;
  readonly name: string;
  readonly score: number;
  readonly contributions: readonly MatchContribution[];
  /** Failed `warning` rules of the policy (the reserve stays eligible). */
  readonly warnings: readonly RuleOutcome[];
}

/** The outcome of matching: ranked eligible reserves, and the ineligible ones with the rules they fail. */
export interface ReserveMatchResult {
  readonly ranked: readonly ReserveMatch[];
  readonly ineligible: ReadonlyArray<{
    readonly index: number;
    readonly name: string;
    readonly failures: readonly RuleOutcome[];
  }>;
  /** The weights used and where they came from. */
  readonly weights: Readonly<Record<MatchCriterion, number>>;
  readonly weightsFrom: string;
}

const RATING_FIT = { 优秀: 1, 良好: 0.75, 一般: 0.4, 较差: 0 } as const;
const READINESS_FIT = { 可立即使用: 1, 一至两年: 0.5, 需继续培养: 0.2 } as const;

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Ranks the eligible reserves for a village's open post. 后备人才匹配。
 *
 * @param needs - the village, its current team, the post, and what it looks for
 * @param reserves - reserve profiles (validated; a bad one is an error naming its index and field)
 * @param policy - eligibility rules (a hard filter) and, optionally, `reserveMatching` weights
 * @param options - `asOf`
 * @returns eligible reserves best first, each score explained per criterion; the ineligible with their reasons
 * @example
 * ```ts
 * const { ranked } = matchReserves({ village: { name: '坡头村' }, organization: '村民委员会', post: '主任',
 *   minEducation: '大专', skills: ['电商'], team }, pool, exampleShibuxuan, { asOf: '2021-10-28' })
 * ranked[0].contributions.map((c) => c.reason.zh)
 * ```
 */
export function matchReserves(
  needs: VillageNeeds,
  reserves: readonly unknown[],
  policy: TalentPolicy,
  options: { readonly asOf: IsoDate; readonly predicates?: EvaluationOptions['predicates'] },
): ReserveMatchResult {
  const checked = parseReserves(reserves, { policy });
  const compiled = compilePolicy(policy, {
    asOf: options.asOf,
    organization: needs.organization,
    post: needs.post,
    predicates: options.predicates,
  });
  const weights = { ...EXAMPLE_MATCH_WEIGHTS, ...(policy.reserveMatching?.weights ?? {}) };
  const weightsFrom = policy.reserveMatching
    ? `${policy.reserveMatching.source}（${policy.reserveMatching.reference}）`
    : '示例权重 / example weights';

  // Structure gaps of the current team: no woman, no one under 35, no member of a smaller ethnic group.
  const team = needs.team ?? [];
  const gaps = {
    woman: team.length > 0 && !team.some((m) => m.sex === 'female'),
    young: team.length > 0 && !team.some((m) => ageOn(m.birthDate, options.asOf) < 35),
    // With no team given there is nothing to judge gaps against, for any of the three.
    minority: team.length > 0 && needs.village.multiEthnic === true && !team.some((m) => m.ethnicity !== '汉族'),
  };
  const gapCount = Number(gaps.woman) + Number(gaps.young) + Number(gaps.minority);

  const seat = { organization: needs.organization, post: needs.post };
  const ranked: ReserveMatch[] = [];
  const ineligible: ReserveMatchResult['ineligible'][number][] = [];
  checked.forEach((r, index) => {
    const verdict = explainCandidate(compiled, { ...r, organization: needs.organization, post: needs.post }, seat);
    if (!verdict.eligible) {
      ineligible.push({ index, name: r.name, failures: verdict.failures });
      return;
    }
    const age = ageOn(r.birthDate, options.asOf);
    const fits: Record<MatchCriterion, { fit: number; zh: string; en: string }> = {
      age:
        needs.maxAge !== undefined
          ? {
              fit: age <= needs.maxAge ? 1 : 0,
              zh: `${age}岁，${age <= needs.maxAge ? '不超过' : '超过'}${needs.maxAge}岁`,
              en: `age ${age}, ${age <= needs.maxAge ? 'within' : 'above'} ${needs.maxAge}`,
            }
          : {
              fit: Math.max(0, Math.min(1, (60 - age) / 35)),
              zh: `${age}岁（越年轻得分越高）`,
              en: `age ${age} (younger scores higher)`,
            },
      education:
        needs.minEducation !== undefined
          ? {
              fit: educationRank(r.education) >= educationRank(needs.minEducation) ? 1 : 0,
              zh: `${r.education}，要求${needs.minEducation}及以上`,
              en: `${r.education}; ${needs.minEducation} or above wanted`,
            }
          : {
              fit: Math.min(1, educationRank(r.education) / educationRank('本科')),
              zh: `${r.education}`,
              en: `${r.education}`,
            },
      skills: (() => {
        const wanted = needs.skills ?? [];
        const have = wanted.filter((s) => r.skills.includes(s));
        return wanted.length === 0
          ? { fit: 0, zh: '未提出专长要求', en: 'no skills asked for' }
          : {
              fit: have.length / wanted.length,
              zh: `具备${have.join('、') || '无'}（需要${wanted.join('、')}）`,
              en: `has ${have.join(', ') || 'none'} of ${wanted.join(', ')}`,
            };
      })(),
      residence: (() => {
        // Codes decide when both are known (two villages may share a name); names otherwise.
        const local =
          r.villageCode !== undefined && needs.village.code !== undefined
            ? r.villageCode === needs.village.code
            : r.village === needs.village.name;
        return {
          fit: local ? 1 : 0,
          zh: local ? '本村人' : '非本村人',
          en: local ? 'from this village' : 'from elsewhere',
        };
      })(),
      trialPost: (() => {
        const done = r.trialPosts.filter((t) => t.from <= options.asOf);
        const here = done.some((t) => t.village === needs.village.name);
        const any = done.length > 0;
        return {
          fit: here ? 1 : any ? 0.5 : 0,
          zh: here ? '在本村试岗锻炼过' : any ? '在他村试岗锻炼过' : '没有试岗经历',
          en: here ? 'trial post in this village' : any ? 'trial post elsewhere' : 'no trial post',
        };
      })(),
      evaluation: (() => {
        const latest = r.evaluations
          .filter((e) => e.date <= options.asOf)
          .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
        return latest
          ? {
              fit: RATING_FIT[latest.rating],
              zh: `最近一次评价${latest.rating}（${latest.date}）`,
              en: `latest evaluation ${latest.rating} (${latest.date})`,
            }
          : { fit: 0, zh: '没有评价记录', en: 'no evaluation' };
      })(),
      structureGap: (() => {
        if (gapCount === 0) return { fit: 0, zh: '班子结构没有缺口', en: 'no gap in the team' };
        const filled = [
          gaps.woman && r.sex === 'female' && '女性',
          gaps.young && age < 35 && '35岁以下',
          gaps.minority && r.ethnicity !== '汉族' && '少数民族',
        ].filter(Boolean);
        return {
          fit: filled.length / gapCount,
          zh: filled.length ? `补上班子缺口：${filled.join('、')}` : '不能补上班子缺口',
          en: filled.length ? `fills the team's gap: ${filled.join(', ')}` : "does not fill the team's gaps",
        };
      })(),
      readiness: { fit: READINESS_FIT[r.readiness], zh: r.readiness, en: r.readiness },
    };
    const contributions = MATCH_CRITERIA.map((criterion): MatchContribution => {
      const { fit, zh, en } = fits[criterion];
      return {
        criterion,
        weight: weights[criterion],
        fit,
        points: weights[criterion] * fit,
        reason: { zh, en },
      };
    }).sort((a, b) => b.points - a.points);
    ranked.push({
      index,
      name: r.name,
      // Rounded once, at the end; the contributions keep their exact points.
      score: round2(contributions.reduce((s, c) => s + c.points, 0)),
      contributions,
      warnings: verdict.warnings,
    });
  });
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  return { ranked, ineligible, weights, weightsFrom };
}
