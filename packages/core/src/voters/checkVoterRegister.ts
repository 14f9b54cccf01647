/**
 * Checking a voter list (选民名单审核) against 村民委员会组织法 Art. 13–15: who may be on it and in which category,
 * one place only, the posting and objection dates, and the proxies (委托投票).
 */
import { ageOn, fromDayNumber, type IsoDate, isIsoDate, toDayNumber } from '../dates/calendar.js';
import { electionParameterInForce, type TimelineDaysName } from '../election/statutoryParameters.js';
import { maskResidentId } from '../id/residentId.js';
import { chineseNumeral } from '../parameters/fraction.js';
import type { PolicyBase } from '../parameters/policyBase.js';
import { parameterOf, valueAt } from '../parameters/valueAt.js';
import * as P from '../problems/codes.js';
import { HuanjieError, type Problem, problem } from '../problems/problem.js';
import { numberInForce, PROXY_LIMIT_PARAMETER, VOTER_PARAMETERS, voterArticle } from './statutoryParameters.js';
import {
  VOTER_CATEGORIES,
  VOTER_CATEGORY_LABELS,
  VOTER_FIELD_LABELS,
  type VoterCategory,
  type VoterField,
  type VoterRow,
} from './voterRow.js';

/** An objection to the voter list (对选民名单的申诉) and its decision. */
export interface VoterObjection {
  /** Whom it concerns, if one person (the ID number; shown masked). */
  readonly residentId?: string;
  readonly filedOn: IsoDate;
  /** When the election committee decided it; absent: not decided. */
  readonly decidedOn?: IsoDate;
}

/** A proxy vote (委托投票): a registered voter away on election day asks a near relative who is a voter to vote. */
export interface ProxyVote {
  /** The voter giving the proxy (委托人), by ID number. */
  readonly voter: string;
  /** The voter carrying it (受委托人), by ID number. */
  readonly proxy: string;
  /** What the proxy is to the voter: 配偶, 父母 (父亲, 母亲), 子女 (儿子, 女儿), 兄弟姐妹, 祖父母, 外祖父母, 孙子女, 外孙子女. */
  readonly relation: string;
  /** Given in writing (书面委托). */
  readonly written: boolean;
}

/** Another village's list, to find a person registered twice across villages. */
export interface OtherVoterRegister {
  readonly village: string;
  readonly voters: ReadonlyArray<Pick<VoterRow, 'residentId'>>;
}

/** What {@link checkVoterRegister} is told besides the list. */
export interface CheckVoterRegisterOptions {
  /** The election day: age 18, a year of residence and the list's deadlines are counted to it. */
  readonly electionDate: IsoDate;
  /** For `votingAge`, the list's day counts, `newcomerResidenceYears` and a `proxyVotesPerPerson` limit. */
  readonly policy: PolicyBase;
  /** The row number of each voter as the file shows it (`parseVoterCsv`'s `rowNumbers`); default 1, 2, 3 … */
  readonly rowNumbers?: readonly number[];
  /** When the list was posted (公布); without it the posting is not checked. */
  readonly publishedOn?: IsoDate;
  readonly objections?: readonly VoterObjection[];
  readonly proxies?: readonly ProxyVote[];
  /** When the list of proxies was posted (公布委托人和受委托人名单). */
  readonly proxiesPublishedOn?: IsoDate;
  /** Other villages' lists: a person on one of them is registered twice. */
  readonly otherVillages?: readonly OtherVoterRegister[];
}

/** A person the list rightly holds, and their category. */
export interface RegisteredVoter {
  readonly voter: VoterRow;
  readonly row: number;
  readonly category: VoterCategory;
}

/** A person the list holds who may not vote here, and why. */
export interface ExcludedVoter {
  readonly voter: VoterRow;
  readonly row: number;
  readonly problems: readonly Problem[];
}

/** One ID number found more than once: the rows and the other villages it is on (the number masked). */
export interface VoterDuplicate {
  readonly residentId: string;
  readonly rows: readonly number[];
  readonly otherVillages: readonly string[];
}

/** What {@link checkVoterRegister} found. 选民名单审核结果。 */
export interface VoterRegisterCheck {
  readonly registered: readonly RegisteredVoter[];
  readonly excluded: readonly ExcludedVoter[];
  readonly counts: {
    readonly listed: number;
    readonly registered: number;
    readonly excluded: number;
    readonly byCategory: Readonly<Record<VoterCategory, number>>;
  };
  readonly duplicates: readonly VoterDuplicate[];
  /** The list's deadlines (Art. 14): the last lawful day to post it and, when it was posted, to object. */
  readonly deadlines: { readonly latestPosting: IsoDate; readonly objectionsUntil?: IsoDate };
  /** The proxies that hold (Art. 15), the limit applied (absent: the policy sets none) and how many voters gave one. */
  readonly proxies: {
    readonly accepted: readonly ProxyVote[];
    readonly rejected: number;
    readonly limit?: number;
  };
  /** Every problem found, rows named; errors mean the list is not ready. */
  readonly problems: readonly Problem[];
  /** 登记参加选举的村民: the number a villagers' committee tally divides by. */
  readonly registeredVoters: number;
}

/** Near relatives (近亲属, as the Civil Code names them) and the words clerks write for them. */
const NEAR_RELATIVES = new Set([
  '配偶',
  '丈夫',
  '妻子',
  '夫',
  '妻',
  '父母',
  '父亲',
  '母亲',
  '子女',
  '儿子',
  '女儿',
  '兄弟姐妹',
  '兄弟',
  '姐妹',
  '哥哥',
  '弟弟',
  '姐姐',
  '妹妹',
  '祖父母',
  '祖父',
  '祖母',
  '爷爷',
  '奶奶',
  '外祖父母',
  '外祖父',
  '外祖母',
  '外公',
  '外婆',
  '孙子女',
  '孙子',
  '孙女',
  '外孙子女',
  '外孙',
  '外孙女',
]);

const ART_13 = voterArticle(13);
const ART_15 = voterArticle(15);

function categoryOf(v: VoterRow): VoterCategory | undefined {
  if (v.registeredHere) return v.livesHere ? 'resident' : 'away';
  return v.livesHere ? 'newcomer' : undefined;
}

function checkDate(value: unknown, path: readonly (string | number)[], required: boolean): void {
  if ((value === undefined && !required) || (typeof value === 'string' && isIsoDate(value))) return;
  throw new HuanjieError([
    problem(P.TIMELINE_DATE, { field: path.join('.') }, { path: [...path], value: String(value) }),
  ]);
}

/**
 * Checks a voter list (选民名单) for an election under 村民委员会组织法 Art. 13–15. 选民名单审核。
 *
 * Each person is put in one of Art. 13's categories from their ties to the village — 户籍在本村且居住; 户籍在本村、
 * 不居住、本人表示参加选举; 户籍不在本村、在本村居住 `newcomerResidenceYears` (1) 年以上 on the election day、本人申请、
 * 经村民会议或者村民代表会议同意 on or before the day the list is posted (without `publishedOn`, the last lawful day)
 * — or excluded, with the reason: no category; under `votingAge` (18) on the election day (Art. 13); deprived of
 * political rights (Art. 13); the same ID earlier in the list (counted once; when the two rows name different
 * 村(社区), the error says so — Art. 13: one place only). A person also on another village's list (`otherVillages`)
 * is an error too, but stays counted here until one of the lists drops them. A category written in the file that the ties contradict is a
 * warning; the ties decide.
 *
 * Art. 14: the list posted at least `voterListDaysBefore` (20) days before; objections within
 * `voterListObjectionDays` (5) days of posting (later: a warning), each decided within `voterListDecisionDays` (3)
 * days. Art. 15: a proxy is written, from a registered voter to a near relative who is one; the list of proxies is
 * posted before the election day; the number one person may carry is the policy's `proxyVotesPerPerson` (a
 * provincial figure: no limit is checked when the policy has none). The day counts, the age and the year are dated
 * policy parameters, the statutory ones by default.
 *
 * @param voters - the list, as `parseVoterCsv` reads it
 * @param options - see {@link CheckVoterRegisterOptions}
 * @returns the registered and excluded, counts by category, duplicates, deadlines, proxies, problems and
 *   `registeredVoters` for the tally
 * @throws HuanjieError `TIMELINE_DATE` when a date given is not a date; `POLICY_UNKNOWN_PARAMETER` for a policy
 *   without `votingAge`
 * @example
 * ```ts
 * const { voters, rowNumbers } = parseVoterCsv(bytes)
 * const check = checkVoterRegister(voters, { electionDate: '2021-10-28', policy: nationalBaseline, rowNumbers, publishedOn: '2021-10-06' })
 * check.counts.byCategory // { resident: 1180, away: 64, newcomer: 12 }
 * ```
 */
export function checkVoterRegister(
  voters: readonly VoterRow[],
  options: CheckVoterRegisterOptions,
): VoterRegisterCheck {
  const { electionDate, policy, publishedOn } = options;
  checkDate(electionDate, ['electionDate'], true);
  checkDate(publishedOn, ['publishedOn'], false);
  checkDate(options.proxiesPublishedOn, ['proxiesPublishedOn'], false);
  for (const [i, o] of (options.objections ?? []).entries()) {
    checkDate(o.filedOn, ['objections', i, 'filedOn'], true);
    checkDate(o.decidedOn, ['objections', i, 'decidedOn'], false);
  }
  const votingAge = Number(valueAt(parameterOf(policy, 'votingAge'), electionDate).value);
  const residenceYears = numberInForce(
    policy,
    'newcomerResidenceYears',
    VOTER_PARAMETERS.newcomerResidenceYears,
    electionDate,
  )!;
  const days = (name: TimelineDaysName) => Number(electionParameterInForce(policy, name, electionDate).value);
  const day = toDayNumber(electionDate);
  const latestPosting = fromDayNumber(day - days('voterListDaysBefore'));
  const consentBy = publishedOn ?? latestPosting;

  const problems: Problem[] = [];
  const registered: RegisteredVoter[] = [];
  const excluded: ExcludedVoter[] = [];
  const byCategory = Object.fromEntries(VOTER_CATEGORIES.map((c) => [c, 0])) as Record<VoterCategory, number>;
  const firstRow = new Map<string, { row: number; village?: string }>();
  const duplicates = new Map<string, { rows: number[]; otherVillages: string[] }>();
  const elsewhere = new Map<string, string[]>();
  for (const other of options.otherVillages ?? []) {
    for (const v of other.voters) elsewhere.set(v.residentId, [...(elsewhere.get(v.residentId) ?? []), other.village]);
  }
  const duplicateOf = (id: string, row: number) => {
    const d = duplicates.get(id) ?? { rows: [], otherVillages: [] };
    if (!d.rows.includes(row)) d.rows.push(row);
    duplicates.set(id, d);
    return d;
  };

  for (const [i, voter] of voters.entries()) {
    const row = options.rowNumbers?.[i] ?? i + 1;
    const found: Problem[] = [];
    const at = (field: VoterField, value?: string) => ({
      row,
      column: VOTER_FIELD_LABELS[field].zh,
      ...(value === undefined ? {} : { value }),
    });
    const masked = maskResidentId(voter.residentId);
    const derived = categoryOf(voter);

    // Art. 13: one place only.
    const first = firstRow.get(voter.residentId);
    if (first) {
      duplicateOf(voter.residentId, first.row);
      const d = duplicateOf(voter.residentId, row);
      const otherVillage =
        first.village !== undefined && voter.village !== undefined && first.village !== voter.village;
      if (otherVillage && !d.otherVillages.includes(first.village!)) d.otherVillages.push(first.village!);
      found.push(
        otherVillage
          ? problem(
              P.VOTER_DUPLICATE,
              { variant: 'otherVillage', village: villageName(first.village!), article: ART_13 },
              at('residentId', masked),
            )
          : problem(P.VOTER_DUPLICATE, { first: first.row }, at('residentId', masked)),
      );
    } else firstRow.set(voter.residentId, { row, ...(voter.village ? { village: voter.village } : {}) });

    // Art. 13: the right to vote.
    const age = ageOn(voter.birthDate, electionDate);
    if (!(age >= votingAge)) {
      found.push(
        problem(P.VOTER_UNDER_AGE, { electionDate, age: votingAge, article: ART_13 }, at('birthDate', voter.birthDate)),
      );
    }
    if (voter.deprived) found.push(problem(P.VOTER_DEPRIVED, { article: ART_13 }, at('deprived')));
    if (derived === undefined) {
      found.push(problem(P.VOTER_NOT_ENTITLED, { article: ART_13 }, at('registeredHere')));
    } else if (derived === 'away' && voter.takesPart !== true) {
      found.push(problem(P.VOTER_NOT_ENTITLED, { variant: 'away', article: ART_13 }, at('takesPart')));
    } else if (derived === 'newcomer') {
      found.push(...newcomerProblems(voter, at, { electionDate, residenceYears, consentBy }));
    }
    if (voter.category !== undefined && derived !== undefined && voter.category !== derived) {
      problems.push(
        problem(
          P.VOTER_CATEGORY_MISMATCH,
          { written: VOTER_CATEGORY_LABELS[voter.category], derived: VOTER_CATEGORY_LABELS[derived] },
          at('category'),
        ),
      );
    }
    problems.push(...found);
    // Another village's list: an error to resolve, but no reason to drop the person here.
    const also = elsewhere.get(voter.residentId);
    if (also && !first) {
      const d = duplicateOf(voter.residentId, row);
      for (const village of also) {
        if (!d.otherVillages.includes(village)) d.otherVillages.push(village);
        problems.push(
          problem(
            P.VOTER_DUPLICATE,
            { variant: 'otherVillage', village: villageName(village), article: ART_13 },
            at('residentId', masked),
          ),
        );
      }
    }
    if (found.length > 0 || derived === undefined) excluded.push({ voter, row, problems: found });
    else {
      registered.push({ voter, row, category: derived });
      byCategory[derived]++;
    }
  }

  const objectionsUntil = publishedOn
    ? fromDayNumber(toDayNumber(publishedOn) + days('voterListObjectionDays'))
    : undefined;
  problems.push(...postingProblems(options, { latestPosting, objectionsUntil, days }));
  const proxies = checkProxies(options, registered, problems);

  return {
    registered,
    excluded,
    counts: { listed: voters.length, registered: registered.length, excluded: excluded.length, byCategory },
    duplicates: [...duplicates]
      .map(([id, d]) => ({ residentId: maskResidentId(id), rows: d.rows, otherVillages: d.otherVillages }))
      .sort((a, b) => a.rows[0]! - b.rows[0]!),
    deadlines: objectionsUntil ? { latestPosting, objectionsUntil } : { latestPosting },
    proxies,
    problems,
    registeredVoters: registered.length,
  };
}

function villageName(village: string) {
  return { zh: `“${village}”`, en: village, zhTW: `「${village}」` };
}

type At = (field: VoterField, value?: string) => { row: number; column: string; value?: string };

/** Art. 13's third category: a year of residence by the election, an application, a consent by the posting. */
function newcomerProblems(
  voter: VoterRow,
  at: At,
  { electionDate, residenceYears, consentBy }: { electionDate: IsoDate; residenceYears: number; consentBy: IsoDate },
): Problem[] {
  const found: Problem[] = [];
  const article = ART_13;
  if (voter.livesHereSince === undefined) {
    found.push(
      problem(P.VOTER_NEWCOMER, { variant: 'residenceUnknown', years: residenceYears, article }, at('livesHereSince')),
    );
  } else if (ageOn(voter.livesHereSince, electionDate) < residenceYears) {
    found.push(
      problem(
        P.VOTER_NEWCOMER,
        { variant: 'residence', since: voter.livesHereSince, electionDate, years: residenceYears, article },
        at('livesHereSince', voter.livesHereSince),
      ),
    );
  }
  if (voter.takesPart !== true && voter.appliedOn === undefined) {
    found.push(problem(P.VOTER_NEWCOMER, { article }, at('appliedOn')));
  }
  if (voter.consentOn === undefined) {
    found.push(problem(P.VOTER_NEWCOMER, { variant: 'consent', article }, at('consentOn')));
  } else if (voter.consentOn > consentBy) {
    found.push(
      problem(
        P.VOTER_NEWCOMER,
        { variant: 'consentLate', consentOn: voter.consentOn, publishedOn: consentBy, article },
        at('consentOn', voter.consentOn),
      ),
    );
  }
  return found;
}

/** Art. 14: the list posted in time; objections made within the days after posting and decided in time. */
function postingProblems(
  options: CheckVoterRegisterOptions,
  {
    latestPosting,
    objectionsUntil,
    days,
  }: { latestPosting: IsoDate; objectionsUntil?: IsoDate; days: (name: TimelineDaysName) => number },
): Problem[] {
  const found: Problem[] = [];
  const { publishedOn } = options;
  if (publishedOn !== undefined && publishedOn > latestPosting) {
    const n = days('voterListDaysBefore');
    found.push(
      problem(
        P.TIMELINE_VOTER_LIST_LATE,
        { days: { zh: chineseNumeral(n), en: String(n) }, latest: latestPosting },
        { path: ['publishedOn'], value: publishedOn, expected: `${latestPosting} 或之前` },
      ),
    );
  }
  const deciding = days('voterListDecisionDays');
  for (const [i, o] of (options.objections ?? []).entries()) {
    const shown = o.residentId === undefined ? {} : { value: maskResidentId(o.residentId) };
    if (objectionsUntil !== undefined && o.filedOn > objectionsUntil) {
      found.push(
        problem(
          P.VOTER_OBJECTION_LATE,
          { filedOn: o.filedOn, days: days('voterListObjectionDays'), deadline: objectionsUntil },
          { path: ['objections', i, 'filedOn'], ...shown },
        ),
      );
    }
    const deadline = fromDayNumber(toDayNumber(o.filedOn) + deciding);
    if (o.decidedOn === undefined) {
      found.push(
        problem(
          P.VOTER_DECISION_LATE,
          { variant: 'undecided', filedOn: o.filedOn, deadline },
          { path: ['objections', i, 'decidedOn'], ...shown },
        ),
      );
    } else if (o.decidedOn > deadline) {
      found.push(
        problem(
          P.VOTER_DECISION_LATE,
          { filedOn: o.filedOn, decidedOn: o.decidedOn, days: deciding, deadline },
          { path: ['objections', i, 'decidedOn'], ...shown },
        ),
      );
    }
  }
  return found;
}

/** Art. 15: written, from a registered voter, to a near relative who is one; a provincial limit per proxy. */
function checkProxies(
  options: CheckVoterRegisterOptions,
  registered: readonly RegisteredVoter[],
  problems: Problem[],
): VoterRegisterCheck['proxies'] {
  const list = options.proxies ?? [];
  const { electionDate, policy } = options;
  const limitParameter = Object.hasOwn(policy.parameters, PROXY_LIMIT_PARAMETER)
    ? policy.parameters[PROXY_LIMIT_PARAMETER]
    : undefined;
  const limit = numberInForce(policy, PROXY_LIMIT_PARAMETER, undefined, electionDate);
  const source = limitParameter
    ? (policy.references.find((r) => r.id === limitParameter.reference)?.title ?? limitParameter.reference)
    : '';
  const voters = new Set(registered.map((r) => r.voter.residentId));
  const carried = new Map<string, number>();
  const accepted: ProxyVote[] = [];
  const givers = new Map<string, number>();
  for (const [i, p] of list.entries()) {
    const place = (field: keyof ProxyVote, value?: string) => ({
      path: ['proxies', i, field],
      ...(value === undefined ? {} : { value }),
    });
    const article = ART_15;
    const found: Problem[] = [];
    if (!voters.has(p.voter)) found.push(problem(P.VOTER_PROXY, { article }, place('voter', maskResidentId(p.voter))));
    if (p.voter === p.proxy) found.push(problem(P.VOTER_PROXY, { variant: 'self' }, place('proxy')));
    else if (!voters.has(p.proxy)) {
      found.push(
        problem(P.VOTER_PROXY, { variant: 'proxyNotVoter', article }, place('proxy', maskResidentId(p.proxy))),
      );
    }
    const relation = p.relation.normalize('NFKC').trim();
    if (!NEAR_RELATIVES.has(relation)) {
      found.push(problem(P.VOTER_PROXY, { variant: 'notRelative', relation, article }, place('relation', relation)));
    }
    if (p.written !== true) found.push(problem(P.VOTER_PROXY, { variant: 'notWritten', article }, place('written')));
    const first = givers.get(p.voter);
    if (first !== undefined) {
      found.push(problem(P.VOTER_PROXY, { variant: 'twice', first }, place('voter', maskResidentId(p.voter))));
    }
    const count = (carried.get(p.proxy) ?? 0) + 1;
    if (found.length === 0 && limit !== undefined && count > limit) {
      found.push(
        problem(P.VOTER_PROXY, { variant: 'tooMany', count, limit, source }, place('proxy', maskResidentId(p.proxy))),
      );
    }
    problems.push(...found);
    if (found.length === 0) {
      carried.set(p.proxy, count);
      givers.set(p.voter, i + 1);
      accepted.push(p);
    }
  }
  if (list.length > 0 && !(options.proxiesPublishedOn !== undefined && options.proxiesPublishedOn < electionDate)) {
    problems.push(
      problem(
        P.VOTER_PROXY,
        { variant: 'unpublished', electionDate, article: ART_15 },
        { path: ['proxiesPublishedOn'], ...(options.proxiesPublishedOn ? { value: options.proxiesPublishedOn } : {}) },
      ),
    );
  }
  return limit === undefined
    ? { accepted, rejected: list.length - accepted.length }
    : { accepted, rejected: list.length - accepted.length, limit };
}
