/**
 * Budgeting a term (任期报酬预算): term pay of every cadre, totalled by village, township and post.
 */
import type { IsoDate } from '../dates/calendar.js';
import { withPathPrefix } from '../problems/problem.js';
import { readCadres } from './cadreTable.js';
import { compileTermPay } from './compileTermPay.js';
import type { PayTotals } from './computeTermPay.js';
import type { PayPolicy } from './schema.js';

type Totals = { gross: number; withheld: number; performancePaid: number; departure: number; paid: number };

/** A term budget. 报酬预算。 */
export interface PayBudget {
  readonly cadres: number;
  readonly total: PayTotals;
  readonly byVillage: Readonly<Record<string, PayTotals>>;
  readonly byTownship: Readonly<Record<string, PayTotals>>;
  /** Monthly pay by the post of each month; performance and departure pay by the cadre's last post. */
  readonly byPost: Readonly<Record<string, PayTotals>>;
}

const zero = (): Totals => ({ gross: 0, withheld: 0, performancePaid: 0, departure: 0, paid: 0 });

/**
 * Totals the term pay of many cadres for a finance office's budget. 报酬预算。
 *
 * @param cadres - cadres with `village` and `township` (validated one by one; an invalid cadre is an error naming
 *   its index and field)
 * @param policy - a policy with a `pay` section
 * @param period - `{ from, to }`
 * @example
 * ```ts
 * budgetTermPay(cadres, examplePay2021, { from: '2021-11-01', to: '2026-10-31' }).byTownship['青石镇'].paid
 * ```
 */
export function budgetTermPay(
  cadres: readonly unknown[],
  policy: PayPolicy,
  period: { readonly from: IsoDate; readonly to: IsoDate },
): PayBudget {
  const total = zero();
  const byVillage: Record<string, Totals> = {};
  const byTownship: Record<string, Totals> = {};
  const byPost: Record<string, Totals> = {};
  const add = (into: Record<string, Totals>, key: string, t: Partial<Totals>) => {
    into[key] ??= zero();
    for (const k of Object.keys(t) as (keyof Totals)[]) into[key][k] += t[k] ?? 0;
  };
  const plan = compileTermPay(policy, period);
  const table = readCadres(cadres);
  for (let i = 0; i < table.length; i++) {
    // A rate missing in a month someone is paid names the cadre too.
    const t = withPathPrefix([i], () =>
      plan.totalsAt(table, i, (post, gross, withheld) =>
        add(byPost, post, { gross, withheld, paid: gross - withheld }),
      ),
    );
    const c = cadres[i] as { village?: string; township?: string; appointments: { post: string }[] };
    for (const k of Object.keys(total) as (keyof Totals)[]) total[k] += t[k];
    add(byVillage, c.village ?? '（未填村）', t);
    add(byTownship, c.township ?? '（未填乡镇）', t);
    const lastPost = c.appointments[c.appointments.length - 1]!.post;
    add(byPost, lastPost, {
      performancePaid: t.performancePaid,
      departure: t.departure,
      paid: t.performancePaid + t.departure,
    });
  }
  return { cadres: cadres.length, total, byVillage, byTownship, byPost };
}
