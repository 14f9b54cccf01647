// @ts-nocheck -- a benchmark script run by node, not part of the packages.
// `npm run bench` (fourth part): term totals (60 months) for 1,000,000 cadres with compileTermPay, beside a
// hand-written loop for exactly this roster and policy (the floor), the same totals with date-fns doing the date work
// per month (days in the month, days held, full years served) and computeTermPay (every month explained), in the same
// run. The two slow versions run on a sample and are scaled. Every cadre here holds one appointment (the hand-written
// and date-fns versions cover only that case); all must agree to the fen.
import {
  compileTermPay,
  computeTermPay,
  examplePay2021,
  PAY_RATINGS,
  readCadres,
  toDayNumber,
  valueAt,
} from '@huanjie/core';
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

// The floor: what this roster needs and nothing more — the policy's figures read once (they do not change within the
// period), one open appointment per cadre, whole months in pieces between anniversaries and year ends, a calendar-day
// first month, payouts per year — over the same columns, into the same five columns.
const ratingAt = (classes, from, to, at) => (at >= from && at < to ? classes[at] : PAY_RATINGS.length);
function handWritten(t) {
  const on = period.from;
  const base = param(pay.base[1].monthly, on);
  const increment = param(pay.seniority.increment, on);
  const byRating = (r) => (pay.seniority.byRating[r] ? param(pay.seniority.byRating[r], on) : increment);
  const percent = param(pay.performance.withheldPercent, on);
  const increments = Float64Array.from([...PAY_RATINGS.map(byRating), increment]);
  const payouts = Float64Array.from([...PAY_RATINGS.map((r) => param(pay.performance.payoutPercent[r], on)), 0]);
  return floorLoop(t, base, percent, increments, payouts);
}

// The loop on its own, so that the setup's property reads, which change their shapes from run to run, do not take
// its optimized code with them.
function floorLoop(t, base, percent, increments, payouts) {
  const firstMonth = 2021 * 12 + 10;
  const yearFirst = [0, 2, 14, 26, 38, 50, 60]; // 2021-11, 2022-01, … 2026-01, the end (2026-10 is month 59)
  const months = 60;
  const n = t.length;
  const out = [0, 1, 2, 3, 4].map(() => new Float64Array(n));
  const [gross, withheld, performancePaid, departure, paid] = out;
  const { from, fromMonth, fromFirst, anniversary, runYear, ratingStart, ratingYear, ratingClass } = t;
  const byYear = new Float64Array(6);
  const total = { gross: 0, paid: 0 };
  for (let i = 0; i < n; i++) {
    const rated = ratingStart[i];
    const ratedEnd = ratingStart[i + 1];
    const ratedBase = rated - ratingYear[i];
    byYear.fill(0);
    let g = 0;
    let k = fromMonth[i] - firstMonth;
    if (k >= 0 && fromFirst[i] === 0) {
      const y = Math.floor((firstMonth + k) / 12);
      const m = ((firstMonth + k) % 12) + 1;
      const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
      const days = dim - (from[i] - toDayNumber(`${y}-${String(m).padStart(2, '0')}-01`));
      const line = round(base, days, dim);
      g += line;
      let year = 0;
      while (yearFirst[year + 1] <= k) year++;
      byYear[year] += round(line, percent, 100);
      k++;
    }
    if (k < 0) k = 0;
    const origin = anniversary[i] - firstMonth;
    const full = k > origin ? Math.floor((k - origin) / 12) : 0;
    let next = origin + 12 * (full + 1);
    let senior = 0;
    for (let j = 0; j < full; j++)
      senior += increments[ratingAt(ratingClass, rated, ratedEnd, ratedBase + runYear[i] + j)];
    let line = base + senior;
    let held = round(line, percent, 100);
    let served = full;
    for (let y = 0; y < 6; y++) {
      while (k < yearFirst[y + 1]) {
        const end = next < yearFirst[y + 1] ? next : yearFirst[y + 1];
        g += (end - k) * line;
        byYear[y] += (end - k) * held;
        k = end;
        if (k === next && k < months) {
          senior += increments[ratingAt(ratingClass, rated, ratedEnd, ratedBase + runYear[i] + served)];
          served++;
          next += 12;
          line = base + senior;
          held = round(line, percent, 100);
        }
      }
    }
    let w = 0;
    let p = 0;
    for (let y = 0; y < 6; y++) {
      w += byYear[y];
      if (y < 5) p += round(byYear[y], payouts[ratingAt(ratingClass, rated, ratedEnd, ratedBase + 2021 + y)], 100); // 2026's is paid after the period
    }
    gross[i] = g;
    withheld[i] = w;
    performancePaid[i] = p;
    departure[i] = 0;
    paid[i] = g - w + p;
    total.gross += g;
    total.paid += paid[i];
  }
  return total;
}

const floor = time(() => handWritten(table), 11, 3);
const theirs = time(() => withDateFns(sample), 3, 1);
if (explained.result !== theirs.result || fastSample !== theirs.result)
  throw new Error(`disagreement: ${fastSample} / ${explained.result} / ${theirs.result} fen`);
const whole = compileTermPay(examplePay2021, period).totalsOf(table).total;
if (floor.result.gross !== whole.gross || floor.result.paid !== whole.paid)
  throw new Error(
    `disagreement: ${whole.gross} / ${floor.result.gross} fen gross, ${whole.paid} / ${floor.result.paid} paid`,
  );

const perMillion = (ms, n) => (ms * 1_000_000) / n;
const fastMs = perMillion(fast.ms, N);
console.log(`\nterm pay benchmark — ${N.toLocaleString('en')} cadres × 60 months, Node ${process.version}`);
console.log(`(the two slower versions timed on ${SAMPLE.toLocaleString('en')} cadres and scaled to 1,000,000)`);
console.log('');
console.log('| implementation | ms per 1M cadres | × compileTermPay |');
console.log('|---|---:|---:|');
const floorMs = perMillion(floor.ms, N);
console.log(`| compileTermPay(policy, period).totalsOf(table) (huanjie, totals only) | ${fastMs.toFixed(0)} | 1.00 |`);
console.log(
  `| hand-written loop for this roster and policy only (floor) | ${floorMs.toFixed(0)} | ${(floorMs / fastMs).toFixed(2)} |`,
);
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
console.log(
  `sample totals agree to the fen: ${theirs.result} fen gross; whole run: ${fast.result} fen gross (the floor agrees, and on what is paid)`,
);
console.log(`compileTermPay takes ${(fastMs / floorMs).toFixed(2)}× the hand-written floor`);
console.log(
  `targets: ≤ 100 ms per 1M → ${fastMs <= 100 ? 'met' : 'NOT met'} (the floor: ${floorMs <= 100 ? 'met' : 'NOT met'}); ≤ 2× the floor → ${fastMs <= 2 * floorMs ? 'met' : 'NOT met'}`,
);
