// A portal developer's code, compiled against the published `.d.ts` files only (no source condition).

import { NdjsonJournalStore } from '@huanjie/cli/journal-store';
import {
  type Candidate,
  type JournalCheck,
  type JournalStore,
  Member,
  maskResidentId,
  parseResidentId,
  parseRosterCsv,
  type RosterCsvResult,
  rosterToCsv,
  type Village,
} from '@huanjie/core';
import type { HjRosterImport, RosterLoadDetail } from '@huanjie/elements';
import '@huanjie/elements/define/roster-import.js';
import { IndexedDbJournalStore } from '@huanjie/elements/journal-store';

const id = parseResidentId('11010519491231002X');
const sex: 'male' | 'female' | undefined = id.ok ? id.value.sex : undefined;
const masked: string = maskResidentId('11010519491231002X');
const result: RosterCsvResult = parseRosterCsv('姓名\n张某甲');
const csv: string = rosterToCsv(result.rows);
const member: Member | undefined = Member.safeParse({}).data;
const candidate: Candidate['facts'] = [];
const village: Village['kind'] = '社区';

const el: HjRosterImport = document.createElement('hj-roster-import');
el.addEventListener('hj-roster-load', (event) => {
  const detail: RosterLoadDetail = event.detail;
  console.log(detail.rows.length, sex, masked, csv, member, candidate, village);
});

const stores: JournalStore[] = [new NdjsonJournalStore('青石镇.ndjson'), new IndexedDbJournalStore({ name: '青石镇' })];
for (const store of stores) void store.load().then((check: JournalCheck) => console.log(check.ok, check.events.length));

// The subpath entries, which older `moduleResolution: node` consumers reach through `typesVersions`.
import { generateCounty } from '@huanjie/core/synthetic';
import { parsePolicyCases } from '@huanjie/core/testing';
import { readRosterWorkbook } from '@huanjie/core/workbook';
import '@huanjie/elements/embed';

const county: number = generateCounty().villages.length;
console.log(county, typeof parsePolicyCases);
void readRosterWorkbook(new Uint8Array()).then((r) => console.log(r.workbook?.sheet, r.rows.length));
