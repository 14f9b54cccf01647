// @ts-nocheck -- a benchmark script run by node, not part of the packages.
// `npm run bench` (fourth part): term totals (60 months) for 1,000,000 cadres with compileTermPay, beside the same
// totals with date-fns doing the date work per month (days in the month, days held, full years served) and beside
// computeTermPay (every month explained), in the same run. The two slow versions run on a sample and are scaled.
// Every cadre here holds one appointment (the date-fns version covers only that case); all must agree to the fen.
import { compileTermPay, computeTermPay, examplePay2021, readCadres, valueAt } from '@huanjie/core';
import {
  addMonths,
  differenceInCalendarDays,
  differenceInYears,
  getDaysInMonth,
  max,
  min,
  parseISO,
  startOfMonth,
} from 'date-fns';
import { time } from './timing.js';

const N = Number(process.env.BENCH_CADRES ?? 1_000_000);
const SAMPLE = Math.min(N, Number(process.env.BENCH_SAMPLE ?? 10_000));
const period = { from: '2021-11-01', to: '2026-10-31' };
const cadres = Array.from({ length: N }, (_, i) => {
  const start = new Date(Date.UTC(2012 + (i % 10), i % 12, 1 + (i % 28))).toISOString().slice(0, 10);
  const rating = ['优秀', '称职', '称职', '基本称职'][i % 4];
  const ratings = Object.fromEntries(
    Array.from({ length: 15 }, (_, k) => [String(Number(start.slice(0, 4)) + k), rating]).filter(
      ([y]) => Number(y) <= 2026,
    ),
  );
  return { name: `干部${i}`, appointments: [{ organization: '村民委员会', post: '委员', from: start }], ratings };
});

const sample = cadres.slice(0, SAMPLE);
// Reading (validation into columns) happens once per roster; costing happens per policy variant and period.
const read = time(() => readCadres(cadres), 3, 1);
const table = read.result;
const fast = time(() => compileTermPay(examplePay2021, period).totalsOf(table).total.gross, 11, 3);
const fastSample = compileTermPay(examplePay2021, period).totalsOf(readCadres(sample)).total.gross;
const explained = time(
  () => sample.reduce((sum, c) => sum + computeTermPay(c, examplePay2021, period).total.gross, 0),
  3,
  1,
);

const pay = examplePay2021.pay;
const param = (p, on) => Number(valueAt(examplePay2021.parameters[p.param], on).value);
const round = (amount, num, den) => Math.floor((2 * amount * num + den) / (2 * den));
const fmt = (d) => d.toISOString().slice(0, 10);
function withDateFns(list) {
  let sum = 0;
  const from = parseISO(period.from);
  const to = parseISO(period.to);
  for (const c of list) {
    const a = c.appointments[0];
    const appointed = parseISO(a.from);
    for (let m = startOfMonth(from); m <= to; m = addMonths(m, 1)) {
      const end = min([to, new Date(m.getFullYear(), m.getMonth(), getDaysInMonth(m))]);
      const start = max([m, appointed, from]);
      if (start > end) continue;
      const days = differenceInCalendarDays(end, start) + 1;
      const dim = getDaysInMonth(m);
      const on = fmt(new Date(Date.UTC(start.getFullYear(), start.getMonth(), start.getDate())));
      const years = differenceInYears(start, appointed);
      let seniority = 0;
      for (let j = 1; j <= years; j++) {
        const rating = c.ratings[String(appointed.getFullYear() + j - 1)];
        seniority += param(pay.seniority.byRating[rating] ?? pay.seniority.increment, on);
      }
      sum += round(param(pay.base[1].monthly, on), days, dim) + round(seniority, days, dim);
    }
  }
  return sum;
}
const theirs = time(() => withDateFns(sample), 3, 1);
if (explained.result !== theirs.result || fastSample !== theirs.result)
  throw new Error(`disagreement: ${fastSample} / ${explained.result} / ${theirs.result} fen`);

const perMillion = (ms, n) => (ms * 1_000_000) / n;
const fastMs = perMillion(fast.ms, N);
console.log(`\nterm pay benchmark — ${N.toLocaleString('en')} cadres × 60 months, Node ${process.version}`);
console.log(`(the two slower versions timed on ${SAMPLE.toLocaleString('en')} cadres and scaled to 1,000,000)`);
console.log('');
console.log('| implementation | ms per 1M cadres | × compileTermPay |');
console.log('|---|---:|---:|');
console.log(`| compileTermPay(policy, period).totalsOf(table) (huanjie, totals only) | ${fastMs.toFixed(0)} | 1.00 |`);
console.log(
  `| same totals, date-fns per month | ${perMillion(theirs.ms, SAMPLE).toFixed(0)} | ${(perMillion(theirs.ms, SAMPLE) / fastMs).toFixed(1)} |`,
);
console.log(
  `| computeTermPay (huanjie, every month explained) | ${perMillion(explained.ms, SAMPLE).toFixed(0)} | ${(perMillion(explained.ms, SAMPLE) / fastMs).toFixed(1)} |`,
);
console.log(
  `| readCadres(cadres) — validating into columns, once per roster | ${perMillion(read.ms, N).toFixed(0)} | ${(perMillion(read.ms, N) / fastMs).toFixed(1)} |`,
);
console.log('');
console.log(`sample totals agree to the fen: ${theirs.result} fen gross; whole run: ${fast.result} fen gross`);
console.log(`target: ≤ 100 ms per 1M → ${fastMs <= 100 ? 'met' : 'NOT met'}`);
