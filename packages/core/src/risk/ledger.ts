/**
 * The risk ledger (风险台账): problems found per village, the measures taken, who owns them, by when, and whether
 * they are resolved — and whether a village is ready to start its election.
 */
import * as z from 'zod/mini';
import type { IsoDate } from '../dates/calendar.js';
import { IsoDateField } from '../dates/isoDateField.js';
import { type DepartureAuditRecord, departureAuditBlockers } from '../election/departureAudit.js';
import type { AuditPolicy } from '../election/schema.js';
import * as P from '../problems/codes.js';
import { type Problem, problem } from '../problems/problem.js';
import { parseOrThrow } from '../schemas/schemaProblems.js';
import type { VocabularyPolicy } from '../schemas/vocabularies.js';
import { vocabularyWord } from '../schemas/vocabularyWord.js';
import { effectiveLevel, type RiskAssessmentRecord } from './history.js';
import { LEDGER_CATEGORIES } from './ledgerCategories.js';
import { type RiskModel, UNLEVELLED } from './model.js';

export { LEDGER_CATEGORIES };

/**
 * The schema of a ledger item whose category is one of `categories` (a policy's `vocabularies.ledgerCategories`).
 * 台账条目。
 */
export function ledgerItemSchema(categories: readonly string[]) {
  return z
    .strictObject({
      id: z.string().check(z.minLength(1)),
      village: z.string().check(z.minLength(1)),
      category: vocabularyWord('ledgerCategories', categories),
      description: z.string().check(z.minLength(1)),
      measures: z._default(z.array(z.string()), () => []),
      owner: z.string().check(z.minLength(1)),
      opened: IsoDateField,
      due: IsoDateField,
      status: z.enum(['open', 'inProgress', 'resolved']),
      resolved: z.optional(IsoDateField),
    })
    .check(
      z.superRefine((item, ctx) => {
        if (item.due < item.opened)
          ctx.addIssue({
            code: 'custom',
            path: ['due'],
            params: { code: 'PERIOD_REVERSED', date: item.opened },
            input: item.due,
          });
        if ((item.status === 'resolved') !== (item.resolved !== undefined)) {
          ctx.addIssue({
            code: 'custom',
            path: ['resolved'],
            params: { code: 'LEDGER_RESOLVED_DATE' },
            input: item.resolved,
          });
        }
        if (item.resolved !== undefined && item.resolved < item.opened)
          ctx.addIssue({
            code: 'custom',
            path: ['resolved'],
            params: { code: 'PERIOD_REVERSED', date: item.opened },
            input: item.resolved,
          });
      }),
    );
}

/** A ledger item (台账条目), its category one of the national default {@link LEDGER_CATEGORIES}. */
export const LedgerItem = /* @__PURE__ */ ledgerItemSchema(LEDGER_CATEGORIES);
export type LedgerItem = z.infer<typeof LedgerItem>;

/**
 * Validates ledger items, naming the item and field of any problem; a category must be in the policy's
 * `vocabularies.ledgerCategories` (default {@link LEDGER_CATEGORIES}), and a refused one lists those accepted.
 * 读取台账。
 *
 * @param items - ledger items as plain data
 * @param options - `policy`: the policy whose words the categories are (default: the national lists)
 * @returns the items, read
 * @throws HuanjieError with every problem, e.g. `WORD_NOT_IN_VOCABULARY` at `[0, 'category']`
 * @example
 * ```ts
 * parseLedger([{ ...item, category: '征地拆迁' }], { policy: exampleCountyHardCriteria })[0].category // '征地拆迁'
 * ```
 */
export function parseLedger(
  items: readonly unknown[],
  options: { readonly policy?: VocabularyPolicy } = {},
): LedgerItem[] {
  const categories = options.policy?.vocabularies?.ledgerCategories;
  const schema = categories ? ledgerItemSchema(categories) : LedgerItem;
  return items.map((item, i) => parseOrThrow(schema, item, [i]));
}

/** Whether an item was open on a date: opened by then, and not resolved by then (whatever its status today). */
function openOn(item: LedgerItem, asOf: IsoDate): boolean {
  return item.opened <= asOf && !(item.resolved !== undefined && item.resolved <= asOf);
}

/** Counts of a ledger on a date. 台账统计。 */
export interface LedgerSummary {
  readonly total: number;
  readonly byStatus: Readonly<Record<LedgerItem['status'], number>>;
  /** Per category: the default categories (zero when none), then any other the items use. */
  readonly byCategory: Readonly<Record<string, { readonly total: number; readonly resolved: number }>>;
  /** Not resolved and past due on `asOf`. */
  readonly overdue: readonly LedgerItem[];
  /** As the reports phrase it: "化解问题9个，其中信访矛盾3件". */
  readonly text: { readonly zh: string; readonly en: string };
}

/**
 * Counts a ledger by status and category and lists overdue items. 台账统计。
 *
 * @example
 * ```ts
 * summarizeLedger(items, { asOf: '2021-10-01' }).text.zh // '共排查问题12个，已化解9个，其中信访矛盾3件；逾期未办结1个'
 * ```
 */
export function summarizeLedger(items: readonly LedgerItem[], options: { readonly asOf: IsoDate }): LedgerSummary {
  const byStatus = { open: 0, inProgress: 0, resolved: 0 };
  const byCategory: Record<string, { total: number; resolved: number }> = Object.fromEntries(
    LEDGER_CATEGORIES.map((c) => [c, { total: 0, resolved: 0 }]),
  );
  for (const item of items) {
    byStatus[item.status]++;
    const counts = (Object.hasOwn(byCategory, item.category) && byCategory[item.category]) || { total: 0, resolved: 0 };
    byCategory[item.category] = counts;
    counts.total++;
    if (item.status === 'resolved') counts.resolved++;
  }
  const overdue = items.filter((i) => openOn(i, options.asOf) && i.due < options.asOf);
  const petitions = byCategory.信访矛盾!.resolved;
  return {
    total: items.length,
    byStatus,
    byCategory,
    overdue,
    text: {
      zh: `共排查问题${items.length}个，已化解${byStatus.resolved}个，其中信访矛盾${petitions}件；逾期未办结${overdue.length}个`,
      en: `${items.length} problems found, ${byStatus.resolved} resolved (${petitions} petitions); ${overdue.length} overdue`,
    },
  };
}

const COLOURS = {
  red: { zh: '红色', en: 'red', zhTW: '紅色' },
  yellow: { zh: '黄色', en: 'yellow', zhTW: '黃色' },
  green: { zh: '绿色', en: 'green', zhTW: '綠色' },
};

/** Whether a village may start its election, and why not. */
export interface ElectionReadiness {
  readonly ready: boolean;
  /** Each a problem from the catalogue, with its message also as `zh` and `en`. */
  readonly reasons: ReadonlyArray<Problem & { readonly zh: string; readonly en: string }>;
}

/**
 * The village's departure audits, for "不审计不换届，审计不清楚不换届": given, they are checked with
 * `departureAuditBlockers` (no audit, the report not posted as the policy requires, open findings of a grade the
 * policy's `audit.blockOpenFindings` names).
 */
export interface ReadinessAudits {
  /** The village's audits (`departureAudits(...)` gives them per village); none means it has not been audited. */
  readonly audits: readonly DepartureAuditRecord[];
  /** A policy with an `audit` section. */
  readonly policy: AuditPolicy;
  /** The village's election day, when set: the postings must end before it. */
  readonly electionDate?: IsoDate | null;
}

/**
 * Whether a village may start its election on a date: not while the model says its level blocks (e.g. red until
 * cleared), nor while it has open ledger items in a blocking category, nor before it has been assessed; and, when its
 * departure audits are given, not without an audit posted as the policy requires nor with open findings of a
 * blocking grade (不审计不换届，审计不清楚不换届, 村民委员会组织法 Art. 35). 是否具备换届条件。
 *
 * @param village - the village
 * @param options - `asOf`, the `model`, the village's latest `assessment` (or none), the `ledger`, and optionally
 *   its `departureAudit`
 * @example
 * ```ts
 * readyForElection('坡头村', { asOf, model: seed004RiskModel, assessment, ledger }).reasons[0].zh
 * // '风险等级为一级（红色），须化解后方可启动换届'
 * readyForElection('529901101001', { asOf, model, assessment, ledger, departureAudit: { audits: [], policy } })
 *   .reasons.at(-1).code // 'AUDIT_MISSING'
 * ```
 */
export function readyForElection(
  village: string,
  options: {
    readonly asOf: IsoDate;
    readonly model: RiskModel;
    readonly assessment?: RiskAssessmentRecord;
    readonly ledger: readonly LedgerItem[];
    readonly departureAudit?: ReadinessAudits;
  },
): ElectionReadiness {
  const reasons: (Problem & { zh: string; en: string })[] = [];
  const because = (p: Problem) => reasons.push({ ...p, zh: p.message, en: p.messageEn });
  const { assessment, model } = options;
  if (
    !assessment ||
    assessment.village !== village ||
    assessment.date > options.asOf ||
    assessment.modelId !== model.id
  ) {
    because(problem(P.RISK_NOT_ASSESSED));
  } else {
    // An override made after asOf did not hold yet on asOf.
    const inForce =
      assessment.override && assessment.override.date > options.asOf
        ? { ...assessment, override: undefined }
        : assessment;
    const { level, colour } = effectiveLevel(inForce);
    if (level === null) because(problem(P.RISK_UNSCORED, { missing: assessment.missing }));
    else if (level !== UNLEVELLED && model.election.blockLevels.includes(level)) {
      because(problem(P.RISK_LEVEL_BLOCKS, { level, colour: COLOURS[colour ?? 'green'] }));
    }
  }
  for (const item of options.ledger) {
    if (
      item.village === village &&
      openOn(item, options.asOf) &&
      model.election.blockOpenCategories.includes(item.category)
    ) {
      const { category, description, owner, due } = item;
      because(problem(P.LEDGER_OPEN_ITEM, { category, description, owner, due }));
    }
  }
  const audit = options.departureAudit;
  if (audit) {
    const { audits, policy, electionDate } = audit;
    for (const p of departureAuditBlockers(audits, { asOf: options.asOf, policy, electionDate })) because(p);
  }
  return { ready: reasons.length === 0, reasons };
}
