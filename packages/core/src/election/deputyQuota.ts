/**
 * Deputy quotas of local people's congresses (人大代表名额) under 选举法 (2020) Art. 12: a base, one more deputy per
 * so many people, a cap, and the small-population exception.
 */
import * as P from '../problems/codes.js';
import { HuanjieError, problem } from '../problems/problem.js';

/** The four levels whose quota Art. 12 sets. */
export const DEPUTY_LEVELS = ['province', 'city', 'county', 'township'] as const;
export type DeputyLevel = (typeof DEPUTY_LEVELS)[number];

interface QuotaRule {
  readonly title: { readonly zh: string; readonly en: string };
  readonly base: number;
  /** One more deputy per this many people. */
  readonly perPeople: number;
  readonly cap: number;
  /** Below this population the total may be fewer than the base (none for province and city). */
  readonly fewerBelow?: number;
  readonly reference: string;
}

/** 选举法 (2020) Art. 12, clause by clause. */
export const DEPUTY_QUOTA_RULES: Readonly<Record<DeputyLevel, QuotaRule>> = Object.freeze({
  province: {
    title: { zh: '省、自治区、直辖市', en: 'Province' },
    base: 350,
    perPeople: 150_000,
    cap: 1000,
    reference: '中华人民共和国全国人民代表大会和地方各级人民代表大会选举法（2020年修正）第十二条第一款第（一）项',
  },
  city: {
    title: { zh: '设区的市、自治州', en: 'City with districts' },
    base: 240,
    perPeople: 25_000,
    cap: 650,
    reference: '中华人民共和国全国人民代表大会和地方各级人民代表大会选举法（2020年修正）第十二条第一款第（二）项',
  },
  county: {
    title: { zh: '不设区的市、市辖区、县、自治县', en: 'County' },
    base: 140,
    perPeople: 5_000,
    cap: 450,
    fewerBelow: 50_000,
    reference: '中华人民共和国全国人民代表大会和地方各级人民代表大会选举法（2020年修正）第十二条第一款第（三）项',
  },
  township: {
    title: { zh: '乡、民族乡、镇', en: 'Township' },
    base: 45,
    perPeople: 1_500,
    cap: 160,
    fewerBelow: 2_000,
    reference: '中华人民共和国全国人民代表大会和地方各级人民代表大会选举法（2020年修正）第十二条第一款第（四）项',
  },
});

/** A quota and how it was reached. 代表名额。 */
export interface DeputyQuota {
  readonly level: DeputyLevel;
  readonly total: number;
  readonly base: number;
  /** ⌊population / perPeople⌋ deputies added to the base. */
  readonly added: number;
  /** The cap applied (the total would have been higher). */
  readonly capped: boolean;
  /** The population is small enough that the law allows fewer deputies than the base. */
  readonly mayBeFewer: boolean;
  readonly reference: string;
  readonly explanation: { readonly zh: string; readonly en: string };
}

/**
 * The number of deputies of a local people's congress by 选举法 Art. 12. 人大代表名额。
 *
 * @param input - `level` and `population` (a whole number of people)
 * @returns total, how it was computed, and whether the small-population exception applies
 * @throws HuanjieError `QUOTA_INPUT` for an unknown level or a population that is not a non-negative whole number
 * @example
 * ```ts
 * deputyQuota({ level: 'township', population: 30_000 }).total // 45 + 20 = 65
 * deputyQuota({ level: 'county', population: 3_000_000 }).total // 450 (capped)
 * ```
 */
export function deputyQuota(input: { readonly level: DeputyLevel; readonly population: number }): DeputyQuota {
  const rule = Object.hasOwn(DEPUTY_QUOTA_RULES, input.level) ? DEPUTY_QUOTA_RULES[input.level] : undefined;
  if (!rule || !Number.isSafeInteger(input.population) || input.population < 0) {
    throw new HuanjieError([
      problem(P.QUOTA_INPUT, rule ? { variant: 'population' } : { level: String(input.level) }, {
        path: rule ? ['population'] : ['level'],
        value: String(rule ? input.population : input.level),
        expected: rule ? undefined : DEPUTY_LEVELS.join('、'),
      }),
    ]);
  }
  const added = Math.floor(input.population / rule.perPeople);
  const uncapped = rule.base + added;
  const total = Math.min(uncapped, rule.cap);
  const mayBeFewer = rule.fewerBelow !== undefined && input.population < rule.fewerBelow;
  return {
    level: input.level,
    total,
    base: rule.base,
    added,
    capped: uncapped > rule.cap,
    mayBeFewer,
    reference: rule.reference,
    explanation: {
      zh: `${rule.title.zh}：基数${rule.base}名，每${rule.perPeople}人增加1名（增加${added}名）${uncapped > rule.cap ? `，不超过${rule.cap}名` : ''}，共${total}名${mayBeFewer ? `；人口不足${rule.fewerBelow}人，可以少于${rule.base}名` : ''}`,
      en: `${rule.title.en}: base ${rule.base}, one more per ${rule.perPeople} people (${added} more)${uncapped > rule.cap ? `, at most ${rule.cap}` : ''}: ${total}${mayBeFewer ? `; under ${rule.fewerBelow} people it may be fewer than ${rule.base}` : ''}`,
    },
  };
}
