/**
 * Negative facts in a roster spreadsheet: one column per kind of fact, headed by its Chinese title (受过刑事处罚,
 * 被列为失信被执行人, …) or its code (`criminalSentence`). A cell lists that person's facts of the kind, separated by
 * `；`: each a date, or a period `开始~结束`, optionally after the sanction (`留党察看 2019-03-01~2021-03-01`).
 */
import { parseDateText } from '../dates/parseDateText.js';
import type { Fact } from '../schemas/candidate.js';
import { FACT_KINDS, type FactKind, GOVERNMENT_SANCTIONS, PARTY_SANCTIONS } from '../schemas/vocabulary.js';
import { normalizeHeader } from './headers.js';

const BY_HEADER = new Map<string, FactKind>(
  (Object.keys(FACT_KINDS) as FactKind[]).flatMap((kind) => [
    [normalizeHeader(FACT_KINDS[kind].zh), kind],
    [normalizeHeader(kind), kind],
  ]),
);

/** The kind of fact a column header names, or `undefined`. */
export function factKindForHeader(header: string): FactKind | undefined {
  return BY_HEADER.get(normalizeHeader(header));
}

/** The header written for a kind of fact. */
export function factHeader(kind: FactKind): string {
  return FACT_KINDS[kind].zh;
}

const SANCTIONS: Partial<Record<FactKind, readonly string[]>> = {
  partyDiscipline: PARTY_SANCTIONS,
  governmentSanction: GOVERNMENT_SANCTIONS,
};

/** Reads one cell of a fact column. */
export function readFactCell(
  kind: FactKind,
  text: string,
): { facts: Fact[] } | { expected: string; expectedEn: string } {
  const sanctions = SANCTIONS[kind];
  const expected = sanctions
    ? {
        expected: `处分种类加日期或期间，如“${sanctions[0]} 2019-03-01~2020-03-01”，多项用“；”分隔`,
        expectedEn: `a sanction and a date or period, e.g. "${sanctions[0]} 2019-03-01~2020-03-01"; several separated by "；"`,
      }
    : {
        expected: '日期或期间，如“2019-03-01”或“2019-03-01~2020-03-01”，多项用“；”分隔',
        expectedEn: 'a date or a period, e.g. "2019-03-01" or "2019-03-01~2020-03-01"; several separated by "；"',
      };
  const facts: Fact[] = [];
  for (const entry of text
    .normalize('NFKC')
    .split(/[;\n]/)
    .map((e) => e.trim())
    .filter(Boolean)) {
    const tokens = entry.split(/\s+/);
    const sanction = sanctions?.includes(tokens[0]!) ? tokens.shift() : undefined;
    if (sanctions && !sanction) return expected;
    const [from, until, ...rest] = tokens.join('').split(/[~～至—]/);
    const date = parseDateText(from ?? '');
    const end = until === undefined ? undefined : parseDateText(until);
    if (!date || rest.length > 0 || (until !== undefined && !end)) return expected;
    facts.push({ kind, date, ...(end ? { until: end } : {}), ...(sanction ? { sanction } : {}) } as Fact);
  }
  return { facts };
}

/** Writes the facts of one kind into a cell that {@link readFactCell} reads back. */
export function writeFactCell(facts: readonly Fact[]): string {
  return facts
    .map((f) => `${'sanction' in f ? `${f.sanction} ` : ''}${f.date}${f.until ? `~${f.until}` : ''}`)
    .join('；');
}
