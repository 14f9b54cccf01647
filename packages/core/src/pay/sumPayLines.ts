/**
 * Pay lines added up (报酬合计): a month in which a cadre held two posts has two lines, and a term's schedule has a
 * footer; both show the components of the sum, not only its gross and paid.
 */
import type { PayLine } from './computeTermPay.js';

/** The sum of pay lines, component by component, in integer fen. */
export interface PayLinesSum {
  readonly base: number;
  readonly seniority: number;
  /** The most full years served on any line's first day. */
  readonly fullYears: number;
  /** Whether any line is a 一肩挑 seat. */
  readonly concurrent: boolean;
  readonly concurrentAllowance: number;
  /** Each allowance, in the order the lines first name it. */
  readonly allowances: ReadonlyArray<{ readonly id: string; readonly fen: number }>;
  /** 一肩挑 allowance plus every other allowance. */
  readonly allowanceTotal: number;
  readonly gross: number;
  readonly withheld: number;
  readonly paid: number;
}

/**
 * Adds pay lines up, component by component (报酬合计).
 *
 * @param lines - lines of `computeTermPay`, e.g. one month's or a whole term's
 * @returns each component's sum (all `0`, and `fullYears` `0`, for no lines)
 * @example
 * ```ts
 * const pay = computeTermPay(cadre, examplePay2021, { from: '2021-01-01', to: '2021-12-31' });
 * sumPayLines(pay.months.filter((l) => l.month === '2021-01')).gross // 376000
 * ```
 */
export function sumPayLines(lines: readonly PayLine[]): PayLinesSum {
  const sum = (of: (l: PayLine) => number) => lines.reduce((s, l) => s + of(l), 0);
  const byId = new Map<string, number>();
  for (const l of lines) for (const a of l.allowances) byId.set(a.id, (byId.get(a.id) ?? 0) + a.fen);
  const allowances = [...byId].map(([id, fen]) => ({ id, fen }));
  const concurrentAllowance = sum((l) => l.concurrentAllowance);
  return {
    base: sum((l) => l.base),
    seniority: sum((l) => l.seniority),
    fullYears: Math.max(0, ...lines.map((l) => l.fullYears)),
    concurrent: lines.some((l) => l.concurrent),
    concurrentAllowance,
    allowances,
    allowanceTotal: allowances.reduce((s, a) => s + a.fen, concurrentAllowance),
    gross: sum((l) => l.gross),
    withheld: sum((l) => l.withheld),
    paid: sum((l) => l.paid),
  };
}
