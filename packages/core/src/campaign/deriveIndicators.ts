/**
 * Risk indicators computed from the records instead of typed by hand (seed 004: "财务审计、资格联审、选情评估等7项评估
 * 指标"): 财务审计 from the departure audits, 资格联审 from the joint reviews, 选情评估 from open incidents and 台账
 * items — each with the deductions that made it and the ids of the records they came from.
 */
import type { IsoDate } from '../dates/calendar.js';
import { CHINA_STANDARD_TIME, formatInstant, parseInstant } from '../dates/instants.js';
import { postingsOn } from '../election/departureAudit.js';
import type { AuditPolicy } from '../election/schema.js';
import * as P from '../problems/codes.js';
import { HuanjieError, type LocalizedText, type Problem, problem, throwIfAny } from '../problems/problem.js';
import { type QualificationReview, reviewStatus } from '../review/reviewStatus.js';
import type { ReviewPolicy } from '../review/schema.js';
import type { VillageRiskInput } from '../risk/assessVillages.js';
import type { LedgerItem } from '../risk/ledger.js';
import type { RiskModel } from '../risk/model.js';
import { asOfInstant, type VillageEntry } from './campaignStatus.js';
import { countingEvents } from './countingEvents.js';
import { type AuditView, departureAudits } from './departureAudits.js';
import type { CampaignEvent } from './event.js';
import { type IndicatorRules, seed004IndicatorRules } from './indicatorRules.js';

/** One deduction from full marks and the record it comes from. */
export interface IndicatorDeduction {
  readonly points: number;
  readonly reason: LocalizedText;
  /** The record's id (an event id, a review's id, a 台账 item's id), or none when a record is missing. */
  readonly source?: string;
}

/** An indicator computed from records. 由台账推导的指标。 */
export interface DerivedIndicator {
  /** The model's indicator id. */
  readonly indicator: string;
  /** Which rule computed it. */
  readonly rule: 'financialAudit' | 'qualificationReview' | 'electionSituation';
  /** The rating, 0 to the rules' full marks. */
  readonly value: number;
  readonly deductions: readonly IndicatorDeduction[];
  /** Every record read, deducting or not (an audit with nothing open is a source too). */
  readonly sources: readonly string[];
}

/** A village's values for `assessVillages`, and how the derived ones were reached. */
export interface DerivedVillage extends VillageRiskInput {
  readonly derived: readonly DerivedIndicator[];
}

/** A joint qualification review of one of a village's candidates, as kept by the caller. */
export interface VillageReview {
  /** The village's division code. */
  readonly village: string;
  /** The review's own id (shown as its source). */
  readonly id: string;
  readonly review: QualificationReview;
}

export interface DeriveIndicatorsOptions {
  /** A date (its end, China Standard Time) or an instant. */
  readonly asOf: string;
  readonly model: RiskModel;
  /** Which indicators are derived and how (default: the example `seed004IndicatorRules`). */
  readonly rules?: IndicatorRules;
  /** The policy the audit postings (its `audit` section) and the reviews' deadlines (`review`) are read from. */
  readonly policy?: AuditPolicy & ReviewPolicy;
  /** The county's villages: listed even without a record, with their township. */
  readonly villages?: readonly VillageEntry[];
  /** The indicators typed by hand, per village code; a derived indicator takes the place of a typed one. */
  readonly values?: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** The joint reviews; a village without one has no derived 资格联审 (its typed value stays). */
  readonly reviews?: readonly VillageReview[];
  /** The county's other 台账 items (`village` the division code or the directory's name). */
  readonly ledger?: readonly LedgerItem[];
}

const RULE_TITLES = {
  financialAudit: { zh: '财务审计', en: 'financial audit', zhTW: '財務審計' },
  qualificationReview: { zh: '资格联审', en: 'qualification review', zhTW: '資格聯審' },
  electionSituation: { zh: '选情评估', en: 'election situation', zhTW: '選情評估' },
} as const;

/** The rules, checked against the model: each indicator they fill is numeric and takes 0 to full marks. */
function checkRules(rules: IndicatorRules, model: RiskModel): void {
  const problems: Problem[] = [];
  for (const rule of ['financialAudit', 'qualificationReview', 'electionSituation'] as const) {
    const target = rules[rule]?.indicator;
    if (target === undefined) continue;
    const ind = model.indicators.find((i) => i.id === target);
    const fits = ind?.kind === 'numeric' && (!ind.domain || (ind.domain.min <= 0 && ind.domain.max >= rules.fullMarks));
    if (!fits) {
      const params = {
        rules: rules.id,
        derived: RULE_TITLES[rule],
        indicator: target,
        model: model.title,
        fullMarks: rules.fullMarks,
      };
      problems.push(
        problem(P.RISK_DERIVATION_INDICATOR, params, { path: ['rules', rule, 'indicator'], value: target }),
      );
    }
  }
  throwIfAny(problems);
}

/** A rating from deductions: full marks less their sum, never below 0. */
function rated(
  rules: IndicatorRules,
  rule: DerivedIndicator['rule'],
  indicator: string,
  deductions: IndicatorDeduction[],
  sources: string[],
  floor?: number,
): DerivedIndicator {
  const value = floor ?? Math.max(0, rules.fullMarks - deductions.reduce((s, d) => s + d.points, 0));
  return { indicator, rule, value, deductions, sources };
}

/**
 * Computes the indicators a model rates from the county's records, for `assessVillages`: 财务审计 from each village's
 * departure audits (none reported, postings short of the policy, open and overdue findings by grade), 资格联审 from
 * the joint reviews of its candidates (failed, overdue), 选情评估 from its open incidents and open 台账 items of the
 * rules' categories. The other indicators are the typed `values`, passed through. Each derived indicator lists its
 * deductions and the ids of the records read. 由纪实与台账推导研判指标。
 *
 * @param journal - verified events (`verifyJournal(...).events`)
 * @param options - `asOf`, the `model`, the `rules` (default the example `seed004IndicatorRules`), the `policy`, the
 *   county's `villages`, the typed `values`, the `reviews` and the other `ledger` items
 * @returns one entry per village (directory, journal, typed values and reviews), by division code: `values` ready for
 *   `assessVillages`, and `derived`
 * @throws HuanjieError `RISK_DERIVATION_INDICATOR` when the rules name an indicator the model does not rate 0 to full
 *   marks; `INSTANT` for a bad `asOf`; `POLICY_NO_REVIEW` when reviews are given and the policy has no review section;
 *   `reviewStatus`'s problems for a malformed review
 * @example
 * ```ts
 * const villages = deriveIndicators(journal, { asOf: '2021-09-15', model: seed004RiskModel, policy, values })
 * villages[0].values.financialAudit                 // 75: an open 较大 finding (−25)
 * villages[0].derived[0].deductions[0].source       // the finding's event id
 * assessVillages(villages, seed004RiskModel).distribution
 * ```
 */
export function deriveIndicators(
  journal: readonly CampaignEvent[],
  options: DeriveIndicatorsOptions,
): DerivedVillage[] {
  const { model, policy } = options;
  const rules = options.rules ?? seed004IndicatorRules;
  checkRules(rules, model);
  const asOf = asOfInstant(options.asOf);
  const directory = new Map((options.villages ?? []).map((v) => [v.code, v]));

  const register = departureAudits(journal, { asOf: options.asOf, ...(policy ? { policy } : {}) });
  const audits = new Map(register.villages.map((v) => [v.village, v]));
  const { events: counting, resolve } = countingEvents(journal, asOf.ms);

  // Open incidents per village on asOf.
  const incidents = new Map<
    string,
    Map<string, { id: string; severity: keyof typeof RULE_INCIDENT; summary: string }>
  >();
  const closedIncidents = new Set<string>();
  for (const e of counting) {
    if (e.kind === 'incidentClosed') closedIncidents.add(resolve(e.data.incident)?.id ?? e.data.incident);
  }
  const codes = new Set<string>([...directory.keys()]);
  for (const e of counting) {
    if (e.unit.length === 12) codes.add(e.unit);
    if (e.kind !== 'incident' || closedIncidents.has(e.id)) continue;
    const open = incidents.get(e.unit) ?? new Map();
    open.set(e.id, { id: e.id, severity: e.data.severity, summary: e.data.summary });
    incidents.set(e.unit, open);
  }
  for (const code of options.values?.keys() ?? []) codes.add(code);
  for (const r of options.reviews ?? []) codes.add(r.village);

  const now = formatInstant(asOf.ms, CHINA_STANDARD_TIME);
  if (rules.qualificationReview && options.reviews?.length && !policy?.review) {
    const name = policy?.name ?? { zh: '（未提供）', en: '(none given)' };
    throw new HuanjieError([problem(P.POLICY_NO_REVIEW, { policy: name }, { path: ['policy', 'review'] })]);
  }
  const out: DerivedVillage[] = [];
  for (const code of [...codes].sort()) {
    const entry = directory.get(code);
    const derived: DerivedIndicator[] = [];
    const fa = rules.financialAudit;
    if (fa) derived.push(financialAudit(rules, fa, audits.get(code), asOf.date, policy));
    const qr = rules.qualificationReview;
    const reviews = (options.reviews ?? []).filter(
      (r) => r.village === code && (parseInstant(r.review.submittedAt)?.ms ?? Number.POSITIVE_INFINITY) <= asOf.ms,
    );
    if (qr && reviews.length > 0) {
      const deductions: IndicatorDeduction[] = [];
      for (const r of reviews) {
        const status = reviewStatus(r.review, policy as ReviewPolicy, now);
        if (status.outcome === 'fail') {
          const who = status.answered.filter((a) => a.outcome === 'fail').map((a) => a.department);
          deductions.push({
            points: qr.failed,
            reason: { zh: `联审未通过（${who.join('、')}）`, en: `review failed (${who.join(', ')})` },
            source: r.id,
          });
        }
        if (status.overdue) {
          const late = status.pending;
          deductions.push({
            points: qr.overdue,
            reason: { zh: `联审逾期未复（${late.join('、')}）`, en: `review overdue (${late.join(', ')})` },
            source: r.id,
          });
        }
      }
      derived.push(
        rated(
          rules,
          'qualificationReview',
          qr.indicator,
          deductions,
          reviews.map((r) => r.id),
        ),
      );
    }
    const es = rules.electionSituation;
    if (es) {
      const deductions: IndicatorDeduction[] = [];
      const sources: string[] = [];
      for (const i of incidents.get(code)?.values() ?? []) {
        sources.push(i.id);
        deductions.push({
          points: es.openIncident[i.severity],
          reason: {
            zh: `${i.severity}突发事件未处置完毕：${i.summary}`,
            en: `open ${RULE_INCIDENT[i.severity]} incident: ${i.summary}`,
          },
          source: i.id,
        });
      }
      const categories = new Set<string>(es.ledgerCategories);
      for (const item of options.ledger ?? []) {
        if (!(item.village === code || (entry && item.village === entry.name))) continue;
        if (!categories.has(item.category)) continue;
        if (item.opened > asOf.date || (item.resolved !== undefined && item.resolved <= asOf.date)) continue;
        sources.push(item.id);
        deductions.push({
          points: es.openLedgerItem,
          reason: {
            zh: `${item.category}问题未化解：${item.description}`,
            en: `open ${item.category} item: ${item.description}`,
          },
          source: item.id,
        });
        if (item.due < asOf.date) {
          deductions.push({
            points: es.overdueLedgerItem,
            reason: { zh: `逾期未化解（期限${item.due}）`, en: `overdue (due ${item.due})` },
            source: item.id,
          });
        }
      }
      derived.push(rated(rules, 'electionSituation', es.indicator, deductions, sources));
    }
    const values: Record<string, unknown> = { ...(options.values?.get(code) ?? {}) };
    for (const d of derived) values[d.indicator] = d.value;
    out.push({
      village: code,
      ...(entry ? { township: entry.township } : {}),
      values,
      derived,
    });
  }
  return out;
}

const RULE_INCIDENT = { 一般: 'ordinary', 较大: 'serious', 重大: 'major', 特别重大: 'very grave' } as const;
const FINDING_EN = { 一般: 'minor', 较大: 'serious', 重大: 'major' } as const;

/** 财务审计 for one village. */
function financialAudit(
  rules: IndicatorRules,
  fa: NonNullable<IndicatorRules['financialAudit']>,
  village: { electionDate: IsoDate | null; audits: readonly AuditView[] } | undefined,
  asOf: IsoDate,
  policy: AuditPolicy | undefined,
): DerivedIndicator {
  const reported = (village?.audits ?? []).filter((a) => a.reported <= asOf);
  if (reported.length === 0) {
    const reason = { zh: '尚无离任经济责任审计报告（不审计不换届）', en: 'no departure audit reported' };
    return rated(
      rules,
      'financialAudit',
      fa.indicator,
      [{ points: rules.fullMarks - fa.noAudit, reason }],
      [],
      fa.noAudit,
    );
  }
  const deductions: IndicatorDeduction[] = [];
  const sources: string[] = [];
  const latest = reported[reported.length - 1] as AuditView;
  if (policy?.audit) {
    const check = postingsOn(latest.postings, { asOf, policy, electionDate: village?.electionDate });
    if (!check.ok) {
      deductions.push({
        points: fa.notPosted,
        reason: {
          zh: `审计结果公示不符合要求（${check.problems.map((p) => p.message).join('；')}）`,
          en: `audit results not posted as required (${check.problems.map((p) => p.messageEn).join('; ')})`,
        },
        source: latest.id,
      });
    }
  }
  for (const audit of reported) {
    sources.push(audit.id);
    for (const f of audit.findings) {
      sources.push(f.id);
      if (f.closed) continue;
      deductions.push({
        points: fa.openFinding[f.severity],
        reason: {
          zh: `${f.severity}问题未整改：${f.summary}`,
          en: `open ${FINDING_EN[f.severity]} finding: ${f.summary}`,
        },
        source: f.id,
      });
      if (f.overdue) {
        deductions.push({
          points: fa.overdueFinding,
          reason: { zh: `逾期未整改（期限${f.deadline}）`, en: `overdue (due ${f.deadline})` },
          source: f.id,
        });
      }
    }
  }
  return rated(rules, 'financialAudit', fa.indicator, deductions, sources);
}
