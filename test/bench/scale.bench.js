// @ts-nocheck -- a benchmark script run by node, not part of the packages.
// `npm run bench` (fifth part): a 1,000,000-member roster through every step in one Node process — import
// validation of the CSV text, eligibility, composition per village rolled up, risk for the villages — with the
// peak memory (resident set) printed and held to 1.5 GB.
import {
  assessVillages,
  evaluateRoster,
  exampleCountyHardCriteria,
  parseRosterCsv,
  rollUp,
  rosterToCsv,
  seed004RiskModel,
} from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { blockLine } from './blocks.js';

const N = Number(process.env.BENCH_MEMBERS ?? 1_000_000);
const LIMIT_MB = 1536;
const ASOF = '2021-10-28';
const county = generateCounty();
const base = county.terms.current.members;

// The CSV a province would export: the county's rows repeated, each block in villages and with people of its own.
const header = rosterToCsv(base.slice(0, 1)).split('\r\n')[0];
const lines = rosterToCsv(base).split('\r\n').slice(1).filter(Boolean);
const csvLines = [header];
for (let i = 0; i < N; i++) {
  const line = blockLine(lines, i);
  const block = Math.floor(i / lines.length);
  // The village column is the 8th or so: prefix every field that names a village with the block number.
  csvLines.push(block ? line.replace(/([^,]*村|[^,]*社区)/, `$1${block}`) : line);
}
const csv = csvLines.join('\r\n');
csvLines.length = 0;

const mb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const step = (name, fn) => {
  const t0 = performance.now();
  const result = fn();
  console.log(`| ${name} | ${((performance.now() - t0) / 1000).toFixed(1)} s | ${mb()} MB |`);
  return result;
};

console.log(
  `\nscale — ${N.toLocaleString('en')} members in one Node ${process.version} process (peak resident memory so far)\n`,
);
console.log('| step | time | peak memory |');
console.log('|---|---:|---:|');
console.log(`| CSV text built (${(csv.length / 1e6).toFixed(0)} M characters) | – | ${mb()} MB |`);
const roster = step('import validation (parseRosterCsv)', () => parseRosterCsv(csv, { asOf: ASOF }));
const members = roster.rows;
const verdicts = step('eligibility (evaluateRoster, county hard criteria)', () =>
  evaluateRoster(members, exampleCountyHardCriteria, { asOf: ASOF, organization: '村民委员会', post: '委员' }),
);
const composition = step('composition per village, rolled up (rollUp)', () =>
  rollUp(members, { asOf: ASOF, top: '全省' }),
);
const villages = [...new Set(members.map((m) => m.village))];
const risk = step(`risk for ${villages.length.toLocaleString('en')} villages (assessVillages)`, () =>
  assessVillages(
    villages.map((v, i) => ({
      village: v,
      township: '乡镇',
      values: county.riskIndicators[i % county.riskIndicators.length].values,
    })),
    seed004RiskModel,
  ),
);
console.log('');
console.log(
  `rows ${members.length.toLocaleString('en')} (${roster.errors.length} errors), eligible ${verdicts.eligibleCount.toLocaleString('en')}, ` +
    `members rolled up ${composition.summary.count.toLocaleString('en')} in ${composition.children.length} townships, ` +
    `villages scored ${risk.count.toLocaleString('en')} ${JSON.stringify(risk.distribution)}`,
);
const peak = mb();
console.log(`target: peak memory ≤ ${LIMIT_MB} MB → ${peak <= LIMIT_MB ? 'met' : 'NOT met'} (${peak} MB)`);
if (peak > LIMIT_MB) process.exitCode = 1;
