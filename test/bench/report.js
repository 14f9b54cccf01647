// @ts-nocheck -- a script run by node, not part of the packages.
// `npm run bench`: runs every benchmark in its own Node process (each after a build), prints what each prints, and
// writes BENCHMARKS.md: the machine, every workload's table with its peer or hand-written floor from the same run,
// the bundle sizes, and a summary of the targets — missed ones marked.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';

const BENCHES = [
  ['Eligibility: evaluateRoster', 'eligibility.bench.js'],
  ['Composition: rollUp', 'composition.bench.js'],
  ['Risk: assessVillages', 'risk.bench.js'],
  ['Term pay: compileTermPay', 'pay.bench.js'],
  ['Import: parseRosterCsv', 'import.bench.js'],
  ['Scale: 1,000,000 members in one process', 'scale.bench.js'],
  ['Campaign: campaignStatus + summarizeCampaign', 'campaign.bench.js'],
];

const sections = [];
const targets = [];
for (const [title, file] of BENCHES) {
  process.stdout.write(`\n▶ ${title}\n`);
  const out = execFileSync(process.execPath, ['--expose-gc', new URL(file, import.meta.url).pathname], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(out);
  sections.push(`## ${title}\n\n${out.trim()}\n`);
  for (const line of out.split('\n').filter((l) => /^targets?:/.test(l))) targets.push([title, line]);
}

// In Chromium: the boards' first render and an update (vitest browser tests print the medians).
{
  process.stdout.write('\n▶ Browser: <hj-risk-board>, <hj-campaign-map>\n');
  const out = execFileSync(
    process.execPath,
    [
      new URL('../../node_modules/vitest/vitest.mjs', import.meta.url).pathname,
      'run',
      '--config',
      new URL('./browser.vitest.config.ts', import.meta.url).pathname,
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = out.split('\n').find((l) => l.includes('risk-board: first render')) ?? '';
  const figure = (re) => Number(re.exec(line)?.[1] ?? Number.NaN);
  const small = figure(/600 villages ([\d.]+) ms;/);
  const large = figure(/16,000 villages ([\d.]+) ms/);
  const update = figure(/update 600 villages ([\d.]+) ms/);
  const another = figure(/another 600 villages ([\d.]+) ms/);
  const row = (what, measured, target) =>
    `| ${what} | ${measured.toFixed(1)} ms | ≤ ${target} ms | ${measured <= target ? 'met' : '**missed**'} |`;
  const table = [
    '| workload (median, Chromium) | measured | target | |',
    '|---|---:|---:|---|',
    row('first render + layout, 600 villages', small, 16),
    row('first render + layout, 16,000 villages', large, 150),
    row("update with new data (the next day's figures, same villages), 600 villages", update, 5),
    `| another 600 villages instead (townships built anew) | ${another.toFixed(1)} ms | — | |`,
  ].join('\n');
  process.stdout.write(`${table}\n`);
  sections.push(`## Browser: <hj-risk-board>\n\n${table}\n`);
  const missed = [small > 16, large > 150, update > 5].some(Boolean);
  targets.push([
    'Browser: <hj-risk-board>',
    `target: 600 ≤ 16 ms, 16,000 ≤ 150 ms, update ≤ 5 ms → ${missed ? 'NOT met' : 'met'}`,
  ]);
  // The campaign map, in the same run: the county from its journal (core's campaignChanges and summary included), a
  // province of 16,000 villages from core's status (the risk board's target), and the next day of each.
  const cm = out.split('\n').find((l) => l.includes('campaign-map: first render')) ?? '';
  const cmFigure = (re) => Number(re.exec(cm)?.[1] ?? Number.NaN);
  const county = cmFigure(/197 villages from the journal ([\d.]+) ms/);
  const countyNext = cmFigure(/; next day ([\d.]+) ms/);
  const province = cmFigure(/16,000 villages from a status ([\d.]+) ms/);
  const provinceNext = cmFigure(/next day 16,000 villages ([\d.]+) ms/);
  const cmTable = [
    '| workload (median, Chromium) | measured | target | |',
    '|---|---:|---:|---|',
    `| first render + layout, the synthetic county (197 villages) from its journal | ${county.toFixed(1)} ms | — | |`,
    `| the next day, the same county (replayed) | ${countyNext.toFixed(1)} ms | — | |`,
    row('first render + layout, 16,000 villages from a status', province, 150),
    `| the next day, 16,000 villages (patched in place) | ${provinceNext.toFixed(1)} ms | — | |`,
  ].join('\n');
  process.stdout.write(`${cmTable}\n`);
  sections.push(`## Browser: <hj-campaign-map>\n\n${cmTable}\n`);
  targets.push(['Browser: <hj-campaign-map>', `target: 16,000 ≤ 150 ms → ${province > 150 ? 'NOT met' : 'met'}`]);
}

// The shipped embed file, as a page loads it.
const embed = readFileSync(new URL('../../packages/elements/dist/huanjie-elements.embed.min.js', import.meta.url));
const sizes = `| file | minified | gzip |\n|---|---:|---:|\n| huanjie-elements.embed.min.js (Lit, core, every element) | ${(embed.length / 1024).toFixed(1)} KB | ${(gzipSync(embed, { level: 9 }).length / 1024).toFixed(1)} KB |`;

const cpu = os.cpus();
const machine = `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.type()} ${os.release()}, Node ${process.version}`;
const summary = targets
  .map(
    ([title, line]) =>
      `| ${title} | ${line.replace(/^targets?:\s*/, '')} | ${/NOT met/.test(line) ? '**missed**' : 'met'} |`,
  )
  .join('\n');

writeFileSync(
  new URL('../../BENCHMARKS.md', import.meta.url),
  `# 基准 / Benchmarks

由 \`npm run bench\` 生成，勿手工编辑。Written by \`npm run bench\`; do not edit by hand.

- 机器 / machine: ${machine}
- 日期 / date: ${new Date().toISOString().slice(0, 10)}
- 每个工作量都与同一次运行中的手写循环或同类库比较；时间为多次运行的中位数。Every workload is measured beside a
  hand-written floor or a peer in the same run; times are medians of several runs.
- 浏览器中的渲染时间由 Chromium 中的 vitest 浏览器测试测量（五次或三次的中位数，Lit 生产构建）。Browser figures
  are medians measured by a vitest browser test in Chromium, with Lit's production build.

## 目标 / Targets

| workload | target → outcome | |
|---|---|---|
${summary}

## 包体积 / Bundle size

${sizes}

各组件单独引入的上限见 \`test/bundle-size.test.ts\`（\`npm test\` 检查）。Per-element ceilings are tests.

${sections.join('\n')}`,
);
console.log('\nwrote BENCHMARKS.md');
