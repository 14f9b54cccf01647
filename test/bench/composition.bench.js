// @ts-nocheck -- a benchmark script run by node, not part of the packages.
// `npm run bench` (second part): composition summaries for 1,000,000 members — per village, rolled up to township
// and county with rollUp — beside a hand-written loop computing the same figures, in the same process.
import { rollUp } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { time } from './timing.js';

const N = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
const ASOF = '2021-10-28';
// A province's worth of members: the synthetic county's 1,956 rows, repeated over ~100,000 villages (sorted by
// village, as a roster is) in 500 townships.
const base = generateCounty().terms.current.members;
const members = Array.from({ length: N }, (_, i) => {
  const m = base[i % base.length];
  const village = Math.floor(i / 10);
  return { ...m, villageCode: String(village).padStart(12, '0'), township: `乡镇${village % 500}` };
});

// The same figures by hand: one object of counters per village, then summed per township and for the county.
const RANK = { 小学: 1, 初中: 2, 高中: 3, 中专: 3, 职高: 3, 技校: 3, 大专: 4, 本科: 5, 硕士研究生: 6, 博士研究生: 7 };
const BAND = (age) => (age < 35 ? 0 : age <= 45 ? 1 : age <= 55 ? 2 : age <= 60 ? 3 : 4);
function handWritten(list) {
  const year = 2021;
  const md = 1028;
  const villages = new Map();
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    let v = villages.get(m.villageCode);
    if (!v) {
      v = {
        township: m.township,
        count: 0,
        ageSum: 0,
        ageKnown: 0,
        bands: [0, 0, 0, 0, 0],
        hs: 0,
        college: 0,
        bachelor: 0,
        eduKnown: 0,
        women: 0,
        minorities: 0,
        party: 0,
        concurrent: 0,
      };
      villages.set(m.villageCode, v);
    }
    v.count++;
    const b = m.birthDate;
    const y = Number(b.slice(0, 4));
    const age = year - y - (md < Number(b.slice(5, 7)) * 100 + Number(b.slice(8, 10)) ? 1 : 0);
    v.ageSum += age;
    v.ageKnown++;
    v.bands[BAND(age)]++;
    const r = RANK[m.education];
    if (r !== undefined) {
      v.eduKnown++;
      if (r >= 3) v.hs++;
      if (r >= 4) v.college++;
      if (r >= 5) v.bachelor++;
    }
    if (m.sex === 'female') v.women++;
    if (m.ethnicity !== '汉族') v.minorities++;
    if (m.politicalStatus === '中共党员' || m.politicalStatus === '中共预备党员') v.party++;
    if (m.concurrent === true && m.post === '书记') v.concurrent++;
  }
  const townships = new Map();
  const county = { count: 0, ageSum: 0 };
  for (const v of villages.values()) {
    let t = townships.get(v.township);
    if (!t) {
      t = { count: 0, ageSum: 0, hs: 0 };
      townships.set(v.township, t);
    }
    t.count += v.count;
    t.ageSum += v.ageSum;
    t.hs += v.hs;
    county.count += v.count;
    county.ageSum += v.ageSum;
  }
  return { villages: villages.size, townships: townships.size, county };
}

const ours = time(() => rollUp(members, { asOf: ASOF }));
const hand = time(() => handWritten(members));
const tree = ours.result;
if (tree.summary.count !== hand.result.county.count || tree.summary.ageSum !== hand.result.county.ageSum) {
  throw new Error('disagreement between rollUp and the hand-written loop');
}
const villages = tree.children.reduce((n, t) => n + t.children.length, 0);
console.log(
  `\nrollUp benchmark — ${N.toLocaleString('en')} members, ${villages.toLocaleString('en')} villages, ${tree.children.length} townships, Node ${process.version}`,
);
console.log('');
console.log('| implementation | ms per 1M | × hand-written |');
console.log('|---|---:|---:|');
console.log(`| rollUp (huanjie) | ${ours.ms.toFixed(1)} | ${(ours.ms / hand.ms).toFixed(2)} |`);
console.log(`| hand-written loop | ${hand.ms.toFixed(1)} | 1.00 |`);
console.log('');
console.log(
  `targets: ≤ 50 ms → ${ours.ms <= 50 ? 'met' : 'NOT met'}; ≤ 1.5× hand-written → ${ours.ms / hand.ms <= 1.5 ? 'met' : 'NOT met'}`,
);
