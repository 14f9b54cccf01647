// A Node batch script: read a roster CSV (UTF-8 or GBK, as Excel saves it) and print what is wrong, row by row.
//   node examples/node/check-roster.js path/to/花名册.csv
// Uses the built packages (`npm run build`), as an application that installed @huanjie/core would.
import { readFileSync } from 'node:fs';
import { parseRosterCsv, summarizeRoster } from '@huanjie/core';

const file = process.argv[2] ?? new URL('../data/synthetic-roster.csv', import.meta.url).pathname;
const today = new Date().toISOString().slice(0, 10);
const result = parseRosterCsv(new Uint8Array(readFileSync(file)), { asOf: today });

console.log(
  `${file}: ${result.rowCount} 行（${result.encoding}），有效 ${result.rows.length} 行，错误 ${result.errors.length} 处`,
);
for (const e of [...result.errors, ...result.warnings]) {
  console.log(
    `  第 ${e.row ?? '-'} 行 [${e.column ?? ''}] ${e.code}: ${e.message}${e.expected ? `（可接受：${e.expected}）` : ''}`,
  );
}
const s = summarizeRoster(result.rows);
console.log(`  人数 ${s.people}，村(社区) ${s.villages}，乡镇 ${s.townships}，女性 ${s.women}，党员 ${s.partyMembers}`);
process.exitCode = result.errors.length > 0 ? 1 : 0;
