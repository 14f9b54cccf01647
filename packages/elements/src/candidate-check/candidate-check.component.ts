import {
  type Candidate,
  type EligibilityVerdict,
  type FactKind,
  maskResidentId,
  nationalBaseline,
  type Policy,
  type Problem,
  parseResidentId,
} from '@huanjie/core';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { isoDateRule, TODAY, validAttribute } from '../attributes/valid-attribute.js';
import { FieldFeedbackController } from '../form/field-feedback.js';
import { HjFormControl, todayOnUserCalendar } from '../form/form-control.js';
import { CANDIDATE_CHECK_MESSAGES } from './candidate-check.messages.js';
import { candidateCheckStyles } from './candidate-check.styles.js';
import {
  type Draft,
  draftOf,
  EMPTY_DRAFT,
  EMPTY_FACT,
  type FactDraft,
  type FactField,
  type JudgedDraft,
  judgeDraft,
  type TextField,
} from './candidate-draft.js';
import { postsOf, renderFacts, renderPersonFields } from './candidate-fields.js';
import { problemText, renderVerdict, titleOf } from './verdict-view.js';

const AS_OF = isoDateRule(TODAY);

/** Detail of the `hj-verdict` event: the candidate as judged, and the verdict. */
export interface VerdictDetail {
  readonly candidate: Candidate;
  readonly verdict: EligibilityVerdict;
}

/**
 * @summary Checks one candidate (候选人资格审查) against an eligibility policy from @huanjie/core as the user types.
 *
 * @description Fields for one candidate: name, resident ID number (a valid number fills in birth date and sex; the
 * number is masked on screen except while the field has focus), sex, birth date, education, political status with
 * party dates, ethnicity, the seat (organization and post) and a checklist of dated negative facts. Every field is
 * validated by core's schemas, with the problem shown next to the field. Once the candidate is complete, the verdict
 * of `evaluateEligibility(candidate, policy, { asOf })` is shown live: each failed rule with its reference, the
 * warnings, and on request the rules passed. Inside a `<form>` its value is the candidate as JSON; the form cannot
 * submit while a field is wrong or the candidate is not eligible (with `required`, also while name, ID number or
 * birth date is empty). Nothing leaves the page and nothing is stored.
 *
 * @event hj-verdict - The verdict changed. `detail` is a {@link VerdictDetail}: `{ candidate, verdict }`.
 * @event change - The user changed the candidate.
 *
 * @csspart fieldset - Each group of fields (personal details, political status, seat, negative facts).
 * @csspart field - A labelled field with its hint and problems.
 * @csspart label - The label of a field.
 * @csspart input - Every text, date and select control.
 * @csspart resident-id - The resident ID number input (also `input`).
 * @csspart field-error - The problems shown under a field.
 * @csspart facts - The checklist of negative facts.
 * @csspart fact - One kind of fact in the checklist.
 * @csspart verdict - The verdict section.
 * @csspart verdict-status - The live region with the verdict, failures and warnings.
 * @csspart failures - The list of failed rules.
 * @csspart warnings - The list of warnings.
 * @csspart passed - The `<details>` with the rules passed.
 *
 * @cssproperty --hj-accent - Accent colour (focus ring, checkboxes, the passed-rules toggle).
 * @cssproperty --hj-error - Colour of errors and failed rules.
 * @cssproperty --hj-warning - Colour of warnings.
 * @cssproperty --hj-ok - Colour of an eligible verdict and passed rules.
 * @cssproperty --hj-border - Colour of borders.
 * @cssproperty --hj-surface - Background of fields and the verdict.
 * @cssproperty --hj-subtle - Background of the verdict panel.
 * @cssproperty --hj-border-radius - Corner radius.
 * @cssproperty --hj-font-family - Font.
 */
export class HjCandidateCheck extends HjFormControl {
  static override styles = candidateCheckStyles;

  static override properties = {
    ...HjFormControl.properties,
    policy: { attribute: false },
    asOf: { attribute: 'as-of' },
    draft: { state: true },
    idFocused: { state: true },
  };

  /** The eligibility policy to judge by (a `Policy` from @huanjie/core); the national baseline by default. */
  declare policy: Policy;
  /** ISO date on which the rules are judged (the election date); today, on the user's calendar, by default. */
  declare asOf: string | undefined;
  declare private draft: Draft;
  declare private idFocused: boolean;

  #feedback = new FieldFeedbackController(this, { errorId: (key) => `${key}-error`, untilTouched: true });
  #cache: { draft: Draft; policy: Policy; asOf: string; derived: JudgedDraft } | undefined;
  #lastVerdict: string | undefined;
  #lastChange: string;

  constructor() {
    super();
    this.policy = nationalBaseline;
    this.draft = EMPTY_DRAFT;
    this.idFocused = false;
    this.#lastChange = JSON.stringify(this.#derived().input);
  }

  /** The candidate, when every field is valid (`undefined` otherwise). */
  get candidate(): Candidate | undefined {
    return this.#derived().candidate;
  }

  /** Fills the fields from a (possibly partial) candidate, e.g. to review a record again. */
  set candidate(value: Partial<Candidate> | undefined) {
    this.draft = draftOf(value);
  }

  /** The verdict on the candidate, once every field is valid. */
  get verdict(): EligibilityVerdict | undefined {
    return this.#derived().verdict;
  }

  /** Every problem with the fields as they stand, as core's `validate` reports them. */
  get problems(): readonly Problem[] {
    return this.#derived().problems;
  }

  /** The form value: the candidate as JSON, or `''` while a field is wrong. */
  get value(): string {
    const c = this.#derived().candidate;
    return c ? JSON.stringify(c) : '';
  }

  /** Empties every field. */
  clear(): void {
    this.draft = EMPTY_DRAFT;
    this.#feedback.reset();
    this.idFocused = false;
    this.#lastChange = JSON.stringify(this.#derived().input);
  }

  formResetCallback(): void {
    this.clear();
  }

  /** The day the rules are judged on: `as-of` when it is a date, else today. */
  #asOf(): string {
    return validAttribute(this, 'as-of', this.asOf, AS_OF) ?? todayOnUserCalendar();
  }

  /** Judges the fields as typed, once per change of fields, policy or date. */
  #derived(): JudgedDraft {
    const asOf = this.#asOf();
    const cache = this.#cache;
    if (cache && cache.draft === this.draft && cache.policy === this.policy && cache.asOf === asOf) {
      return cache.derived;
    }
    const derived = judgeDraft(this.draft, this.policy, asOf);
    this.#feedback.place(derived.byField);
    this.#cache = { draft: this.draft, policy: this.policy, asOf, derived };
    return derived;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.asOf = validAttribute(this, 'as-of', this.asOf, AS_OF);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#syncControls();
    const d = this.#derived();
    this.#updateFormState(d);
    const key = d.verdict ? JSON.stringify(d.verdict) : undefined;
    if (key !== this.#lastVerdict) {
      this.#lastVerdict = key;
      if (d.verdict && d.candidate) {
        this.emit<VerdictDetail>('hj-verdict', { candidate: d.candidate, verdict: d.verdict });
      }
    }
  }

  /** The ID number as shown: in full while the field has focus, masked otherwise. */
  #shownResidentId(): string {
    const raw = this.draft.residentId;
    if (this.idFocused || raw.trim() === '') return raw;
    const id = this.#derived().id;
    return maskResidentId(id?.ok ? id.value.id : raw);
  }

  /**
   * Sets the values Lit would otherwise set only when they differ from the last render (not from the field): the ID
   * number (masked or not) and the selects (which keep the user's choice over their options' `selected`).
   */
  #syncControls(): void {
    const id = this.renderRoot.querySelector<HTMLInputElement>('#residentId');
    const shown = this.#shownResidentId();
    if (id && id.value !== shown) id.value = shown;
    for (const select of this.renderRoot.querySelectorAll<HTMLSelectElement>('select[data-field]')) {
      const kind = select.dataset.kind as FactKind | undefined;
      const field = select.dataset.field as TextField;
      const value = kind ? (this.draft.facts[kind]?.sanction ?? '') : this.draft[field];
      if (select.value !== value) select.value = value;
    }
  }

  #updateFormState(d: JudgedDraft): void {
    const locale = this.locale;
    const t = CANDIDATE_CHECK_MESSAGES[locale];
    const control = (key: string) => this.renderRoot.querySelector<HTMLElement>(`[data-key="${key}"]`);
    if (d.empty && !this.required) {
      this.setFormState(null, {});
      return;
    }
    const value = d.candidate ? JSON.stringify(d.candidate) : null;
    const missing = (['name', 'residentId', 'birthDate'] as const).find((k) => this.draft[k].trim() === '');
    if (this.required && missing) {
      this.setFormState(value, { missing: t.missing }, control(missing));
      return;
    }
    const [first] = d.problems;
    if (first) {
      const key = [...d.byField].find(([, list]) => list.includes(first))?.[0];
      this.setFormState(
        value,
        { invalid: t.fixFields(d.problems.length, problemText(first, locale)) },
        control(key ?? 'name'),
      );
      return;
    }
    if (d.evaluationError) {
      this.setFormState(
        value,
        { invalid: locale === 'en' ? d.evaluationError.messageEn : d.evaluationError.message },
        control('name'),
      );
      return;
    }
    if (d.verdict && !d.verdict.eligible) {
      this.setFormState(
        value,
        { invalid: t.notEligibleMessage(d.verdict.failures.map((f) => titleOf(f, locale))) },
        control('name'),
      );
      return;
    }
    this.setFormState(value, {});
  }

  #set(patch: Partial<Draft>): void {
    this.draft = { ...this.draft, ...patch };
  }

  #setFact(kind: FactKind, patch: Partial<FactDraft>): void {
    const current = this.draft.facts[kind] ?? EMPTY_FACT;
    this.#set({ facts: { ...this.draft.facts, [kind]: { ...current, ...patch } } });
  }

  #onInput = (event: Event): void => {
    const el = event.target as HTMLInputElement | HTMLSelectElement;
    const field = el.dataset.field as TextField | undefined;
    if (!field || el.type === 'checkbox') return;
    const kind = el.dataset.kind as FactKind | undefined;
    if (kind) {
      this.#setFact(kind, { [field as FactField]: el.value });
      return;
    }
    if (field === 'residentId') {
      // A valid number fills in birth date and sex (the user may still change them: core then reports the mismatch).
      const id = parseResidentId(el.value, { asOf: this.#asOf() });
      this.#set(
        id.ok ? { residentId: el.value, birthDate: id.value.birthDate, sex: id.value.sex } : { residentId: el.value },
      );
      return;
    }
    if (field === 'organization') {
      // Keep the post only if the new organization has it.
      const allowed = this.draft.post === '' || postsOf(el.value).includes(this.draft.post);
      this.#set({ organization: el.value, ...(allowed ? {} : { post: '' }) });
      return;
    }
    this.#set({ [field]: el.value });
  };

  #onFactToggle = (event: Event): void => {
    const el = event.target as HTMLInputElement;
    this.#setFact(el.dataset.kind as FactKind, { checked: el.checked });
  };

  #onFocusOut = (event: FocusEvent): void => {
    this.#touch(event.target);
  };

  #onChange = (event: Event): void => {
    this.#touch(event.target);
    // Inner `change` events stay in the shadow root; the host fires its own when the candidate changed.
    const now = JSON.stringify(this.#derived().input);
    if (now !== this.#lastChange) {
      this.#lastChange = now;
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };

  #touch(target: EventTarget | null): void {
    const key = target instanceof HTMLElement ? target.dataset.key : undefined;
    if (key) this.#feedback.touch(key);
  }

  #onIdFocus = (event: FocusEvent): void => {
    // Unmask at once (not on the next render), keeping a select-all made by tabbing in or by an assistive tool.
    const input = event.target as HTMLInputElement;
    const all = input.value !== '' && input.selectionStart === 0 && input.selectionEnd === input.value.length;
    input.value = this.draft.residentId;
    if (all) input.select();
    this.idFocused = true;
  };

  #onIdBlur = (): void => {
    this.idFocused = false;
  };

  override render(): TemplateResult {
    const locale = this.locale;
    const t = CANDIDATE_CHECK_MESSAGES[locale];
    const d = this.#derived();
    const disabled = this.inactive;
    const draft = this.draft;
    return html`
      <div class="form" @input=${this.#onInput} @change=${this.#onChange} @focusout=${this.#onFocusOut}>
        ${renderPersonFields(
          {
            feedback: this.#feedback,
            draft,
            idMasked: !this.idFocused && draft.residentId.trim() !== '',
            onIdFocus: this.#onIdFocus,
            onIdBlur: this.#onIdBlur,
          },
          t,
          locale,
          disabled,
        )}
        ${renderFacts(this.#feedback, draft.facts, this.#onFactToggle, t, locale, disabled)}
      </div>
      ${renderVerdict(d, this.policy, this.#feedback.showAll, t, locale)}
    `;
  }
}
