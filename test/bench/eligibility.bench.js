// @ts-nocheck -- a benchmark script run by node, not part of the packages; it mirrors the policy by hand.
// `npm run bench`: evaluateRoster over 1,000,000 synthetic candidates against a 20-rule policy (national baseline +
// 十不选 example + county criteria), beside a hand-fused loop doing the same checks and json-rules-engine running
// the same rules, in the same process. Prints times and ratios; asserts that all three agree.
import { evaluateRoster, exampleCountyHardCriteria, fromDayNumber, toDayNumber } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import { Engine } from 'json-rules-engine';
import { time } from './timing.js';

const ASOF = '2021-10-28';
const N = Number(process.env.BENCH_CANDIDATES ?? 1_000_000);
const JRE_SAMPLE = Number(process.env.BENCH_JRE_SAMPLE ?? 20_000);
const policy = exampleCountyHardCriteria;

// 1M candidates: the synthetic county's 2,220 candidates, each copy born on another day.
const base = generateCounty().candidates;
const roster = Array.from({ length: N }, (_, i) => {
  const c = base[i % base.length];
  const shift = ((i * 7919) % 3650) - 1825;
  return { ...c, birthDate: fromDayNumber(toDayNumber(c.birthDate) + shift) };
});

// The same 20 rules written by hand as one fused loop: the floor for any rule engine.
const yearsBefore = (asOf, n) => `${String(Number(asOf.slice(0, 4)) - n).padStart(4, '0')}${asOf.slice(4)}`;
function handFused(list) {
  const age18 = yearsBefore(ASOF, 18);
  const age61 = yearsBefore(ASOF, 61);
  const age56 = yearsBefore(ASOF, 56);
  const within2 = yearsBefore(ASOF, 2);
  const within5 = yearsBefore(ASOF, 5);
  const rank = { 小学: 1, 初中: 2, 高中: 3, 中专: 3, 职高: 3, 技校: 3, 大专: 4, 本科: 5, 硕士研究生: 6, 博士研究生: 7 };
  const failed = new Uint32Array(list.length);
  let eligible = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    const org = c.organization;
    const party = org === '党组织';
    const vc = org === '村民委员会';
    const committee = vc || org === '居民委员会';
    const secretary = party && c.post === '书记';
    let bits = 0;
    let warn = 0;
    if (committee && c.birthDate > age18) bits |= 1;
    if (party && c.politicalStatus !== '中共党员') bits |= 2;
    if (c.birthDate <= age61) bits |= 4;
    if (secretary) {
      if (rank[c.education] < 3) bits |= 8;
      if (!(c.politicalStatus === '中共党员' && c.partyFullDate !== undefined && c.partyFullDate <= within2))
        bits |= 16;
      if (c.birthDate <= age56) warn |= 1;
    }
    const facts = c.facts;
    if (facts && (party || committee)) {
      for (let k = 0; k < facts.length; k++) {
        const f = facts[k];
        if (f.date > ASOF) continue;
        const covers = f.until === undefined ? null : f.until >= ASOF;
        switch (f.kind) {
          case 'criminalSentence':
            bits |= 32;
            if (vc && covers !== false) bits |= 64;
            break;
          case 'organizedCrime':
          case 'cultOrIllegalReligion':
          case 'incitingDisturbance':
            bits |= 128;
            break;
          case 'illegalLandUse':
          case 'dishonestDebtor':
          case 'underInvestigation':
          case 'longAbsence':
            if (covers !== false) bits |= 256;
            break;
          case 'partyDiscipline':
          case 'governmentSanction':
            if (covers === true || (f.until ?? f.date) >= within2) bits |= 512;
            if (party && f.kind === 'partyDiscipline' && f.sanction === '留党察看' && covers === true) bits |= 1024;
            break;
          case 'voteBuying':
          case 'ratedIncompetent':
            if ((f.until ?? f.date) >= within5) bits |= 2048;
            break;
        }
      }
    }
    failed[i] = bits | (warn << 16);
    if (bits === 0) eligible++;
  }
  return eligible;
}

// json-rules-engine with the same rules: each of our operators becomes a custom operator doing the same comparison.
function jsonRulesEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const bound = (n) => yearsBefore(ASOF, n);
  const rank = { 小学: 1, 初中: 2, 高中: 3, 中专: 3, 职高: 3, 技校: 3, 大专: 4, 本科: 5, 硕士研究生: 6, 博士研究生: 7 };
  engine.addOperator('bornOnOrBefore', (birth, years) => birth <= bound(years));
  engine.addOperator('bornAfter', (birth, years) => birth > bound(years));
  engine.addOperator('educationAtLeast', (education, level) => rank[education] >= rank[level]);
  engine.addOperator(
    'fullMemberYears',
    (c, years) => c.politicalStatus === '中共党员' && c.partyFullDate !== undefined && c.partyFullDate <= bound(years),
  );
  const lasting = {
    criminalSentence: true,
    underInvestigation: true,
    dishonestDebtor: true,
    longAbsence: true,
    illegalLandUse: true,
  };
  engine.addOperator('hasFact', (facts, spec) =>
    (facts ?? []).some((f) => {
      if (!spec.kinds.includes(f.kind) || f.date > ASOF) return false;
      if (spec.sanctionIn && !spec.sanctionIn.includes(f.sanction)) return false;
      if (spec.withinYears !== undefined) return (f.until ?? f.date) >= bound(spec.withinYears);
      if (spec.coversAsOf) return f.until === undefined ? lasting[f.kind] === true : f.until >= ASOF;
      return true;
    }),
  );
  const params = (id) => {
    const values = policy.parameters[id].values;
    return values[
      Object.keys(values)
        .filter((d) => d <= ASOF)
        .sort()
        .at(-1)
    ];
  };
  const translate = (node) => {
    const [op, arg] = Object.entries(node)[0];
    const num = (a) => (typeof a === 'number' ? a : params(a.param));
    switch (op) {
      case 'all':
        return { all: arg.map(translate) };
      case 'any':
        return { any: arg.map(translate) };
      case 'not':
        return { not: translate(arg) };
      case 'ageAtLeast':
        return { fact: 'candidate', path: '$.birthDate', operator: 'bornOnOrBefore', value: num(arg) };
      case 'ageAtMost':
        return { fact: 'candidate', path: '$.birthDate', operator: 'bornAfter', value: num(arg) + 1 };
      case 'educationAtLeast':
        return {
          fact: 'candidate',
          path: '$.education',
          operator: 'educationAtLeast',
          value: typeof arg === 'string' ? arg : params(arg.param),
        };
      case 'politicalStatusIn':
        return { fact: 'candidate', path: '$.politicalStatus', operator: 'in', value: arg };
      case 'fullPartyMemberYears':
        return { fact: 'candidate', operator: 'fullMemberYears', value: num(arg) };
      case 'fact':
        return {
          fact: 'candidate',
          path: '$.facts',
          operator: 'hasFact',
          value: {
            kinds: [arg.kind].flat(),
            sanctionIn: arg.sanctionIn,
            coversAsOf: arg.coversAsOf,
            withinYears: arg.withinYears === undefined ? undefined : num(arg.withinYears),
          },
        };
      default:
        throw new Error(`no translation for ${op}`);
    }
  };
  for (const rule of policy.rules) {
    const test = translate(rule.require ?? rule.forbid);
    const seat = [];
    if (rule.appliesTo?.organizations)
      seat.push({ fact: 'candidate', path: '$.organization', operator: 'in', value: rule.appliesTo.organizations });
    if (rule.appliesTo?.posts)
      seat.push({ fact: 'candidate', path: '$.post', operator: 'in', value: rule.appliesTo.posts });
    // The event fires when the rule fails.
    const fails = rule.require ? { not: test } : test;
    engine.addRule({ conditions: { all: [...seat, fails] }, event: { type: rule.severity, params: { id: rule.id } } });
  }
  return engine;
}

async function main() {
  console.log(
    `evaluateRoster benchmark — ${N.toLocaleString('en')} candidates, ${policy.rules.length} rules (${policy.chain.join(' → ')}), Node ${process.version}`,
  );
  const ours = time(() => evaluateRoster(roster, policy, { asOf: ASOF }));
  const fused = time(() => handFused(roster));
  if (ours.result.eligibleCount !== fused.result) {
    throw new Error(`disagreement: evaluateRoster ${ours.result.eligibleCount} eligible, hand-fused ${fused.result}`);
  }
  const engine = jsonRulesEngine();
  const sample = roster.slice(0, JRE_SAMPLE);
  let jreEligible = 0;
  const t0 = performance.now();
  for (const candidate of sample) {
    const { events } = await engine.run({ candidate });
    if (!events.some((e) => e.type === 'disqualify')) jreEligible++;
  }
  const jreMs = ((performance.now() - t0) / sample.length) * N;
  const oursSample = evaluateRoster(sample, policy, { asOf: ASOF }).eligibleCount;
  if (jreEligible !== oursSample)
    throw new Error(
      `disagreement: json-rules-engine ${jreEligible} eligible of ${sample.length}, evaluateRoster ${oursSample}`,
    );

  const ns = (ms) => ((ms * 1e6) / N).toFixed(1);
  const rows = [
    ['evaluateRoster (huanjie)', ours.ms, ours.ms / fused.ms],
    ['hand-fused loop (floor)', fused.ms, 1],
    [`json-rules-engine (${JRE_SAMPLE.toLocaleString('en')} run, scaled)`, jreMs, jreMs / fused.ms],
  ];
  console.log('');
  console.log('| implementation | ms per 1M | ns per candidate | × hand-fused |');
  console.log('|---|---:|---:|---:|');
  for (const [name, ms, ratio] of rows) console.log(`| ${name} | ${ms.toFixed(1)} | ${ns(ms)} | ${ratio.toFixed(2)} |`);
  console.log('');
  console.log(
    `eligible: ${ours.result.eligibleCount.toLocaleString('en')} of ${N.toLocaleString('en')} (all three agree)`,
  );
  console.log(`evaluateRoster vs json-rules-engine: ${(jreMs / ours.ms).toFixed(0)}× faster`);
  console.log(
    `targets: ≤ 100 ms per 1M → ${ours.ms <= 100 ? 'met' : 'NOT met'}; ≤ 3× hand-fused → ${ours.ms / fused.ms <= 3 ? 'met' : 'NOT met'}`,
  );
}

await main();
