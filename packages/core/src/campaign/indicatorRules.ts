/**
 * How records become risk indicators (指标推导规则): for each indicator `deriveIndicators` computes, the model's
 * indicator it fills and what each record deducts from full marks (百分制扣分). The deductions are local judgement, so
 * they are data with a source, like the model they feed; `seed004IndicatorRules` is an example, not rules in force.
 */
import type { AuditFindingSeverity } from '../election/auditVocabulary.js';
import type { LEDGER_CATEGORIES } from '../risk/ledger.js';
import type { IncidentSeverity } from './vocabulary.js';

type LedgerCategory = (typeof LEDGER_CATEGORIES)[number];

/** Rules that turn records into ratings of 0 to `fullMarks` (higher is calmer), for a model's numeric indicators. */
export interface IndicatorRules {
  readonly id: string;
  /** Where the deductions come from. */
  readonly source: string;
  /** The rating with nothing deducted; a rating never goes below 0. */
  readonly fullMarks: number;
  /** 财务审计: from the village's departure audits. */
  readonly financialAudit?: {
    /** The model's indicator it fills. */
    readonly indicator: string;
    /** The rating when no audit is reported (不审计不换届). */
    readonly noAudit: number;
    /** Deducted when the latest audit's postings fall short of the policy. */
    readonly notPosted: number;
    /** Deducted per open finding, by grade. */
    readonly openFinding: Readonly<Record<AuditFindingSeverity, number>>;
    /** Deducted per open finding past its deadline, on top. */
    readonly overdueFinding: number;
  };
  /** 资格联审: from the joint qualification reviews of the village's candidates. */
  readonly qualificationReview?: {
    readonly indicator: string;
    /** Deducted per review a department failed. */
    readonly failed: number;
    /** Deducted per review past its deadline with departments still to answer. */
    readonly overdue: number;
  };
  /** 选情评估: from open incidents and open 台账 items. */
  readonly electionSituation?: {
    readonly indicator: string;
    /** Deducted per open incident, by grade. */
    readonly openIncident: Readonly<Record<IncidentSeverity, number>>;
    /** The 台账 categories read here (the others feed indicators of their own, or are typed). */
    readonly ledgerCategories: readonly LedgerCategory[];
    /** Deducted per open item of those categories. */
    readonly openLedgerItem: number;
    /** Deducted per open item past its due date, on top. */
    readonly overdueLedgerItem: number;
  };
}

/**
 * Example rules for `seed004RiskModel` (财务审计, 资格联审, 选情评估 as ratings of 0–100; the model calls 80 or above
 * calm, 60–79 to watch, below 60 a risk): no audit rates 0, an open 较大 finding takes a village from calm to watch
 * and an open 重大 one to risk; a failed review or a 较大 incident to watch. EXAMPLES, not any place's rules.
 */
export const seed004IndicatorRules: IndicatorRules = {
  id: 'example-seed004-derivation',
  source:
    '示例：按 seed 004 所述“财务审计、资格联审、选情评估”等指标与“不审计不换届，审计不清楚不换届”编写的百分制扣分规则，分值为示意',
  fullMarks: 100,
  financialAudit: {
    indicator: 'financialAudit',
    noAudit: 0,
    notPosted: 25,
    openFinding: { 一般: 5, 较大: 25, 重大: 45 },
    overdueFinding: 10,
  },
  qualificationReview: { indicator: 'qualificationReview', failed: 25, overdue: 10 },
  electionSituation: {
    indicator: 'electionSituation',
    openIncident: { 一般: 10, 较大: 25, 重大: 45, 特别重大: 100 },
    // 信访矛盾, 宗族宗教与黑恶 and 班子问题 are indicators of their own in the model; 财务三资 is the audit's.
    ledgerCategories: ['选举纪律', '其他'],
    openLedgerItem: 5,
    overdueLedgerItem: 10,
  },
};
