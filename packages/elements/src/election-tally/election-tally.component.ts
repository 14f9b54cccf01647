import {
  type PartyElectionInput,
  type PartyOfficerElectionInput,
  type PartyOfficerPost,
  type Policy,
  type Problem,
  type TallyResult,
  tallyPartyElection,
  tallyPartyOfficerElection,
  tallyVillagersCommitteeElection,
  type VillagersCommitteeElectionInput,
} from '@huanjie/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isoDateRule, validAttribute } from '../attributes/valid-attribute.js';
import { FieldFeedbackController } from '../form/field-feedback.js';
import { HjFormControl, todayOnUserCalendar } from '../form/form-control.js';
import type { Locale } from '../i18n/locale.js';
import { ELECTION_TALLY_MESSAGES, type ElectionTallyMessages } from './election-tally.messages.js';
import { electionTallyStyles } from './election-tally.styles.js';
import { type CandidateRow, problemsId, renderCandidates } from './tally-candidates.js';
import { committeeNames, renderOfficerFields } from './tally-officer.js';
import { renderProblemList, renderResult } from './tally-result.js';

/**
 * Which election is counted: a party committee, its secretary or deputies at the plenary, a villagers' committee,
 * or a residents' committee (社区, five to nine seats).
 */
export type TallyKind = 'party' | 'party-officer' | 'villagers-committee' | 'residents-committee';

const KIND = {
  accepts: ['party', 'party-officer', 'villagers-committee', 'residents-committee'],
  fallback: 'villagers-committee',
} as const;
const TITLE = {
  party: 'party',
  'party-officer': 'partyOfficer',
  'villagers-committee': 'villagersCommittee',
  'residents-committee': 'residentsCommittee',
} as const;
type Input = PartyElectionInput | PartyOfficerElectionInput | VillagersCommitteeElectionInput;
const DATE = isoDateRule({
  zh: '无（党组织选举按今天，村民委员会选举按现行规定）',
  en: "none (today for a party election, the law as it now stands for a villagers' committee)",
});

/** A warning accepted by the person entering the counts, with their written explanation. */
export interface AcceptedWarning {
  readonly code: string;
  readonly explanation: string;
}

/** Detail of `hj-tally`: the counts as entered, what core found, and the warnings accepted. */
export interface TallyDetail {
  readonly kind: TallyKind;
  readonly input: Input;
  readonly result: TallyResult;
  readonly accepted: readonly AcceptedWarning[];
}

type CountField =
  | 'seats'
  | 'entitled'
  | 'excused'
  | 'present'
  | 'registeredVoters'
  | 'ballots.issued'
  | 'ballots.returned'
  | 'ballots.valid'
  | 'ballots.invalid';

const PEOPLE: Record<TallyKind, CountField[]> = {
  party: ['seats', 'entitled', 'excused', 'present'],
  'party-officer': ['seats', 'excused', 'present'],
  'villagers-committee': ['seats', 'registeredVoters'],
  'residents-committee': ['seats', 'registeredVoters'],
};
const BALLOTS: CountField[] = ['ballots.issued', 'ballots.returned', 'ballots.valid', 'ballots.invalid'];
const emptyRow = (): CandidateRow => ({ name: '', sex: '', votes: '' });

/**
 * @summary Enter the counts of a party committee, secretary, villagers' or residents' committee election; numbered
 * checks appear beside the fields.
 *
 * @description The counts go through `tallyPartyElection`, `tallyPartyOfficerElection` (the committee's plenary,
 * with the committee's members typed one per line) or `tallyVillagersCommitteeElection` (with `body: '居民委员会'`
 * for `residents-committee`) of @huanjie/core as they are typed. Each failed check — errors `F.xxx`, warnings `W.xxx` — is shown next to the field it concerns with
 * what to do next. A warning can be accepted with a written explanation. The result (elected, not elected and why,
 * seats still open, 另行选举 or a second vote needed) and every check's outcome form a protocol that prints on A4.
 * Inside a `<form>` the value is `{ kind, input, accepted }` as JSON; the form cannot submit while an error stands
 * or a warning is neither corrected nor accepted with an explanation.
 *
 * @event hj-tally - The counts changed. `detail` is a {@link TallyDetail}.
 * @event change - The counts or an accepted warning changed.
 *
 * @csspart form - The fieldsets of counts and candidates.
 * @csspart result - The result panel.
 * @csspart checks - The table of every check's outcome.
 * @csspart print - The print button.
 *
 * @cssproperty --hj-accent - Accent colour (buttons, focus ring).
 * @cssproperty --hj-error - Colour of errors.
 * @cssproperty --hj-warning - Colour of warnings.
 * @cssproperty --hj-ok - Colour of passed checks.
 */
export class HjElectionTally extends HjFormControl {
  static override styles = electionTallyStyles;

  static override properties = {
    ...HjFormControl.properties,
    kind: { reflect: true },
    date: {},
    policy: { attribute: false },
    counts: { state: true },
    rows: { state: true },
    round: { state: true },
    womanAlreadyElected: { state: true },
    post: { state: true },
    committee: { state: true },
    accepted: { state: true },
  };

  /**
   * `villagers-committee` (村民委员会组织法 Art. 15; default), `residents-committee` (城市居民委员会组织法 Art. 7),
   * `party` (选举工作条例) or `party-officer` (the committee's plenary electing its secretary or deputies).
   */
  declare kind: TallyKind;
  /**
   * Election day (ISO date): the figures in force then are applied (default: today for a party election, the law as
   * it now stands for a villagers' committee).
   */
  declare date: string | undefined;
  /**
   * A policy whose election figures apply — the party candidate margin, quorum and majority, 双过半 and the 另行选举
   * share (default: the statutory ones, as in the national baseline).
   */
  declare policy: Policy | undefined;
  declare private counts: Partial<Record<CountField, string>>;
  declare private rows: CandidateRow[];
  declare private round: 'first' | 'additional';
  declare private womanAlreadyElected: boolean;
  declare private post: PartyOfficerPost;
  /** The committee's members as typed (`party-officer`). */
  declare private committee: string;
  declare private accepted: Record<string, { checked: boolean; explanation: string }>;

  #feedback = new FieldFeedbackController(this, { errorId: problemsId, validAttribute: 'false' });
  #result: TallyResult | undefined;
  #input: Input | undefined;

  constructor() {
    super();
    this.kind = 'villagers-committee';
    this.#clear();
  }

  #clear(): void {
    this.counts = {};
    this.rows = [emptyRow(), emptyRow()];
    this.round = 'first';
    this.womanAlreadyElected = false;
    this.post = '书记';
    this.committee = '';
    this.accepted = {};
    this.#feedback.reset();
  }

  /** What core found for the counts as they stand. */
  get result(): TallyResult | undefined {
    return this.#result;
  }

  /** Sets the counts from data (e.g. a saved tally), as if typed. */
  setInput(input: Partial<PartyElectionInput & PartyOfficerElectionInput & VillagersCommitteeElectionInput>): void {
    const counts: Partial<Record<CountField, string>> = {};
    for (const field of [...PEOPLE.party, ...PEOPLE['villagers-committee'], ...BALLOTS]) {
      const [head, tail] = field.split('.') as [string, string | undefined];
      const record = input as Record<string, unknown>;
      const value = tail ? (record[head] as Record<string, unknown> | undefined)?.[tail] : record[head];
      if (value !== undefined) counts[field] = String(value);
    }
    this.counts = counts;
    this.rows = (input.candidates ?? []).map((c) => ({ name: c.name, sex: c.sex ?? '', votes: String(c.votes) }));
    this.round = input.round ?? 'first';
    this.womanAlreadyElected = input.womanAlreadyElected ?? false;
    this.post = input.post ?? '书记';
    this.committee = (input.committee ?? []).join('\n');
    const touched = [...Object.keys(counts), ...this.rows.map((_, i) => `candidates.${i}`)];
    this.#feedback.touched = new Set(input.committee ? [...touched, 'committee'] : touched);
  }

  formResetCallback(): void {
    this.#clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.kind = validAttribute<TallyKind>(this, 'kind', this.kind, KIND);
    this.date = validAttribute(this, 'date', this.date, DATE);
    if ([...changed.keys()].some((k) => k !== 'showAll' && k !== 'formDisabled')) this.#tally();
  }

  protected override updated(): void {
    this.#updateFormState();
  }

  #tally(): void {
    const number = (field: CountField) => {
      const text = this.counts[field]?.trim();
      return text === undefined || text === '' ? (undefined as unknown as number) : Number(text);
    };
    const ballots = {
      issued: number('ballots.issued'),
      returned: number('ballots.returned'),
      valid: number('ballots.valid'),
      invalid: number('ballots.invalid'),
    };
    const candidates = this.rows.map((r) => ({
      name: r.name.trim(),
      votes: r.votes.trim() === '' ? (undefined as unknown as number) : Number(r.votes),
      ...(r.sex ? { sex: r.sex } : {}),
    }));
    // The party meeting's counts: the members' assembly (party) or the committee's plenary (party-officer).
    const meeting = {
      date: this.date ?? todayOnUserCalendar(),
      seats: number('seats'),
      ...(this.counts.excused?.trim() ? { excused: number('excused') } : {}),
      present: number('present'),
      ballots,
      candidates,
      round: this.round,
    };
    if (this.kind === 'party') {
      const input: PartyElectionInput = { ...meeting, entitled: number('entitled') };
      this.#input = input;
      this.#result = tallyPartyElection(input, this.policy);
    } else if (this.kind === 'party-officer') {
      const input: PartyOfficerElectionInput = {
        ...meeting,
        post: this.post,
        committee: committeeNames(this.committee),
      };
      this.#input = input;
      this.#result = tallyPartyOfficerElection(input, this.policy);
    } else {
      const input: VillagersCommitteeElectionInput = {
        ...(this.date ? { date: this.date } : {}),
        seats: number('seats'),
        registeredVoters: number('registeredVoters'),
        ballots,
        candidates,
        round: this.round,
        womanAlreadyElected: this.womanAlreadyElected,
        ...(this.kind === 'residents-committee' ? { body: '居民委员会' as const } : {}),
      };
      this.#input = input;
      this.#result = tallyVillagersCommitteeElection(input, this.policy);
    }
    this.emit<TallyDetail>('hj-tally', {
      kind: this.kind,
      input: this.#input,
      result: this.#result,
      accepted: this.#acceptedWarnings(),
    });
  }

  #acceptedWarnings(): AcceptedWarning[] {
    return Object.entries(this.accepted)
      .filter(([code, a]) => a.checked && a.explanation.trim() && this.#failed(code))
      .map(([code, a]) => ({ code, explanation: a.explanation.trim() }));
  }

  #failed(code: string): boolean {
    return this.#result?.problems.some((p) => p.code === code) ?? false;
  }

  /** Problems to show, placed at their fields: all after a submit attempt, else blank untouched fields wait. */
  #visible(): Problem[] {
    const problems = (this.#result?.problems ?? []).filter(
      (p) => p.code !== 'F.001' || this.#feedback.revealed((p.path ?? []).join('.')),
    );
    const byField = new Map<string, Problem[]>();
    for (const p of problems) {
      const key = (p.path ?? []).join('.');
      byField.set(key, [...(byField.get(key) ?? []), p]);
    }
    this.#feedback.place(byField);
    return problems;
  }

  #updateFormState(): void {
    const t = ELECTION_TALLY_MESSAGES[this.locale];
    const result = this.#result;
    const anchor = this.renderRoot?.querySelector?.('input') as HTMLElement | null;
    const blank =
      Object.values(this.counts).every((v) => !v?.trim()) &&
      this.rows.every((r) => !r.votes.trim()) &&
      !this.committee.trim();
    if (blank) {
      this.setFormState(null, this.required ? { missing: t.missing } : {}, anchor);
      return;
    }
    const value = JSON.stringify({ kind: this.kind, input: this.#input, accepted: this.#acceptedWarnings() });
    const errors = result?.problems.filter((p) => p.severity === 'error').length ?? 0;
    const acceptedCodes = new Set(this.#acceptedWarnings().map((a) => a.code));
    const open = result?.problems.filter((p) => p.severity === 'warning' && !acceptedCodes.has(p.code)).length ?? 0;
    const firstBad = this.renderRoot?.querySelector?.('[aria-invalid="true"]') as HTMLElement | null;
    this.setFormState(
      value,
      errors ? { invalid: t.errors(errors) } : open ? { invalid: t.unaccepted(open) } : {},
      firstBad ?? anchor,
    );
  }

  #changed(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #onCount(field: CountField, event: Event): void {
    this.counts = { ...this.counts, [field]: (event.target as HTMLInputElement).value };
    this.#feedback.touch(field);
    this.#changed();
  }

  #onRow(index: number, key: keyof CandidateRow, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.rows = this.rows.map((r, i) => (i === index ? { ...r, [key]: value } : r));
    this.#feedback.touch(`candidates.${index}.${key}`);
    this.#changed();
  }

  #addRow(): void {
    this.rows = [...this.rows, emptyRow()];
    void this.updateComplete.then(() => {
      const inputs = this.renderRoot.querySelectorAll<HTMLInputElement>('input[data-candidate-name]');
      inputs[inputs.length - 1]?.focus();
    });
  }

  #removeRow(index: number): void {
    this.rows = this.rows.filter((_, i) => i !== index);
    // The rows below move up one place: so do their touched fields, and the removed row's are forgotten.
    const touched = new Set<string>();
    for (const key of this.#feedback.touched) {
      const row = /^candidates\.(\d+)(.*)$/.exec(key);
      const i = row ? Number(row[1]) : -1;
      if (!row || i < index) touched.add(key);
      else if (i > index) touched.add(`candidates.${i - 1}${row[2]}`);
    }
    this.#feedback.touched = touched;
    this.#changed();
  }

  #onAccept(code: string, patch: Partial<{ checked: boolean; explanation: string }>): void {
    const current = this.accepted[code] ?? { checked: false, explanation: '' };
    this.accepted = { ...this.accepted, [code]: { ...current, ...patch } };
    this.#changed();
  }

  override render(): TemplateResult {
    const locale = this.locale;
    const t = ELECTION_TALLY_MESSAGES[locale];
    const problems = this.#visible();
    return html`
      <h2 class="heading">${t.title[TITLE[this.kind]]}</h2>
      <div part="form">
        <fieldset ?disabled=${this.inactive}>
          <legend>${t.counts}</legend>
          <div class="grid">
            ${PEOPLE[this.kind].map((f) => this.#renderCount(f, t, locale))}
            ${this.kind === 'party-officer' ? this.#renderOfficer(t, locale) : nothing}
            <div class="field">
              <label for="round">${t.fields.round}</label>
              <select
                id="round"
                .value=${this.round}
                @change=${(e: Event) => {
                  this.round = (e.target as HTMLSelectElement).value as 'first' | 'additional';
                  this.#changed();
                }}
              >
                <option value="first">${t.rounds.first}</option>
                <option value="additional">${t.rounds.additional}</option>
              </select>
            </div>
            ${
              this.kind === 'villagers-committee'
                ? html`<div class="field checkbox">
                    <input
                      id="woman"
                      type="checkbox"
                      .checked=${this.womanAlreadyElected}
                      @change=${(e: Event) => {
                        this.womanAlreadyElected = (e.target as HTMLInputElement).checked;
                        this.#changed();
                      }}
                    />
                    <label for="woman">${t.fields.womanAlreadyElected}</label>
                  </div>`
                : nothing
            }
          </div>
        </fieldset>
        <fieldset ?disabled=${this.inactive}>
          <legend>${t.ballots}</legend>
          <div class="grid">${BALLOTS.map((f) => this.#renderCount(f, t, locale))}</div>
        </fieldset>
        <fieldset ?disabled=${this.inactive}>
          <legend>${t.candidates}</legend>
          ${renderCandidates(
            {
              rows: this.rows,
              party: this.kind.startsWith('party'),
              feedback: this.#feedback,
              other: problems.filter((p) => !this.#placed(p)),
              onRow: (i, key, e) => this.#onRow(i, key, e),
              onAdd: () => this.#addRow(),
              onRemove: (i) => this.#removeRow(i),
            },
            t,
            locale,
          )}
        </fieldset>
      </div>
      ${renderResult(
        {
          result: this.#result,
          started: this.#feedback.touched.size > 0 || this.#feedback.showAll,
          accepted: this.accepted,
          disabled: this.inactive,
          onAccept: (code, patch) => this.#onAccept(code, patch),
        },
        t,
        locale,
      )}
    `;
  }

  #renderCount(field: CountField, t: ElectionTallyMessages, locale: Locale): TemplateResult {
    const id = field.replace('.', '-');
    const label = t.fields[field.replace('ballots.', '') as keyof ElectionTallyMessages['fields']];
    const mine = this.#feedback.problems(field);
    return html`<div class="field">
      <label for=${id} class=${field === 'excused' ? '' : 'required'}>${label}</label>
      <input
        id=${id}
        type="number"
        inputmode="numeric"
        min="0"
        step="1"
        .value=${this.counts[field] ?? ''}
        aria-required=${field === 'excused' ? nothing : 'true'}
        aria-invalid=${this.#feedback.invalid(field)}
        aria-describedby=${this.#feedback.describedBy(field)}
        @input=${(e: Event) => this.#onCount(field, e)}
      />
      ${renderProblemList(mine, locale, problemsId(field))}
    </div>`;
  }

  #renderOfficer(t: ElectionTallyMessages, locale: Locale): TemplateResult {
    const view = {
      post: this.post,
      committee: this.committee,
      feedback: this.#feedback,
      onPost: (post: PartyOfficerPost) => {
        this.post = post;
        this.#changed();
      },
      onCommittee: (text: string) => {
        this.committee = text;
        this.#feedback.touch('committee');
        this.#changed();
      },
    };
    return renderOfficerFields(view, t, locale);
  }

  /** Whether a problem is shown at its own field (a count, the committee, or a candidate's name or votes). */
  #placed(p: Problem): boolean {
    const key = (p.path ?? []).join('.');
    return [...PEOPLE[this.kind], ...BALLOTS, 'committee'].includes(key) || /^candidates\.\d+\.(name|votes)$/.test(key);
  }
}
