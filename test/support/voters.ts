// For the voter list's tests: 东村's and 西村's lists (test/fixtures), a voter to vary, and problems in short.
import { readFileSync } from 'node:fs';
import {
  type CheckVoterRegisterOptions,
  checkVoterRegister,
  nationalBaseline,
  type Problem,
  parseVoterCsv,
  type VoterRow,
} from '@huanjie/core';

export const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

// 东村's list for an election on 2021-10-28, posted on 2021-10-06 (22 days before): a title row, the header on row 2,
// eleven people on rows 3–13 — the three categories of Art. 13, a villager living away who has not said she takes
// part, a newcomer admitted only after the posting, a boy who turns 18 the day after the election, a man deprived
// of political rights, a woman also on 西村's list (GB18030), and the first row typed again at the end.
export const ELECTION = '2021-10-28';
export const POSTED = '2021-10-06';
export const dongcun = parseVoterCsv(fixture('voters-dongcun.csv'));
export const xicun = parseVoterCsv(fixture('voters-xicun-gbk.csv'));

export const variantOf = (p: Problem) => p.params?.variant as string | undefined;

/** Each problem as `[row, code, variant]` (what is absent left out). */
export const codes = (problems: readonly Problem[]) =>
  problems.map((p) => [p.row, p.code, variantOf(p)].filter(Boolean));

/** A registered voter living in the village, varied by `overrides`. */
export function voter(overrides: Partial<VoterRow> = {}): VoterRow {
  return {
    name: '张某甲',
    residentId: '11010519491231002X',
    sex: 'female',
    birthDate: '1949-12-31',
    registeredHere: true,
    livesHere: true,
    deprived: false,
    ...overrides,
  };
}

/** `checkVoterRegister` for the election of 2021-10-28 under the national baseline, unless `options` say otherwise. */
export const check = (voters: readonly VoterRow[], options: Partial<CheckVoterRegisterOptions> = {}) =>
  checkVoterRegister(voters, { electionDate: ELECTION, policy: nationalBaseline, ...options });
