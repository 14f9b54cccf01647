/**
 * Deputy quotas of local people's congresses (人大代表名额) under 选举法 (2020) Art. 12: a base, one more deputy per
 * so many people (a province per 150,000, a municipality directly under the central government per 25,000), a cap,
 * the small-population exception, and the extra 5 % the standing committee above may decide for areas with many
 * ethnic minorities or a scattered population (third paragraph).
 */
import * as P from '../problems/codes.js';
import { HuanjieError, problem } from '../problems/problem.js';

/** The levels whose quota Art. 12 sets: its first paragraph's four items, the first split in two (省、自治区 and 直辖市). */
export const DEPUTY_LEVELS = ['province', 'municipality', 'city', 'county', 'township'] as const;
export type DeputyLevel = (typeof DEPUTY_LEVELS)[number];

interface QuotaRule {
  readonly title: { readonly zh: string; readonly en: string };
  readonly base: number;
  /** One more deputy per this many people. */
  readonly perPeople: number;
  readonly cap: number;
  /** Below this population the total may be fewer than the base (none for province and city). */
  readonly fewerBelow?: number;
  /** Whether Art. 12's third paragraph lets a decision add 5 % (provinces, counties and townships, not cities). */
  readonly mayAddFivePercent?: boolean;
  readonly reference: string;
}

/** 选举法 (2020) Art. 12, clause by clause. */
export const DEPUTY_QUOTA_RULES: Readonly<Record<DeputyLevel, QuotaRule>> = Object.freeze({
  province: {
    title: { zh: '省、自治区', en: 'Province or autonomous region' },
    base: 350,
    perPeople: 150_000,
    cap: 1000,
    mayAddFivePercent: true,
    reference: '中华人民共和国全国人民代表大会和地方各级人民代表大会选举法（2020年修正）第十二条第一款第（一）项',
  },
  // The same item, its own figure: 直辖市每二万五千人可以增加一名代表.
  municipality: {
    title: { zh: '直辖市', en: 'Municipality directly under the central government' },
    base: 350,
    perPeople: 25_000,
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
    mayAddFivePercent: true,
    reference: '中华人民共和国全国人民代表大会和地方各级人民代表大会选举法（2020年修正）第十二条第一款第（三）项',
  },
  township: {
    title: { zh: '乡、民族乡、镇', en: 'Township' },
    base: 45,
    perPeople: 1_500,
    cap: 160,
    fewerBelow: 2_000,
    mayAddFivePercent: true,
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
  /** Deputies added on a standing committee's decision (Art. 12 third paragraph), 0 without one. */
  readonly additional: number;
  readonly reference: string;
  readonly explanation: { readonly zh: string; readonly en: string };
}

/** The extra 5 % of Art. 12's third paragraph, and the decision it rests on. */
export interface AdditionalDeputies {
  /**
   * The standing committee's decision that the area has many ethnic minorities or a scattered population, as it is
   * cited (e.g. `某省人大常委会关于某县代表名额另加百分之五的决定（2021年）`). Required: the extra rests on it.
   */
  readonly decision: string;
}

const ADDITIONAL_REFERENCE = '中华人民共和国全国人民代表大会和地方各级人民代表大会选举法（2020年修正）第十二条第三款';

/**
 * The number of deputies of a local people's congress by 选举法 Art. 12. 人大代表名额。
 *
 * The extra 5 % for areas with many ethnic minorities or a scattered population (Art. 12 third paragraph) is added
 * only with `additional`, naming the decision of the standing committee above that grants it, and only for a
 * province, county or township. The law says the quota "may" be raised by 5 %: the extra is 5 % of the total rounded
 * down, so that it never exceeds what the law allows; it comes on top of the cap.
 *
 * @param input - `level` (`municipality` for 直辖市), `population` (a whole number of people) and optionally
 *   `additional` (the decision for the extra 5 %)
 * @returns total, how it was computed, and whether the small-population exception applies
 * @throws HuanjieError `QUOTA_INPUT` for an unknown level, a population that is not a non-negative whole number, or
 *   an extra 5 % without a decision or for a level the third paragraph does not cover
 * @example
 * ```ts
 * deputyQuota({ level: 'township', population: 30_000 }).total // 45 + 20 = 65
 * deputyQuota({ level: 'county', population: 3_000_000 }).total // 450 (capped)
 * deputyQuota({ level: 'municipality', population: 21_890_000 }).total // 350 + 875 = 1,225 → 1,000 (capped)
 * ```
 */
export function deputyQuota(input: {
  readonly level: DeputyLevel;
  readonly population: number;
  readonly additional?: AdditionalDeputies;
}): DeputyQuota {
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
  const { additional } = input;
  if (additional !== undefined) {
    if (!rule.mayAddFivePercent) {
      throw new HuanjieError([
        problem(
          P.QUOTA_INPUT,
          { variant: 'additionalLevel', level: rule.title },
          { path: ['additional'], value: input.level },
        ),
      ]);
    }
    if (typeof additional?.decision !== 'string' || additional.decision.trim() === '') {
      throw new HuanjieError([
        problem(P.QUOTA_INPUT, { variant: 'additionalDecision' }, { path: ['additional', 'decision'] }),
      ]);
    }
  }
  const added = Math.floor(input.population / rule.perPeople);
  const uncapped = rule.base + added;
  const capped = Math.min(uncapped, rule.cap);
  const extra = additional ? Math.floor((capped * 5) / 100) : 0;
  const total = capped + extra;
  const mayBeFewer = rule.fewerBelow !== undefined && input.population < rule.fewerBelow;
  return {
    level: input.level,
    total,
    base: rule.base,
    added,
    capped: uncapped > rule.cap,
    mayBeFewer,
    additional: extra,
    reference: additional ? `${rule.reference}；${ADDITIONAL_REFERENCE}` : rule.reference,
    explanation: {
      zh: `${rule.title.zh}：基数${rule.base}名，每${rule.perPeople}人增加1名（增加${added}名）${uncapped > rule.cap ? `，不超过${rule.cap}名` : ''}${additional ? `，${capped}名；依${additional.decision}另加百分之五（${extra}名）` : ''}，共${total}名${mayBeFewer ? `；人口不足${rule.fewerBelow}人，可以少于${rule.base}名` : ''}`,
      en: `${rule.title.en}: base ${rule.base}, one more per ${rule.perPeople} people (${added} more)${uncapped > rule.cap ? `, at most ${rule.cap}` : ''}${additional ? `, ${capped}; 5 % more (${extra}) by ${additional.decision}` : ''}: ${total}${mayBeFewer ? `; under ${rule.fewerBelow} people it may be fewer than ${rule.base}` : ''}`,
    },
  };
}
