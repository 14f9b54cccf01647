// @ts-nocheck -- a benchmark script run by node, not part of the packages.
// `npm run bench` (fourth part): term totals (60 months) with computeTermPay, beside the same computation with
// date-fns doing the date work per month (days in the month, days held, full years served), in the same run.
// Every cadre here holds one appointment (the date-fns version covers only that case); both must agree to the fen.
import { computeTermPay, examplePay2021, valueAt } from '@huanjie/core';
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

const N = Number(process.env.BENCH_CADRES ?? 20_000);
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

const ours = time(
  () => cadres.reduce((sum, c) => sum + computeTermPay(c, examplePay2021, period).total.gross, 0),
  5,
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
const theirs = time(() => withDateFns(cadres), 5, 1);
if (ours.result !== theirs.result) throw new Error(`disagreement: ${ours.result} vs ${theirs.result} fen`);

const perMillion = (ms) => (ms * 1_000_000) / N;
console.log(
  `\ncomputeTermPay benchmark — ${N.toLocaleString('en')} cadres × 60 months (scaled to 1,000,000), Node ${process.version}`,
);
console.log('');
console.log('| implementation | ms per 1M cadres | × huanjie |');
console.log('|---|---:|---:|');
console.log(`| computeTermPay (huanjie, every month explained) | ${perMillion(ours.ms).toFixed(0)} | 1.00 |`);
console.log(
  `| same totals, date-fns per month | ${perMillion(theirs.ms).toFixed(0)} | ${(theirs.ms / ours.ms).toFixed(2)} |`,
);
console.log('');
console.log(`total gross agrees: ${ours.result} fen`);
console.log(
  `target: ≤ 100 ms per 1M → ${perMillion(ours.ms) <= 100 ? 'met' : 'NOT met (computeTermPay builds every month line; a totals-only path is future work)'}`,
);
