// Bundle-size ceilings (deterministic, so they are tests). A portal pays for what it imports: each ceiling is what
// a user's bundler ships, minified and gzipped, for one realistic import. Raise a ceiling only on purpose.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { describe, expect, it } from 'vitest';

const KB = 1024;

async function shippedBytes(entry: string): Promise<{ min: number; gzip: number }> {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? entry : null) },
      // A production build, as a portal ships (Lit's development build is larger).
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      commonjs(),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false } })] });
  const code = output[0].code;
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

// The timeout only guards against a hang: bundling eight elements took 2.4 minutes on a busy 2-core machine.
describe('bundle size', { timeout: 600_000 }, () => {
  it('keeps the self-contained embed file (Lit + core + every element) small', () => {
    const code = readFileSync(new URL('../packages/elements/dist/huanjie-elements.embed.min.js', import.meta.url));
    // 142.75 KB since it holds all ten elements: Lit, zod/mini, papaparse, d3-geo, the policy engine with the
    // national baseline and the example overlays, pay, tallies, risk models, the campaign's status, summary and
    // changes, and every element's messages in three languages. 142.2 KB measured since the audit register (issue 21:
    // its element, its messages, Art. 35's matters in English, +3.8 KB); 138.1 since the campaign map (issue 20:
    // its element, its messages and core's campaign figures, +10.4 KB); 127.75 before it, since roster import checks
    // its rows (short rows, cells beyond the header, the same person twice, a malformed asOf: +1.5 KB); 126.3 before
    // that, since roster import learnt to refuse workbooks, binary files and absurd sizes and to report undecodable
    // and control characters (+1.2 KB) and every element checks its attributes (+1.3 KB); 120.8 before those, 116.0
    // before the floor plan (issue 18) added the election figures as dated parameters with their references, the
    // problem catalogue (a template per code, and the code that fills it), the pay calculator's term and sums in
    // core, the field-feedback controller and the elements' template modules. A page that needs one element imports
    // its define file instead (below).
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(142.75 * KB);
  });

  it('ships resident-ID checks without zod, papaparse or the roster code', async () => {
    const size = await shippedBytes(`export { parseResidentId, maskResidentId } from '@huanjie/core';`);
    expect(size.gzip).toBeLessThan(2.5 * KB);
  });

  it('ships roster import (zod/mini + papaparse) within its budget', async () => {
    const size = await shippedBytes(`export { parseRosterCsv, rosterToCsv } from '@huanjie/core';`);
    // 33 KB since rosters carry negative-fact columns (受过刑事处罚, …) with their schema and messages, every
    // problem is written from the catalogue, files that are not rosters are told apart (workbooks, binary files,
    // UTF-16 without BOM, damaged UTF-8, undecodable and control characters, ROSTER_LIMITS), and rows are checked
    // for their shape and for the same person twice, with asOf checked (32.5 KB measured; 30.9 before the row
    // checks, 28.3 before the byte checks, 27.9 before the catalogue).
    expect(size.gzip).toBeLessThan(33 * KB);
  });

  it('ships the IndexedDB journal store without any element', async () => {
    const size = await shippedBytes(`export { IndexedDbJournalStore } from '@huanjie/elements/journal-store';`);
    // 21.9 KB measured since the departure audit events (issue 21: four kinds, Art. 35's six matters in the law's
    // words, +1.1 KB); 20.8 before: idb 1.3, the rest is what every load runs, verifyJournal (the event schemas in
    // zod/mini, SHA-256, the problems written from the catalogue: 18.8 alone) and mergeJournals for the journal's order.
    expect(size.gzip, `${(size.gzip / KB).toFixed(1)} KB gzip`).toBeLessThan(22.5 * KB);
  });

  it('ships one element without the others', async () => {
    // Measured (rollup + terser + gzip -9): voter register 39.3 (the roster's table reader and problem table, the
    // voter list's check and the national baseline for its figures; problems in zh-CN or English like the roster
    // import's, since the zh-TW templates would add 7 KB), roster import 43.7 (43.4 before the table reader was shared
    // with the voter list, 41.7 before its row checks, 38.8 before it refused
    // workbooks and odd bytes), candidate check 39.3, pay calculator 34.4, election tally 23.3, risk board 40.6,
    // composition chart 16.7, review tracker 24.2, progress board 17.5, campaign map 35.6 (review tracker 23.8 and
    // progress board 17.1 before the campaign map shared the tile board and moved today's date into a module of its
    // own; the progress board reads core's campaign summary): 0.3–0.5 KB each for checking attributes (the
    // shared check, and each element's values and defaults named in two languages), and 0.1–0.2 KB for the forms
    // that read ID numbers since parseResidentId refuses a malformed asOf. The same code can come out a few hundred
    // bytes apart when the entry's export order changes, so ceilings keep ~0.5 KB.
    // The 25 KB holds for the tally, the chart, the review tracker and the progress board. The others carry
    // Lit (~5.5 KB), zod/mini with the schemas that name bad input (~7 KB, and ~2.5 KB turning its issues into
    // bilingual problems) and messages in three languages before any domain code: the candidate check adds the
    // eligibility engine and the national baseline (assembled without the policy schema), the pay calculator the
    // cadre schema and pay, roster import papaparse, the risk board d3-geo and the example risk model. The review
    // tracker's default is the review part of the example county (exampleReviewPolicy), without the policy engine:
    // 23.0 KB where the whole overlay cost 42.4. The floor plan (issue 18) added 0.7–2.5 KB to the form elements:
    // problems written from the catalogue, the election figures and the timeline's day counts as parameters of the
    // baseline with their titles and references (candidate check, tally), the shared field-feedback controller and
    // template modules.
    const ceilings: [string, number][] = [
      ['roster-import', 44],
      ['candidate-check', 39.75],
      ['pay-calculator', 35],
      ['election-tally', 23.75],
      ['risk-board', 40.75],
      ['composition-chart', 17.5],
      ['review-tracker', 24.75],
      ['progress-board', 18],
      ['campaign-map', 36],
      // 11.5 KB measured: Lit, the element, its messages, and core's formatYuan and audit words only.
      ['audit-register', 12],
      ['voter-register', 39.75],
    ];
    for (const [element, ceiling] of ceilings) {
      const size = await shippedBytes(`import '@huanjie/elements/define/${element}.js';`);
      expect(size.gzip, `${element}: ${(size.gzip / KB).toFixed(1)} KB gzip`).toBeLessThan(ceiling * KB);
    }
  });
});
