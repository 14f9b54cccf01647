// @ts-nocheck -- a benchmark script run by node, not part of the packages.
// `npm run bench` (third part): scoring 600,000 villages (about the whole country) with the seven-indicator model,
// beside a hand-written loop computing the same scores and levels, in the same process.
import { assessVillages, seed004RiskModel } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { time } from './timing.js';

const N = Number(process.env.BENCH_VILLAGES ?? 600_000);
const base = generateCounty().riskIndicators;
const list = Array.from({ length: N }, (_, i) => ({
  village: String(i),
  township: `乡镇${i % 40_000}`,
  values: base[i % base.length].values,
}));

// By hand: each rating to 0/5/10 points, weighted (in hundredths), banded at 40 and 20, counted per township.
const WEIGHTS = {
  financialAudit: 150,
  qualificationReview: 150,
  electionSituation: 200,
  petitionsAndDisputes: 100,
  clanReligionAndCrime: 200,
  teamCohesion: 100,
  successorReadiness: 100,
};
const IDS = Object.keys(WEIGHTS);
function handWritten(villages) {
  const counts = { 一级: 0, 二级: 0, 三级: 0 };
  const townships = new Map();
  const scores = new Float64Array(villages.length);
  for (let i = 0; i < villages.length; i++) {
    const v = villages[i].values;
    let total = 0;
    for (let k = 0; k < IDS.length; k++) {
      const r = v[IDS[k]];
      total += WEIGHTS[IDS[k]] * (r >= 80 ? 0 : r >= 60 ? 500 : 1000);
    }
    scores[i] = total;
    const level = total >= 400000 ? '一级' : total >= 200000 ? '二级' : '三级';
    counts[level]++;
    let t = townships.get(villages[i].township);
    if (!t) {
      t = { 一级: 0, 二级: 0, 三级: 0 };
      townships.set(villages[i].township, t);
    }
    t[level]++;
  }
  return counts;
}

const ours = time(() => assessVillages(list, seed004RiskModel));
const hand = time(() => handWritten(list));
const d = ours.result.distribution;
if (d.一级 !== hand.result.一级 || d.二级 !== hand.result.二级 || d.三级 !== hand.result.三级) {
  throw new Error(`disagreement: ${JSON.stringify(d)} vs ${JSON.stringify(hand.result)}`);
}
console.log(
  `\nassessVillages benchmark — ${N.toLocaleString('en')} villages, ${seed004RiskModel.indicators.length} indicators, Node ${process.version}`,
);
console.log('');
console.log('| implementation | ms | × hand-written |');
console.log('|---|---:|---:|');
console.log(`| assessVillages (huanjie) | ${ours.ms.toFixed(1)} | ${(ours.ms / hand.ms).toFixed(2)} |`);
console.log(`| hand-written loop | ${hand.ms.toFixed(1)} | 1.00 |`);
console.log('');
console.log(`levels: 一级 ${d.一级}, 二级 ${d.二级}, 三级 ${d.三级} (both agree)`);
console.log(`target: ≤ 50 ms → ${ours.ms <= 50 ? 'met' : 'NOT met'}`);
