// @ts-nocheck -- a benchmark script run by node, not part of the packages.
// `npm run bench` (import): a roster from CSV text — papaparse reading the cells (the floor: CSV syntax alone) beside
// parseRosterCsv (the same parse, then headers mapped, every cell read, ID numbers checked, each row validated),
// in the same run, with the ratio.
import { parseRosterCsv, rosterToCsv } from '@huanjie/core';
import { generateCounty } from '@huanjie/core/synthetic';
import Papa from 'papaparse';
import { blockLine } from './blocks.js';
import { time } from './timing.js';

const N = Number(process.env.BENCH_ROWS ?? 200_000);
const ASOF = '2021-10-28';
const members = generateCounty().terms.current.members;
const [header, ...lines] = rosterToCsv(members).split('\r\n').filter(Boolean);
const csv = [header, ...Array.from({ length: N }, (_, i) => blockLine(lines, i))].join('\r\n');

const floor = time(() => Papa.parse(csv, { header: false, skipEmptyLines: false }).data.length, 5, 1);
const ours = time(() => parseRosterCsv(csv, { asOf: ASOF }), 5, 1);
if (ours.result.rows.length !== N || ours.result.errors.length !== 0 || floor.result !== N + 1)
  throw new Error(
    `rows: ${ours.result.rows.length} read, ${ours.result.errors.length} errors; papaparse ${floor.result}`,
  );

const perRow = (ms) => ((ms * 1000) / N).toFixed(2);
console.log(
  `\nimport benchmark — ${N.toLocaleString('en')} rows, ${(csv.length / 1e6).toFixed(1)} M characters, ${lines[0].split(',').length} columns, Node ${process.version}\n`,
);
console.log('| implementation | ms | µs per row | × papaparse |');
console.log('|---|---:|---:|---:|');
console.log(
  `| parseRosterCsv (huanjie: parse, map, read, check, validate) | ${ours.ms.toFixed(0)} | ${perRow(ours.ms)} | ${(ours.ms / floor.ms).toFixed(1)} |`,
);
console.log(`| papaparse alone (cells only, the floor) | ${floor.ms.toFixed(0)} | ${perRow(floor.ms)} | 1.0 |`);
console.log('');
console.log(`rows read ${ours.result.rows.length.toLocaleString('en')}, errors 0 (both agree on the row count)`);
