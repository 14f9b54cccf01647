/**
 * The candidate-check form's value pipeline, without DOM or Lit: the fields as typed (a draft of strings) → the
 * candidate core validates and judges, with each problem placed at its field; and a candidate back to a draft. Kept
 * beside the element, not in core: the draft and its field keys (`fact-criminalSentence-date`) are this form's.
 */
import {
  Candidate,
  type EligibilityVerdict,
  evaluateEligibility,
  FACT_KINDS,
  type FactKind,
  GOVERNMENT_SANCTIONS,
  HuanjieError,
  hasFullMembership,
  isPartyMember,
  PARTY_SANCTIONS,
  type Policy,
  type Problem,
  parseResidentId,
  type ResidentIdResult,
  validate,
} from '@huanjie/core';

/** What the user has entered for one kind of fact. */
export interface FactDraft {
  readonly checked: boolean;
  readonly date: string;
  readonly until: string;
  readonly sanction: string;
}

/** The fields as typed: strings, `''` when empty. */
export interface Draft {
  readonly name: string;
  readonly residentId: string;
  readonly sex: string;
  readonly birthDate: string;
  readonly ethnicity: string;
  readonly education: string;
  readonly politicalStatus: string;
  readonly partyJoinDate: string;
  readonly partyFullDate: string;
  readonly organization: string;
  readonly post: string;
  readonly facts: Readonly<Partial<Record<FactKind, FactDraft>>>;
}

export type TextField = Exclude<keyof Draft, 'facts'>;
export type FactField = 'date' | 'until' | 'sanction';

export const EMPTY_DRAFT: Draft = {
  name: '',
  residentId: '',
  sex: '',
  birthDate: '',
  ethnicity: '',
  education: '',
  politicalStatus: '',
  partyJoinDate: '',
  partyFullDate: '',
  organization: '',
  post: '',
  facts: {},
};

export const EMPTY_FACT: FactDraft = { checked: false, date: '', until: '', sanction: '' };
export const KINDS = Object.keys(FACT_KINDS) as FactKind[];
/** The kinds of fact that name a sanction, with core's lists of sanctions. */
export const SANCTIONS: Partial<Record<FactKind, readonly string[]>> = {
  partyDiscipline: PARTY_SANCTIONS,
  governmentSanction: GOVERNMENT_SANCTIONS,
};

/** What the fields as typed amount to, all of it from core. */
export interface JudgedDraft {
  readonly id: ResidentIdResult | undefined;
  /** The candidate as built from the fields (not yet validated). */
  readonly input: Record<string, unknown>;
  readonly candidate: Candidate | undefined;
  /** Problems by field key (`name`, `fact-criminalSentence-date`, …). */
  readonly byField: ReadonlyMap<string, readonly Problem[]>;
  /** Problems that belong to no field shown. */
  readonly other: readonly Problem[];
  readonly problems: readonly Problem[];
  readonly verdict: EligibilityVerdict | undefined;
  readonly evaluationError: HuanjieError | undefined;
  readonly empty: boolean;
}

/**
 * Judges the fields as typed: builds the candidate (blank fields left out, so that core names them; party dates only
 * for the statuses that have them), validates it with core's `parseResidentId` and schema, places each problem at the
 * field it concerns and, when the candidate is valid, evaluates it with `evaluateEligibility`.
 *
 * @param draft - the fields as typed
 * @param policy - the eligibility policy
 * @param asOf - ISO date the rules are judged on
 * @returns the candidate (when valid), the problems by field and the verdict
 */
export function judgeDraft(draft: Draft, policy: Policy, asOf: string): JudgedDraft {
  const input: Record<string, unknown> = {};
  const put = (key: string, value: string) => {
    if (value.trim() !== '') input[key] = value;
  };
  put('name', draft.name.trim());
  const rawId = draft.residentId.trim();
  const id = rawId ? parseResidentId(rawId, { asOf }) : undefined;
  put('residentId', id?.ok ? id.value.id : rawId);
  for (const key of ['sex', 'birthDate', 'ethnicity', 'education', 'politicalStatus'] as const) put(key, draft[key]);
  if (isPartyMember(draft.politicalStatus)) put('partyJoinDate', draft.partyJoinDate);
  if (hasFullMembership(draft.politicalStatus)) put('partyFullDate', draft.partyFullDate);
  put('organization', draft.organization);
  put('post', draft.post);
  const kinds = KINDS.filter((k) => draft.facts[k]?.checked);
  input.facts = kinds.map((kind) => {
    const f = draft.facts[kind] ?? EMPTY_FACT;
    const fact: Record<string, string> = { kind };
    if (f.date) fact.date = f.date;
    if (f.until) fact.until = f.until;
    if (SANCTIONS[kind] && f.sanction) fact.sanction = f.sanction;
    return fact;
  });
  const empty =
    kinds.length === 0 && (Object.keys(draft) as (keyof Draft)[]).every((k) => k === 'facts' || draft[k] === '');

  const byField = new Map<string, Problem[]>();
  const other: Problem[] = [];
  const add = (key: string | undefined, p: Problem) => {
    if (key === undefined) other.push(p);
    else byField.set(key, [...(byField.get(key) ?? []), p]);
  };
  const problems: Problem[] = [];
  if (id && !id.ok) {
    // core's ID parser says precisely what is wrong (length, characters, region, date, check character).
    const p: Problem = { ...id.error, path: ['residentId'] };
    problems.push(p);
    add('residentId', p);
  }
  const result = validate(Candidate, input);
  if (!result.ok) {
    for (const p of result.problems) {
      const [head, index, field] = p.path ?? [];
      if (head === 'residentId' && id && !id.ok) continue;
      problems.push(p);
      if (head === 'facts' && typeof index === 'number' && kinds[index]) {
        add(`fact-${kinds[index]}-${typeof field === 'string' ? field : 'date'}`, p);
      } else if (typeof head === 'string' && head in EMPTY_DRAFT) add(head, p);
      else add(undefined, p);
    }
  }
  const candidate = result.ok && problems.length === 0 ? result.value : undefined;
  let verdict: EligibilityVerdict | undefined;
  let evaluationError: HuanjieError | undefined;
  if (candidate) {
    try {
      verdict = evaluateEligibility(candidate, policy, { asOf });
    } catch (error) {
      if (!(error instanceof HuanjieError)) throw error;
      evaluationError = error;
    }
  }
  return { id, input, candidate, byField, other, problems, verdict, evaluationError, empty };
}

/** The draft that shows a (possibly partial) candidate, e.g. to review a record again. */
export function draftOf(candidate: Partial<Candidate> | undefined): Draft {
  const c = candidate ?? {};
  const facts: Partial<Record<FactKind, FactDraft>> = {};
  for (const f of c.facts ?? []) {
    facts[f.kind] = {
      checked: true,
      date: f.date ?? '',
      until: f.until ?? '',
      sanction: 'sanction' in f ? f.sanction : '',
    };
  }
  return {
    name: c.name ?? '',
    residentId: c.residentId ?? '',
    sex: c.sex ?? '',
    birthDate: c.birthDate ?? '',
    ethnicity: c.ethnicity ?? '',
    education: c.education ?? '',
    politicalStatus: c.politicalStatus ?? '',
    partyJoinDate: c.partyJoinDate ?? '',
    partyFullDate: c.partyFullDate ?? '',
    organization: c.organization ?? '',
    post: c.post ?? '',
    facts,
  };
}
