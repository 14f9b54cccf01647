/**
 * Dated assessments of a village, manual overrides, and the history of its level with the reason for each change
 * (日报告、周研判、月调度). An override needs a reason and a person and is always shown as one.
 */
import * as z from 'zod/mini';
import type { IsoDate } from '../dates/calendar.js';
import { IsoDateField } from '../dates/isoDateField.js';
import * as P from '../problems/codes.js';
import { HuanjieError, problem } from '../problems/problem.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';
import { type RiskBand, type RiskLevel, type RiskModel, UNLEVELLED } from './model.js';
import type { RiskScore } from './scoreRisk.js';

/** A band's level, or 无风险 (scored in the model's `unlevelled` range); an override sets a band's level only. */
const Level = z.enum(['一级', '二级', '三级', UNLEVELLED]);
const BandLevel = z.enum(['一级', '二级', '三级']);
const Colour = z.enum(['red', 'yellow', 'green']);

/** An assessment as it is kept: plain JSON, reading back to the same object. 研判记录。 */
export const RiskAssessmentRecord = z.strictObject({
  village: z.string().check(z.minLength(1)),
  date: IsoDateField,
  modelId: z.string(),
  score: z.nullable(z.number()),
  level: z.nullable(Level),
  colour: z.nullable(Colour),
  /** Points per indicator on that date, to explain the next change. */
  points: z.record(z.string(), z.number()),
  missing: z.array(z.string()),
  override: z.optional(
    z.strictObject({
      level: BandLevel,
      colour: Colour,
      reason: z.string().check(z.trim(), z.minLength(1)),
      by: z.string().check(z.trim(), z.minLength(1)),
      date: IsoDateField,
    }),
  ),
});
export type RiskAssessmentRecord = z.infer<typeof RiskAssessmentRecord>;

/**
 * Keeps a score as a dated record. 记录研判结果。
 *
 * @example
 * ```ts
 * recordAssessment('坡头村', '2021-09-01', scoreRisk(values, model))
 * ```
 */
export function recordAssessment(village: string, date: IsoDate, score: RiskScore): RiskAssessmentRecord {
  return parseRecord({
    village,
    date,
    modelId: score.modelId,
    score: score.score,
    level: score.level,
    colour: score.colour,
    points: Object.fromEntries(score.contributions.map((c) => [c.indicatorId, c.points])),
    missing: [...score.missing],
  });
}

function parseRecord(value: unknown): RiskAssessmentRecord {
  return parseOrThrow(RiskAssessmentRecord, value);
}

/**
 * Sets a village's level by hand (人工调整), with a reason and the person who decided; the computed level stays in
 * the record, and history shows the override as one. 人工调整等级。
 *
 * @throws HuanjieError when the reason or the person is empty, or the level is not one of the model's bands
 */
export function overrideAssessment(
  record: RiskAssessmentRecord,
  override: { readonly level: RiskBand['level']; readonly reason: string; readonly by: string; readonly date: IsoDate },
  model: RiskModel,
): RiskAssessmentRecord {
  const band = model.bands.find((b) => b.level === override.level);
  if (!band) {
    const expected = model.bands.map((b) => b.level).join('、');
    throw new HuanjieError([problem(P.RISK_UNKNOWN_LEVEL, { level: override.level }, { path: ['level'], expected })]);
  }
  return parseRecord({
    ...record,
    override: {
      level: override.level,
      colour: band.colour,
      reason: override.reason,
      by: override.by,
      date: override.date,
    },
  });
}

/** The level in force: the override's when there is one. */
export function effectiveLevel(record: RiskAssessmentRecord): {
  level: RiskLevel | null;
  colour: RiskBand['colour'] | null;
} {
  return record.override
    ? { level: record.override.level, colour: record.override.colour }
    : { level: record.level, colour: record.colour };
}

/** One step of a village's history. */
export interface RiskHistoryEntry {
  readonly date: IsoDate;
  readonly level: RiskLevel | null;
  readonly colour: RiskBand['colour'] | null;
  /** The level the model computed (differs from `level` when overridden). */
  readonly computedLevel: RiskLevel | null;
  readonly overridden: boolean;
  /** The level differs from the entry before. */
  readonly changed: boolean;
  readonly reason: { readonly zh: string; readonly en: string };
}

/**
 * A village's levels over time, each change with its reason: an override's reason and person, or the indicators
 * whose points moved. 风险等级变化记录。
 *
 * @param records - assessment records (any order; other villages' are ignored)
 * @param village - the village
 * @param model - to name the indicators
 */
export function villageRiskHistory(
  records: readonly RiskAssessmentRecord[],
  village: string,
  model: RiskModel,
): RiskHistoryEntry[] {
  const titles = new Map(model.indicators.map((i) => [i.id, i.title]));
  const mine = records
    .filter((r) => r.village === village)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return mine.map((r, i) => {
    const { level, colour } = effectiveLevel(r);
    const before = mine[i - 1];
    const changed = before !== undefined && effectiveLevel(before).level !== level;
    let reason: { zh: string; en: string };
    if (!r.override && before?.override)
      reason = {
        zh: `取消人工调整，恢复研判结果（原调整：${before.override.reason}）`,
        en: `Manual setting lifted; the computed level applies again (was: ${before.override.reason})`,
      };
    else if (r.override)
      reason = {
        zh: `人工调整：${r.override.reason}（${r.override.by}，${r.override.date}）`,
        en: `Set by hand: ${r.override.reason} (${r.override.by}, ${r.override.date})`,
      };
    else if (!before) reason = { zh: '首次研判', en: 'First assessment' };
    else {
      const moved = Object.keys(r.points).filter((id) => before.points[id] !== r.points[id]);
      const zh = moved
        .map((id) => `${titles.get(id)?.zh ?? id} ${before.points[id] ?? '—'}→${r.points[id]}`)
        .join('、');
      const en = moved
        .map((id) => `${titles.get(id)?.en ?? id} ${before.points[id] ?? '—'}→${r.points[id]}`)
        .join(', ');
      reason = moved.length
        ? { zh: `指标变化：${zh}`, en: `Indicators moved: ${en}` }
        : { zh: '指标未变', en: 'No indicator moved' };
    }
    return {
      date: r.date,
      level,
      colour,
      computedLevel: r.level,
      overridden: r.override !== undefined,
      changed,
      reason,
    };
  });
}
